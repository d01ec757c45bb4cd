#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

//! How to open a SQL store.
struct SqlStoreOptions {
    //! SQLite file path. Empty: the default local store (see defaultLocalStorePath()).
    QString path;
    //! Vendor prefix of a new store's keys; ignored for an existing store.
    QString prefix = QStringLiteral("key");
    //! Name of the owner member a new store gets; empty: the OS user's name.
    QString ownerName;
    //! The clock, injected by tests. Default: the system's, in UTC.
    std::function<QDateTime()> clock;
    //! How often to look for changes made by other processes.
    int pollIntervalMs = 1000;
    //! How often to write batched last-used times.
    int usageFlushIntervalMs = 2000;
};

//! The local store's file under QStandardPaths::AppDataLocation.
QString defaultLocalStorePath();
