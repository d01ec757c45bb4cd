#include "HttpReplies.h"

#include <QJsonDocument>

namespace {

const QByteArray Realm = QByteArrayLiteral("Bearer realm=\"keyward\"");

HttpResponse jsonDocument(const QJsonDocument &document, HttpReplies::Status status)
{
    HttpResponse response(QByteArrayLiteral("application/json"),
                          document.toJson(QJsonDocument::Compact), status);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace

HttpResponse HttpReplies::json(const QJsonObject &body, Status status)
{
    return jsonDocument(QJsonDocument(body), status);
}

HttpResponse HttpReplies::json(const QJsonArray &body, Status status)
{
    return jsonDocument(QJsonDocument(body), status);
}

HttpResponse HttpReplies::error(Status status, const QString &code, const QString &message)
{
    return json({{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

QString HttpReplies::codeFor(Status status)
{
    switch (status) {
    case Status::BadRequest:
        return QStringLiteral("invalid_request");
    case Status::RequestTimeout:
        return QStringLiteral("request_timeout");
    case Status::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case Status::RequestHeaderFieldsTooLarge:
        return QStringLiteral("header_fields_too_large");
    case Status::ServiceUnavailable:
        return QStringLiteral("unavailable");
    default:
        return QStringLiteral("error");
    }
}

HttpResponse HttpReplies::unauthorized(bool tokenPresented)
{
    HttpResponse response = error(Status::Unauthorized, QStringLiteral("unauthorized"),
                                  tr("A valid API key is required."));
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       tokenPresented ? Realm + QByteArrayLiteral(", error=\"invalid_token\"")
                                      : Realm);
    return response;
}

HttpResponse HttpReplies::insufficientScope(const QString &scope)
{
    HttpResponse response =
        json({{QStringLiteral("error"), QStringLiteral("insufficient_scope")},
              {QStringLiteral("scope"), scope},
              {QStringLiteral("message"), tr("The API key lacks the scope %1.").arg(scope)}},
             Status::Forbidden);
    // Scopes are checked against the catalog's characters before they get here; the
    // header carries only what is safe in a quoted string.
    QByteArray quoted = scope.toLatin1();
    quoted.replace('"', QByteArray()).replace('\\', QByteArray());
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       Realm + QByteArrayLiteral(", error=\"insufficient_scope\", scope=\"") +
                           quoted + '"');
    return response;
}

HttpResponse HttpReplies::badRequest(const QString &message)
{
    return error(Status::BadRequest, QStringLiteral("invalid_request"), message);
}

HttpResponse HttpReplies::tooManyRequests(int retryAfterSeconds)
{
    HttpResponse response =
        error(Status::TooManyRequests, QStringLiteral("rate_limited"),
              tr("Too many failed attempts from this address. Try again in %n second(s).", "",
                 retryAfterSeconds));
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse HttpReplies::notFound()
{
    return error(Status::NotFound, QStringLiteral("not_found"),
                 tr("There is no such resource. The API is described at /openapi.yaml."));
}

HttpResponse HttpReplies::storeUnavailable()
{
    HttpResponse response = error(Status::ServiceUnavailable, QStringLiteral("unavailable"),
                                  tr("The key store is unavailable. Try again shortly."));
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return response;
}

HttpResponse HttpReplies::fromStoreError(const StoreError &storeError)
{
    switch (storeError.code()) {
    case StoreError::Code::Invalid:
        return error(Status::BadRequest, QStringLiteral("invalid_request"), storeError.message());
    case StoreError::Code::NotFound:
        return error(Status::NotFound, QStringLiteral("not_found"), storeError.message());
    case StoreError::Code::Conflict:
        return error(Status::Conflict, QStringLiteral("conflict"), storeError.message());
    case StoreError::Code::Forbidden:
        return error(Status::Forbidden, QStringLiteral("forbidden"), storeError.message());
    case StoreError::Code::Unavailable:
        break;
    }
    return error(Status::ServiceUnavailable, QStringLiteral("unavailable"), storeError.message());
}
