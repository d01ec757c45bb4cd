#include "Await.h"
#include "connection/ConnectionSecrets.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

//! Connection secrets in the OS keychain. Run twice by CTest: inside a private D-Bus
//! session with an unlocked gnome-keyring (tests/keychain/with-keyring.sh), and with no
//! keychain at all (KEYWARD_TEST_NO_KEYRING=1), where every call must fail clearly,
//! within the timeout, and write nothing anywhere.
class TestConnectionSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadForget();
    void secretsSurviveTheNextStart();
    void noFileHoldsASecret();
    void withoutAKeychainNothingIsWritten();

private:
    bool anyFileContains(const QByteArray &needle) const;

    bool m_keyring = true;
    const QString m_secret =
        QStringLiteral("key_live_SeCrEtKiDxYz_9f8e7d6c5b4a39281716151413121110abcdefghijklmn");
};

void TestConnectionSecrets::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("keyward-test"));
    m_keyring = !qEnvironmentVariableIsSet("KEYWARD_TEST_NO_KEYRING");
    // Settings as the app writes them, to prove they stay free of secrets.
    QSettings settings;
    settings.setValue(QStringLiteral("connections/test/url"),
                      QStringLiteral("https://keys.example"));
    settings.sync();
}

bool TestConnectionSecrets::anyFileContains(const QByteArray &needle) const
{
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
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
    // HOME is a temporary folder here: the settings, the app's data and config folders
    // and the keyring's own files are all below it.
    QVERIFY(QDir::homePath().startsWith(QDir::tempPath()) || !qEnvironmentVariableIsSet("CI"));
    QVERIFY(!QSettings().allKeys().isEmpty());
    QVERIFY(!anyFileContains(m_secret.toUtf8()));
    QVERIFY(!anyFileContains(m_secret.right(40).toUtf8()));
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
    QVERIFY(!anyFileContains(m_secret.toUtf8()));
}

QTEST_GUILESS_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
