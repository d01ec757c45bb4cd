// Black-box tests of keyward-cli's key lifecycle: create, verify, edit, revoke and
// delete. Each test runs the built binary against its own store.
#include "CliRunner.h"

#include <QDateTime>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCliKeys final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createPrintsTheKeyAlone();
    void createJsonHasEveryField();
    void createExpiry_data();
    void createExpiry();
    void verifyWithAndWithoutScope();
    void verifyRecordsLastUsed();
    void verifyReadsTheKeyFromStandardInput();
    void verifyRevokedKeyIsUnauthenticated();
    void editNameAndScopesIsAudited();
    void editNeedsSomethingToChange();
    void revoke();
    void deleteKeepsTheAuditTrail();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliKeys::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliKeys::createPrintsTheKeyAlone()
{
    const CliResult result = m_cli->run({u"create"_s, u"--name"_s, u"CRM sync"_s});
    CLI_EXPECT(result, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.endsWith('\n'));
    QCOMPARE(result.out.count('\n'), 1);
    const QString token = result.outLine();
    QVERIFY2(CliRunner::keyPattern().match(token).hasMatch(), qPrintable(token));
    QVERIFY(token.startsWith(QLatin1String("key_test_")));

    const QString live = m_cli->createKey({u"--name"_s, u"ERP"_s, u"--type"_s, u"live"_s});
    QVERIFY2(CliRunner::keyPattern().match(live).hasMatch(), qPrintable(live));
    QVERIFY(live.startsWith(QLatin1String("key_live_")));
    QCOMPARE(m_cli->listJson().size(), 2);
}

void TestCliKeys::createJsonHasEveryField()
{
    const CliResult result = m_cli->run(
        {u"create"_s, u"--name"_s, u"  Partner script  "_s, u"--description"_s, u"Nightly sync"_s,
         u"--type"_s, u"live"_s, u"--role"_s, u"Viewer"_s, u"--scope"_s, u"documents:write"_s,
         u"--scope"_s, u"assets:read"_s, u"--expires-in"_s, u"never"_s, u"--json"_s});
    CLI_EXPECT(result, 0);
    const QJsonObject object = result.json().object();
    QStringList fields = object.keys();
    fields.sort();
    QCOMPARE(fields, QStringList({u"created_at"_s, u"created_by"_s, u"description"_s,
                                  u"expires_at"_s, u"hint"_s, u"id"_s, u"key"_s, u"last_used_at"_s,
                                  u"name"_s, u"roles"_s, u"scopes"_s, u"status"_s, u"type"_s}));
    const QString token = object.value(u"key"_s).toString();
    QVERIFY2(CliRunner::keyPattern().match(token).hasMatch(), qPrintable(token));
    QCOMPARE(object.value(u"id"_s).toString(), CliRunner::idOf(token));
    QCOMPARE(object.value(u"name"_s).toString(), QStringLiteral("Partner script"));
    QCOMPARE(object.value(u"description"_s).toString(), QStringLiteral("Nightly sync"));
    QCOMPARE(object.value(u"type"_s).toString(), QStringLiteral("live"));
    QCOMPARE(object.value(u"status"_s).toString(), QStringLiteral("active"));
    QCOMPARE(object.value(u"roles"_s).toArray(), QJsonArray({u"Viewer"_s}));
    QCOMPARE(object.value(u"scopes"_s).toArray(),
             QJsonArray({u"assets:read"_s, u"documents:write"_s}));
    QCOMPARE(object.value(u"created_by"_s).toString(), QStringLiteral("tester"));
    QVERIFY(object.value(u"expires_at"_s).isNull());
    QVERIFY(object.value(u"last_used_at"_s).isNull());
    QVERIFY(QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODate).isValid());
    const QString hint = object.value(u"hint"_s).toString();
    QVERIFY(hint.startsWith(QStringLiteral("key_live_") + object.value(u"id"_s).toString()));
    QVERIFY(hint.endsWith(token.right(4)));
    QVERIFY(!hint.contains(token.section(QLatin1Char('_'), 3).left(20)));
}

void TestCliKeys::createExpiry_data()
{
    QTest::addColumn<QString>("expiresIn");
    QTest::addColumn<int>("minDays");
    QTest::addColumn<int>("maxDays");
    QTest::addColumn<QString>("status");
    QTest::newRow("default: one year") << QString() << 364 << 366 << u"active"_s;
    QTest::newRow("10 days") << u"10"_s << 10 << 11 << u"expiring"_s;
    QTest::newRow("3650 days") << u"3650"_s << 3650 << 3651 << u"active"_s;
}

void TestCliKeys::createExpiry()
{
    QFETCH(QString, expiresIn);
    QFETCH(int, minDays);
    QFETCH(int, maxDays);
    QFETCH(QString, status);
    QStringList arguments{u"create"_s, u"--name"_s, u"Expiring"_s, u"--json"_s};
    if (!expiresIn.isEmpty())
        arguments << u"--expires-in"_s << expiresIn;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliResult result = m_cli->run(arguments);
    CLI_EXPECT(result, 0);
    const QJsonObject object = result.json().object();
    const QDateTime expires =
        QDateTime::fromString(object.value(u"expires_at"_s).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QVERIFY(expires >= before.addDays(minDays).addSecs(-5));
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addDays(maxDays));
    QCOMPARE(object.value(u"status"_s).toString(), status);
}

void TestCliKeys::verifyWithAndWithoutScope()
{
    const QString token =
        m_cli->createKey({u"--name"_s, u"Reader"_s, u"--scope"_s, u"documents:read"_s});
    QVERIFY(!token.isEmpty());

    CliResult result = m_cli->run({u"verify"_s, token});
    CLI_EXPECT(result, 0);
    QVERIFY(result.err.isEmpty());
    QJsonObject object = result.json().object();
    QStringList fields = object.keys();
    fields.sort();
    QCOMPARE(fields, QStringList({u"id"_s, u"outcome"_s, u"scopes"_s, u"type"_s, u"valid"_s}));
    QCOMPARE(object.value(u"valid"_s).toBool(), true);
    QCOMPARE(object.value(u"outcome"_s).toString(), QStringLiteral("valid"));
    QCOMPARE(object.value(u"id"_s).toString(), CliRunner::idOf(token));
    QCOMPARE(object.value(u"type"_s).toString(), QStringLiteral("test"));
    QCOMPARE(object.value(u"scopes"_s).toArray(), QJsonArray({u"documents:read"_s}));

    result = m_cli->run({u"verify"_s, token, u"--scope"_s, u"documents:read"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.json().object().value(u"outcome"_s).toString(), QStringLiteral("valid"));

    result = m_cli->run({u"verify"_s, token, u"--scope"_s, u"documents:write"_s});
    CLI_EXPECT(result, 4);
    object = result.json().object();
    QCOMPARE(object.value(u"valid"_s).toBool(), false);
    QCOMPARE(object.value(u"outcome"_s).toString(), QStringLiteral("forbidden"));
    QCOMPARE(object.value(u"id"_s).toString(), CliRunner::idOf(token));
    QVERIFY(!object.contains(u"reason"_s));
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errLines().constFirst().contains(QLatin1String("documents:write")));
}

void TestCliKeys::verifyRecordsLastUsed()
{
    const QString token = m_cli->createKey({u"--name"_s, u"Used"_s});
    QVERIFY(m_cli->showJson(CliRunner::idOf(token)).value(u"last_used_at"_s).isNull());
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);
    const QJsonValue lastUsed = m_cli->showJson(CliRunner::idOf(token)).value(u"last_used_at"_s);
    QVERIFY(QDateTime::fromString(lastUsed.toString(), Qt::ISODate).isValid());
}

void TestCliKeys::verifyReadsTheKeyFromStandardInput()
{
    const QString token = m_cli->createKey({u"--name"_s, u"Piped"_s});
    const CliResult result = m_cli->run({u"verify"_s, u"-"_s}, token.toLatin1() + '\n');
    CLI_EXPECT(result, 0);
    QCOMPARE(result.json().object().value(u"id"_s).toString(), CliRunner::idOf(token));
}

void TestCliKeys::verifyRevokedKeyIsUnauthenticated()
{
    const QString token = m_cli->createKey({u"--name"_s, u"Doomed"_s});
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);
    CLI_EXPECT(m_cli->run({u"revoke"_s, CliRunner::idOf(token)}), 0);
    const CliResult result = m_cli->run({u"verify"_s, token});
    CLI_EXPECT(result, 3);
    const QJsonObject object = result.json().object();
    QCOMPARE(object.value(u"valid"_s).toBool(), false);
    QCOMPARE(object.value(u"outcome"_s).toString(), QStringLiteral("unauthenticated"));
    QVERIFY(object.value(u"id"_s).isNull());
    QVERIFY(object.value(u"type"_s).isNull());
    QCOMPARE(object.value(u"scopes"_s).toArray(), QJsonArray());
    QCOMPARE(result.errLines().size(), 1);
}

void TestCliKeys::editNameAndScopesIsAudited()
{
    const QString token =
        m_cli->createKey({u"--name"_s, u"Before"_s, u"--scope"_s, u"documents:read"_s});
    const QString id = CliRunner::idOf(token);
    const CliResult result = m_cli->run({u"edit"_s, id, u"--name"_s, u"After"_s, u"--scope"_s,
                                         u"documents:write"_s, u"--scope"_s, u"templates:read"_s});
    CLI_EXPECT(result, 0);
    QVERIFY(result.err.isEmpty());
    QJsonObject key = m_cli->showJson(id);
    QCOMPARE(key.value(u"name"_s).toString(), QStringLiteral("After"));
    QCOMPARE(key.value(u"scopes"_s).toArray(),
             QJsonArray({u"documents:write"_s, u"templates:read"_s}));

    const QJsonObject event = m_cli->auditJson().at(0).toObject();
    QCOMPARE(event.value(u"action"_s).toString(), QStringLiteral("edit"));
    QCOMPARE(event.value(u"key_id"_s).toString(), id);
    QCOMPARE(event.value(u"actor"_s).toString(), QStringLiteral("tester"));
    QCOMPARE(event.value(u"before"_s).toObject().value(u"name"_s).toString(),
             QStringLiteral("Before"));
    QCOMPARE(event.value(u"after"_s).toObject().value(u"name"_s).toString(),
             QStringLiteral("After"));
    QCOMPARE(event.value(u"before"_s).toObject().value(u"scopes"_s).toArray(),
             QJsonArray({u"documents:read"_s}));
    QCOMPARE(event.value(u"after"_s).toObject().value(u"scopes"_s).toArray(),
             QJsonArray({u"documents:write"_s, u"templates:read"_s}));
    CLI_EXPECT(m_cli->run({u"verify"_s, token, u"--scope"_s, u"documents:write"_s}), 0);
    CLI_EXPECT(m_cli->run({u"verify"_s, token, u"--scope"_s, u"documents:read"_s}), 4);

    CLI_EXPECT(m_cli->run({u"edit"_s, id, u"--clear-scopes"_s, u"--role"_s, u"Viewer"_s,
                           u"--description"_s, u"Read only"_s}),
               0);
    key = m_cli->showJson(id);
    QCOMPARE(key.value(u"scopes"_s).toArray(), QJsonArray());
    QCOMPARE(key.value(u"roles"_s).toArray(), QJsonArray({u"Viewer"_s}));
    QCOMPARE(key.value(u"description"_s).toString(), QStringLiteral("Read only"));
}

void TestCliKeys::editNeedsSomethingToChange()
{
    const QString id = CliRunner::idOf(m_cli->createKey({u"--name"_s, u"Same"_s}));
    const CliResult result = m_cli->run({u"edit"_s, id});
    CLI_EXPECT(result, 2);
    CLI_EXPECT_ONE_ERROR_LINE(result);
    const CliResult unknown = m_cli->run({u"edit"_s, u"AAAAAAAAAAAA"_s, u"--name"_s, u"x"_s});
    CLI_EXPECT(unknown, 1);
    CLI_EXPECT_ONE_ERROR_LINE(unknown);
    const CliResult badName = m_cli->run({u"edit"_s, id, u"--name"_s, u" "_s});
    CLI_EXPECT(badName, 1);
    CLI_EXPECT_ONE_ERROR_LINE(badName);
    QCOMPARE(m_cli->showJson(id).value(u"name"_s).toString(), QStringLiteral("Same"));
}

void TestCliKeys::revoke()
{
    const QString token = m_cli->createKey({u"--name"_s, u"Revoked"_s});
    const QString id = CliRunner::idOf(token);
    const CliResult result = m_cli->run({u"revoke"_s, id});
    CLI_EXPECT(result, 0);
    QVERIFY(result.outLine().contains(id));
    QCOMPARE(m_cli->showJson(id).value(u"status"_s).toString(), QStringLiteral("revoked"));
    QCOMPARE(m_cli->listJson().size(), 1);

    const CliResult again = m_cli->run({u"revoke"_s, id});
    CLI_EXPECT(again, 1);
    CLI_EXPECT_ONE_ERROR_LINE(again);
    const CliResult reset = m_cli->run({u"reset"_s, id});
    CLI_EXPECT(reset, 1);
    CLI_EXPECT_ONE_ERROR_LINE(reset);
    CLI_EXPECT(m_cli->run({u"revoke"_s, u"AAAAAAAAAAAA"_s}), 1);
}

void TestCliKeys::deleteKeepsTheAuditTrail()
{
    const QString token = m_cli->createKey({u"--name"_s, u"Short-lived"_s});
    const QString id = CliRunner::idOf(token);
    CLI_EXPECT(m_cli->run({u"delete"_s, id}), 0);

    const CliResult show = m_cli->run({u"show"_s, id});
    CLI_EXPECT(show, 1);
    CLI_EXPECT_ONE_ERROR_LINE(show);
    QVERIFY(show.errLines().constFirst().contains(id));
    QCOMPARE(m_cli->listJson(), QJsonArray());
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 3);

    const CliResult audit = m_cli->run({u"audit"_s, u"--format"_s, u"json"_s, u"--key"_s, id});
    CLI_EXPECT(audit, 0);
    QStringList actions;
    for (const QJsonValue event : audit.json().array())
        actions << event.toObject().value(u"action"_s).toString();
    QCOMPARE(actions, QStringList({u"delete"_s, u"create"_s}));

    const CliResult again = m_cli->run({u"delete"_s, id});
    CLI_EXPECT(again, 1);
    CLI_EXPECT_ONE_ERROR_LINE(again);
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
