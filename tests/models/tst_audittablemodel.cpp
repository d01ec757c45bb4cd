#include "KeywardTranslations.h"
#include "RawStore.h"
#include "StoreFixture.h"
#include "exchange/AuditCsv.h"
#include "itemmodels/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

//! The audit table reads events through the store, newest first, in human words,
//! follows store changes and query changes, drops stale answers and reports errors.
//! It runs under QAbstractItemModelTester throughout.
class TestAuditTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEventsNewestFirstInWords();
    void refreshesWhenTheStoreChanges();
    void pagesThroughAHundredThousandEvents();
    void namesTheComputerUserOrTheKeyBesideTheMember();
    void queriesFilterInTheStore();
    void theLastQueryWins();
    void summarisesBeforeAndAfter();
    void everyActionHasWords();
    void reportsStoreErrors();
    void csvQuotesAndDefusesFormulas();

private:
    struct Harness {
        std::unique_ptr<AuditTableModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    static Harness open(StoreFixture &fixture, const Actor &actor = {});
    static bool settled(const AuditTableModel &model) { return !model.isLoading(); }
    static QString cell(const AuditTableModel &model, int row, int column);
};

TestAuditTableModel::Harness TestAuditTableModel::open(StoreFixture &fixture, const Actor &actor)
{
    Harness harness;
    harness.model = std::make_unique<AuditTableModel>(fixture.store.get());
    harness.tester = std::make_unique<QAbstractItemModelTester>(
        harness.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    harness.model->setActor(actor);
    return harness;
}

QString TestAuditTableModel::cell(const AuditTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

void TestAuditTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    QVERIFY(KeywardTranslations::install(qApp, QLocale(QLocale::English))
                .contains(QStringLiteral("keyward")));
}

void TestAuditTableModel::showsEventsNewestFirstInWords()
{
    StoreFixture fixture;
    const IssuedKey first = fixture.create(QStringLiteral("CRM sync"));
    fixture.clock.advanceSecs(60);
    fixture.addMember(QStringLiteral("Dana Developer"), QStringLiteral("Developer"));
    Harness h = open(fixture);
    AuditTableModel &model = *h.model;
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(settled(model));
    QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(cell(model, 0, AuditTableModel::Action), QStringLiteral("Added member"));
    QCOMPARE(cell(model, 1, AuditTableModel::Action), QStringLiteral("Created key"));
    QCOMPARE(cell(model, 1, AuditTableModel::Actor), QStringLiteral("Olivia Owner"));
    QCOMPARE(cell(model, 1, AuditTableModel::Key), first.key.id);
    QCOMPARE(cell(model, 0, AuditTableModel::Key), QString());
    QCOMPARE(model.index(1, 0).data(AuditTableModel::KeyIdRole).toString(), first.key.id);
    QCOMPARE(model.index(1, 0).data(AuditTableModel::ActionCodeRole).toString(),
             QStringLiteral("create"));
    const QDateTime at = model.index(1, 0).data(AuditTableModel::TimeRole).toDateTime();
    QCOMPARE(at, fixture.clock.now().addSecs(-60));
    QCOMPARE(cell(model, 1, AuditTableModel::Time),
             at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString details = cell(model, 1, AuditTableModel::Details);
    QVERIFY2(details.startsWith(QStringLiteral("name: CRM sync")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("type: test")), qPrintable(details));
    QVERIFY(!details.contains(QLatin1Char('\n')));
    QCOMPARE(model.headerData(AuditTableModel::Action, Qt::Horizontal).toString(),
             QStringLiteral("Action"));
    // Never a secret: the token appears in no cell.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                QVERIFY(!model.index(row, column).data(role).toString().contains(first.token));
        }
    }
}

void TestAuditTableModel::pagesThroughAHundredThousandEvents()
{
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    constexpr int Events = 100000;
    {
        // Events as the store writes them, in one statement: every tenth a revoke.
        RawStore raw(fixture.path());
        QVERIFY(raw.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                           " WHERE i < %1) INSERT INTO audit_events (workspace_id, at, actor,"
                           " action, kid, before_json, after_json) SELECT 1, %2 + i * 1000,"
                           " 'Olivia Owner', CASE WHEN i % 10 = 0 THEN 'revoke' ELSE 'create'"
                           " END, 'Key' || i, '{}', '{}' FROM n")
                .arg(Events)
                .arg(fixture.clock.now().toMSecsSinceEpoch())));
    }
    // Without QAbstractItemModelTester, which reads every row again after each page.
    AuditTableModel model(fixture.store.get());
    model.setActor({});
    const auto readToTheEnd = [&model] {
        QTRY_VERIFY(!model.isLoading());
        QSignalSpy loaded(&model, &AuditTableModel::loaded);
        for (int pages = 1; model.canFetchMore({}); ++pages) {
            if (pages > Events / 1000 + 1)
                QFAIL("more pages than events");
            const int before = model.rowCount();
            model.fetchMore({}); // answered at once when the store was quick enough
            while (model.isLoading())
                QVERIFY(loaded.wait());
            QVERIFY(model.rowCount() > before || !model.hasMore());
        }
    };
    QTRY_COMPARE(model.rowCount(), 1000); // a page, and more to come
    QVERIFY(model.hasMore());
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 2000);

    // What a change adds comes at the top; the rows already read stay below it.
    const qint64 newest = model.events().constFirst().id;
    const IssuedKey added = fixture.create(QStringLiteral("Added while reading"));
    QTRY_COMPARE(model.rowCount(), 2001);
    QCOMPARE(model.events().constFirst().keyId, added.key.id);
    QCOMPARE(model.events().at(1).id, newest);

    readToTheEnd();
    QCOMPARE(model.rowCount(), Events + 1);
    QVERIFY(!model.hasMore());
    const QList<AuditEvent> &events = model.events();
    for (int i = 1; i < events.size(); ++i) {
        if (events.at(i).id >= events.at(i - 1).id)
            QFAIL(qPrintable(QStringLiteral("row %1 is not older than the one above").arg(i)));
    }

    // A filter pages the same way, through its index.
    AuditQuery revokes;
    revokes.action = QStringLiteral("revoke");
    model.setQuery(revokes);
    QTRY_COMPARE(model.rowCount(), 1000);
    readToTheEnd();
    QCOMPARE(model.rowCount(), Events / 10);
    for (const AuditEvent &event : model.events())
        QCOMPARE(event.action, QStringLiteral("revoke"));
}

void TestAuditTableModel::namesTheComputerUserOrTheKeyBesideTheMember()
{
    StoreFixture fixture;
    fixture.tune = [](SqlStoreOptions &options) { options.osUser = QStringLiteral("olivia"); };
    fixture.reopen();
    const IssuedKey local = fixture.create(QStringLiteral("Local"));
    const Actor throughKey{0, ScopeSet{QStringLiteral("api_keys:write")}, local.key.id};
    QVERIFY(await(fixture.store->revokeKey(throughKey, local.key.id)).ok());
    Harness h = open(fixture);
    QTRY_COMPARE(h.model->rowCount(), 2);
    QCOMPARE(h.model->headerData(AuditTableModel::Via, Qt::Horizontal).toString(),
             QStringLiteral("Via"));
    QCOMPARE(cell(*h.model, 1, AuditTableModel::Via), QStringLiteral("olivia (computer user)"));
    QCOMPARE(cell(*h.model, 0, AuditTableModel::Via),
             QStringLiteral("olivia (computer user), %1 (API key)").arg(local.key.id));
    QCOMPARE(cell(*h.model, 0, AuditTableModel::Actor), QStringLiteral("Olivia Owner"));
}

void TestAuditTableModel::refreshesWhenTheStoreChanges()
{
    StoreFixture fixture;
    const IssuedKey key = fixture.create(QStringLiteral("Partner script"));
    Harness h = open(fixture);
    QTRY_COMPARE(h.model->rowCount(), 1);
    QVERIFY(await(fixture.store->revokeKey({}, key.key.id)).ok());
    QTRY_COMPARE(h.model->rowCount(), 2);
    QCOMPARE(cell(*h.model, 0, AuditTableModel::Action), QStringLiteral("Revoked key"));
}

void TestAuditTableModel::queriesFilterInTheStore()
{
    StoreFixture fixture;
    const IssuedKey a = fixture.create(QStringLiteral("Alpha"));
    const IssuedKey b = fixture.create(QStringLiteral("Bravo"));
    QVERIFY(await(fixture.store->revokeKey({}, a.key.id)).ok());
    Harness h = open(fixture);
    AuditTableModel &model = *h.model;
    QTRY_COMPARE(model.rowCount(), 3);

    AuditQuery query;
    query.action = QStringLiteral("create");
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_VERIFY(settled(model));

    query = {};
    query.keyId = a.key.id;
    model.setQuery(query);
    QTRY_VERIFY(settled(model));
    QTRY_COMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(cell(model, row, AuditTableModel::Key), a.key.id);

    query.action = QStringLiteral("revoke");
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.query().action, QStringLiteral("revoke"));
    Q_UNUSED(b)
}

void TestAuditTableModel::theLastQueryWins()
{
    StoreFixture fixture;
    fixture.create(QStringLiteral("One"));
    fixture.create(QStringLiteral("Two"));
    Harness h = open(fixture);
    AuditQuery none;
    none.action = QStringLiteral("delete");
    AuditQuery creates;
    creates.action = QStringLiteral("create");
    // Three requests in flight; only the answer to the last may show.
    h.model->setQuery(creates);
    h.model->setQuery(none);
    h.model->setQuery(creates);
    QSignalSpy loaded(h.model.get(), &AuditTableModel::loaded);
    QTRY_VERIFY(settled(*h.model));
    QCOMPARE(h.model->rowCount(), 2);
    QCOMPARE(loaded.count(), 1);
}

void TestAuditTableModel::summarisesBeforeAndAfter()
{
    AuditEvent event;
    event.action = QStringLiteral("edit");
    event.before = {{QStringLiteral("name"), QStringLiteral("Old")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}};
    event.after = {{QStringLiteral("name"), QStringLiteral("New")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read"),
                                                         QStringLiteral("documents:write")}}};
    QCOMPARE(AuditTableModel::detailsText(event),
             QStringLiteral("name: Old → New; scopes: documents:read → documents:read, "
                            "documents:write"));
    AuditEvent role;
    role.before = {{QStringLiteral("member"), QStringLiteral("Dana")},
                   {QStringLiteral("role"), QStringLiteral("Viewer")}};
    role.after = {{QStringLiteral("member"), QStringLiteral("Dana")},
                  {QStringLiteral("role"), QStringLiteral("Admin")}};
    QCOMPARE(AuditTableModel::detailsText(role),
             QStringLiteral("member: Dana; role: Viewer → Admin"));
    AuditEvent longOne;
    longOne.after = {{QStringLiteral("name"), QString(300, QLatin1Char('x'))}};
    QVERIFY(AuditTableModel::detailsText(longOne).size() < 80);
}

void TestAuditTableModel::everyActionHasWords()
{
    QSet<QString> texts;
    for (const QString &code : AuditTableModel::actionCodes()) {
        const QString text = AuditTableModel::actionText(code);
        QVERIFY2(text != code && !text.isEmpty(), qPrintable(code));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), AuditTableModel::actionCodes().size());
    QCOMPARE(AuditTableModel::actionText(QStringLiteral("future_action")),
             QStringLiteral("future_action"));
}

void TestAuditTableModel::reportsStoreErrors()
{
    StoreFixture fixture;
    fixture.create(QStringLiteral("Key"));
    AuditTableModel model(fixture.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &AuditTableModel::errorOccurred);
    model.setActor(Actor{424242, std::nullopt});
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("424242")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestAuditTableModel::csvQuotesAndDefusesFormulas()
{
    AuditEvent event;
    event.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    event.actor = QStringLiteral("=HYPERLINK(\"http://evil\")");
    event.action = QStringLiteral("edit");
    event.keyId = QStringLiteral("AbCdEfGhIjKl");
    event.before = {{QStringLiteral("name"), QStringLiteral("a,b")}};
    event.after = {{QStringLiteral("name"), QStringLiteral("+1")}};
    event.actorKeyId = QStringLiteral("ZyXwVuTsRqPo");
    event.osUser = QStringLiteral("-olivia");
    const QString text = QString::fromUtf8(AuditCsv::document({event}));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("time,actor,actor_key_id,os_user,action,key_id,before,after"));
    QCOMPARE(lines.at(2), QString());
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-01-02T03:04:05Z,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",ZyXwVuTsRqPo,'-olivia,edit,AbCdEfGhIjKl,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral("\"{\"\"name\"\":\"\"a,b\"\"}\"")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("\"{\"\"name\"\":\"\"+1\"\"}\"")));
}

QTEST_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
