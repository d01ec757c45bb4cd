// Black-box tests of keyward-cli's read side: list (table, JSON, CSV, filters, paging),
// show and export.
#include "BulkSeed.h"
#include "CliRunner.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestCliInventory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listTable();
    void listJsonAndCsv();
    void listFilters_data();
    void listFilters();
    void listPagesThroughLargeInventories();
    void showReadableBlock();
    void showJson();
    void exportToFiles();
    void exportToStandardOutput();
    void exportToUnwritablePathFails();
    void filesAreTheUsersOnly();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliInventory::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliInventory::listTable()
{
    const QStringList tokens = m_cli->seedThreeKeys();
    const CliResult result = m_cli->run({u"list"_s});
    CLI_EXPECT(result, 0);
    QVERIFY(result.err.isEmpty());
    const QStringList lines = result.outLine().split(u'\n');
    QCOMPARE(lines.size(), 4);
    const QString &header = lines.at(0);
    QVERIFY(header.startsWith(u"ID"_s));
    const QStringList columns{u"NAME"_s, u"TYPE"_s, u"STATUS"_s, u"EXPIRES"_s, u"LAST USED"_s};
    qsizetype previous = 0;
    for (const QString &column : columns) {
        const qsizetype at = header.indexOf(column);
        QVERIFY2(at > previous, qPrintable(column));
        previous = at;
        // Aligned: every row's cell starts where the header's does, after two spaces.
        for (int row = 1; row < lines.size(); ++row) {
            QVERIFY2(lines.at(row).mid(at - 2, 2) == u"  "_s, qPrintable(lines.at(row)));
            QVERIFY2(lines.at(row).at(at) != u' ', qPrintable(lines.at(row)));
        }
    }
    // Newest first.
    QVERIFY(lines.at(1).startsWith(CliRunner::idOf(tokens.at(2))));
    QVERIFY(lines.at(1).contains(u"revoked"_s));
    QVERIFY(lines.at(2).contains(u"ERP live"_s));
    QVERIFY(lines.at(2).contains(u"live"_s));
    QVERIFY(lines.at(3).contains(u"CRM sync"_s));
    QVERIFY(lines.at(3).contains(u"active"_s));
    QVERIFY(lines.at(3).contains(u"never"_s)); // last used
    for (const QString &token : tokens)
        QVERIFY(!result.out.contains(token.toLatin1()));
}

void TestCliInventory::listJsonAndCsv()
{
    const QStringList tokens = m_cli->seedThreeKeys();
    const QJsonArray keys = m_cli->listJson();
    QCOMPARE(keys.size(), 3);
    QCOMPARE(CliRunner::ids(keys),
             QStringList({CliRunner::idOf(tokens.at(2)), CliRunner::idOf(tokens.at(1)),
                          CliRunner::idOf(tokens.at(0))}));
    const QJsonObject crm = keys.at(2).toObject();
    QCOMPARE(crm.value(u"name"_s).toString(), u"CRM sync"_s);
    QCOMPARE(crm.value(u"description"_s).toString(), u"Pushes contacts"_s);
    QCOMPARE(crm.value(u"scopes"_s).toArray(), QJsonArray({u"documents:read"_s}));
    QCOMPARE(keys.at(0).toObject().value(u"status"_s).toString(), u"revoked"_s);
    QCOMPARE(keys.at(1).toObject().value(u"roles"_s).toArray(), QJsonArray({u"Viewer"_s}));

    const CliResult csv = m_cli->run({u"list"_s, u"--format"_s, u"csv"_s});
    CLI_EXPECT(csv, 0);
    const QStringList rows = QString::fromUtf8(csv.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), u"id,name,description,type,status,roles,scopes,created_at,created_by,"
                         "expires_at,last_used_at,hint"_s);
    QVERIFY(rows.at(3).startsWith(CliRunner::idOf(tokens.at(0)) +
                                  u",CRM sync,Pushes contacts,test,active,,documents:read,"_s));
    QVERIFY(rows.at(2).contains(u",ERP live,,live,active,Viewer,,"_s));
    for (const QString &token : tokens) {
        QVERIFY(!csv.out.contains(token.toLatin1()));
        QVERIFY(!QJsonDocument(keys).toJson().contains(token.toLatin1()));
    }
}

void TestCliInventory::listFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into seedThreeKeys()
    QTest::newRow("search name") << QStringList{u"--search"_s, u"crm"_s} << QList<int>{0};
    QTest::newRow("search description")
        << QStringList{u"--search"_s, u"CONTACTS"_s} << QList<int>{0};
    QTest::newRow("search nothing") << QStringList{u"--search"_s, u"zzz"_s} << QList<int>{};
    QTest::newRow("search like-wildcard") << QStringList{u"--search"_s, u"%"_s} << QList<int>{};
    QTest::newRow("status active") << QStringList{u"--status"_s, u"active"_s} << QList<int>{1, 0};
    QTest::newRow("status revoked") << QStringList{u"--status"_s, u"revoked"_s} << QList<int>{2};
    QTest::newRow("status expired") << QStringList{u"--status"_s, u"expired"_s} << QList<int>{};
    QTest::newRow("status expiring") << QStringList{u"--status"_s, u"expiring"_s} << QList<int>{};
    QTest::newRow("type live") << QStringList{u"--type"_s, u"live"_s} << QList<int>{1};
    QTest::newRow("type test") << QStringList{u"--type"_s, u"test"_s} << QList<int>{2, 0};
    QTest::newRow("type and status")
        << QStringList{u"--type"_s, u"test"_s, u"--status"_s, u"active"_s} << QList<int>{0};
}

void TestCliInventory::listFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(QList<int>, expected);
    const QStringList tokens = m_cli->seedThreeKeys();
    QStringList ids;
    for (int index : expected)
        ids << CliRunner::idOf(tokens.at(index));

    QCOMPARE(CliRunner::ids(m_cli->listJson(filter)), ids);

    const CliResult table = m_cli->run(QStringList{u"list"_s} + filter);
    CLI_EXPECT(table, 0);
    const QStringList lines = table.outLine().split(u'\n');
    QCOMPARE(lines.size(), ids.size() + 1);
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(lines.at(i + 1).startsWith(ids.at(i)));

    const CliResult csv = m_cli->run(QStringList{u"list"_s, u"--format"_s, u"csv"_s} + filter);
    CLI_EXPECT(csv, 0);
    const QStringList rows = QString::fromUtf8(csv.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), ids.size() + 1);
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(rows.at(i + 1).startsWith(ids.at(i) + u','));
}

void TestCliInventory::listPagesThroughLargeInventories()
{
    CLI_EXPECT(m_cli->run({u"init"_s}), 0);
    constexpr int Count = 1234; // more than two of the CLI's pages
    QVERIFY(bulkSeedKeys(m_cli->storePath(), Count, QDateTime::currentDateTimeUtc()));
    const QJsonArray keys = m_cli->listJson();
    QCOMPARE(keys.size(), Count);
    QStringList ids = CliRunner::ids(keys);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), Count);
    QCOMPARE(ids.constFirst(), u"seed%1"_s.arg(Count - 1, 8, 10, QLatin1Char('0')));

    const CliResult table = m_cli->run({u"list"_s, u"--status"_s, u"revoked"_s});
    CLI_EXPECT(table, 0);
    QCOMPARE(table.outLine().split(u'\n').size(), Count / 10 + 1);
}

void TestCliInventory::showReadableBlock()
{
    const QString token = m_cli->createKey(
        {u"--name"_s, u"Shown"_s, u"--description"_s, u"For the docs"_s, u"--role"_s, u"Viewer"_s,
         u"--scope"_s, u"documents:write"_s, u"--type"_s, u"live"_s});
    const QString id = CliRunner::idOf(token);
    CLI_EXPECT(m_cli->run({u"reset"_s, id, u"--grace"_s, u"1h"_s}), 0);
    const CliResult result = m_cli->run({u"show"_s, id});
    CLI_EXPECT(result, 0);
    QVERIFY(result.err.isEmpty());
    const QString text = QString::fromUtf8(result.out);
    const QStringList expected{u"ID:"_s,
                               id,
                               u"Name:"_s,
                               u"Shown"_s,
                               u"Description:"_s,
                               u"For the docs"_s,
                               u"Type:"_s,
                               u"live"_s,
                               u"Status:"_s,
                               u"active"_s,
                               u"Roles:"_s,
                               u"Viewer"_s,
                               u"Scopes:"_s,
                               u"documents:write"_s,
                               u"Effective scopes:"_s,
                               u"assets:read"_s,
                               u"Created:"_s,
                               u"by tester"_s,
                               u"Expires:"_s,
                               u"Last used:"_s,
                               u"never"_s,
                               u"Hint:"_s,
                               u"Credentials:"_s,
                               u"works until"_s,
                               u"current secret"_s};
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part));
    QVERIFY(!text.contains(token));
    // One field per line, values aligned.
    const QStringList lines = result.outLine().split(u'\n');
    const qsizetype column = lines.at(0).indexOf(id);
    for (const QString &line : lines)
        QVERIFY2(line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
}

void TestCliInventory::showJson()
{
    const QString token = m_cli->createKey(
        {u"--name"_s, u"Shown"_s, u"--role"_s, u"Viewer"_s, u"--scope"_s, u"documents:write"_s});
    const CliResult result = m_cli->run({u"show"_s, CliRunner::idOf(token), u"--json"_s});
    CLI_EXPECT(result, 0);
    const QJsonObject key = result.json().object();
    QCOMPARE(key.value(u"id"_s).toString(), CliRunner::idOf(token));
    QCOMPARE(key.value(u"name"_s).toString(), u"Shown"_s);
    const QJsonArray effective = key.value(u"effective_scopes"_s).toArray();
    QVERIFY(effective.contains(u"documents:write"_s));
    QVERIFY(effective.contains(u"documents:read"_s));
    QCOMPARE(key.value(u"credentials"_s).toArray().size(), 1);
    QVERIFY(!result.out.contains(token.toLatin1()));
}

void TestCliInventory::exportToFiles()
{
    const QStringList tokens = m_cli->seedThreeKeys();
    const QString csvPath = m_cli->filePath(u"inventory.csv"_s);
    const CliResult csv =
        m_cli->run({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, csvPath});
    CLI_EXPECT(csv, 0);
    QVERIFY(csv.err.isEmpty());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    const QStringList rows = QString::fromUtf8(csvBytes).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).startsWith(u"id,name,description,type,status"_s));
    for (const QString &token : tokens) {
        QVERIFY(csvBytes.contains(CliRunner::idOf(token).toLatin1()));
        QVERIFY(!csvBytes.contains(token.toLatin1()));
        QVERIFY(!csvBytes.contains(token.section(u'_', 3).left(16).toLatin1()));
    }

    const QString jsonPath = m_cli->filePath(u"inventory.json"_s);
    CLI_EXPECT(m_cli->run({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, jsonPath}), 0);
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = jsonFile.readAll();
    const QJsonObject document = QJsonDocument::fromJson(jsonBytes).object();
    QVERIFY(
        QDateTime::fromString(document.value(u"exported_at"_s).toString(), Qt::ISODate).isValid());
    const QJsonArray keys = document.value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 3);
    QStringList exported = CliRunner::ids(keys);
    exported.sort();
    QStringList created{CliRunner::idOf(tokens.at(0)), CliRunner::idOf(tokens.at(1)),
                        CliRunner::idOf(tokens.at(2))};
    created.sort();
    QCOMPARE(exported, created);
    for (const QString &token : tokens)
        QVERIFY(!jsonBytes.contains(token.toLatin1()));

    QStringList formats;
    for (const QJsonValue event : m_cli->auditJson()) {
        if (event.toObject().value(u"action"_s).toString() == u"export"_s) {
            formats << event.toObject().value(u"after"_s).toObject().value(u"format"_s).toString();
        }
    }
    QCOMPARE(formats, QStringList({u"json"_s, u"csv"_s}));
}

void TestCliInventory::exportToStandardOutput()
{
    const QStringList tokens = m_cli->seedThreeKeys();
    const CliResult csv = m_cli->run({u"export"_s, u"--format"_s, u"csv"_s});
    CLI_EXPECT(csv, 0);
    QCOMPARE(QString::fromUtf8(csv.out).split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 4);
    const CliResult json =
        m_cli->run({u"export"_s, u"--format"_s, u"json"_s, u"--status"_s, u"revoked"_s});
    CLI_EXPECT(json, 0);
    const QJsonArray keys = json.json().object().value(u"keys"_s).toArray();
    QCOMPARE(CliRunner::ids(keys), QStringList({CliRunner::idOf(tokens.at(2))}));
    for (const QString &token : tokens) {
        QVERIFY(!csv.out.contains(token.toLatin1()));
        QVERIFY(!json.out.contains(token.toLatin1()));
    }
    const CliResult noFormat = m_cli->run({u"export"_s});
    CLI_EXPECT(noFormat, 2);
    CLI_EXPECT_ONE_ERROR_LINE(noFormat);
}

void TestCliInventory::exportToUnwritablePathFails()
{
    m_cli->seedThreeKeys();
    const QString path = m_cli->filePath(u"no/such/folder/inventory.csv"_s);
    const CliResult result =
        m_cli->run({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, path});
    CLI_EXPECT(result, 1);
    CLI_EXPECT_ONE_ERROR_LINE(result);
    QVERIFY(!QFile::exists(path));
}

void TestCliInventory::filesAreTheUsersOnly()
{
    // keyward-cli inherits the test's umask, the usual 022: what it creates is 0600.
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    m_cli->seedThreeKeys();
    const QString store = m_cli->storePath();
    QCOMPARE(CliRunner::modeOf(store), 0600);
    {
        // A reader (this test) opens the WAL and SHM; SQLite gives them the file's mode.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT count(*) FROM api_keys"_s) && query.next());
        QCOMPARE(CliRunner::modeOf(store + u"-wal"_s), 0600);
        QCOMPARE(CliRunner::modeOf(store + u"-shm"_s), 0600);
        // ...also those keyward-cli makes while this reader keeps them open.
        CLI_EXPECT(m_cli->run({u"create"_s, u"--name"_s, u"While reading"_s}), 0);
        QCOMPARE(CliRunner::modeOf(store + u"-wal"_s), 0600);
    }
    QSqlDatabase::removeDatabase(u"reader"_s);
    const QString csv = m_cli->filePath(u"inventory.csv"_s);
    CLI_EXPECT(m_cli->run({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, csv}), 0);
    QCOMPARE(CliRunner::modeOf(csv), 0600);
    CLI_EXPECT(m_cli->run({u"create"_s, u"--name"_s, u"Retry-safe"_s, u"--idempotency-key"_s,
                           u"a-retry-safe-create-1"_s}),
               0);
    QCOMPARE(CliRunner::modeOf(m_cli->filePath(u"config/Keyward/keyward/seal.key"_s)), 0600);

    // A stricter umask is kept: 0277 leaves the owner only reading.
    ::umask(0277);
    const QString json = m_cli->filePath(u"inventory.json"_s);
    CLI_EXPECT(m_cli->run({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, json}), 0);
    QCOMPARE(CliRunner::modeOf(json), 0400);
}

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cli_inventory.moc"
