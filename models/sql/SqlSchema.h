#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QtGlobal>
#include <functional>

class SqlConnection;

//! Versioned migrations of the store's schema, and the content of a new store.
class SqlSchema final {
    Q_DECLARE_TR_FUNCTIONS(SqlSchema)

public:
    static int latestVersion();
    static int currentVersion(SqlConnection &connection);

    //! Told after each statement of the migrations that run: @p done of @p total.
    using Progress = std::function<void(int done, int total)>;

    //! Brings the schema to the latest version, one migration per transaction; a new
    //! store gets a workspace with the default catalog, built-in roles and an owner.
    //! Building the search index and the counters of a large store takes a while:
    //! @p progress hears of each step.
    static void migrate(SqlConnection &connection, const QString &prefix, const QString &ownerName,
                        const QDateTime &now, const Progress &progress = {});

    //! Adds a workspace with the default catalog, the built-in roles and an owner named
    //! @p ownerName (empty: the OS user); returns its id. Runs inside the caller's transaction.
    static qint64 addWorkspace(SqlConnection &connection, const QString &name,
                               const QString &prefix, const QString &ownerName,
                               const QDateTime &now);

    //! A migration statement (written for SQLite) as PostgreSQL takes it.
    static QString forPostgres(const QString &statement);

private:
    static void setVersion(SqlConnection &connection, int version);
    static void seed(SqlConnection &connection, const QString &prefix, const QString &ownerName,
                     const QDateTime &now);
};
