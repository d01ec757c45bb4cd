#include "http/HttpMessage.h"

#include <algorithm>

namespace {

QByteArray firstValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[field, value] : headers) {
        if (field.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Head:
        return QByteArrayLiteral("HEAD");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    case HttpMethod::Options:
        return QByteArrayLiteral("OPTIONS");
    case HttpMethod::Other:
        break;
    }
    return QByteArrayLiteral("OTHER");
}

QUrl httpTargetUrl(const QByteArray &target)
{
    // Behind a fixed authority, "//evil/v1/keys" is the path "//evil/v1/keys".
    return QUrl::fromEncoded(QByteArrayLiteral("http://localhost") + target);
}

QString httpTargetPath(const QByteArray &target)
{
    qsizetype end = 0;
    while (end < target.size() && target[end] != '?' && target[end] != '#')
        ++end;
    const auto plain = [](char c) { return c > ' ' && c < '\x7f' && c != '%'; };
    const QByteArrayView path(target.constData(), end);
    if (!path.startsWith('/') || !std::all_of(path.begin(), path.end(), plain))
        return httpTargetUrl(target).path();
    return QString::fromLatin1(path);
}

HttpRequest::HttpRequest(HttpMethod method, QByteArray target, QString path, HttpHeaders headers,
                         QByteArray body, const QHostAddress &peer)
    : m_method(method)
    , m_target(std::move(target))
    , m_path(std::move(path))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_peer(peer)
{
}

QByteArray HttpRequest::value(const QByteArray &name) const
{
    return firstValue(m_headers, name);
}

HttpResponse::HttpResponse(HttpStatus status)
    : m_status(status)
{
}

HttpResponse::HttpResponse(const QByteArray &mimeType, QByteArray body, HttpStatus status)
    : m_status(status)
    , m_body(std::move(body))
{
    addHeader(QByteArrayLiteral("Content-Type"), mimeType);
}

HttpResponse::HttpResponse(const QByteArray &mimeType, std::shared_ptr<HttpBodySource> source)
    : m_status(HttpStatus::Ok)
    , m_source(std::move(source))
{
    addHeader(QByteArrayLiteral("Content-Type"), mimeType);
}

void HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QByteArray HttpResponse::value(const QByteArray &name) const
{
    return firstValue(m_headers, name);
}
