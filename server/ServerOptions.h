#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include "http/HttpLimits.h"
#include "sql/SqlStoreOptions.h"

//! keyward-server's command line. See `keyward-server --help`.
struct ServerOptions {
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    bool init = false;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8420;
    SqlStoreOptions store; //!< default: the local store's file

    // Serving
    QString tlsCertificate; //!< PEM; TLS is on when set (with tlsKey)
    QString tlsKey;
    QList<QHostAddress> trustedProxies; //!< peers whose X-Real-IP / X-Forwarded-For is believed
    int failuresPerMinute = 100;        //!< failed verifications per client address; 0: no limit
    bool requestLog = true;
    int threads = 0;                     //!< I/O threads; 0: one per core
    HttpLimits limits;                   //!< what a client may send, and for how long
    bool explicitMaxConnections = false; //!< --max-connections was given

    // init
    QString workspace;  //!< init: a new workspace of this name instead of the default one
    QString prefix;     //!< init: the vendor prefix of a new store or workspace
    QStringList scopes; //!< init: the admin key's scopes

    //! --help or --version: what to print (to standard output) before exiting with 0.
    QString exitText;

    //! Parses @p arguments (including the program name); on a usage error returns the
    //! message in @p error. Never exits the process: --help and --version come back
    //! as exitText.
    static ServerOptions parse(const QStringList &arguments, QString *error);
};
