#include "BulkSeed.h"
#include "KeyPages.h"
#include "RawStore.h"
#include "StoreFixture.h"
#include "StoreOrder.h"
#include "StoreRecount.h"
#include "exchange/KeyJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>

//! Filtering, sorting and paging run in SQL and stay correct on a large inventory.
class TestStoreQueries final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsByStatusAndType();
    void countsEqualARecountAfterRandomOperations();
    void countsEqualARecountAfterConcurrentWriters();
    void pagingVisitsEveryKeyOnceInOrder();
    void sortsEachColumnBothWays_data();
    void sortsEachColumnBothWays();
    void pagesByStatusAndCreatorVisitEveryKeyInOrder();
    void textSearchIsCaseInsensitiveAndLiteral();
    void indexedSearchFindsWhatLikeFound();
    void theSearchIndexFollowsEveryWrite();
    void filtersByRoleAndCreator();
    void exportWritesWhatTheListShows();
    void badCursorIsInvalid();

private:
    static constexpr int KeyCount = 100000;
    StoreFixture m_fixture;
};

namespace {

QSet<QString> kidsOf(const QList<ApiKey> &keys)
{
    QSet<QString> kids;
    for (const ApiKey &key : keys)
        kids.insert(key.id);
    return kids;
}

//! The search as it was before its index: LIKE over the case-folded text, with LIKE's
//! wildcards taken literally.
QSet<QString> likeSearch(RawStore &raw, const QString &term)
{
    QString pattern = term.trimmed().toCaseFolded();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    QSet<QString> kids;
    const QVariantList rows =
        raw.column(QStringLiteral("SELECT kid FROM api_keys WHERE search_text LIKE ? ESCAPE '\\'"),
                   {QLatin1Char('%') + pattern + QLatin1Char('%')});
    for (const QVariant &kid : rows)
        kids.insert(kid.toString());
    return kids;
}

//! The store's counts against a recount, and its counters against a GROUP BY of the keys.
void compareWithRecount(StoreFixture &fixture)
{
    compareCountsWithRecount(*fixture.store, fixture.clock.now());
    RawStore raw(fixture.path());
    QCOMPARE(raw.rows(KeyRecount::counters()), raw.rows(KeyRecount::recount()));
}

//! A random write to the store: a create (either type, a random expiry or none), a revoke,
//! a delete, a reset or a rename of a random key; or the clock moves on by some days.
void randomWrite(StoreFixture &fixture, QList<QString> &kids, QRandomGenerator &random)
{
    const int what = kids.isEmpty() ? 0 : int(random.bounded(6));
    const QString kid = kids.isEmpty() ? QString() : kids.at(int(random.bounded(kids.size())));
    switch (what) {
    case 0: {
        KeyDraft draft;
        draft.name = QStringLiteral("Key %1").arg(random.generate());
        draft.environment = random.bounded(2) ? Environment::Live : Environment::Test;
        draft.neverExpires = random.bounded(4) == 0;
        if (!draft.neverExpires)
            draft.expiresAt = fixture.clock.now().addSecs(qint64(random.bounded(90 * 86400)) + 60);
        const auto created = await(fixture.store->createKey({}, draft));
        if (!created.ok())
            qFatal("create failed: %s", qPrintable(created.error().message()));
        kids << created.value().key.id;
        return;
    }
    case 1:
        (void)await(fixture.store->revokeKey({}, kid)); // a second revoke is a conflict
        return;
    case 2:
        QVERIFY(await(fixture.store->deleteKey({}, kid)).ok());
        kids.removeOne(kid);
        return;
    case 3:
        (void)await(fixture.store->resetKey({}, kid, KeyStore::Grace(0), {})); // not when revoked
        return;
    case 4: {
        const auto key = await(fixture.store->key({}, kid));
        QVERIFY(key.ok());
        KeyChanges changes;
        changes.id = kid;
        changes.expectedVersion = key.value().version;
        changes.name = QStringLiteral("Renamed %1").arg(random.generate());
        QVERIFY(await(fixture.store->editKey({}, changes)).ok());
        return;
    }
    default:
        fixture.clock.advanceDays(random.bounded(20));
        return;
    }
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

void TestStoreQueries::countsEqualARecountAfterRandomOperations()
{
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    QRandomGenerator random(20261204);
    QList<QString> kids;
    for (int round = 0; round < 6; ++round) {
        for (int i = 0; i < 60; ++i)
            randomWrite(fixture, kids, random);
        compareWithRecount(fixture);
        if (QTest::currentTestFailed())
            return;
    }
    // The counters are written by triggers: a program other than Keyward keeps them too.
    {
        RawStore raw(fixture.path());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM api_keys WHERE environment = 'live' AND"
                                        " rowid % 3 = 0")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE api_keys SET revoked_at = 1 WHERE rowid % 5 = 0")));
    }
    compareWithRecount(fixture);
}

void TestStoreQueries::countsEqualARecountAfterConcurrentWriters()
{
    // Two stores on one file, as a desktop and a server would be.
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    SqlStoreOptions options;
    options.path = fixture.path();
    options.clock = fixture.clock.clock();
    SqlKeyStore other(options);
    QVERIFY(await(other.open()).ok());
    writeConcurrently(*fixture.store, other, 200);
    if (QTest::currentTestFailed())
        return;
    compareWithRecount(fixture);
    QCOMPARE(await(other.countKeys({}, {})).value().total, 150);
}

void TestStoreQueries::pagingVisitsEveryKeyOnceInOrder()
{
    KeyQuery query;
    query.sortField = KeySortField::Name;
    query.sortOrder = Qt::AscendingOrder;
    query.limit = 1000;
    const QList<ApiKey> keys = allKeyPages(*m_fixture.store, query);
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

void TestStoreQueries::pagesByStatusAndCreatorVisitEveryKeyInOrder()
{
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    ::pagesByStatusAndCreatorVisitEveryKeyInOrder(*fixture.store, fixture.clock);
}

void TestStoreQueries::textSearchIsCaseInsensitiveAndLiteral()
{
    KeyQuery query;
    query.filter.text = QStringLiteral("KEY 009999");
    query.sortField = KeySortField::Name;
    query.sortOrder = Qt::AscendingOrder;
    const QList<ApiKey> keys = allKeyPages(*m_fixture.store, query);
    QCOMPARE(keys.size(), 10); // Key 0099990 … Key 0099999
    QCOMPARE(keys.first().name, QStringLiteral("Key 0099990"));
    query.filter.text = QStringLiteral("%");
    QCOMPARE(allKeyPages(*m_fixture.store, query).size(), 0);
    query.filter.text = QStringLiteral("_");
    QCOMPARE(allKeyPages(*m_fixture.store, query).size(), 0);
    query.filter.text = QStringLiteral("seed00000042");
    QCOMPARE(allKeyPages(*m_fixture.store, query).size(), 1);
    // A broad term (more matches than are read from the index and sorted): found by
    // walking the sort order, and paged to the end all the same.
    query.filter.text = QStringLiteral("Key 001");
    const QList<ApiKey> broad = allKeyPages(*m_fixture.store, query);
    QCOMPARE(broad.size(), 10000); // Key 0010000 … Key 0019999
    QCOMPARE(broad.first().name, QStringLiteral("Key 0010000"));
    QCOMPARE(broad.last().name, QStringLiteral("Key 0019999"));
    QCOMPARE(await(m_fixture.store->countKeys({}, query.filter)).value().total, 10000);
    query.filter.text = QStringLiteral("key 00");
    query.sortOrder = Qt::DescendingOrder;
    query.limit = 3;
    const auto page = await(m_fixture.store->queryKeys({}, query));
    QVERIFY(page.ok());
    QCOMPARE(page.value().keys.size(), 3);
    QCOMPARE(page.value().keys.first().name, QStringLiteral("Key 0099999"));
    QCOMPARE(await(m_fixture.store->countKeys({}, query.filter)).value().total, KeyCount);
}

void TestStoreQueries::indexedSearchFindsWhatLikeFound()
{
    // Names and descriptions from pieces that make trouble: LIKE's and FTS5's syntax,
    // quotes, backslashes, case pairs with no one-to-one folding, characters outside the
    // BMP. A fixed seed, so that a failure can be repeated.
    const QStringList pieces{
        QStringLiteral("a"),  QStringLiteral("B"),    QStringLiteral("ab"), QStringLiteral(" "),
        QStringLiteral("_"),  QStringLiteral("%"),    QStringLiteral("\\"), QStringLiteral("\""),
        QStringLiteral("'"),  QStringLiteral("*"),    QStringLiteral("^"),  QStringLiteral("("),
        QStringLiteral("OR"), QStringLiteral("NEAR"), QStringLiteral("é"),  QStringLiteral("É"),
        QStringLiteral("ß"),  QStringLiteral("ẞ"),    QStringLiteral("Σ"),  QStringLiteral("ς"),
        QStringLiteral("σ"),  QStringLiteral("İ"),    QStringLiteral("ı"),  QStringLiteral("日本"),
        QStringLiteral("🔑"),  QStringLiteral("-"),    QStringLiteral(":"),  QStringLiteral("0")};
    QRandomGenerator random(20261203);
    const auto text = [&](int count) {
        QString result;
        for (int i = 0; i < count; ++i)
            result += pieces.at(random.bounded(int(pieces.size())));
        return result;
    };
    StoreFixture fixture;
    QStringList texts;
    for (int i = 0; i < 120; ++i) {
        KeyDraft draft;
        draft.name = (QStringLiteral("k") + text(random.bounded(1, 8))).trimmed();
        draft.description = text(random.bounded(0, 10));
        const auto created = await(fixture.store->createKey({}, draft));
        QVERIFY2(created.ok(), qPrintable(draft.name));
        texts << draft.name + QLatin1Char('\n') + draft.description + QLatin1Char('\n') +
                     created.value().key.id;
    }
    // Terms: the pieces themselves, runs of one to six characters cut from the keys'
    // texts (some in upper case), and a few that match nothing.
    QStringList terms = pieces;
    terms << QStringLiteral("\"\"") << QStringLiteral("a OR b") << QStringLiteral("NEAR(")
          << QStringLiteral("zzzz") << QStringLiteral("%_\\");
    for (int i = 0; i < 200; ++i) {
        const QList<uint> points = texts.at(random.bounded(int(texts.size()))).toUcs4();
        const int length = random.bounded(1, 7);
        const int start = random.bounded(int(points.size()));
        const QList<uint> cut = points.mid(start, length);
        QString term =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(cut.constData()), cut.size());
        terms << (random.bounded(3) == 0 ? term.toUpper() : term);
    }
    RawStore raw(fixture.path());
    int compared = 0;
    for (const QString &term : std::as_const(terms)) {
        if (term.trimmed().isEmpty() || term.contains(QLatin1Char('\n')))
            continue;
        KeyQuery query;
        query.filter.text = term;
        const QSet<QString> expected = likeSearch(raw, term);
        QCOMPARE_EQ(kidsOf(allKeyPages(*fixture.store, query)), expected);
        const auto counts = await(fixture.store->countKeys({}, query.filter));
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().total, int(expected.size()));
        ++compared;
    }
    QVERIFY(compared > 150);
}

void TestStoreQueries::theSearchIndexFollowsEveryWrite()
{
    StoreFixture fixture;
    const IssuedKey first = fixture.create(QStringLiteral("Invoice export"));
    const IssuedKey second = fixture.create(QStringLiteral("Payroll sync"));
    const auto search = [&fixture](const QString &text) {
        KeyQuery query;
        query.filter.text = text;
        return kidsOf(allKeyPages(*fixture.store, query));
    };
    QCOMPARE(search(QStringLiteral("voice")), QSet<QString>{first.key.id});
    // A rename: the old words go, the new ones come.
    KeyChanges changes;
    changes.id = first.key.id;
    changes.name = QStringLiteral("Ledger export");
    changes.description = QStringLiteral("Nightly run");
    changes.expectedVersion = first.key.version;
    QVERIFY(await(fixture.store->editKey({}, changes)).ok());
    QCOMPARE(search(QStringLiteral("voice")), QSet<QString>{});
    QCOMPARE(search(QStringLiteral("ledg")), QSet<QString>{first.key.id});
    QCOMPARE(search(QStringLiteral("nightly")), QSet<QString>{first.key.id});
    QCOMPARE(search(QStringLiteral("export")), QSet<QString>{first.key.id});
    // A delete takes the key out of the index.
    QVERIFY(await(fixture.store->deleteKey({}, second.key.id)).ok());
    QCOMPARE(search(QStringLiteral("payroll")), QSet<QString>{});
    // The index agrees with its table (FTS5's own check), and survives VACUUM, which may
    // renumber the table's rowids.
    RawStore raw(fixture.path());
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO api_keys_search (api_keys_search) VALUES ('integrity-check')")));
    const IssuedKey third = fixture.create(QStringLiteral("Warehouse feed"));
    QVERIFY(raw.exec(QStringLiteral("VACUUM")));
    QCOMPARE(search(QStringLiteral("warehouse")), QSet<QString>{third.key.id});
    QCOMPARE(search(QStringLiteral("ledger")), QSet<QString>{first.key.id});
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO api_keys_search (api_keys_search) VALUES ('integrity-check')")));
}

void TestStoreQueries::filtersByRoleAndCreator()
{
    KeyDraft draft;
    draft.name = QStringLiteral("Viewer key");
    draft.roles = {QStringLiteral("Viewer")};
    QVERIFY(await(m_fixture.store->createKey({}, draft)).ok());
    KeyQuery query;
    query.filter.role = QStringLiteral("Viewer");
    const QList<ApiKey> keys = allKeyPages(*m_fixture.store, query);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().roles, QStringList{QStringLiteral("Viewer")});
    query.filter = {};
    query.filter.createdBy = QStringLiteral("Nobody");
    QCOMPARE(allKeyPages(*m_fixture.store, query).size(), 0);
    query.filter.createdBy = QStringLiteral("Olivia Owner");
    query.filter.text = QStringLiteral("viewer");
    QCOMPARE(allKeyPages(*m_fixture.store, query).size(), 1);
}

void TestStoreQueries::exportWritesWhatTheListShows()
{
    // An export reads a page's roles and scopes in the page's own query; the list reads
    // them apart. Both give the same keys, lists in the same order.
    StoreFixture fixture;
    for (int i = 0; i < 30; ++i) {
        KeyDraft draft;
        draft.name = QStringLiteral("Key %1").arg(i);
        draft.environment = i % 2 ? Environment::Live : Environment::Test;
        if (i % 3 == 0)
            draft.scopes = {QStringLiteral("templates:write"), QStringLiteral("documents:read"),
                            QStringLiteral("api_keys:read")};
        if (i % 4 == 0)
            draft.roles = {QStringLiteral("Viewer"), QStringLiteral("Developer")};
        QVERIFY(await(fixture.store->createKey({}, draft)).ok());
    }
    const QString path = fixture.dir.filePath(QStringLiteral("inventory.json"));
    QVERIFY(await(fixture.store->exportInventory({}, {}, ExportFormat::Json, path)).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray exported =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("keys")).toArray();
    KeyQuery query;
    query.sortField = KeySortField::Name;
    query.sortOrder = Qt::AscendingOrder;
    const QList<ApiKey> listed = allKeyPages(*fixture.store, query);
    QCOMPARE(exported.size(), listed.size());
    int withLists = 0;
    for (int i = 0; i < listed.size(); ++i) {
        QCOMPARE(exported.at(i).toObject(), KeyJson::toJson(listed.at(i), fixture.clock.now()));
        withLists += listed.at(i).roles.size() > 1 && listed.at(i).scopes.size() > 1;
    }
    QVERIFY(withLists > 0);
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
