#include "BulkSeed.h"
#include "OpenFiles.h"
#include "RawStore.h"
#include "SqlitePause.h"
#include "StoreFixture.h"
#include "StoreLock.h"
#include "keys/KeyToken.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

//! docs/security.md 1 and 4: no key at rest, not even with an idempotency key; the
//! store's files and exports for their owner only; exports without secrets, atomically,
//! and never without their audit event.
class TestStoreSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noKeyInTheDatabaseFiles();
    void aCopyOfTheStoreGivesBackNoKey();
    void expiredSealsArePurged();
    void storeFilesAreTheOwnersOnly();
    void anExportWhoseAuditFailsWritesNoFile();
    void exportsCarryNoSecret_data();
    void exportsCarryNoSecret();
    void exportCancelledBeforeItStartsWritesNothing();
    void exportCancelledMidwayLeavesNothing_data();
    void exportCancelledMidwayLeavesNothing();
    void exportToAMissingFolderFails();

private:
    static QByteArray folderBytes(const QString &path);
    static QByteArray fileBytes(const QString &path);
    //! Every form in which a file could hold @p text.
    static QList<QByteArray> encodings(const QString &text);
};

void TestStoreSecrets::initTestCase()
{
    SqlitePause::install(); // before any store opens its connection
}

QByteArray TestStoreSecrets::fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArrayLiteral("<missing>");
}

namespace {

const QString NightlyKey = QStringLiteral("nightly-erp-2026-12-01");
const QString NightlyResetKey = QStringLiteral("nightly-erp-reset-2026-12-01");

mode_t modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 0777
                                                                     : mode_t(07777);
}

//! The seal before the sealing secret: the token XORed with a keystream made from the
//! idempotency key alone.
QByteArray oldSealOpened(const QByteArray &sealed, const QString &idempotencyKey)
{
    QByteArray stream;
    for (quint8 block = 0; stream.size() < sealed.size(); ++block) {
        stream +=
            QMessageAuthenticationCode::hash(QByteArrayLiteral("keyward-seal") + char(block),
                                             idempotencyKey.toUtf8(), QCryptographicHash::Sha256);
    }
    QByteArray opened = sealed;
    for (qsizetype i = 0; i < opened.size(); ++i)
        opened[i] = char(opened[i] ^ stream[i]);
    return opened;
}

int idempotencyRows(const QString &path)
{
    RawStore raw(path);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM idempotency")).toInt();
}

} // namespace

QList<QByteArray> TestStoreSecrets::encodings(const QString &text)
{
    const QByteArray latin1 = text.toLatin1();
    QList<QByteArray> forms{latin1, latin1.toHex(), latin1.toHex().toUpper()};
    QByteArray littleEndian;
    QByteArray bigEndian;
    for (QChar c : text) {
        littleEndian += char(c.unicode() & 0xFF);
        littleEndian += char(c.unicode() >> 8);
        bigEndian += char(c.unicode() >> 8);
        bigEndian += char(c.unicode() & 0xFF);
    }
    forms << littleEndian << bigEndian;
    // Inside longer base64, the text starts at one of three byte alignments: the whole
    // three-byte groups after that start are what would show.
    for (int shift = 0; shift < 3; ++shift) {
        QByteArray groups = latin1.mid(shift);
        groups.chop(groups.size() % 3);
        forms << groups.toBase64() << groups.toBase64(QByteArray::Base64UrlEncoding);
    }
    return forms;
}

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
        const QList<QByteArray> forms = encodings(secret);
        for (int form = 0; form < forms.size(); ++form) {
            const QString where = QStringLiteral("%1… in form %2").arg(secret.left(12)).arg(form);
            QVERIFY2(!open.contains(forms.at(form)), qPrintable(where));
            QVERIFY2(!closed.contains(forms.at(form)), qPrintable(where));
        }
    }
}

void TestStoreSecrets::aCopyOfTheStoreGivesBackNoKey()
{
    // A cron job's guessable idempotency keys, and a backup of the store's files taken
    // while it runs: what someone who finds the backup has, but not the sealing secret.
    StoreFixture f;
    f.tune = [&f](SqlStoreOptions &options) {
        options.sealSecretPath = f.dir.filePath(QStringLiteral("config/seal.key"));
    };
    f.reopen();
    KeyDraft draft;
    draft.name = QStringLiteral("ERP nightly");
    draft.idempotencyKey = NightlyKey;
    const auto created = await(f.store->createKey({}, draft));
    QVERIFY(created.ok());
    const IssuedKey rotated = f.create(QStringLiteral("ERP rotated"));
    const auto reset =
        await(f.store->resetKey({}, rotated.key.id, std::chrono::hours(1), NightlyResetKey));
    QVERIFY(reset.ok());
    const QStringList tokens{created.value().token, reset.value().token};

    QTemporaryDir backup;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY(
            QFile::copy(f.path() + suffix, backup.filePath(QStringLiteral("keys.db")) + suffix));
    const QString copy = backup.filePath(QStringLiteral("keys.db"));

    // The seal as it was before the sealing secret opens nothing, at any offset.
    {
        RawStore raw(copy);
        const QVariantList sealed =
            raw.column(QStringLiteral("SELECT sealed FROM idempotency ORDER BY created_at"));
        QCOMPARE(sealed.size(), 2);
        for (const QVariant &row : sealed) {
            const QByteArray bytes = row.toByteArray();
            for (qsizetype offset = 0; offset < bytes.size(); ++offset) {
                for (const QString &key : {NightlyKey, NightlyResetKey}) {
                    const QByteArray opened = oldSealOpened(bytes.mid(offset), key);
                    for (const QString &token : tokens)
                        QVERIFY(!opened.contains(KeyToken::parse(token)->secret.toLatin1()));
                }
            }
        }
    }

    // The copy, opened with another sealing secret: a retry gets no key and makes none.
    SqlStoreOptions options;
    options.path = copy;
    options.clock = f.clock.clock();
    options.sealSecretPath = backup.filePath(QStringLiteral("another-seal.key"));
    SqlKeyStore thief(options);
    const auto retried = await(thief.createKey({}, draft));
    QVERIFY(!retried.ok());
    QCOMPARE(retried.error().code(), StoreError::Code::Conflict);
    QVERIFY2(retried.error().message().contains(created.value().key.id),
             qPrintable(retried.error().message()));
    QVERIFY(retried.error().message().contains(QStringLiteral("Reset")));
    const auto resetAgain =
        await(thief.resetKey({}, rotated.key.id, std::chrono::hours(1), NightlyResetKey));
    QVERIFY(!resetAgain.ok());
    QCOMPARE(resetAgain.error().code(), StoreError::Code::Conflict);
    QVERIFY(resetAgain.error().message().contains(rotated.key.id));
    QCOMPARE(await(thief.countKeys({}, {})).value().total, 2);
    QCOMPARE(await(thief.key({}, rotated.key.id)).value().credentials.size(), 2);
    AuditQuery creates;
    creates.action = QStringLiteral("create");
    QCOMPARE(await(thief.auditEvents({}, creates)).value().size(), 2);
    for (const QString &token : tokens)
        QCOMPARE(await(thief.verify(token, {})).value().outcome, Verification::Outcome::Valid);

    // The store itself, with its own secret, still gives the same key back.
    const auto again = await(f.store->createKey({}, draft));
    QVERIFY(again.ok());
    QCOMPARE(again.value().token, created.value().token);
}

void TestStoreSecrets::expiredSealsArePurged()
{
    StoreFixture f;
    f.tune = [](SqlStoreOptions &options) { options.purgeIntervalMs = 50; };
    f.reopen();
    KeyDraft draft;
    draft.name = QStringLiteral("Nightly");
    draft.idempotencyKey = NightlyKey;
    QVERIFY(await(f.store->createKey({}, draft)).ok());
    QCOMPARE(idempotencyRows(f.path()), 1);
    f.clock.advanceSecs(24 * 3600 + 1);
    QTRY_COMPARE(idempotencyRows(f.path()), 0); // by the worker's timer

    // And when the store opens, whatever the timer; a row younger than 24 hours stays.
    f.tune = [](SqlStoreOptions &options) { options.purgeIntervalMs = 24 * 3600 * 1000; };
    f.reopen();
    draft.idempotencyKey = NightlyResetKey;
    const auto second = await(f.store->createKey({}, draft));
    QVERIFY(second.ok());
    QByteArray sealed;
    {
        RawStore raw(f.path());
        sealed = raw.scalar(QStringLiteral("SELECT sealed FROM idempotency")).toByteArray();
    }
    QCOMPARE(sealed.size(), 1 + 16 + second.value().token.size() + 32);
    f.store.reset(); // the last connection: SQLite moves the WAL into the file
    QVERIFY(folderBytes(f.dir.path()).contains(sealed));
    f.clock.advanceSecs(qint64{23} * 3600);
    f.reopen();
    QVERIFY(await(f.store->open()).ok());
    QCOMPARE(idempotencyRows(f.path()), 1);
    f.clock.advanceSecs(3601);
    f.reopen();
    QVERIFY(await(f.store->open()).ok());
    QCOMPARE(idempotencyRows(f.path()), 0);
    // secure_delete: the purged row's bytes are overwritten, not left in a free page.
    f.store.reset();
    QVERIFY(!folderBytes(f.dir.path()).contains(sealed));
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

void TestStoreSecrets::anExportWhoseAuditFailsWritesNoFile()
{
    StoreFixture f;
    for (int i = 0; i < 3; ++i)
        f.create(QStringLiteral("Key %1").arg(i));
    RawStore raw(f.path());
    QVERIFY(raw.refuseAuditEvents());
    const QString path = f.dir.filePath(QStringLiteral("unaudited.csv"));
    const auto result = await(f.store->exportInventory({}, {}, ExportFormat::Csv, path));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message().contains(QStringLiteral("the audit log is full")),
             qPrintable(result.error().message()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("csv")),
             QStringList());

    // The event comes first: it is there whatever happens to the file afterwards.
    QVERIFY(raw.acceptAuditEvents());
    QVERIFY(await(f.store->exportInventory({}, {}, ExportFormat::Csv, path)).ok());
    const auto events = f.audit({}, QStringLiteral("export"));
    QCOMPARE(events.value().size(), 1);
    QCOMPARE(events.value().first().after.value(QStringLiteral("keys")).toInt(), 3);
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

void TestStoreSecrets::exportCancelledBeforeItStartsWritesNothing()
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

void TestStoreSecrets::exportCancelledMidwayLeavesNothing_data()
{
    // The store exports 1,000 keys a page; the cancel comes while it reads the second page,
    // once with a third page to come, once with none (the file is complete but for the
    // commit when it notices).
    QTest::addColumn<int>("keys");
    QTest::newRow("a page to come") << 2800;
    QTest::newRow("last page") << 1600;
}

void TestStoreSecrets::exportCancelledMidwayLeavesNothing()
{
    QFETCH(int, keys);
    StoreFixture f;
    QVERIFY(await(f.store->open()).ok());
    QVERIFY(bulkSeedKeys(f.path(), keys, f.clock.now()));
    QVERIFY(QDir(f.dir.path()).mkdir(QStringLiteral("exports")));
    const QString folder = f.dir.filePath(QStringLiteral("exports"));
    const QString path = folder + QStringLiteral("/inventory.csv");
    const QByteArray previous = QByteArrayLiteral("previous export\n");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write(previous) == previous.size());
    existing.close();

    // The store's worker is held in its next statement once a file open in the folder
    // holds more than QSaveFile's 16 KiB buffer: the first page's rows are on disk.
    SqlitePause pause([folder] { return largestOpenFileIn(folder) > qint64{16} * 1024; });
    auto future = f.store->exportInventory({}, {}, ExportFormat::Csv, path);
    QVERIFY(pause.waitUntilPaused());
    QCOMPARE(future.progressValue(), 1000); // the first page is written, the second not yet
    QVERIFY(largestOpenFileIn(folder) > qint64{16} * 1024);
    QCOMPARE(fileBytes(path), previous); // the rows went elsewhere
    future.cancel();
    pause.release();
    future.waitForFinished();

    QVERIFY(future.isCanceled());
    QCOMPARE(fileBytes(path), previous);
    // And no temporary file is left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("inventory.csv")});
    // Rows were read before the cancel, so the event committed before the first row stays.
    QCOMPARE(f.audit({}, QStringLiteral("export")).value().size(), 1);
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
