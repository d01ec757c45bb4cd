#pragma once

#include "sql/SqlStoreOptions.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

//! One thread's database connection: a SQLite file or a PostgreSQL database, with the
//! few differences between them kept here (and the schema's in SqlSchema). Failures
//! throw StoreError.
class SqlConnection final {
    Q_DECLARE_TR_FUNCTIONS(SqlConnection)
    Q_DISABLE_COPY_MOVE(SqlConnection)

public:
    explicit SqlConnection(const SqlStoreOptions &options);
    ~SqlConnection();

    //! SQLite: opens the file (creating it, readable by its owner only, and its folder)
    //! and sets WAL, synchronous=FULL, busy_timeout, foreign keys and secure_delete. PostgreSQL:
    //! connects and listens for other connections' changes.
    void open();
    void close();
    bool isOpen() const;
    bool isPostgres() const { return m_postgres.has_value(); }
    //! Counts the opens: what was learnt on one session is not compared with another's.
    int session() const { return m_session; }
    //! The file path, or the PostgreSQL URL (without password).
    const QString &path() const { return m_path; }
    //! "keyward.db" or "user@host:port/database", for titles and status bars.
    QString displayName() const;

    //! Runs @p sql with positional bindings; throws StoreError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {});
    //! As exec(), with a statement prepared once per connection and reused: for hot paths
    //! (verification) that read what they need and finish() before the next call.
    QSqlQuery &execCached(const QString &sql, const QVariantList &bindings = {});
    //! The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});

    //! Changes when another connection commits; used to notice outside changes
    //! (SQLite's data_version; PostgreSQL's NOTIFY from other sessions, when listening).
    qint64 dataVersion();
    //! PostgreSQL: whether to LISTEN for other sessions' changes (the default). The
    //! notifications arrive through the event loop of the connection's thread, so a
    //! connection on a thread without one does not listen.
    void setListening(bool listening) { m_listening = listening; }
    //! Called on the connection's thread for each change another session announces.
    void onNotification(std::function<void()> noticed) { m_noticed = std::move(noticed); }

    //! Starts a write transaction; writers are serialized (SQLite BEGIN IMMEDIATE, a
    //! PostgreSQL transaction-level advisory lock).
    void begin();
    //! Starts a read-only transaction: one snapshot for several reads.
    void beginRead();
    void commit();
    void rollback();

    static QVariant timeValue(const QDateTime &time);
    static QDateTime timeFrom(const QVariant &value);

private:
    [[noreturn]] void fail(const QSqlError &error) const;
    [[noreturn]] void failPostgres(const QSqlError &error) const;
    void openSqlite(QSqlDatabase &db);
    void openPostgres(QSqlDatabase &db);
    void bind(QSqlQuery &query, const QVariantList &bindings) const;

    QString m_path;
    qint64 m_mmapBytes = 0; //!< SqlStoreOptions::mmapBytes
    std::optional<PostgresTarget> m_postgres;
    QString m_connectionName;
    qint64 m_notifications = 0; //!< PostgreSQL: changes announced by other sessions
    bool m_listening = true;
    std::function<void()> m_noticed;
    int m_session = 0;                      //!< how many times it was opened
    QHash<QString, QSqlQuery> m_statements; //!< execCached()'s prepared statements
};

//! A read transaction: one consistent snapshot for several reads,
//! ended on destruction.
class SqlReadTransaction final {
    Q_DISABLE_COPY_MOVE(SqlReadTransaction)

public:
    explicit SqlReadTransaction(SqlConnection &connection);
    ~SqlReadTransaction();

private:
    SqlConnection &m_connection;
};

//! A write transaction (SqlConnection::begin()), rolled back on destruction unless
//! committed.
class SqlTransaction final {
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(SqlConnection &connection);
    ~SqlTransaction();
    void commit();

private:
    SqlConnection &m_connection;
    bool m_done = false;
};
