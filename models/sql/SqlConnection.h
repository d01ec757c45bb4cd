#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

//! The worker thread's database connection. Failures throw StoreError.
class SqlConnection final {
    Q_DECLARE_TR_FUNCTIONS(SqlConnection)
    Q_DISABLE_COPY_MOVE(SqlConnection)

public:
    explicit SqlConnection(QString path);
    ~SqlConnection();

    //! Opens the file (creating it and its folder) and sets WAL, synchronous=FULL,
    //! busy_timeout and foreign keys.
    void open();
    void close();
    bool isOpen() const;
    const QString &path() const { return m_path; }

    //! Runs @p sql with positional bindings; throws StoreError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {});
    //! As exec(), with a statement prepared once per connection and reused: for hot paths
    //! (verification) that read what they need and finish() before the next call.
    QSqlQuery &execCached(const QString &sql, const QVariantList &bindings = {});
    //! The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});

    //! Increases when another connection commits; used to notice outside changes.
    qint64 dataVersion();

    void begin();
    void commit();
    void rollback();

    static QVariant timeValue(const QDateTime &time);
    static QDateTime timeFrom(const QVariant &value);

private:
    [[noreturn]] void fail(const QSqlError &error) const;

    void bind(QSqlQuery &query, const QVariantList &bindings) const;

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements; //!< execCached()'s prepared statements
};

//! A read transaction (BEGIN DEFERRED): one consistent snapshot for several reads,
//! ended on destruction.
class SqlReadTransaction final {
    Q_DISABLE_COPY_MOVE(SqlReadTransaction)

public:
    explicit SqlReadTransaction(SqlConnection &connection);
    ~SqlReadTransaction();

private:
    SqlConnection &m_connection;
};

//! BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed.
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
