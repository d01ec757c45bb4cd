#include "Await.h"
#include "KeyringPause.h"
#include "SecretScan.h"
#include "connection/ConnectionList.h"
#include "connection/ConnectionSecrets.h"
#include "connection/StoreSwitcher.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <utility>

//! Connection secrets in the OS keychain. Run twice by CTest: inside a private D-Bus
//! session with an unlocked gnome-keyring (tests/keychain/with-keyring.sh), and with no
//! keychain at all (KEYWARD_TEST_NO_KEYRING=1), where every call must fail clearly,
//! within the timeout, and write nothing anywhere. Both with HOME and the XDG folders in
//! a temporary folder, which the application's own saving path leaves free of secrets;
//! and a keychain that answers after the timeout stores nothing the answer denied.
class TestConnectionSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadForget();
    void secretsSurviveTheNextStart();
    void noFileHoldsASecret();
    void aWriteTheKeychainAnswersLateStoresNothing();
    void withoutAKeychainNothingIsWritten();

private:
    bool m_keyring = true;
    const QString m_secret =
        QStringLiteral("key_live_SeCrEtKiDxYz_9f8e7d6c5b4a39281716151413121110abcdefghijklmn");
};

void TestConnectionSecrets::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward-test"));
    m_keyring = !qEnvironmentVariableIsSet("KEYWARD_TEST_NO_KEYRING");
    // with-keyring.sh puts HOME and the XDG folders in a temporary folder: the settings,
    // the app's data and the keyring's files are all there, and no file of the user's is
    // read or written.
    const QString temp = QDir::tempPath();
    QVERIFY2(QDir::homePath().startsWith(temp), "run through tests/keychain/with-keyring.sh");
    for (const char *variable : {"XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        QVERIFY2(qEnvironmentVariable(variable).startsWith(temp), variable);
}

void TestConnectionSecrets::writeReadForget()
{
    if (!m_keyring)
        QSKIP("no keychain in this run");
    const ConnectionSecrets secrets;
    QVERIFY(settle(secrets.write(QStringLiteral("conn-1"), m_secret)).ok());
    const StoreResult<QString> read = settle(secrets.read(QStringLiteral("conn-1")));
    QVERIFY(read.ok());
    QCOMPARE(read.value(), m_secret);
    QCOMPARE(settle(secrets.read(QStringLiteral("conn-2"))).error().code(),
             StoreError::Code::NotFound);
    QVERIFY(settle(secrets.remove(QStringLiteral("conn-1"))).ok());
    QCOMPARE(settle(secrets.read(QStringLiteral("conn-1"))).error().code(),
             StoreError::Code::NotFound);
    QVERIFY(settle(secrets.remove(QStringLiteral("conn-1"))).ok()); // forgetting twice is fine
}

void TestConnectionSecrets::secretsSurviveTheNextStart()
{
    if (!m_keyring)
        QSKIP("no keychain in this run");
    {
        const ConnectionSecrets first;
        QVERIFY(settle(first.write(QStringLiteral("conn-kept"), m_secret)).ok());
    }
    const ConnectionSecrets next; // as a new start of the app would
    QCOMPARE(settle(next.read(QStringLiteral("conn-kept"))).value(), m_secret);
}

void TestConnectionSecrets::noFileHoldsASecret()
{
    // The application's own path: connections saved with their secrets through the
    // switcher, as the Connections page does, into the settings and the keychain.
    const QString adminKey =
        QStringLiteral("key_live_NoFiLeKiD0x1_Zq8Yw7Xv6Ut5Sr4Qp3On2Ml1Kj0Ih9Gf8Ed7Cb6Aa5Bb4Cc3Dd2");
    const QString password = QStringLiteral("pg-password-that-stays-in-the-keychain-41f7");
    ConnectionList connections;
    StoreSwitcher switcher(&connections, nullptr, 5000);
    QSignalSpy settled(&switcher, &StoreSwitcher::secretsSettled);
    Connection server = Connection::create(Connection::Kind::Server);
    server.name = QStringLiteral("Shared keys");
    server.server = QUrl(QStringLiteral("https://keys.example.com:8420"));
    switcher.save(server, adminKey, false);
    Connection postgres = Connection::create(Connection::Kind::Postgres);
    postgres.name = QStringLiteral("Team database");
    postgres.postgres.host = QStringLiteral("db.example.com");
    postgres.postgres.user = QStringLiteral("keyward");
    switcher.save(postgres, password, false);
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 15000);

    // Saved for the next start, each secret where it belongs.
    const ConnectionList next;
    QVERIFY(next.find(server.id) && next.find(postgres.id));
    const QList<std::pair<QString, QString>> saved{{server.id, adminKey}, {postgres.id, password}};
    for (const auto &[id, secret] : saved) {
        if (m_keyring) {
            QCOMPARE(settle(ConnectionSecrets().read(id)).value(), secret);
            QVERIFY(!switcher.hasSessionSecret(id));
        } else {
            QVERIFY(switcher.hasSessionSecret(id)); // this session's memory only
        }
    }
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(settingsFile.readAll().contains("keys.example.com"));
    // ... and no file under HOME or the XDG folders holds either secret in any form.
    for (const QString &secret : {adminKey, password}) {
        const QString holder = SecretScan::fileHolding(secret);
        QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("a secret is in ") + holder));
    }
}

void TestConnectionSecrets::aWriteTheKeychainAnswersLateStoresNothing()
{
    if (!m_keyring)
        QSKIP("no keychain in this run");
    const QString id = QStringLiteral("conn-late");
    const QString older =
        QStringLiteral("key_live_OlDeRkEyKiD0_older-secret-that-was-stored-before-0000");
    QVERIFY(settle(ConnectionSecrets().write(id, older)).ok());

    // The keyring stops answering (a prompt nobody sees, a busy daemon) while a write waits.
    KeyringPause keyring;
    QString why;
    QVERIFY2(keyring.pause(&why), qPrintable(why));
    QElapsedTimer took;
    took.start();
    const StoreResult<Done> written = settle(ConnectionSecrets(1000).write(id, m_secret));
    QVERIFY(took.elapsed() < 5000);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), StoreError::Code::Unavailable);
    QVERIFY(written.error().message().contains(QStringLiteral("did not answer")));

    // It wakes up and carries the write out, late. The answer said "not stored": so
    // every later call finds nothing, not the late secret and not the older one.
    keyring.resume();
    const StoreResult<QString> read = settle(ConnectionSecrets(15000).read(id));
    QVERIFY2(!read.ok(), "the secret was stored after the write had answered that it was not");
    QCOMPARE(read.error().code(), StoreError::Code::NotFound);
    QCOMPARE(settle(ConnectionSecrets(15000).read(id)).error().code(), StoreError::Code::NotFound);

    // A write that is answered in time still stores.
    QVERIFY(settle(ConnectionSecrets().write(id, m_secret)).ok());
    QCOMPARE(settle(ConnectionSecrets().read(id)).value(), m_secret);
    QVERIFY(settle(ConnectionSecrets().remove(id)).ok());
}

void TestConnectionSecrets::withoutAKeychainNothingIsWritten()
{
    if (m_keyring)
        QSKIP("a keychain is there in this run");
    const ConnectionSecrets secrets(2000);
    QElapsedTimer took;
    took.start();
    const StoreResult<Done> written = settle(secrets.write(QStringLiteral("conn-x"), m_secret));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), StoreError::Code::Unavailable);
    QVERIFY(!written.error().message().isEmpty());
    QVERIFY(took.elapsed() < 10000);
    QVERIFY(!settle(secrets.read(QStringLiteral("conn-x"))).ok());
    const QString holder = SecretScan::fileHolding(m_secret);
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the secret is in ") + holder));
}

QTEST_GUILESS_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
