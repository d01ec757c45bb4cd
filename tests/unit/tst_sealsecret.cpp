#include "keys/SealSecret.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

//! The sealing secret's file: made once, readable by its owner only, the same for
//! everyone who reads it, and refused when it is not 32 bytes.
class TestSealSecret final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createdOnceAndReadBack();
    void createdForTheOwnerOnly();
    void aDamagedFileIsRefused_data();
    void aDamagedFileIsRefused();
    void theDefaultIsBesideTheSettings();
};

void TestSealSecret::createdOnceAndReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/keyward/seal.key"));
    QString error;
    const QByteArray first = SealSecret::loadOrCreate(path, &error);
    QCOMPARE(first.size(), SealSecret::Size);
    QVERIFY(first != QByteArray(SealSecret::Size, '\0'));
    QCOMPARE(SealSecret::loadOrCreate(path, &error), first);
    QCOMPARE(QFileInfo(path).size(), qint64(SealSecret::Size));
    // No temporary file is left beside it.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("seal.key")});
}

void TestSealSecret::createdForTheOwnerOnly()
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(022);
    QString error;
    const QByteArray secret =
        SealSecret::loadOrCreate(dir.filePath(QStringLiteral("seal.key")), &error);
    ::umask(previous);
    QVERIFY2(!secret.isEmpty(), qPrintable(error));
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("seal.key"))), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
}

void TestSealSecret::aDamagedFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArray(31, 'x');
    QTest::newRow("long") << QByteArray(33, 'x');
}

void TestSealSecret::aDamagedFileIsRefused()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seal.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(SealSecret::loadOrCreate(path, &error).isEmpty());
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("32 bytes")), qPrintable(error));
    QFile unchanged(path);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), content); // never replaced: retries sealed with it stay
}

void TestSealSecret::theDefaultIsBesideTheSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = SealSecret::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("seal.key"));
    QCOMPARE(QFileInfo(path).absolutePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    QVERIFY(!path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestSealSecret)
#include "tst_sealsecret.moc"
