#include "sql/SqlConnection.h"

#include "store/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace {

// Every write transaction announces itself on this channel (PostgreSQL).
const QString ChangeChannel = QStringLiteral("keyward_changes");
// The advisory lock that serializes writers, as SQLite's BEGIN IMMEDIATE does.
constexpr qint64 WriteLock = 0x6b657977; // "keyw"

} // namespace

SqlConnection::SqlConnection(const SqlStoreOptions &options)
    : m_path(options.postgres ? QStringLiteral("postgresql://") + options.postgres->displayName()
             : options.path.isEmpty() ? defaultLocalStorePath()
                                      : options.path)
    , m_mmapBytes(options.mmapBytes)
    , m_postgres(options.postgres)
    , m_connectionName(QStringLiteral("keyward-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

SqlConnection::~SqlConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqlConnection::displayName() const
{
    return m_postgres ? m_postgres->displayName() : QFileInfo(m_path).fileName();
}

void SqlConnection::open()
{
    if (isOpen())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_postgres)
        openPostgres(db);
    else
        openSqlite(db);
    ++m_session;
}

void SqlConnection::openSqlite(QSqlDatabase &db)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        throw StoreError::unavailable(
            tr("Cannot create the folder %1 for the key store.").arg(info.absolutePath()));
    }
    // SQLite would create it 0644; its -wal and -shm get the database file's mode.
    QString error;
    if (!PrivateFiles::createIfMissing(m_path, &error))
        throw StoreError::unavailable(error);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        fail(db.lastError());
    try {
        // Reading the schema first turns "not a database" into a clear error here.
        exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        const QVariant mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError::unavailable(
                tr("The key store %1 cannot use write-ahead logging.").arg(m_path));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Deleted rows (expired idempotency seals above all) are overwritten, not left in
        // free pages.
        exec(QStringLiteral("PRAGMA secure_delete = ON"));
        // A larger page cache than SQLite's 2 MiB; a memory map only where asked for
        // (the verify connections: reads at random across the file, without a read()
        // per page).
        exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_mmapBytes));
        exec(QStringLiteral("PRAGMA cache_size = -32768"));
    } catch (...) {
        db.close();
        throw;
    }
}

void SqlConnection::openPostgres(QSqlDatabase &db)
{
    if (!db.isValid()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            throw StoreError::unavailable(
                tr("This Keyward has no PostgreSQL driver: install libqt6sql6-psql."));
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_postgres->host);
        db.setPort(m_postgres->port);
        db.setDatabaseName(m_postgres->database);
        db.setUserName(m_postgres->user);
        if (!m_postgres->password.isEmpty())
            db.setPassword(m_postgres->password);
        db.setConnectOptions(m_postgres->connectOptions());
    }
    if (!db.open())
        failPostgres(db.lastError());
    QSqlDriver *driver = db.driver();
    try {
        // Notices ("already exists, skipping") would reach stderr through libpq.
        exec(QStringLiteral("SET client_min_messages = warning"));
        // A writer waits at most this long for another one (or a lock), never forever.
        exec(QStringLiteral("SET lock_timeout = '10s'"));
        exec(QStringLiteral("SET statement_timeout = '60s'"));
        // On every open: a new session listens afresh, after a lost connection too.
        if (m_listening && !driver->subscribeToNotification(ChangeChannel))
            failPostgres(driver->lastError());
    } catch (...) {
        db.close(); // half set up: the next open() starts again
        throw;
    }
    if (!m_listening)
        return;
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &, QSqlDriver::NotificationSource source) {
                         if (source != QSqlDriver::OtherSource)
                             return;
                         ++m_notifications;
                         if (m_noticed)
                             m_noticed();
                     });
}

void SqlConnection::close()
{
    m_statements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        return;
    // Also when the driver already counts a lost connection as closed: the next open()
    // connects the listener again, and it must not count each notification twice.
    if (m_postgres)
        QObject::disconnect(db.driver(), &QSqlDriver::notification, nullptr, nullptr);
    db.close();
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlQuery SqlConnection::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // PostgreSQL prepares only queries and data changes, not DDL or transaction control.
    if (bindings.isEmpty() && m_postgres) {
        if (!query.exec(sql))
            fail(query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        fail(query.lastError());
    bind(query, bindings);
    if (!query.exec())
        fail(query.lastError());
    return query;
}

QSqlQuery &SqlConnection::execCached(const QString &sql, const QVariantList &bindings)
{
    if (bindings.isEmpty() && m_postgres) { // see exec()
        QSqlQuery &plain = m_statements[QString()];
        plain = exec(sql);
        return plain;
    }
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query.lastError());
        statement = m_statements.insert(sql, query);
    }
    QSqlQuery &query = *statement;
    bind(query, bindings);
    if (!query.exec())
        fail(query.lastError());
    return query;
}

void SqlConnection::bind(QSqlQuery &query, const QVariantList &bindings) const
{
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        // A null QString would bind as SQL NULL; every text column here is NOT NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        if (nullText)
            query.bindValue(static_cast<int>(i), QStringLiteral(""));
        else if (value.typeId() == QMetaType::Bool) // flags are integer columns in both
            query.bindValue(static_cast<int>(i), value.toBool() ? 1 : 0);
        else
            query.bindValue(static_cast<int>(i), value);
    }
}

QVariant SqlConnection::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = exec(sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

qint64 SqlConnection::dataVersion()
{
    if (m_postgres)
        return m_notifications;
    QSqlQuery &query = execCached(QStringLiteral("PRAGMA data_version"));
    const qint64 version = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return version;
}

void SqlConnection::begin()
{
    if (!m_postgres) {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    exec(QStringLiteral("BEGIN"));
    exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLock));
}

void SqlConnection::beginRead()
{
    execCached(m_postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                          : QStringLiteral("BEGIN DEFERRED"));
}

void SqlConnection::commit()
{
    if (m_postgres) // delivered to the listeners when, and only if, the commit succeeds
        exec(QStringLiteral("NOTIFY ") + ChangeChannel);
    exec(QStringLiteral("COMMIT"));
}

void SqlConnection::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("ROLLBACK")); // nothing to do when it fails: no transaction
}

QVariant SqlConnection::timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime SqlConnection::timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

void SqlConnection::failPostgres(const QSqlError &error) const
{
    if (error.type() == QSqlError::ConnectionError) {
        throw StoreError::unavailable(tr("Cannot reach the PostgreSQL store %1: %2")
                                          .arg(displayName(), error.databaseText().trimmed()));
    }
    // SQLSTATE class 08: connection exception; 53: insufficient resources (disk full…).
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        throw StoreError::unavailable(
            tr("The connection to the PostgreSQL store %1 was lost. Try again.")
                .arg(displayName()));
    if (state.startsWith(QLatin1String("53")))
        throw StoreError::unavailable(
            tr("The PostgreSQL store is out of space or resources: the change was not saved."));
    throw StoreError::unavailable(
        tr("The key store reported an error: %1").arg(error.text().trimmed()));
}

void SqlConnection::fail(const QSqlError &error) const
{
    if (m_postgres)
        failPostgres(error);
    // SQLite result codes: 5 busy, 6 locked, 8 read-only, 10 I/O, 11 corrupt, 13 full,
    // 14 cannot open, 26 not a database.
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xFF) {
    case 5:
    case 6:
        throw StoreError::unavailable(
            tr("The key store is busy: another program is writing to it. Try again."));
    case 8:
        throw StoreError::unavailable(
            tr("The key store %1 is read-only. Check the file's permissions.").arg(m_path));
    case 13:
        throw StoreError::unavailable(
            tr("The disk is full: the change was not saved. Free some space and try again."));
    case 11:
    case 26:
        throw StoreError::unavailable(
            tr("The file %1 is damaged or is not a Keyward store.").arg(m_path));
    case 14:
        throw StoreError::unavailable(tr("Cannot open the key store %1.").arg(m_path));
    default:
        throw StoreError::unavailable(
            tr("The key store reported an error: %1").arg(error.text().trimmed()));
    }
}

SqlReadTransaction::SqlReadTransaction(SqlConnection &connection)
    : m_connection(connection)
{
    m_connection.beginRead();
}

SqlReadTransaction::~SqlReadTransaction()
{
    m_connection.rollback(); // nothing was written; ends the snapshot
}

SqlTransaction::SqlTransaction(SqlConnection &connection)
    : m_connection(connection)
{
    m_connection.begin();
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        m_connection.rollback();
}

void SqlTransaction::commit()
{
    m_connection.commit();
    m_done = true;
}
