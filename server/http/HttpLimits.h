#pragma once

#include <QtGlobal>
#include <chrono>

//! What the engine allows a client before any route sees a request. Every limit is
//! checked while reading, so a client cannot make the server hold more than these.
struct HttpLimits {
    //! The request line and header fields together; past it: 431 and the connection closes.
    qsizetype maxHeaderBytes = qsizetype{16} * 1024;
    //! Header fields per request; past it: 431 and the connection closes.
    int maxHeaderFields = 100;
    //! From the first byte of a request to the end of its header fields (and for a TLS
    //! handshake): a client trickling its headers is closed after this.
    std::chrono::milliseconds headerTimeout{10000};
    //! For a request's body, once its header fields are read.
    std::chrono::milliseconds bodyTimeout{30000};
    //! A kept-alive connection with no request for this long is closed.
    std::chrono::milliseconds idleTimeout{75000};
    //! For each write of an answer to a client that does not read it.
    std::chrono::milliseconds writeTimeout{30000};
    //! Open client connections; past it new ones wait in the listen backlog.
    int maxConnections = 4096;
    //! How long a stop waits for the requests being answered.
    std::chrono::milliseconds drainTimeout{10000};
};
