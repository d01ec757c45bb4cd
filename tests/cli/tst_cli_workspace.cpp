// Black-box tests of keyward-cli's store and workspace commands: init (--prefix), the
// default store path, audit, scopes, roles, members, --help and --version.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCliWorkspace final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initWithPrefix();
    void initBadPrefix_data();
    void initBadPrefix();
    void defaultStoreIsTheDesktopAppsFile();
    void auditJson();
    void scopesRolesMembers();
    void helpAndVersion();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliWorkspace::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliWorkspace::initWithPrefix()
{
    const CliResult init = m_cli->run({u"init"_s, u"--prefix"_s, u"acme"_s});
    CLI_EXPECT(init, 0);
    QVERIFY(init.err.isEmpty());
    QVERIFY(QFile::exists(m_cli->storePath()));
    const QString token = m_cli->createKey({u"--name"_s, u"Prefixed"_s, u"--type"_s, u"live"_s});
    QVERIFY2(CliRunner::keyPattern().match(token).hasMatch(), qPrintable(token));
    QVERIFY(token.startsWith(u"acme_live_"_s));
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);

    // Running init again is fine; asking for another prefix is not.
    CLI_EXPECT(m_cli->run({u"init"_s}), 0);
    CLI_EXPECT(m_cli->run({u"init"_s, u"--prefix"_s, u"acme"_s}), 0);
    const CliResult other = m_cli->run({u"init"_s, u"--prefix"_s, u"other"_s});
    CLI_EXPECT(other, 1);
    CLI_EXPECT_ONE_ERROR_LINE(other);
    QVERIFY(m_cli->createKey({u"--name"_s, u"Still acme"_s}).startsWith(u"acme_test_"_s));
}

void TestCliWorkspace::initBadPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("empty") << QString();
    QTest::newRow("one letter") << u"a"_s;
    QTest::newRow("thirteen letters") << u"abcdefghijklm"_s;
    QTest::newRow("leading digit") << u"1abc"_s;
    QTest::newRow("uppercase") << u"Acme"_s;
    QTest::newRow("underscore") << u"ac_me"_s;
    QTest::newRow("dash") << u"ac-me"_s;
}

void TestCliWorkspace::initBadPrefix()
{
    QFETCH(QString, prefix);
    const CliResult result = m_cli->run({u"init"_s, u"--prefix"_s, prefix});
    CLI_EXPECT(result, 2);
    CLI_EXPECT_ONE_ERROR_LINE(result);
    QVERIFY(!QFile::exists(m_cli->storePath()));
    QVERIFY(m_cli->createKey({u"--name"_s, u"Default prefix"_s}).startsWith(u"key_test_"_s));
}

void TestCliWorkspace::defaultStoreIsTheDesktopAppsFile()
{
    // AppDataLocation for organization "Keyward", application "keyward".
    const QString expected = QDir(m_cli->environment().value(u"XDG_DATA_HOME"_s))
                                 .filePath(u"Keyward/keyward/keyward.db"_s);
    const CliResult init = m_cli->runRaw({u"init"_s});
    CLI_EXPECT(init, 0);
    QVERIFY2(init.outLine().contains(expected), qPrintable(init.outLine()));
    QVERIFY(QFile::exists(expected));
    const CliResult create = m_cli->runRaw({u"create"_s, u"--name"_s, u"Default store"_s});
    CLI_EXPECT(create, 0);
    CLI_EXPECT(m_cli->runRaw({u"verify"_s, create.outLine()}), 0);
    QCOMPARE(m_cli->listJson().size(), 0); // the --store file is another store
    QVERIFY(m_cli->runRaw({u"--help"_s}).out.contains(expected.toUtf8()));
}

void TestCliWorkspace::auditJson()
{
    const QStringList tokens = m_cli->seedThreeKeys();
    const QString id = CliRunner::idOf(tokens.at(0));
    CLI_EXPECT(m_cli->run({u"edit"_s, id, u"--name"_s, u"CRM sync v2"_s}), 0);
    const CliResult result = m_cli->run({u"audit"_s, u"--format"_s, u"json"_s});
    CLI_EXPECT(result, 0);
    const QJsonArray events = result.json().array();
    QStringList actions;
    for (const QJsonValue value : events) {
        const QJsonObject event = value.toObject();
        actions << event.value(u"action"_s).toString();
        QCOMPARE(event.value(u"actor"_s).toString(), u"tester"_s);
        QVERIFY(QDateTime::fromString(event.value(u"at"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(event.value(u"before"_s).isObject());
        QVERIFY(event.value(u"after"_s).isObject());
    }
    QCOMPARE(actions, QStringList({u"edit"_s, u"revoke"_s, u"create"_s, u"create"_s, u"create"_s}));
    QCOMPARE(events.at(0).toObject().value(u"key_id"_s).toString(), id);
    for (const QString &token : tokens)
        QVERIFY(!result.out.contains(token.toLatin1()));

    const CliResult table = m_cli->run({u"audit"_s});
    CLI_EXPECT(table, 0);
    const QStringList lines = table.outLine().split(u'\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(0).startsWith(u"TIME"_s));
    QVERIFY(lines.at(1).contains(u"CRM sync → CRM sync v2"_s));
    const CliResult limited =
        m_cli->run({u"audit"_s, u"--format"_s, u"json"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(limited.json().array().size(), 2);
}

void TestCliWorkspace::scopesRolesMembers()
{
    CliResult result = m_cli->run({u"scopes"_s, u"--format"_s, u"json"_s});
    CLI_EXPECT(result, 0);
    QStringList scopes;
    for (const QJsonValue resource : result.json().array()) {
        for (const QJsonValue scope : resource.toObject().value(u"scopes"_s).toArray())
            scopes << scope.toString();
    }
    QVERIFY(scopes.contains(u"documents:read"_s));
    QVERIFY(scopes.contains(u"api_keys:delete"_s));
    QVERIFY(scopes.contains(u"audit_log:read"_s));
    QVERIFY(!scopes.contains(u"audit_log:write"_s));
    result = m_cli->run({u"scopes"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.outLine().split(u'\n').size(), scopes.size() + 1);

    result = m_cli->run({u"roles"_s, u"--format"_s, u"json"_s});
    CLI_EXPECT(result, 0);
    QStringList roles;
    for (const QJsonValue role : result.json().array())
        roles << role.toObject().value(u"name"_s).toString();
    QCOMPARE(roles, QStringList({u"Owner"_s, u"Admin"_s, u"Developer"_s, u"Viewer"_s}));
    const QJsonArray developerScopes =
        result.json().array().at(2).toObject().value(u"scopes"_s).toArray();
    QVERIFY(developerScopes.contains(u"api_keys:read"_s));
    QVERIFY(!developerScopes.contains(u"api_keys:write"_s));
    result = m_cli->run({u"roles"_s});
    CLI_EXPECT(result, 0);
    QVERIFY(result.outLine().split(u'\n').at(4).startsWith(u"Viewer"_s));

    result = m_cli->run({u"members"_s, u"--format"_s, u"json"_s});
    CLI_EXPECT(result, 0);
    const QJsonArray members = result.json().array();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0).toObject().value(u"name"_s).toString(), u"tester"_s);
    QCOMPARE(members.at(0).toObject().value(u"role"_s).toString(), u"Owner"_s);
    result = m_cli->run({u"members"_s});
    CLI_EXPECT(result, 0);
    QVERIFY(result.outLine().split(u'\n').at(1).contains(u"tester"_s));
    QVERIFY(result.outLine().split(u'\n').at(1).contains(u"Owner"_s));
}

void TestCliWorkspace::helpAndVersion()
{
    CliResult result = m_cli->run({u"--help"_s});
    CLI_EXPECT(result, 0);
    const QStringList names{u"init"_s,   u"create"_s,  u"list"_s,    u"show"_s,
                            u"edit"_s,   u"reset"_s,   u"revoke"_s,  u"delete"_s,
                            u"verify"_s, u"export"_s,  u"audit"_s,   u"scopes"_s,
                            u"roles"_s,  u"members"_s, u"--store"_s, u"--as"_s};
    for (const QString &name : names)
        QVERIFY2(result.out.contains(name.toUtf8()), qPrintable(name));
    result = m_cli->run({u"--version"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.outLine(), u"keyward-cli "_s + QStringLiteral(KEYWARD_VERSION));

    const QList<QStringList> commands{
        {u"init"_s, u"--prefix"_s},  {u"create"_s, u"--idempotency-key"_s},
        {u"list"_s, u"--search"_s},  {u"show"_s, u"--json"_s},
        {u"edit"_s, u"--scope"_s},   {u"reset"_s, u"--grace"_s},
        {u"revoke"_s, u"ID"_s},      {u"delete"_s, u"ID"_s},
        {u"verify"_s, u"KEY"_s},     {u"export"_s, u"--output"_s},
        {u"audit"_s, u"--format"_s}, {u"scopes"_s, u"--format"_s},
        {u"roles"_s, u"--format"_s}, {u"members"_s, u"--format"_s}};
    for (const QStringList &command : commands) {
        result = m_cli->run({command.at(0), u"--help"_s});
        CLI_EXPECT(result, 0);
        QVERIFY2(result.out.contains(command.at(1).toUtf8()), qPrintable(command.join(u' ')));
    }
    QVERIFY(!QFile::exists(m_cli->storePath())); // help touches no store
}

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
