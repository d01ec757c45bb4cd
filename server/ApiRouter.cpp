#include "ApiRouter.h"

#include "HttpReplies.h"
#include "RequestLog.h"
#include "exchange/JsonBody.h"

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

std::optional<QString> ApiRouter::match(const Entry &entry, QStringView path)
{
    // Segment by segment, without splitting the path into strings: this runs for every check.
    QString argument;
    qsizetype i = 0;
    for (const QStringView segment : path.tokenize(QLatin1Char('/'))) {
        if (i == entry.segments.size())
            return std::nullopt;
        const QString &expected = entry.segments[i++];
        if (expected == Argument) {
            if (segment.isEmpty())
                return std::nullopt;
            argument = segment.toString();
        } else if (expected != segment) {
            return std::nullopt;
        }
    }
    if (i != entry.segments.size())
        return std::nullopt;
    return argument;
}

HttpHandler::Route ApiRouter::route(HttpMethod method, const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.method != method)
            continue;
        if (std::optional<QString> argument = match(entry, path)) {
            Route route = entry.route;
            route.argument = std::move(*argument);
            return route;
        }
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
        if (route.index < 0 || route.index >= int(m_entries.size()))
            return HttpReplies::notFound();
        call.pathArgument = route.argument;
        return m_entries[std::size_t(route.index)].handler(call);
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
    const QHostAddress &peer = request.remoteAddress();
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
