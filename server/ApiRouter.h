#pragma once

#include "ApiCall.h"

#include <QHttpServerResponse>
#include <QList>
#include <functional>

class QHttpServer;
class RequestLog;

//! Registers keyward-server's routes on a QHttpServer so that every one of them is
//! logged with its duration, sees the real client address (from `X-Real-IP` or
//! `X-Forwarded-For` only when the peer is a trusted proxy), and unknown paths get a
//! JSON 404.
class ApiRouter final {
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<QHttpServerResponse(ApiCall &call)>;

    ApiRouter(QHttpServer &server, RequestLog &log, QList<QHostAddress> trustedProxies);

    //! @p path may hold one `<arg>`, given to the handler as ApiCall::pathArgument.
    void add(Method method, const QString &path, Handler handler);
    //! The paths and methods registered, for the OpenAPI check.
    const QList<QPair<Method, QString>> &routes() const { return m_routes; }

    QHostAddress clientOf(const QHttpServerRequest &request) const;

private:
    QHttpServerResponse run(const Handler &handler, const QHttpServerRequest &request,
                            const QString &argument) const;

    QHttpServer &m_server;
    RequestLog &m_log;
    QList<QHostAddress> m_trustedProxies;
    QList<QPair<Method, QString>> m_routes;
};
