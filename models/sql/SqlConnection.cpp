#include "sql/SqlConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

SqlConnection::SqlConnection(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("keyward-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

SqlConnection::~SqlConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqlConnection::open()
{
    if (isOpen())
        return;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        throw StoreError::unavailable(
            tr("Cannot create the folder %1 for the key store.").arg(info.absolutePath()));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
        // Reads (verification above all) go through memory-mapped pages and a larger
        // page cache instead of a read() per page.
        exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
        exec(QStringLiteral("PRAGMA cache_size = -32768"));
    } catch (...) {
        db.close();
        throw;
    }
}

void SqlConnection::close()
{
    m_statements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
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
    if (!query.prepare(sql))
        fail(query.lastError());
    bind(query, bindings);
    if (!query.exec())
        fail(query.lastError());
    return query;
}

QSqlQuery &SqlConnection::execCached(const QString &sql, const QVariantList &bindings)
{
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
        query.bindValue(static_cast<int>(i), nullText ? QVariant(QStringLiteral("")) : value);
    }
}

QVariant SqlConnection::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = exec(sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

qint64 SqlConnection::dataVersion()
{
    QSqlQuery &query = execCached(QStringLiteral("PRAGMA data_version"));
    const qint64 version = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return version;
}

void SqlConnection::begin()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void SqlConnection::commit()
{
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

void SqlConnection::fail(const QSqlError &error) const
{
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
    m_connection.execCached(QStringLiteral("BEGIN DEFERRED"));
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
