#include "RequestLog.h"

#include <QDateTime>
#include <QUrl>

namespace {

constexpr qsizetype MaxSegment = 40;
constexpr qsizetype MaxPath = 200;

bool mayHoldKey(const QByteArray &segment)
{
    return segment.size() > MaxSegment || segment.contains("_test_") || segment.contains("_live_");
}

QByteArray timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
}

} // namespace

RequestLog::RequestLog(std::FILE *stream)
    : m_stream(stream)
{
}

QByteArray RequestLog::safePath(const QUrl &url)
{
    QList<QByteArray> segments = url.path(QUrl::FullyEncoded).toLatin1().split('/');
    for (QByteArray &segment : segments) {
        if (mayHoldKey(segment))
            segment = QByteArrayLiteral("[redacted]");
    }
    QByteArray path = segments.join('/');
    if (path.size() > MaxPath)
        path = path.left(MaxPath) + QByteArrayLiteral("...");
    return path;
}

void RequestLog::write(const ApiCall &call, int status, qint64 elapsedMicroseconds)
{
    if (!m_enabled)
        return;
    QByteArray line = timestamp();
    line += ' ' + call.client.toString().toLatin1();
    line += ' ' + httpMethodName(call.request.method());
    line += ' ' + safePath(call.request.url());
    line += ' ' + QByteArray::number(status);
    line +=
        ' ' + QByteArray::number(static_cast<double>(elapsedMicroseconds) / 1000.0, 'f', 2) + "ms";
    if (!call.kid.isEmpty())
        line += " kid=" + call.kid.toLatin1();
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_stream);
    std::fflush(m_stream);
}

void RequestLog::writeRefusal(const HttpHandler::Refused &request, int status,
                              const QString &problem)
{
    if (!m_enabled)
        return;
    // The problem is the engine's own sentence, never the client's bytes.
    QByteArray line =
        timestamp() + ' ' + request.peer.toString().toLatin1() + ' ' +
        (request.method ? httpMethodName(*request.method) : QByteArrayLiteral("-")) + ' ' +
        (request.target.isEmpty() ? QByteArrayLiteral("-")
                                  : safePath(QUrl::fromEncoded(request.target))) +
        ' ' + QByteArray::number(status) + " 0.00ms refused: " + problem.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_stream);
    std::fflush(m_stream);
}
