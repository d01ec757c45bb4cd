#include "BulkSeed.h"
#include "KeywardTranslations.h"
#include "StoreFixture.h"
#include "StoreLock.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "itemmodels/KeyDisplay.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

//! The key table pages, sorts and filters in the store, follows changes and never
//! holds a secret. Every model here runs under QAbstractItemModelTester.
class TestApiKeyTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void holdsOnePageOfALargeInventory();
    void sortsInTheStore_data();
    void sortsInTheStore();
    void unsortableColumnsKeepTheOrder();
    void filtersInTheStore();
    void refreshesWhenTheStoreChanges();
    void refreshMovesRemovesAndInsertsRows();
    void changeWhileANextPageIsOnItsWayKeepsItsRows();
    void showsStatusNeverAndHint();
    void neverHoldsTheSecret();
    void reportsStoreErrors();

private:
    struct Harness {
        std::unique_ptr<ApiKeyTableModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
        bool ready = false; //!< the first page and the counts arrived
    };
    static Harness open(StoreFixture &fixture, int pageSize = ApiKeyTableModel::DefaultPageSize);
    static QString cell(const ApiKeyTableModel &model, int row, int column,
                        int role = Qt::DisplayRole);

    static constexpr int LargeCount = 100000;
    StoreFixture m_large;
};

TestApiKeyTableModel::Harness TestApiKeyTableModel::open(StoreFixture &fixture, int pageSize)
{
    Harness harness;
    harness.model = std::make_unique<ApiKeyTableModel>(fixture.store.get());
    harness.model->setPageSize(pageSize);
    harness.tester = std::make_unique<QAbstractItemModelTester>(
        harness.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    harness.model->setActor(Actor{});
    ApiKeyTableModel *model = harness.model.get();
    harness.ready = QTest::qWaitFor(
        [model] { return !model->isLoading() && model->counts().has_value(); }, 30000);
    return harness;
}

QString TestApiKeyTableModel::cell(const ApiKeyTableModel &model, int row, int column, int role)
{
    return model.data(model.index(row, column), role).toString();
}

void TestApiKeyTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    // English plural forms ("5 days"), through the loader the executables use.
    QVERIFY(KeywardTranslations::install(qApp, QLocale(QLocale::English))
                .contains(QStringLiteral("keyward")));
    QVERIFY(await(m_large.store->open()).ok());
    QVERIFY(bulkSeedKeys(m_large.path(), LargeCount, m_large.clock.now()));
    // A store that was open during the seed announces it as another program's change
    // within its poll interval, at a moment no test chooses: open it afresh instead.
    m_large.reopen();
    QVERIFY(await(m_large.store->open()).ok());
}

void TestApiKeyTableModel::holdsOnePageOfALargeInventory()
{
    Harness h = open(m_large);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QCOMPARE(model.rowCount(), ApiKeyTableModel::DefaultPageSize);
    QCOMPARE(model.columnCount(), int(ApiKeyTableModel::ColumnCount));
    QCOMPARE(model.counts()->total, LargeCount);
    QCOMPARE(model.counts()->expiringSoon, 30 * 24 * 9 / 10); // seed: i + 1 hours, 1 in 10 revoked
    // Newest first by default: the seed's last key was created last.
    QCOMPARE(cell(model, 0, ApiKeyTableModel::Name), QStringLiteral("Key 0099999"));

    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QTRY_COMPARE(model.rowCount(), 2 * ApiKeyTableModel::DefaultPageSize);
    QCOMPARE(cell(model, 100, ApiKeyTableModel::Name), QStringLiteral("Key 0099899"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2 * ApiKeyTableModel::DefaultPageSize); // nothing chained
}

void TestApiKeyTableModel::sortsInTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("firstName");
    QTest::newRow("name ascending")
        << int(ApiKeyTableModel::Name) << Qt::AscendingOrder << QStringLiteral("Key 0000000");
    QTest::newRow("name descending")
        << int(ApiKeyTableModel::Name) << Qt::DescendingOrder << QStringLiteral("Key 0099999");
    QTest::newRow("expires ascending")
        << int(ApiKeyTableModel::Expires) << Qt::AscendingOrder << QStringLiteral("Key 0000000");
    QTest::newRow("created ascending")
        << int(ApiKeyTableModel::Created) << Qt::AscendingOrder << QStringLiteral("Key 0000000");
}

void TestApiKeyTableModel::sortsInTheStore()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, firstName);
    Harness h = open(m_large);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, order);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.sortOrder(), order);
    QCOMPARE(model.rowCount(), ApiKeyTableModel::DefaultPageSize);
    QCOMPARE(cell(model, 0, ApiKeyTableModel::Name), firstName);
}

void TestApiKeyTableModel::unsortableColumnsKeepTheOrder()
{
    Harness h = open(m_large);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QVERIFY(!ApiKeyTableModel::sortFieldFor(ApiKeyTableModel::Key));
    QVERIFY(!ApiKeyTableModel::sortFieldFor(ApiKeyTableModel::Scopes));
    model.sort(ApiKeyTableModel::Scopes, Qt::AscendingOrder);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.sortColumn(), int(ApiKeyTableModel::Created));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
}

void TestApiKeyTableModel::filtersInTheStore()
{
    Harness h = open(m_large);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    KeyFilter filter;
    filter.text = QStringLiteral("KEY 000001");
    model.setFilter(filter);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10); // Key 0000010 … Key 0000019
    QVERIFY(!model.canFetchMore(QModelIndex()));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(cell(model, row, ApiKeyTableModel::Name).startsWith(QLatin1String("Key 000001")));

    filter = KeyFilter();
    filter.environment = Environment::Live;
    filter.status = KeyStatus::Revoked;
    model.setFilter(filter);
    QTRY_COMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), ApiKeyTableModel::DefaultPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ApiKeyTableModel::Status);
        QCOMPARE(index.data(ApiKeyTableModel::StatusRole).toInt(), int(KeyStatus::Revoked));
        QCOMPARE(index.data(ApiKeyTableModel::EnvironmentRole).toInt(), int(Environment::Live));
        QCOMPARE(cell(model, row, ApiKeyTableModel::Type), KeyDisplay::typeText(Environment::Live));
        QCOMPARE(cell(model, row, ApiKeyTableModel::Status), QStringLiteral("Revoked"));
    }
    QCOMPARE(model.counts()->total, LargeCount); // the status line counts the whole inventory
}

void TestApiKeyTableModel::refreshesWhenTheStoreChanges()
{
    StoreFixture fixture;
    Harness h = open(fixture);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.counts()->total, 0);

    QSignalSpy counted(&model, &ApiKeyTableModel::countsChanged);
    const IssuedKey issued = fixture.create(QStringLiteral("CRM sync"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), ApiKeyTableModel::KeyIdRole).toString(), issued.key.id);
    QTRY_COMPARE(model.counts()->total, 1);
    QVERIFY(!counted.isEmpty());
    QCOMPARE(counted.constLast().at(0).toInt(), 1);
}

void TestApiKeyTableModel::refreshMovesRemovesAndInsertsRows()
{
    StoreFixture fixture;
    const QString a = fixture.create(QStringLiteral("Alpha")).key.id;
    const QString b = fixture.create(QStringLiteral("Bravo")).key.id;
    const QString c = fixture.create(QStringLiteral("Charlie")).key.id;
    Harness h = open(fixture);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ApiKeyTableModel::Name, Qt::AscendingOrder);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(model.rowOfKey(a), 0);
    const QPersistentModelIndex bravo = model.index(model.rowOfKey(b), ApiKeyTableModel::Name);

    KeyChanges rename;
    rename.id = a;
    rename.expectedVersion = model.index(0, 0).data(ApiKeyTableModel::VersionRole).toInt();
    rename.name = QStringLiteral("Zulu");
    QVERIFY(await(fixture.store->editKey({}, rename)).ok());
    QTRY_COMPARE(model.rowOfKey(a), 2);
    QCOMPARE(cell(model, 2, ApiKeyTableModel::Name), QStringLiteral("Zulu"));
    QCOMPARE(bravo.row(), 0); // persistent indexes follow their key
    QCOMPARE(reset.count(), 1);

    QVERIFY(await(fixture.store->deleteKey({}, c)).ok());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfKey(c), -1);
    const QString d = fixture.create(QStringLiteral("Delta")).key.id;
    QTRY_COMPARE(model.rowOfKey(d), 1);
    QCOMPARE(bravo.row(), 0);
    QCOMPARE(reset.count(), 1); // changes arrive as moves, removals and insertions
}

void TestApiKeyTableModel::changeWhileANextPageIsOnItsWayKeepsItsRows()
{
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    QVERIFY(bulkSeedKeys(fixture.path(), 250, fixture.clock.now()));
    fixture.reopen(); // no announcement of the seed later
    Harness h = open(fixture);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QCOMPARE(model.rowCount(), ApiKeyTableModel::DefaultPageSize);

    // The store's worker answers in order: a create waiting for another program's write
    // lock, then the next page. So the create's change reaches the model while the next
    // page is on its way, and the refresh it starts makes that page's answer stale.
    KeyDraft draft;
    draft.name = QStringLiteral("Made meanwhile");
    QFuture<StoreResult<IssuedKey>> created;
    {
        StoreLock lock(fixture.path());
        QVERIFY(lock.isHeld());
        created = fixture.store->createKey({}, draft);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QVERIFY(model.isLoading());
    }
    QTRY_VERIFY(created.isFinished());
    QTRY_VERIFY(!model.isLoading());
    // The refresh read the rows of both pages: none fetched is lost.
    QCOMPARE(model.rowCount(), 2 * ApiKeyTableModel::DefaultPageSize);
    QCOMPARE(model.rowOfKey(created.result().value().key.id), 0); // the newest first
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QTRY_COMPARE(model.rowCount(), 251);
    QTRY_VERIFY(!model.isLoading());
}

void TestApiKeyTableModel::showsStatusNeverAndHint()
{
    StoreFixture fixture;
    KeyDraft never;
    never.name = QStringLiteral("Forever");
    never.neverExpires = true;
    const ApiKey permanent = await(fixture.store->createKey({}, never)).value().key;
    KeyDraft soon;
    soon.name = QStringLiteral("Soon");
    soon.environment = Environment::Live;
    soon.expiresAt = fixture.clock.now().addDays(5);
    soon.scopes = {QStringLiteral("documents:read")};
    const ApiKey expiring = await(fixture.store->createKey({}, soon)).value().key;
    KeyDraft gone;
    gone.name = QStringLiteral("Gone");
    const QString revokedId = await(fixture.store->createKey({}, gone)).value().key.id;
    QVERIFY(await(fixture.store->revokeKey({}, revokedId)).ok());

    Harness h = open(fixture);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    QCOMPARE(model.rowCount(), 3);
    const int f = model.rowOfKey(permanent.id);
    QCOMPARE(cell(model, f, ApiKeyTableModel::Expires), QStringLiteral("Never"));
    QCOMPARE(cell(model, f, ApiKeyTableModel::LastUsed), QStringLiteral("Never used"));
    QCOMPARE(cell(model, f, ApiKeyTableModel::Status), QStringLiteral("Active"));
    QCOMPARE(cell(model, f, ApiKeyTableModel::Type), QStringLiteral("Test"));
    QCOMPARE(cell(model, f, ApiKeyTableModel::Scopes), QStringLiteral("No scopes"));
    QCOMPARE(cell(model, f, ApiKeyTableModel::Key), permanent.hint);
    QVERIFY(permanent.hint.startsWith(QStringLiteral("key_test_") + permanent.id + QChar(0x2026)));
    QCOMPARE(cell(model, f, ApiKeyTableModel::CreatedBy), QStringLiteral("Olivia Owner"));
    QCOMPARE(cell(model, f, ApiKeyTableModel::Created), KeyDisplay::dateText(permanent.createdAt));

    const int s = model.rowOfKey(expiring.id);
    QCOMPARE(cell(model, s, ApiKeyTableModel::Status), QStringLiteral("Expires in 5 days"));
    QCOMPARE(cell(model, s, ApiKeyTableModel::Scopes), QStringLiteral("documents:read"));
    QCOMPARE(cell(model, s, ApiKeyTableModel::Type), QStringLiteral("Live"));
    QCOMPARE(cell(model, s, ApiKeyTableModel::Expires), KeyDisplay::dateText(expiring.expiresAt));
    const int r = model.rowOfKey(revokedId);
    QCOMPARE(cell(model, r, ApiKeyTableModel::Status), QStringLiteral("Revoked"));

    // Each status has its own colour.
    const auto colour = [&model](int row) {
        return model.index(row, ApiKeyTableModel::Status).data(Qt::ForegroundRole).value<QColor>();
    };
    QCOMPARE(colour(f), KeyDisplay::statusColor(KeyStatus::Active));
    QCOMPARE(colour(s), KeyDisplay::statusColor(KeyStatus::ExpiringSoon));
    QCOMPARE(colour(r), KeyDisplay::statusColor(KeyStatus::Revoked));
    QVERIFY(colour(f) != colour(s) && colour(s) != colour(r) && colour(f) != colour(r));
    QVERIFY(KeyDisplay::statusColor(KeyStatus::Expired) != colour(r));

    fixture.clock.advanceDays(6);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(cell(model, s, ApiKeyTableModel::Status), QStringLiteral("Expired"));

    const ApiKey whole = model.index(s, 0).data(ApiKeyTableModel::KeyRole).value<ApiKey>();
    QCOMPARE(whole.id, expiring.id);
    QCOMPARE(model.index(s, 0).data(ApiKeyTableModel::VersionRole).toInt(), expiring.version);
    QCOMPARE(model.headerData(ApiKeyTableModel::LastUsed, Qt::Horizontal).toString(),
             QStringLiteral("Last used"));
}

void TestApiKeyTableModel::neverHoldsTheSecret()
{
    StoreFixture fixture;
    Harness h = open(fixture);
    QVERIFY(h.ready);
    ApiKeyTableModel &model = *h.model;
    const IssuedKey issued =
        fixture.create(QStringLiteral("Secret keeper"), {QStringLiteral("documents:read")});
    QTRY_COMPARE(model.rowCount(), 1);
    const QString secret = issued.token.section(QLatin1Char('_'), 3); // secret + checksum
    QCOMPARE(secret.size(), 49);

    QStringList seen;
    for (int column = 0; column < model.columnCount(); ++column) {
        seen << model.headerData(column, Qt::Horizontal).toString();
        const QModelIndex index = model.index(0, column);
        for (int role = 0; role <= ApiKeyTableModel::HintRole + 8; ++role)
            seen << index.data(role).toString();
    }
    const ApiKey key = model.index(0, 0).data(ApiKeyTableModel::KeyRole).value<ApiKey>();
    seen << key.id << key.name << key.description << key.hint << key.createdBy << key.scopes
         << key.effectiveScopes << key.roles;
    for (const QString &text : std::as_const(seen)) {
        QVERIFY2(!text.contains(issued.token), qPrintable(text));
        QVERIFY2(!text.contains(secret.left(16)), qPrintable(text));
    }
}

void TestApiKeyTableModel::reportsStoreErrors()
{
    StoreFixture fixture;
    ApiKeyTableModel model(fixture.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ApiKeyTableModel::errorOccurred);
    model.setActor(Actor{4242, std::nullopt}); // no such member
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestApiKeyTableModel)
#include "tst_apikeytablemodel.moc"
