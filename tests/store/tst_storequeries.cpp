#include "BulkSeed.h"
#include "StoreFixture.h"

#include <QTest>

//! Filtering, sorting and paging run in SQL and stay correct on a large inventory.
class TestStoreQueries final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsByStatusAndType();
    void pagingVisitsEveryKeyOnceInOrder();
    void sortsEachColumnBothWays_data();
    void sortsEachColumnBothWays();
    void textSearchIsCaseInsensitiveAndLiteral();
    void filtersByRoleAndCreator();
    void badCursorIsInvalid();

private:
    static constexpr int KeyCount = 100000;
    StoreFixture m_fixture;
};

namespace {

QList<ApiKey> allPages(KeyStore &store, KeyQuery query)
{
    QList<ApiKey> keys;
    do {
        const auto page = await(store.queryKeys({}, query));
        if (!page.ok())
            qFatal("query failed: %s", qPrintable(page.error().message()));
        keys += page.value().keys;
        query.after = page.value().nextCursor;
    } while (!query.after.isEmpty());
    return keys;
}

} // namespace

void TestStoreQueries::initTestCase()
{
    QVERIFY(await(m_fixture.store->open()).ok());
    QVERIFY(bulkSeedKeys(m_fixture.path(), KeyCount, m_fixture.clock.now()));
}

void TestStoreQueries::countsByStatusAndType()
{
    KeyStore &store = *m_fixture.store;
    // Seed: key i expires i+1 hours from now; every 10th (i % 10 == 9) is revoked.
    QCOMPARE(await(store.countKeys({}, {})).value().total, KeyCount);
    KeyFilter revoked;
    revoked.status = KeyStatus::Revoked;
    QCOMPARE(await(store.countKeys({}, revoked)).value().total, KeyCount / 10);
    KeyFilter expiring;
    expiring.status = KeyStatus::ExpiringSoon;
    const int expiringSoon = 30 * 24; // i + 1 <= 720 hours
    QCOMPARE(await(store.countKeys({}, expiring)).value().total, expiringSoon * 9 / 10);
    QCOMPARE(await(store.countKeys({}, {})).value().expiringSoon, expiringSoon * 9 / 10);
    KeyFilter active;
    active.status = KeyStatus::Active;
    QCOMPARE(await(store.countKeys({}, active)).value().total, (KeyCount - expiringSoon) * 9 / 10);
    KeyFilter live;
    live.environment = Environment::Live;
    QCOMPARE(await(store.countKeys({}, live)).value().total, KeyCount / 2);
    live.status = KeyStatus::Revoked;
    QCOMPARE(await(store.countKeys({}, live)).value().total, KeyCount / 10);
}

void TestStoreQueries::pagingVisitsEveryKeyOnceInOrder()
{
    KeyQuery query;
    query.sortField = KeySortField::Name;
    query.sortOrder = Qt::AscendingOrder;
    query.limit = 1000;
    const QList<ApiKey> keys = allPages(*m_fixture.store, query);
    QCOMPARE(keys.size(), KeyCount);
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i).name != QStringLiteral("Key %1").arg(i, 7, 10, QLatin1Char('0')))
            QFAIL(qPrintable(QStringLiteral("Row %1 is %2").arg(i).arg(keys.at(i).name)));
    }
}

void TestStoreQueries::sortsEachColumnBothWays_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("firstName");
    const auto row = [](const char *tag, KeySortField field, Qt::SortOrder order, int index) {
        QTest::newRow(tag) << int(field) << int(order)
                           << QStringLiteral("Key %1").arg(index, 7, 10, QLatin1Char('0'));
    };
    row("name asc", KeySortField::Name, Qt::AscendingOrder, 0);
    row("name desc", KeySortField::Name, Qt::DescendingOrder, KeyCount - 1);
    row("created asc", KeySortField::Created, Qt::AscendingOrder, 0);
    row("created desc", KeySortField::Created, Qt::DescendingOrder, KeyCount - 1);
    row("expires asc", KeySortField::Expires, Qt::AscendingOrder, 0);
    row("expires desc", KeySortField::Expires, Qt::DescendingOrder, KeyCount - 1);
    row("status asc (active first, by kid)", KeySortField::Status, Qt::AscendingOrder, 720);
    row("status desc (revoked first)", KeySortField::Status, Qt::DescendingOrder, KeyCount - 1);
    row("type asc (live, by kid)", KeySortField::Type, Qt::AscendingOrder, 1);
}

void TestStoreQueries::sortsEachColumnBothWays()
{
    QFETCH(int, field);
    QFETCH(int, order);
    QFETCH(QString, firstName);
    KeyQuery query;
    query.sortField = KeySortField(field);
    query.sortOrder = Qt::SortOrder(order);
    query.limit = 50;
    const auto page = await(m_fixture.store->queryKeys({}, query));
    QVERIFY(page.ok());
    QCOMPARE(page.value().keys.size(), 50);
    QVERIFY(!page.value().nextCursor.isEmpty());
    QCOMPARE(page.value().keys.first().name, firstName);
}

void TestStoreQueries::textSearchIsCaseInsensitiveAndLiteral()
{
    KeyQuery query;
    query.filter.text = QStringLiteral("KEY 009999");
    query.sortField = KeySortField::Name;
    query.sortOrder = Qt::AscendingOrder;
    const QList<ApiKey> keys = allPages(*m_fixture.store, query);
    QCOMPARE(keys.size(), 10); // Key 0099990 … Key 0099999
    QCOMPARE(keys.first().name, QStringLiteral("Key 0099990"));
    query.filter.text = QStringLiteral("%");
    QCOMPARE(allPages(*m_fixture.store, query).size(), 0);
    query.filter.text = QStringLiteral("_");
    QCOMPARE(allPages(*m_fixture.store, query).size(), 0);
    query.filter.text = QStringLiteral("seed00000042");
    QCOMPARE(allPages(*m_fixture.store, query).size(), 1);
}

void TestStoreQueries::filtersByRoleAndCreator()
{
    KeyDraft draft;
    draft.name = QStringLiteral("Viewer key");
    draft.roles = {QStringLiteral("Viewer")};
    QVERIFY(await(m_fixture.store->createKey({}, draft)).ok());
    KeyQuery query;
    query.filter.role = QStringLiteral("Viewer");
    const QList<ApiKey> keys = allPages(*m_fixture.store, query);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().roles, QStringList{QStringLiteral("Viewer")});
    query.filter = {};
    query.filter.createdBy = QStringLiteral("Nobody");
    QCOMPARE(allPages(*m_fixture.store, query).size(), 0);
    query.filter.createdBy = QStringLiteral("Olivia Owner");
    query.filter.text = QStringLiteral("viewer");
    QCOMPARE(allPages(*m_fixture.store, query).size(), 1);
}

void TestStoreQueries::badCursorIsInvalid()
{
    KeyQuery query;
    query.after = QStringLiteral("not-a-cursor");
    const auto page = await(m_fixture.store->queryKeys({}, query));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), StoreError::Code::Invalid);
}

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_storequeries.moc"
