#include "ApiRouter.h"

#include "HttpReplies.h"
#include "RequestLog.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>

ApiRouter::ApiRouter(QHttpServer &server, RequestLog &log, QList<QHostAddress> trustedProxies)
    : m_server(server)
    , m_log(log)
    , m_trustedProxies(std::move(trustedProxies))
{
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ApiCall call{request, clientOf(request), {}, {}};
            QHttpServerResponse response = HttpReplies::notFound();
            m_log.write(call, static_cast<int>(response.statusCode()), 0);
            response.write(std::move(responder));
        });
}

void ApiRouter::add(Method method, const QString &path, Handler handler)
{
    m_routes.append({method, path});
    if (path.contains(QLatin1String("<arg>"))) {
        m_server.route(path, method,
                       [this, handler](const QString &argument, const QHttpServerRequest &request) {
                           return run(handler, request, argument);
                       });
    } else {
        m_server.route(path, method, [this, handler](const QHttpServerRequest &request) {
            return run(handler, request, QString());
        });
    }
}

QHttpServerResponse ApiRouter::run(const Handler &handler, const QHttpServerRequest &request,
                                   const QString &argument) const
{
    QElapsedTimer timer;
    timer.start();
    ApiCall call{request, clientOf(request), argument, {}};
    QHttpServerResponse response = handler(call);
    m_log.write(call, static_cast<int>(response.statusCode()), timer.nsecsElapsed() / 1000);
    return response;
}

QHostAddress ApiRouter::clientOf(const QHttpServerRequest &request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (!m_trustedProxies.contains(peer))
        return peer;
    QByteArray named = request.value(QByteArrayLiteral("X-Real-IP")).trimmed();
    if (named.isEmpty()) {
        const QList<QByteArray> hops =
            request.value(QByteArrayLiteral("X-Forwarded-For")).split(',');
        named = hops.constLast().trimmed();
    }
    const QHostAddress client(QString::fromLatin1(named));
    return client.isNull() ? peer : client;
}
