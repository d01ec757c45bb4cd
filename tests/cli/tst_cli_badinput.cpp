// Black-box tests of keyward-cli with bad input: every refusal exits 1 (the store said no)
// or 2 (the command line is wrong), prints one line on stderr and nothing on stdout, and
// writes nothing. Also: malformed keys for verify, acting as a member without the scope,
// and a corrupt store file.
#include "CliRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

//! Adds a member with @p role straight into the store file (the CLI has no command for it).
bool insertMember(const QString &path, const QString &name, const QString &email,
                  const QString &role)
{
    const QString connection = u"member-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.prepare(u"INSERT INTO members (workspace_id, name, email, role_id,"
                               " created_at) SELECT 1, ?, ?, id, ? FROM roles WHERE"
                               " workspace_id = 1 AND name = ?"_s);
            query.addBindValue(name);
            query.addBindValue(email);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            query.addBindValue(role);
            ok = ok && query.exec() && query.numRowsAffected() == 1;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

class TestCliBadInput final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badCreate_data();
    void badCreate();
    void usageErrors_data();
    void usageErrors();
    void unusualButValidNames_data();
    void unusualButValidNames();
    void malformedKeys_data();
    void malformedKeys();
    void actingAsDeveloper();
    void unknownMember();
    void corruptStore();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliBadInput::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliBadInput::badCreate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const auto create = [](const QString &name, const QStringList &more = {}) {
        return QStringList{u"create"_s, u"--name"_s, name} + more;
    };
    // Refused by the store: exit 1.
    QTest::newRow("empty name") << create(QString()) << 1 << u"name"_s;
    QTest::newRow("whitespace-only name") << create(u"  \t  "_s) << 1 << u"name"_s;
    QTest::newRow("101-character name") << create(QString(101, u'x')) << 1 << u"100"_s;
    QTest::newRow("100 KB name") << create(QString(qsizetype{100} * 1024, u'x')) << 1 << u"100"_s;
    QTest::newRow("line break in name") << create(u"two\nlines"_s) << 1 << u"name"_s;
    QTest::newRow("control character") << create(u"bell\u0007"_s) << 1 << u"name"_s;
    QTest::newRow("RTL override") << create(u"evil\u202Etxt.exe"_s) << 1 << u"name"_s;
    QTest::newRow("501-character description")
        << create(u"ok"_s, {u"--description"_s, QString(501, u'd')}) << 1 << u"500"_s;
    QTest::newRow("unknown scope")
        << create(u"ok"_s, {u"--scope"_s, u"documents:fly"_s}) << 1 << u"documents:fly"_s;
    QTest::newRow("unknown resource")
        << create(u"ok"_s, {u"--scope"_s, u"rockets:read"_s}) << 1 << u"rockets:read"_s;
    QTest::newRow("write on read-only resource")
        << create(u"ok"_s, {u"--scope"_s, u"audit_log:write"_s}) << 1 << u"audit_log:write"_s;
    QTest::newRow("unknown role") << create(u"ok"_s, {u"--role"_s, u"Boss"_s}) << 1 << u"Boss"_s;
    // Wrong command line: exit 2.
    QTest::newRow("missing --name") << QStringList{u"create"_s} << 2 << u"--name"_s;
    QTest::newRow("--name without value")
        << QStringList{u"create"_s, u"--name"_s} << 2 << u"name"_s;
    QTest::newRow("--name twice") << create(u"a"_s, {u"--name"_s, u"b"_s}) << 2 << u"--name"_s;
    QTest::newRow("--type foo") << create(u"ok"_s, {u"--type"_s, u"foo"_s}) << 2 << u"foo"_s;
    QTest::newRow("--type LIVE") << create(u"ok"_s, {u"--type"_s, u"LIVE"_s}) << 2 << u"LIVE"_s;
    for (const QString &days :
         {u"abc"_s, u"0"_s, u"-1"_s, u"3651"_s, u"1.5"_s, u"+3"_s, QString()}) {
        QTest::addRow("--expires-in '%s'", qPrintable(days))
            << create(u"ok"_s, {u"--expires-in"_s, days}) << 2 << u"expires-in"_s;
    }
    QTest::newRow("scope without action")
        << create(u"ok"_s, {u"--scope"_s, u"documents"_s}) << 2 << u"documents"_s;
    QTest::newRow("scope with two actions")
        << create(u"ok"_s, {u"--scope"_s, u"documents:read:write"_s}) << 2 << u"documents"_s;
    QTest::newRow("scope with space")
        << create(u"ok"_s, {u"--scope"_s, u" documents:read"_s}) << 2 << u"documents"_s;
    QTest::newRow("short idempotency key")
        << create(u"ok"_s, {u"--idempotency-key"_s, u"abc"_s}) << 2 << u"idempotency"_s;
    QTest::newRow("unknown option") << create(u"ok"_s, {u"--colour"_s}) << 2 << u"colour"_s;
    QTest::newRow("value for a flag") << create(u"ok"_s, {u"--json=yes"_s}) << 2 << u"json"_s;
    QTest::newRow("extra argument") << create(u"ok"_s, {u"surplus"_s}) << 2 << u"surplus"_s;
}

void TestCliBadInput::badCreate()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const CliResult result = m_cli->run(arguments);
    CLI_EXPECT(result, exitCode);
    CLI_EXPECT_ONE_ERROR_LINE(result);
    QVERIFY2(result.errLines().constFirst().contains(mentions),
             qPrintable(result.errLines().constFirst()));
    QCOMPARE(m_cli->listJson(), QJsonArray());
}

void TestCliBadInput::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto row = [](const char *name, const QStringList &arguments) {
        QTest::newRow(name) << arguments;
    };
    row("no command", {});
    row("unknown command", {u"frobnicate"_s});
    row("unknown global option", {u"--bogus"_s, u"list"_s});
    row("empty --as", {u"--as"_s, QString(), u"list"_s});
    row("reset --grace 5m", {u"reset"_s, u"AAAAAAAAAAAA"_s, u"--grace"_s, u"5m"_s});
    row("reset --grace 1d", {u"reset"_s, u"AAAAAAAAAAAA"_s, u"--grace"_s, u"1d"_s});
    row("reset without id", {u"reset"_s});
    row("list --format xml", {u"list"_s, u"--format"_s, u"xml"_s});
    row("list --status foo", {u"list"_s, u"--status"_s, u"foo"_s});
    row("list --type foo", {u"list"_s, u"--type"_s, u"foo"_s});
    row("list extra argument", {u"list"_s, u"everything"_s});
    row("show without id", {u"show"_s});
    row("show two ids", {u"show"_s, u"a"_s, u"b"_s});
    row("edit without id", {u"edit"_s});
    row("revoke without id", {u"revoke"_s});
    row("delete two ids", {u"delete"_s, u"a"_s, u"b"_s});
    row("verify without key", {u"verify"_s});
    row("verify bad scope", {u"verify"_s, u"key_test_x"_s, u"--scope"_s, u"everything"_s});
    row("export without format", {u"export"_s});
    row("export --format xml", {u"export"_s, u"--format"_s, u"xml"_s});
    row("audit --format csv", {u"audit"_s, u"--format"_s, u"csv"_s});
    row("audit --limit 0", {u"audit"_s, u"--limit"_s, u"0"_s});
    row("scopes --format csv", {u"scopes"_s, u"--format"_s, u"csv"_s});
    row("roles extra argument", {u"roles"_s, u"Owner"_s});
    row("members --format yaml", {u"members"_s, u"--format"_s, u"yaml"_s});
    row("init --prefix Bad", {u"init"_s, u"--prefix"_s, u"Bad"_s});
}

void TestCliBadInput::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = m_cli->run(arguments);
    CLI_EXPECT(result, 2);
    CLI_EXPECT_ONE_ERROR_LINE(result);
    // Refused before the store was opened: it was not even created.
    QVERIFY(!QFile::exists(m_cli->storePath()));
}

void TestCliBadInput::unusualButValidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("100 characters") << QString(100, u'n');
    QTest::newRow("SQL") << u"'; DROP TABLE api_keys;--"_s;
    QTest::newRow("format strings") << u"%s%n%x %1 {0}"_s;
    QTest::newRow("emoji") << u"Deploy 🚀 bot"_s;
    QTest::newRow("combining marks") << u"Cafe\u0301 re\u0301sume\u0301"_s;
    QTest::newRow("CJK") << u"請求書の同期"_s;
    QTest::newRow("leading dash") << u"-n"_s;
}

void TestCliBadInput::unusualButValidNames()
{
    QFETCH(QString, name);
    const QString token = m_cli->createKey({u"--name"_s, name});
    QVERIFY2(CliRunner::keyPattern().match(token).hasMatch(), qPrintable(token));
    const QJsonArray keys = m_cli->listJson();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).toObject().value(u"name"_s).toString(), name);
    const CliResult table = m_cli->run({u"list"_s});
    CLI_EXPECT(table, 0);
    QVERIFY(QString::fromUtf8(table.out).contains(name));
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);
}

void TestCliBadInput::malformedKeys_data()
{
    QTest::addColumn<QString>("mutation");
    for (const char *mutation :
         {"wrong prefix", "other valid prefix", "wrong environment", "trailing newline",
          "leading space", "lowercase swap", "uppercase swap", "truncated", "extra character",
          "checksum changed", "kid changed", "homoglyph", "empty", "garbage", "256 characters",
          "NUL on stdin", "64 KiB on stdin", "unknown kid"}) {
        QTest::newRow(mutation) << QString::fromLatin1(mutation);
    }
}

void TestCliBadInput::malformedKeys()
{
    QFETCH(QString, mutation);
    const QString token =
        m_cli->createKey({u"--name"_s, u"Target"_s, u"--scope"_s, u"documents:read"_s});
    QVERIFY(!token.isEmpty());
    const QJsonArray keysBefore = m_cli->listJson();
    const QJsonArray auditBefore = m_cli->auditJson();

    const auto swapCase = [&token](bool toLower) {
        QString changed = token;
        for (qsizetype i = changed.lastIndexOf(u'_') + 1; i < changed.size(); ++i) {
            const QChar c = changed.at(i);
            if (toLower ? c.isUpper() : c.isLower()) {
                changed[i] = toLower ? c.toLower() : c.toUpper();
                break;
            }
        }
        return changed;
    };
    const auto replaceAt = [&token](qsizetype index) {
        QString changed = token;
        changed[index] = changed.at(index) == u'A' ? u'B' : u'A';
        return changed;
    };
    QString presented;
    QByteArray input;
    if (mutation == u"wrong prefix")
        presented = u"kex"_s + token.mid(3);
    else if (mutation == u"other valid prefix")
        presented = u"acme"_s + token.mid(3);
    else if (mutation == u"wrong environment")
        presented = QString(token).replace(u"_test_"_s, u"_live_"_s);
    else if (mutation == u"trailing newline")
        presented = token + u'\n';
    else if (mutation == u"leading space")
        presented = u' ' + token;
    else if (mutation == u"lowercase swap")
        presented = swapCase(true);
    else if (mutation == u"uppercase swap")
        presented = swapCase(false);
    else if (mutation == u"truncated")
        presented = token.chopped(1);
    else if (mutation == u"extra character")
        presented = token + u'A';
    else if (mutation == u"checksum changed")
        presented = replaceAt(token.size() - 1);
    else if (mutation == u"kid changed")
        presented = replaceAt(10);
    else if (mutation == u"homoglyph")
        presented = QString(token).replace(2, 1, QChar(0x0443)); // Cyrillic у for y
    else if (mutation == u"garbage")
        presented = u"hello"_s;
    else if (mutation == u"256 characters")
        presented = QString(256, u'a');
    else if (mutation == u"NUL on stdin")
        input = token.left(20).toLatin1() + '\0' + token.mid(21).toLatin1();
    else if (mutation == u"64 KiB on stdin")
        input = token.toLatin1() + QByteArray(qsizetype{64} * 1024, 'A');
    else if (mutation == u"unknown kid")
        presented = token.left(9) + u"ZZZZZZZZZZZZ"_s + token.mid(21);
    const bool fromStdin = !input.isEmpty();
    QVERIFY(fromStdin || presented != token);

    const CliResult result = m_cli->run({u"verify"_s, fromStdin ? u"-"_s : presented}, input);
    CLI_EXPECT(result, 3);
    const QJsonObject object = result.json().object();
    QCOMPARE(object.value(u"valid"_s).toBool(true), false);
    QCOMPARE(object.value(u"outcome"_s).toString(), u"unauthenticated"_s);
    QVERIFY(object.value(u"id"_s).isNull());
    QVERIFY(!object.contains(u"reason"_s));
    QCOMPARE(result.errLines().size(), 1);
    // Nothing changed: no key, no last-used time, no audit event.
    QCOMPARE(m_cli->listJson(), keysBefore);
    QCOMPARE(m_cli->auditJson(), auditBefore);
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);
}

void TestCliBadInput::actingAsDeveloper()
{
    CLI_EXPECT(m_cli->run({u"init"_s}), 0);
    QVERIFY(insertMember(m_cli->storePath(), u"dev"_s, u"dev@example.com"_s, u"Developer"_s));
    const CliResult members = m_cli->run({u"members"_s, u"--format"_s, u"json"_s});
    QCOMPARE(members.json().array().size(), 2);
    const QString devId =
        QString::number(members.json().array().at(1).toObject().value(u"id"_s).toInteger());

    const CliResult refused = m_cli->run(
        {u"--as"_s, u"dev"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api_keys:write"_s});
    CLI_EXPECT(refused, 1);
    CLI_EXPECT_ONE_ERROR_LINE(refused);
    QVERIFY2(refused.errLines().constFirst().contains(u"api_keys:write"_s),
             qPrintable(refused.errLines().constFirst()));
    QCOMPARE(m_cli->listJson(), QJsonArray());
    QCOMPARE(m_cli->auditJson(), QJsonArray());

    // --as takes a name, an email (any case) or an id.
    for (const QString &as : {u"dev"_s, u"DEV@example.com"_s, devId})
        CLI_EXPECT(m_cli->run({u"--as"_s, as, u"list"_s}), 0);

    // A developer cannot manage someone else's key.
    const QString token = m_cli->createKey({u"--name"_s, u"Owner's key"_s});
    const CliResult revoke = m_cli->run({u"--as"_s, devId, u"revoke"_s, CliRunner::idOf(token)});
    CLI_EXPECT(revoke, 1);
    CLI_EXPECT_ONE_ERROR_LINE(revoke);
    QVERIFY(revoke.errLines().constFirst().contains(u"api_keys:write"_s));
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);
}

void TestCliBadInput::unknownMember()
{
    for (const QString &as : {u"ghost"_s, u"ghost@example.com"_s, u"99"_s}) {
        const CliResult result = m_cli->run({u"--as"_s, as, u"create"_s, u"--name"_s, u"x"_s});
        CLI_EXPECT(result, 1);
        CLI_EXPECT_ONE_ERROR_LINE(result);
        QVERIFY(result.errLines().constFirst().contains(as));
    }
    QCOMPARE(m_cli->listJson(), QJsonArray());
}

void TestCliBadInput::corruptStore()
{
    const QByteArray junk = QByteArray("this is not a database\n").repeated(200);
    QFile file(m_cli->storePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(junk);
    file.close();
    for (const QStringList &arguments :
         {QStringList{u"list"_s}, QStringList{u"create"_s, u"--name"_s, u"x"_s}}) {
        const CliResult result = m_cli->run(arguments);
        CLI_EXPECT(result, 1);
        CLI_EXPECT_ONE_ERROR_LINE(result);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk);
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
