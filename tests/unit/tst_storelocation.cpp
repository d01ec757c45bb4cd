#include "http/HttpRequester.h"
#include "sql/SqlStoreOptions.h"
#include "store/LoopbackHost.h"

#include <QTest>

//! Where a secret may travel without TLS: only to this computer. A PostgreSQL store on
//! another computer is reached with sslmode=verify-full unless a mode was chosen, and a
//! keyward-server on another computer only over https:// (SqlStoreOptions, LoopbackHost,
//! HttpRequester::addressProblem).
class TestStoreLocation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts_data();
    void loopbackHosts();
    void postgresDefaultsToVerifyFullOnAnotherComputer_data();
    void postgresDefaultsToVerifyFullOnAnotherComputer();
    void aChosenModeIsKept();
    void weakModes();
    void storeUrlWithoutSslModeGetsTheDefault();
    void serverAddresses_data();
    void serverAddresses();
};

void TestStoreLocation::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost.") << QStringLiteral("LocalHost.") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("name") << QStringLiteral("db.example.com") << false;
    QTest::newRow("localhost as a prefix") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("127 as a prefix") << QStringLiteral("127.0.0.1.example.com") << false;
    QTest::newRow("private address") << QStringLiteral("10.0.0.5") << false;
    QTest::newRow("any address") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::1") << false;
}

void TestStoreLocation::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestStoreLocation::postgresDefaultsToVerifyFullOnAnotherComputer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::newRow("another computer")
        << QStringLiteral("db.example.com") << QStringLiteral("verify-full");
    QTest::newRow("an address") << QStringLiteral("192.0.2.7") << QStringLiteral("verify-full");
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << QString();
    QTest::newRow("localhost") << QStringLiteral("localhost") << QString();
    QTest::newRow("::1") << QStringLiteral("::1") << QString();
    QTest::newRow("local socket") << QStringLiteral("/var/run/postgresql") << QString();
}

void TestStoreLocation::postgresDefaultsToVerifyFullOnAnotherComputer()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    PostgresTarget target;
    target.host = host;
    QCOMPARE(target.isRemote(), !mode.isEmpty());
    QCOMPARE(target.effectiveSslMode(), mode);
    // What the QPSQL driver is given: libpq's default only on this computer.
    const QString options = target.connectOptions();
    QVERIFY(options.contains(QStringLiteral("connect_timeout=5")));
    QCOMPARE(options.contains(QStringLiteral("sslmode=")), !mode.isEmpty());
    if (!mode.isEmpty())
        QVERIFY2(options.endsWith(QStringLiteral(";sslmode=verify-full")), qPrintable(options));
}

void TestStoreLocation::aChosenModeIsKept()
{
    PostgresTarget target;
    target.host = QStringLiteral("db.example.com");
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
        target.sslMode = QString::fromLatin1(mode);
        QCOMPARE(target.effectiveSslMode(), target.sslMode);
        QVERIFY(target.connectOptions().endsWith(QStringLiteral(";sslmode=") + target.sslMode));
    }
    target.host = QStringLiteral("127.0.0.1");
    target.sslMode = QStringLiteral("require");
    QCOMPARE(target.effectiveSslMode(), QStringLiteral("require"));
}

void TestStoreLocation::weakModes()
{
    for (const char *mode : {"", "disable", "allow", "prefer"})
        QVERIFY2(PostgresTarget::isWeakSslMode(QString::fromLatin1(mode)), mode);
    for (const char *mode : {"require", "verify-ca", "verify-full"})
        QVERIFY2(!PostgresTarget::isWeakSslMode(QString::fromLatin1(mode)), mode);
}

void TestStoreLocation::storeUrlWithoutSslModeGetsTheDefault()
{
    // keyward-server and keyward-cli read their store from a URL: the same default.
    SqlStoreOptions options;
    QString error;
    QVERIFY(readStoreLocation(QStringLiteral("postgresql://keyward@db.example.com:5432/keys"),
                              options, &error));
    QVERIFY(options.postgres);
    QCOMPARE(options.postgres->effectiveSslMode(), QStringLiteral("verify-full"));
    QVERIFY(readStoreLocation(
        QStringLiteral("postgresql://keyward@db.example.com/keys?sslmode=require"), options,
        &error));
    QCOMPARE(options.postgres->effectiveSslMode(), QStringLiteral("require"));
    QVERIFY(
        readStoreLocation(QStringLiteral("postgresql://keyward@127.0.0.1/keys"), options, &error));
    QCOMPARE(options.postgres->effectiveSslMode(), QString());
}

void TestStoreLocation::serverAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://keys.example.com:8420") << true;
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.1:8420") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8420") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8420") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8420") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://keys.example.com:8420") << false;
    QTest::newRow("http address") << QStringLiteral("http://192.0.2.7:8420") << false;
    QTest::newRow("http localhost-like")
        << QStringLiteral("http://localhost.example.com:8420") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
}

void TestStoreLocation::serverAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = HttpRequester::addressProblem(QUrl(url));
    QCOMPARE(problem.isEmpty(), allowed);
    if (!allowed)
        QVERIFY2(problem.contains(QStringLiteral("https://")), qPrintable(problem));
}

QTEST_APPLESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
