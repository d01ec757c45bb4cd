#include "StoreFixture.h"
#include "StoreLock.h"
#include "keys/KeyToken.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

//! SECURITY.md 3 and 17: no key at rest, and exports without secrets, atomically.
class TestStoreSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noKeyInTheDatabaseFiles();
    void storeFilesAreTheOwnersOnly();
    void exportsCarryNoSecret_data();
    void exportsCarryNoSecret();
    void cancelledExportWritesNothing();
    void exportToAMissingFolderFails();

private:
    static QByteArray folderBytes(const QString &path);
};

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 0777
                                                                     : mode_t(07777);
}

} // namespace

QByteArray TestStoreSecrets::folderBytes(const QString &path)
{
    QByteArray bytes;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestStoreSecrets::noKeyInTheDatabaseFiles()
{
    StoreFixture f;
    QStringList secrets;
    const auto remember = [&secrets](const QString &token) {
        secrets << token << KeyToken::parse(token)->secret;
    };
    for (int i = 0; i < 20; ++i) {
        KeyDraft draft;
        draft.name = QStringLiteral("Key %1").arg(i);
        draft.idempotencyKey = QStringLiteral("idempotency-key-number-%1").arg(i);
        const auto issued = await(f.store->createKey({}, draft));
        QVERIFY(issued.ok());
        remember(issued.value().token);
        const auto reset = await(f.store->resetKey({}, issued.value().key.id, std::chrono::hours(1),
                                                   QStringLiteral("reset-idempotency-%1").arg(i)));
        QVERIFY(reset.ok());
        remember(reset.value().token);
    }
    // Read while the store is open (the -wal holds the recent pages) and after it closes.
    QVERIFY(QFile::exists(f.path() + QStringLiteral("-wal")));
    const QByteArray open = folderBytes(f.dir.path());
    f.store.reset();
    const QByteArray closed = folderBytes(f.dir.path());
    QVERIFY(open.size() > 4096);
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!open.contains(secret.toLatin1()), qPrintable(secret.left(12)));
        QVERIFY2(!closed.contains(secret.toLatin1()), qPrintable(secret.left(12)));
    }
}

void TestStoreSecrets::storeFilesAreTheOwnersOnly()
{
    // A library user that did not tighten the umask: the store does it for its files.
    const mode_t previous = ::umask(022);
    StoreFixture f;
    f.create(QStringLiteral("Key"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(f.path() + suffix), qPrintable(suffix));
        QCOMPARE(modeOf(f.path() + suffix), mode_t(0600));
    }
    const QString csv = f.dir.filePath(QStringLiteral("inventory.csv"));
    QVERIFY(await(f.store->exportInventory({}, {}, ExportFormat::Csv, csv)).ok());
    QCOMPARE(modeOf(csv), mode_t(0600));
    // A stricter umask is kept.
    ::umask(0277);
    const QString json = f.dir.filePath(QStringLiteral("inventory.json"));
    QVERIFY(await(f.store->exportInventory({}, {}, ExportFormat::Json, json)).ok());
    ::umask(previous);
    QCOMPARE(modeOf(json), mode_t(0400));
}

void TestStoreSecrets::exportsCarryNoSecret_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("json") << int(ExportFormat::Json);
}

void TestStoreSecrets::exportsCarryNoSecret()
{
    QFETCH(int, format);
    StoreFixture f;
    const IssuedKey a = f.create(QStringLiteral("=HYPERLINK(\"http://evil\")"));
    const IssuedKey b =
        f.create(QStringLiteral("Second"), {QStringLiteral("documents:read")}, Environment::Live);
    const QString path = f.dir.filePath(QStringLiteral("inventory.out"));
    QSignalSpy changed(f.store.get(), &KeyStore::changed);
    const auto summary = await(f.store->exportInventory({}, {}, ExportFormat(format), path));
    QTRY_VERIFY(changed.count() > 0); // the audit log changed
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().keyCount, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const IssuedKey &issued : {a, b}) {
        QVERIFY(content.contains(issued.key.id.toLatin1()));
        QVERIFY(content.contains(issued.key.hint.toUtf8()));
        QVERIFY(!content.contains(issued.token.toLatin1()));
        QVERIFY(!content.contains(KeyToken::parse(issued.token)->secret.toLatin1()));
        QVERIFY(!content.contains(KeyToken::digest(KeyToken::parse(issued.token)->secret).toHex()));
    }
    if (ExportFormat(format) == ExportFormat::Csv)
        QVERIFY(content.contains("\"'=HYPERLINK("));
    const auto events = f.audit({}, QStringLiteral("export"));
    QCOMPARE(events.value().size(), 1);
    QCOMPARE(events.value().first().after.value(QStringLiteral("keys")).toInt(), 2);
}

void TestStoreSecrets::cancelledExportWritesNothing()
{
    StoreFixture f;
    for (int i = 0; i < 3; ++i)
        f.create(QStringLiteral("Key %1").arg(i));
    const QString path = f.dir.filePath(QStringLiteral("cancelled.csv"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous export\n");
    existing.close();

    // Keep the store's worker busy for certain: another connection holds the write lock,
    // so a create waits in SQLite's busy handler while the export queues behind it.
    StoreLock lock(f.path());
    QVERIFY(lock.isHeld());
    KeyDraft draft;
    draft.name = QStringLiteral("Waits for the lock");
    auto blocked = f.store->createKey({}, draft);
    auto future = f.store->exportInventory({}, {}, ExportFormat::Csv, path);
    future.cancel();
    QVERIFY(lock.release());
    blocked.waitForFinished();
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous export\n"));
    QCOMPARE(f.audit({}, QStringLiteral("export")).value().size(), 0);
}

void TestStoreSecrets::exportToAMissingFolderFails()
{
    StoreFixture f;
    f.create(QStringLiteral("Key"));
    const auto result = await(f.store->exportInventory(
        {}, {}, ExportFormat::Json, f.dir.filePath(QStringLiteral("missing/folder/x.json"))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Unavailable);
    QVERIFY(result.error().message().contains(QStringLiteral("missing/folder")));
}

QTEST_GUILESS_MAIN(TestStoreSecrets)
#include "tst_storesecrets.moc"
