#pragma once

#include "http/HttpMessage.h"

#include <QString>
#include <optional>

//! What the HTTP engine asks of the application: where a request goes, how large
//! its body may be, and its answer. Called on the engine's threads, concurrently.
class HttpHandler {
public:
    //! Where a request is answered.
    enum class Lane {
        Inline,    //!< on the connection's I/O thread: short work that never waits (checks)
        Offloaded, //!< on a worker thread: work that may wait for the store
    };
    struct Route {
        int index = -1;             //!< -1: no route for this method and path
        qsizetype maxBodyBytes = 0; //!< a longer body is refused with 413 before it is read
        Lane lane = Lane::Inline;
        QString argument; //!< the path's variable segment (an id), if it has one
    };

    virtual ~HttpHandler() = default;

    //! The route for @p method and the decoded @p path, from the request's header alone.
    virtual Route route(HttpMethod method, const QString &path) const = 0;
    //! The answer to a complete request for @p route (its index may be -1).
    virtual HttpResponse handle(const HttpRequest &request, const Route &route) = 0;
    //! What the engine knows of a request it refuses: the peer always; the method and
    //! target once the header fields were read.
    struct Refused {
        QHostAddress peer;
        std::optional<HttpMethod> method;
        QByteArray target;
    };
    //! The answer when the engine refuses a request itself (400, 408, 413, 431), with
    //! the problem in words.
    virtual HttpResponse refusal(HttpStatus status, const QString &problem,
                                 const Refused &request) = 0;
};
