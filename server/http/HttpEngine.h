#pragma once

#include "http/HttpLimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <memory>

class HttpHandler;
class HttpEngineCore;

//! keyward-server's HTTP/1.1 engine (Boost.Beast on Boost.Asio): several I/O threads
//! share one listening port, each connection lives on one of them; the limits in
//! HttpLimits are enforced while reading, before a route sees a request; work that
//! may wait for the store runs on worker threads, so it never holds up a check.
class HttpEngine final {
    Q_DECLARE_TR_FUNCTIONS(HttpEngine)
    Q_DISABLE_COPY_MOVE(HttpEngine)

public:
    //! @p ioThreads answer connections (and Inline routes); @p workerThreads run
    //! Offloaded routes.
    HttpEngine(HttpHandler &handler, const HttpLimits &limits, int ioThreads, int workerThreads);
    //! Stops (see stop()).
    ~HttpEngine();

    //! Serves HTTPS with the PEM certificate chain and unencrypted PEM key; may be
    //! called again while serving (new connections get the new certificate).
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error);
    //! Binds and starts serving. Returns the port (the system's choice for 0), or 0
    //! with a message in @p error.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    //! Stops accepting, closes idle connections, lets the requests being answered
    //! finish (for at most HttpLimits::drainTimeout), then stops the threads.
    void stop();

    //! Client connections open now.
    int openConnections() const;

private:
    std::unique_ptr<HttpEngineCore> m_core;
};
