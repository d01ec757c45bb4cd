#pragma once

#include "sql/SqlStoreOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

//! A saved way to reach a store: the local file, a keyward-server, or a PostgreSQL
//! database. It holds no secret: the server's key and the database's password live in
//! the system keychain under id (see ConnectionSecrets).
struct Connection {
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    enum class Kind { LocalFile, Server, Postgres };

    //! The connection that is always there: the default local store on this computer.
    static const QString DefaultLocalId;

    QString id;   //!< stable, for the keychain entry and the settings
    QString name; //!< chosen by the user, for titles and lists
    Kind kind = Kind::LocalFile;
    QString path;                       //!< LocalFile: the SQLite file
    QUrl server;                        //!< Server: e.g. https://keys.example.com:8420
    QByteArray pinnedCertificateSha256; //!< Server: a certificate the user chose to trust
    PostgresTarget postgres;            //!< Postgres: where (password: keychain)

    static Connection defaultLocal();
    //! A new connection of @p kind with a fresh id.
    static Connection create(Kind kind);

    //! Whether connecting needs a secret (an admin key or a database password).
    bool needsSecret() const { return kind != Kind::LocalFile; }
    //! What the secret is called, e.g. "admin key".
    QString secretName() const;
    //! Where the store is, for lists and tooltips (never a secret).
    QString location() const;
    QString kindName() const;
    static QString kindName(Kind kind);
    //! What is wrong with the connection's fields; empty when it can be used.
    QString problem() const;
};
