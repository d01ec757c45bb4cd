#pragma once

#include "domain/Clock.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

//! Where a shared PostgreSQL store lives. The password comes from here, or else from
//! libpq's own sources (PGPASSWORD, ~/.pgpass); never from a command line.
struct PostgresTarget {
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("keyward");
    QString user;
    QString password;
    //! libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty:
    //! Keyward's default, see effectiveSslMode().
    QString sslMode;

    //! "user@host:port/database", for titles and messages (never the password).
    QString displayName() const;
    //! Whether the database is on another computer: not a loopback address nor a local
    //! socket folder, so the password and the inventory cross a network.
    bool isRemote() const;
    //! The sslmode Keyward connects with: sslMode when one was chosen; otherwise
    //! verify-full for a remote database (libpq's own default, prefer, falls back to
    //! clear text and accepts any certificate, so the password could be read or sent to
    //! an impostor), and libpq's default on this computer.
    QString effectiveSslMode() const;
    //! The options for Qt's QPSQL driver (libpq's connection parameters but the host,
    //! port, database, user and password).
    QString connectOptions() const;
    //! Whether @p sslMode can send the password without TLS, or over TLS to a server
    //! whose certificate nobody checked: disable, allow, prefer (and libpq's default).
    static bool isWeakSslMode(const QString &sslMode);
};

//! How to open a SQL store.
struct SqlStoreOptions {
    //! SQLite file path. Empty: the default local store (see defaultLocalStorePath()).
    QString path;
    //! Set for a PostgreSQL store instead of a SQLite file.
    std::optional<PostgresTarget> postgres;
    //! Vendor prefix of a new store's keys; ignored for an existing store.
    QString prefix = QStringLiteral("key");
    //! Name of the owner member a new store gets; empty: the OS user's name.
    QString ownerName;
    //! The operating-system user recorded beside the member in every audit event
    //! (SystemUser::name(), set by the desktop app and the CLI; keyward-server records
    //! the acting key instead). Empty: none.
    QString osUser;
    //! The clock, injected by tests. Default: the system's, in UTC.
    Clock clock;
    //! How often to look for changes made by other processes.
    int pollIntervalMs = 1000;
    //! How often to write batched last-used times.
    int usageFlushIntervalMs = 2000;
    //! The file with the secret that seals the keys a retried create or reset gives back
    //! (SealSecret): kept away from the store's files, read (or created) when an
    //! idempotency key is first used. Empty: a random secret for this store object only,
    //! so that only a retry through the same object gets its key back.
    QString sealSecretPath;
    //! How often to delete the idempotency rows older than 24 hours (also done on open).
    int purgeIntervalMs = 10 * 60 * 1000;
    //! SQLite: how much of the file its connections read through a memory map. None by
    //! default (a desktop reads through the page cache, and a mapped million-key file
    //! would count in its memory); keyward-server maps 256 MiB.
    qint64 mmapBytes = 0;
};

//! The local store's file under QStandardPaths::AppDataLocation.
QString defaultLocalStorePath();

//! Reads a store location into @p options: `sqlite:PATH`, or
//! `postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE]` (a password in the URL is
//! refused: it would show in process lists). Returns false with a message otherwise.
bool readStoreLocation(const QString &location, SqlStoreOptions &options, QString *error);
