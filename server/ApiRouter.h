#pragma once

#include "ApiCall.h"
#include "http/HttpHandler.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <vector>

class RequestLog;

//! How a route is served: on which lane, and how large a body it takes.
struct RouteOptions {
    HttpHandler::Lane lane = HttpHandler::Lane::Offloaded;
    qsizetype maxBodyBytes = -1; //!< -1: 64 KiB for POST, PUT and PATCH, else 4 KiB (ignored)
};

//! keyward-server's routes, as the HTTP engine asks for them: every one is logged with
//! its duration, sees the real client address (from `X-Real-IP` or `X-Forwarded-For`
//! only when the peer is a trusted proxy), and unknown paths get a JSON 404. Each
//! route says how large a body it takes and whether it runs on the I/O threads
//! (checks) or on a worker (anything that may wait for the store).
class ApiRouter final : public HttpHandler {
public:
    using Method = HttpMethod;
    using Handler = std::function<HttpResponse(ApiCall &call)>;
    using Options = RouteOptions;

    ApiRouter(RequestLog &log, QList<QHostAddress> trustedProxies);

    //! @p path may hold one `<arg>` segment, given to the handler as ApiCall::pathArgument.
    //! Routes are matched in the order they were added.
    void add(Method method, const QString &path, Handler handler, Options options = {});
    //! The paths and methods registered, for the OpenAPI check.
    const QList<QPair<Method, QString>> &routes() const { return m_routes; }

    QHostAddress clientOf(const HttpRequest &request) const;

    Route route(HttpMethod method, const QString &path) const override;
    HttpResponse handle(const HttpRequest &request, const Route &route) override;
    HttpResponse refusal(HttpStatus status, const QString &problem,
                         const Refused &request) override;

private:
    struct Entry {
        Method method;
        QStringList segments; //!< "<arg>" matches any one non-empty segment
        Handler handler;
        Route route;
    };
    //! The `<arg>` of @p path for @p entry, or nullopt when it does not match.
    static std::optional<QString> match(const Entry &entry, QStringView path);

    RequestLog &m_log;
    QList<QHostAddress> m_trustedProxies;
    QList<QPair<Method, QString>> m_routes;
    std::vector<Entry> m_entries;
};
