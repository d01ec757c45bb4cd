// Black-box tests of keyward-cli reset (each grace period, the old secret's end) and of
// idempotent retries of create and reset (--idempotency-key).
#include "CliRunner.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCliReset final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void resetGrace_data();
    void resetGrace();
    void resetJson();
    void secondResetEndsTheOlderSecret();
    void idempotentCreate();
    void idempotentCreateWithExpiry();
    void idempotencyKeyForAnotherRequestIsRefused();
    void idempotentReset();
    void aRetryWithoutTheSealingSecretMakesNoKey();

private:
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliReset::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliReset::resetGrace_data()
{
    QTest::addColumn<QString>("grace");
    QTest::addColumn<int>("seconds");
    QTest::newRow("0") << u"0"_s << 0;
    QTest::newRow("1h") << u"1h"_s << 3600;
    QTest::newRow("24h") << u"24h"_s << 86400;
    QTest::newRow("7d") << u"7d"_s << 604800;
}

void TestCliReset::resetGrace()
{
    QFETCH(QString, grace);
    QFETCH(int, seconds);
    const QString old = m_cli->createKey({u"--name"_s, u"Rotated"_s, u"--type"_s, u"live"_s});
    const QString id = CliRunner::idOf(old);
    const CliResult result = m_cli->run({u"reset"_s, id, u"--grace"_s, grace});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QString fresh = result.outLine();
    QVERIFY2(CliRunner::keyPattern().match(fresh).hasMatch(), qPrintable(fresh));
    QVERIFY(fresh.startsWith(QLatin1String("key_live_")));
    QCOMPARE(CliRunner::idOf(fresh), id);
    QVERIFY(fresh != old);

    CLI_EXPECT(m_cli->run({u"verify"_s, fresh}), 0);
    CLI_EXPECT(m_cli->run({u"verify"_s, old}), seconds == 0 ? 3 : 0);
    const QJsonArray credentials = m_cli->showJson(id).value(u"credentials"_s).toArray();
    QCOMPARE(credentials.size(), seconds == 0 ? 1 : 2);
    if (seconds > 0) {
        const QDateTime ends = QDateTime::fromString(
            credentials.at(0).toObject().value(u"ends_at"_s).toString(), Qt::ISODate);
        QVERIFY(ends > QDateTime::currentDateTimeUtc().addSecs(seconds - 120));
        QVERIFY(ends <= QDateTime::currentDateTimeUtc().addSecs(seconds));
    }
    const QJsonObject event = m_cli->auditJson().at(0).toObject();
    QCOMPARE(event.value(u"action"_s).toString(), QStringLiteral("reset"));
    QCOMPARE(event.value(u"key_id"_s).toString(), id);
    QCOMPARE(event.value(u"after"_s).toObject().value(u"grace_seconds"_s).toInt(), seconds);
}

void TestCliReset::resetJson()
{
    const QString old = m_cli->createKey({u"--name"_s, u"Json reset"_s});
    const CliResult result = m_cli->run({u"reset"_s, CliRunner::idOf(old), u"--json"_s});
    CLI_EXPECT(result, 0);
    const QJsonObject object = result.json().object();
    QCOMPARE(object.value(u"id"_s).toString(), CliRunner::idOf(old));
    QVERIFY(CliRunner::keyPattern().match(object.value(u"key"_s).toString()).hasMatch());
    QVERIFY(
        object.value(u"hint"_s).toString().endsWith(object.value(u"key"_s).toString().right(4)));
    // The default grace is 0: the old key stops at once.
    CLI_EXPECT(m_cli->run({u"verify"_s, old}), 3);
}

void TestCliReset::secondResetEndsTheOlderSecret()
{
    const QString first = m_cli->createKey({u"--name"_s, u"Twice"_s});
    const QString id = CliRunner::idOf(first);
    const QString second = m_cli->run({u"reset"_s, id, u"--grace"_s, u"24h"_s}).outLine();
    const QString third = m_cli->run({u"reset"_s, id, u"--grace"_s, u"24h"_s}).outLine();
    CLI_EXPECT(m_cli->run({u"verify"_s, first}), 3);
    CLI_EXPECT(m_cli->run({u"verify"_s, second}), 0);
    CLI_EXPECT(m_cli->run({u"verify"_s, third}), 0);
    QCOMPARE(m_cli->showJson(id).value(u"credentials"_s).toArray().size(), 2);
}

void TestCliReset::idempotentCreate()
{
    const QStringList arguments{u"create"_s,
                                u"--name"_s,
                                u"Retried"_s,
                                u"--scope"_s,
                                u"documents:read"_s,
                                u"--idempotency-key"_s,
                                u"3b0e6a0c-2a4e-4f51-9d5e-1c0c8f0e7d21"_s};
    const CliResult first = m_cli->run(arguments);
    CLI_EXPECT(first, 0);
    const CliResult retry = m_cli->run(arguments);
    CLI_EXPECT(retry, 0);
    QCOMPARE(retry.out, first.out);
    QCOMPARE(m_cli->listJson().size(), 1);
    CLI_EXPECT(m_cli->run({u"verify"_s, retry.outLine()}), 0);

    // Without --idempotency-key every run makes a new key.
    const QStringList plain{u"create"_s, u"--name"_s, u"Retried"_s};
    QVERIFY(m_cli->run(plain).out != m_cli->run(plain).out);
    QCOMPARE(m_cli->listJson().size(), 3);
}

void TestCliReset::idempotentCreateWithExpiry()
{
    const QStringList arguments{
        u"create"_s, u"--name"_s, u"Retried"_s,           u"--expires-in"_s,
        u"30"_s,     u"--json"_s, u"--idempotency-key"_s, u"retry-with-expiry-0001"_s};
    const CliResult first = m_cli->run(arguments);
    CLI_EXPECT(first, 0);
    const CliResult retry = m_cli->run(arguments);
    CLI_EXPECT(retry, 0);
    QCOMPARE(retry.json().object().value(u"key"_s), first.json().object().value(u"key"_s));
    QCOMPARE(m_cli->listJson().size(), 1);
}

void TestCliReset::idempotencyKeyForAnotherRequestIsRefused()
{
    CLI_EXPECT(m_cli->run({u"create"_s, u"--name"_s, u"One"_s, u"--idempotency-key"_s,
                           u"same-key-for-two-1"_s}),
               0);
    const CliResult other = m_cli->run(
        {u"create"_s, u"--name"_s, u"Two"_s, u"--idempotency-key"_s, u"same-key-for-two-1"_s});
    CLI_EXPECT(other, 1);
    CLI_EXPECT_ONE_ERROR_LINE(other);
    QCOMPARE(m_cli->listJson().size(), 1);
}

void TestCliReset::idempotentReset()
{
    const QString old = m_cli->createKey({u"--name"_s, u"Reset twice"_s});
    const QStringList arguments{u"reset"_s, CliRunner::idOf(old),   u"--grace"_s,
                                u"1h"_s,    u"--idempotency-key"_s, u"reset-retry-key-0001"_s};
    const CliResult first = m_cli->run(arguments);
    CLI_EXPECT(first, 0);
    const CliResult retry = m_cli->run(arguments);
    CLI_EXPECT(retry, 0);
    QCOMPARE(retry.out, first.out);
    CLI_EXPECT(m_cli->run({u"verify"_s, first.outLine()}), 0);
    CLI_EXPECT(m_cli->run({u"verify"_s, old}), 0);
    int resets = 0;
    for (const QJsonValue event : m_cli->auditJson())
        resets += event.toObject().value(u"action"_s).toString() == QLatin1String("reset");
    QCOMPARE(resets, 1);
}

void TestCliReset::aRetryWithoutTheSealingSecretMakesNoKey()
{
    const QStringList arguments{u"create"_s, u"--name"_s, u"Nightly"_s, u"--idempotency-key"_s,
                                u"nightly-erp-2026-12-01"_s};
    const QString token = m_cli->run(arguments).outLine();
    QVERIFY(CliRunner::keyPattern().match(token).hasMatch());
    // The sealing secret is the desktop app's: beside the settings, not the data folder,
    // and the user's alone.
    const QString seal = m_cli->filePath(u"config/Keyward/keyward/seal.key"_s);
    QVERIFY(QFile::exists(seal));
    QCOMPARE(QFileInfo(seal).size(), 32);
    QCOMPARE(CliRunner::modeOf(seal), 0600);

    // Another computer (or a copied store): the key cannot be shown, and none is made.
    QVERIFY(QFile::remove(seal));
    const CliResult retry = m_cli->run(arguments);
    CLI_EXPECT(retry, 1);
    CLI_EXPECT_ONE_ERROR_LINE(retry);
    QVERIFY2(retry.err.contains(CliRunner::idOf(token).toUtf8()), retry.err.constData());
    QVERIFY(retry.err.contains("Reset"));
    QCOMPARE(m_cli->listJson().size(), 1);
    CLI_EXPECT(m_cli->run({u"verify"_s, token}), 0);
}

QTEST_GUILESS_MAIN(TestCliReset)
#include "tst_cli_reset.moc"
