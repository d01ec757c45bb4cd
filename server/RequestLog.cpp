#include "RequestLog.h"

#include <QDateTime>
#include <QMetaEnum>
#include <QUrl>

namespace {

constexpr qsizetype MaxSegment = 40;
constexpr qsizetype MaxPath = 200;

bool mayHoldKey(const QByteArray &segment)
{
    return segment.size() > MaxSegment || segment.contains("_test_") || segment.contains("_live_");
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *name =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return name ? QByteArray(name).toUpper() : QByteArrayLiteral("UNKNOWN");
}

} // namespace

RequestLog::RequestLog(std::FILE *stream)
    : m_stream(stream)
{
}

QByteArray RequestLog::safePath(const QHttpServerRequest &request)
{
    QList<QByteArray> segments = request.url().path(QUrl::FullyEncoded).toLatin1().split('/');
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
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line += ' ' + call.client.toString().toLatin1();
    line += ' ' + methodName(call.request.method());
    line += ' ' + safePath(call.request);
    line += ' ' + QByteArray::number(status);
    line += ' ' + QByteArray::number(elapsedMicroseconds / 1000.0, 'f', 2) + "ms";
    if (!call.kid.isEmpty())
        line += " kid=" + call.kid.toLatin1();
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_stream);
    std::fflush(m_stream);
}
