#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

//! Fills an existing (opened, migrated) store file with @p count keys in one
//! transaction, for tests and benchmarks of large inventories. Key i is named
//! "Key <i, zero-padded>", is live when i is odd, expires i hours after @p now
//! (so about 720 of every run are "expiring soon"), and every 10th is revoked.
//! The rows carry a dummy digest: these keys cannot be verified.
inline bool bulkSeedKeys(const QString &path, int count, const QDateTime &now, qint64 createdBy = 1)
{
    const QString name = QStringLiteral("seed-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA synchronous = OFF")) && db.transaction();
            ok = ok && query.prepare(QStringLiteral(
                           "INSERT INTO api_keys (kid, workspace_id, name, sort_name, search_text,"
                           " description, environment, created_by, created_at, expires_at,"
                           " revoked_at, hint, version) VALUES (?, 1, ?, ?, ?, '', ?, ?, ?, ?, ?,"
                           " ?, 1)"));
            const qint64 base = now.toMSecsSinceEpoch();
            for (int i = 0; ok && i < count; ++i) {
                const QString kid = QStringLiteral("seed%1").arg(i, 8, 10, QLatin1Char('0'));
                const QString keyName = QStringLiteral("Key %1").arg(i, 7, 10, QLatin1Char('0'));
                const QString env = (i % 2) ? QStringLiteral("live") : QStringLiteral("test");
                query.addBindValue(kid);
                query.addBindValue(keyName);
                query.addBindValue(keyName.toCaseFolded());
                query.addBindValue((keyName + QLatin1String("\n\n") + kid).toCaseFolded());
                query.addBindValue(env);
                query.addBindValue(createdBy);
                query.addBindValue(base - qint64(count - i) * 1000);
                query.addBindValue(base + qint64(i + 1) * 3600 * 1000);
                query.addBindValue(i % 10 == 9 ? QVariant(base - 1000)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
                query.addBindValue(QStringLiteral("key_%1_%2…0000").arg(env, kid));
                ok = query.exec();
            }
            ok = ok && db.commit();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
