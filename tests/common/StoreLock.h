#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

//! Another program holding a store's write lock (BEGIN IMMEDIATE on a connection of
//! its own): store calls that write then wait in SQLite's busy handler, and fail after
//! its timeout. Tests use it to keep the store's worker busy for certain.
class StoreLock final {
public:
    explicit StoreLock(const QString &path)
        : m_name(QStringLiteral("lock-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }

    ~StoreLock()
    {
        release();
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    bool isHeld() const { return m_held; }

    //! Lets writers in again; true when the lock was held and is now released.
    bool release()
    {
        if (!m_held)
            return false;
        m_held = !QSqlQuery(QSqlDatabase::database(m_name, false)).exec(QStringLiteral("ROLLBACK"));
        return !m_held;
    }

private:
    QString m_name;
    bool m_held = false;
};
