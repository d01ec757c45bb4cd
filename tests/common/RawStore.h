#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

//! Every row @p sql returns on @p db, its values as text joined by '|'; empty when it fails.
inline QStringList rowsAsText(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(db);
    if (query.exec(sql)) {
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

//! A connection of its own to a SQLite store's file, for what a test does behind the
//! store's back: read a table the store does not show, dump every table, or add a
//! test-only trigger, as another program would.
class RawStore final {
public:
    explicit RawStore(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }

    ~RawStore()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    RawStore(const RawStore &) = delete;
    RawStore &operator=(const RawStore &) = delete;

    bool isOpen() const { return m_open; }

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }

    //! Makes every audit insert fail with "the audit log is full" (a test-only trigger),
    //! as a full or broken log would; acceptAuditEvents() ends it.
    bool refuseAuditEvents()
    {
        return exec(QStringLiteral("CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_events"
                                   " BEGIN SELECT RAISE(ABORT, 'the audit log is full'); END"));
    }
    bool acceptAuditEvents() { return exec(QStringLiteral("DROP TRIGGER test_audit_fails")); }

    //! The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    //! The values of column @p column of every row @p sql returns.
    QVariantList column(const QString &sql, int column = 0)
    {
        QVariantList values;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(column);
        }
        return values;
    }

    //! The first column of every row @p sql returns with positional @p bindings.
    QVariantList column(const QString &sql, const QVariantList &bindings)
    {
        QVariantList values;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.prepare(sql)) {
            for (const QVariant &binding : bindings)
                query.addBindValue(binding);
            if (query.exec()) {
                while (query.next())
                    values << query.value(0);
            }
        }
        return values;
    }

    //! Every row @p sql returns, as rowsAsText() writes them.
    QStringList rows(const QString &sql)
    {
        return rowsAsText(QSqlDatabase::database(m_name, false), sql);
    }

    //! Every row of every table, as text: equal dumps mean nothing was written.
    QString dump()
    {
        QString text;
        const QVariantList tables = column(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const QVariant &table : tables) {
            text += QStringLiteral("[%1]\n").arg(table.toString());
            for (const QString &row :
                 rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table.toString())))
                text += row + QLatin1Char('\n');
        }
        return text;
    }

private:
    QString m_name;
    bool m_open = false;
};
