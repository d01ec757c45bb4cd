#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringList>

//! The store's schema as a list of migrations, each one's statements written for SQLite
//! and translated for PostgreSQL by SqlSchema::forPostgres(). SqlSchema runs them.
namespace SqlMigrations {

//! A statement that starts with one of these runs only on that database.
inline const QLatin1String SqliteOnly("/* sqlite */ ");
inline const QLatin1String PostgresOnly("/* postgresql */ ");
//! The verify epoch's triggers start so: SQLite's only (on PostgreSQL every write sends
//! NOTIFY).
inline const QLatin1String VerifyEpochTrigger("CREATE TRIGGER verify_epoch_");

//! Every migration in order; never edit one that has shipped, append a new one.
const QList<QStringList> &all();

} // namespace SqlMigrations
