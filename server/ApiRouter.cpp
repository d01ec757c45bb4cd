#include "ApiRouter.h"

#include "HttpReplies.h"
#include "JsonBody.h"
#include "RequestLog.h"

#include <QElapsedTimer>

namespace {

const QString Argument = QStringLiteral("<arg>");

// Bodies of methods that carry none (GET, DELETE) are read, up to a little, and ignored.
constexpr qsizetype IgnoredBodyBytes = 4096;

qsizetype defaultBodyLimit(HttpMethod method)
{
    const bool takesBody =
        method == HttpMethod::Post || method == HttpMethod::Put || method == HttpMethod::Patch;
    return takesBody ? JsonBody::DefaultMaxBytes : IgnoredBodyBytes;
}

} // namespace

ApiRouter::ApiRouter(RequestLog &log, QList<QHostAddress> trustedProxies)
    : m_log(log)
    , m_trustedProxies(std::move(trustedProxies))
{
}

void ApiRouter::add(Method method, const QString &path, Handler handler, Options options)
{
    m_routes.append({method, path});
    Route route;
    route.index = int(m_entries.size());
    route.lane = options.lane;
    route.maxBodyBytes =
        options.maxBodyBytes >= 0 ? options.maxBodyBytes : defaultBodyLimit(method);
    m_entries.push_back({method, path.split(QLatin1Char('/')), std::move(handler), route});
}

std::optional<QString> ApiRouter::match(const Entry &entry, const QStringList &segments)
{
    if (segments.size() != entry.segments.size())
        return std::nullopt;
    QString argument;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (entry.segments[i] == Argument) {
            if (segments[i].isEmpty())
                return std::nullopt;
            argument = segments[i];
        } else if (entry.segments[i] != segments[i]) {
            return std::nullopt;
        }
    }
    return argument;
}

HttpHandler::Route ApiRouter::route(HttpMethod method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const Entry &entry : m_entries) {
        if (entry.method == method && match(entry, segments))
            return entry.route;
    }
    Route unknown;
    unknown.maxBodyBytes = JsonBody::DefaultMaxBytes; // read, so the 404 is the answer
    return unknown;
}

HttpResponse ApiRouter::handle(const HttpRequest &request, const Route &route)
{
    QElapsedTimer timer;
    timer.start();
    ApiCall call{request, clientOf(request), {}, {}};
    HttpResponse response = [&] {
        if (route.index >= 0 && route.index < int(m_entries.size())) {
            const Entry &entry = m_entries[std::size_t(route.index)];
            const std::optional<QString> argument =
                match(entry, request.url().path().split(QLatin1Char('/')));
            if (argument) {
                call.pathArgument = *argument;
                return entry.handler(call);
            }
        }
        return HttpReplies::notFound();
    }();
    m_log.write(call, static_cast<int>(response.statusCode()), timer.nsecsElapsed() / 1000);
    return response;
}

HttpResponse ApiRouter::refusal(HttpStatus status, const QString &problem, const Refused &request)
{
    m_log.writeRefusal(request, static_cast<int>(status), problem);
    return HttpReplies::error(status, HttpReplies::codeFor(status), problem);
}

QHostAddress ApiRouter::clientOf(const HttpRequest &request) const
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
