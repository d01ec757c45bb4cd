#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

//! keyward-server's command line: `[init] [--listen HOST:PORT] [--database sqlite:PATH]`.
struct ServerOptions {
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    bool init = false;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8420;
    QString databasePath; //!< empty: the local store's default file

    //! Parses @p arguments (including the program name); on a usage error returns the
    //! message in @p error. --help and --version are handled (and exit) here.
    static ServerOptions parse(const QStringList &arguments, QString *error);
};
