#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <memory>
#include <optional>

//! The HTTP methods keyward-server routes; anything else is Other (and finds no route).
enum class HttpMethod { Get, Head, Post, Put, Patch, Delete, Options, Other };

//! "GET", "POST", ... for logs and documents.
QByteArray httpMethodName(HttpMethod method);

//! The status codes keyward-server answers with.
enum class HttpStatus : int {
    Continue = 100,
    Ok = 200,
    Created = 201,
    NoContent = 204,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    RequestTimeout = 408,
    Conflict = 409,
    LengthRequired = 411,
    PreconditionFailed = 412,
    PayloadTooLarge = 413,
    UriTooLong = 414,
    PreconditionRequired = 428,
    TooManyRequests = 429,
    RequestHeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    NotImplemented = 501,
    ServiceUnavailable = 503,
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

//! An origin-form request target ("/path?query") as a URL whose path is all of it: a
//! target starting with "//" stays a path (404), never an authority and a shorter path.
QUrl httpTargetUrl(const QByteArray &target);

//! The percent-decoded path of @p target, as httpTargetUrl(target).path() reads it. A
//! plain target (printable ASCII, no percent sign) is read without building a QUrl: that
//! is every check, and the URL parser was a tenth of a check's work.
QString httpTargetPath(const QByteArray &target);

//! One request as the engine read it: complete, within the route's limits.
class HttpRequest final {
public:
    HttpRequest() = default;
    //! @p target is the request target as sent, @p path its path as httpTargetPath() reads it.
    HttpRequest(HttpMethod method, QByteArray target, QString path, HttpHeaders headers,
                QByteArray body, const QHostAddress &peer);

    HttpMethod method() const { return m_method; }
    //! The request target as sent ("/v1/keys?limit=50").
    const QByteArray &target() const { return m_target; }
    //! The target's path, percent-decoded.
    const QString &path() const { return m_path; }
    //! The target as a URL (parsed on each call: management routes read their query).
    QUrl url() const { return httpTargetUrl(m_target); }
    QUrlQuery query() const { return QUrlQuery(url()); }
    //! Every header field in the order received, names as sent.
    const HttpHeaders &headers() const { return m_headers; }
    //! The first field named @p name (case-insensitive), or empty.
    QByteArray value(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }
    //! The socket's peer (a proxy, when there is one in front).
    const QHostAddress &remoteAddress() const { return m_peer; }

private:
    HttpMethod m_method = HttpMethod::Other;
    QByteArray m_target;
    QString m_path;
    HttpHeaders m_headers;
    QByteArray m_body;
    QHostAddress m_peer;
};

//! A body made while it is sent (an export of a million keys). The engine asks for one
//! piece at a time, on a worker thread, and for the next only once the last is written:
//! a client that reads slowly slows the source down, and holds neither memory nor the
//! store, only its connection.
class HttpBodySource {
public:
    virtual ~HttpBodySource() = default;
    //! The next piece of the body, or an empty one once the body is complete; nullopt
    //! when it cannot go on. The engine then closes the connection without ending the
    //! body, so that the client sees it cut off, never complete.
    virtual std::optional<QByteArray> next() = 0;
};

//! One answer: a status, header fields and a body, in memory or made while it is sent.
//! The engine adds Content-Length (or the chunked framing) and the connection handling.
class HttpResponse final {
public:
    explicit HttpResponse(HttpStatus status = HttpStatus::Ok);
    HttpResponse(const QByteArray &mimeType, QByteArray body, HttpStatus status = HttpStatus::Ok);
    //! An answer whose body @p source makes as it is sent, so that its size (an export of
    //! a million keys) never sits in memory: chunked on HTTP/1.1, ended by closing the
    //! connection on HTTP/1.0.
    HttpResponse(const QByteArray &mimeType, std::shared_ptr<HttpBodySource> source);

    HttpStatus statusCode() const { return m_status; }
    void addHeader(const QByteArray &name, const QByteArray &value);
    const HttpHeaders &headers() const { return m_headers; }
    //! The first field named @p name (case-insensitive), or empty.
    QByteArray value(const QByteArray &name) const;
    //! The body in memory; empty when bodySource() makes it.
    const QByteArray &data() const { return m_body; }
    const std::shared_ptr<HttpBodySource> &bodySource() const { return m_source; }

private:
    HttpStatus m_status;
    HttpHeaders m_headers;
    QByteArray m_body;
    std::shared_ptr<HttpBodySource> m_source;
};
