#include "VerifyRoutes.h"

#include "BearerToken.h"
#include "store/KeyStore.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Status = QHttpServerResponse::StatusCode;
constexpr qsizetype MaxBodyBytes = 4096;
const QByteArray Realm = QByteArrayLiteral("Bearer realm=\"keyward\"");

QHttpServerResponse json(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

//! The one answer for every key that does not authenticate, whatever the reason.
QHttpServerResponse unauthorized(bool tokenPresented)
{
    QHttpServerResponse response =
        json({{QStringLiteral("error"), QStringLiteral("unauthorized")},
              {QStringLiteral("message"), VerifyRoutes::tr("A valid API key is required.")}},
             Status::Unauthorized);
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       tokenPresented ? Realm + QByteArrayLiteral(", error=\"invalid_token\"")
                                      : Realm);
    return response;
}

QHttpServerResponse forbidden(const QString &scope)
{
    QHttpServerResponse response =
        json({{QStringLiteral("error"), QStringLiteral("insufficient_scope")},
              {QStringLiteral("scope"), scope},
              {QStringLiteral("message"),
               VerifyRoutes::tr("The API key lacks the scope %1.").arg(scope)}},
             Status::Forbidden);
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       Realm + QByteArrayLiteral(", error=\"insufficient_scope\", scope=\"") +
                           scope.toLatin1() + '"');
    return response;
}

QHttpServerResponse unavailable(const QString &message)
{
    return json({{QStringLiteral("error"), QStringLiteral("unavailable")},
                 {QStringLiteral("message"), message}},
                Status::ServiceUnavailable);
}

QHttpServerResponse badRequest(const QString &message)
{
    return json({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                 {QStringLiteral("message"), message}},
                Status::BadRequest);
}

//! Qt 6.4's QHttpServer crashes on some QFuture responses (reportStarted on a finished
//! interface), so handlers wait here for the store's worker to answer.
StoreResult<Verification> verified(KeyStore *keys, const QString &token, const QString &scope)
{
    QFuture<StoreResult<Verification>> future = keys->verify(token, scope);
    future.waitForFinished();
    return future.result();
}

QHttpServerResponse authorizeAnswer(const StoreResult<Verification> &result, const QString &scope)
{
    if (!result.ok())
        return unavailable(result.error().message());
    const Verification &verification = result.value();
    switch (verification.outcome) {
    case Verification::Outcome::Unauthenticated:
        return unauthorized(true);
    case Verification::Outcome::Forbidden:
        return forbidden(scope);
    case Verification::Outcome::Valid:
        break;
    }
    QHttpServerResponse response(Status::Ok);
    response.addHeader(QByteArrayLiteral("X-Keyward-Key-Id"), verification.keyId.toLatin1());
    response.addHeader(QByteArrayLiteral("X-Keyward-Workspace"), verification.workspace.toUtf8());
    response.addHeader(QByteArrayLiteral("X-Keyward-Environment"),
                       environmentName(*verification.environment).toLatin1());
    return response;
}

QJsonObject verifyBody(const StoreResult<Verification> &result)
{
    const Verification &verification = result.value();
    const bool valid = verification.outcome == Verification::Outcome::Valid;
    QJsonObject body{{QStringLiteral("valid"), valid}};
    switch (verification.outcome) {
    case Verification::Outcome::Valid:
        body.insert(QStringLiteral("outcome"), QStringLiteral("valid"));
        break;
    case Verification::Outcome::Forbidden:
        body.insert(QStringLiteral("outcome"), QStringLiteral("forbidden"));
        break;
    case Verification::Outcome::Unauthenticated:
        body.insert(QStringLiteral("outcome"), QStringLiteral("unauthenticated"));
        return body; // nothing about a key that did not authenticate
    }
    body.insert(QStringLiteral("id"), verification.keyId);
    body.insert(QStringLiteral("workspace"), verification.workspace);
    body.insert(QStringLiteral("type"), environmentName(*verification.environment));
    return body;
}

} // namespace

void VerifyRoutes::install(QHttpServer &server, KeyStore &store)
{
    KeyStore *keys = &store;
    server.route(QStringLiteral("/v1/authorize"), QHttpServerRequest::Method::Get,
                 [keys](const QHttpServerRequest &request) {
                     const BearerToken::Result bearer = BearerToken::fromHeaders(request.headers());
                     if (bearer.problem)
                         return unauthorized(*bearer.problem != BearerToken::Problem::Missing);
                     const QString scope =
                         QString::fromUtf8(request.value(QByteArrayLiteral("X-Keyward-Scope")));
                     return authorizeAnswer(verified(keys, bearer.token, scope), scope);
                 });
    server.route(QStringLiteral("/v1/keys/verify"), QHttpServerRequest::Method::Post,
                 [keys](const QHttpServerRequest &request) {
                     if (request.body().size() > MaxBodyBytes)
                         return badRequest(tr("The body is too large."));
                     QJsonParseError error{};
                     const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
                     const QJsonObject body = document.object();
                     const QJsonValue key = body.value(QStringLiteral("key"));
                     const QJsonValue scope = body.value(QStringLiteral("scope"));
                     QStringList unknown = body.keys();
                     unknown.removeAll(QStringLiteral("key"));
                     unknown.removeAll(QStringLiteral("scope"));
                     if (error.error != QJsonParseError::NoError || !document.isObject() ||
                         !key.isString() || !(scope.isUndefined() || scope.isString()) ||
                         !unknown.isEmpty()) {
                         return badRequest(
                             tr("Send a JSON object with \"key\" (a string) and, optionally, "
                                "\"scope\" (a string), and nothing else."));
                     }
                     const auto result = verified(keys, key.toString(), scope.toString());
                     if (!result.ok())
                         return unavailable(result.error().message());
                     return json(verifyBody(result), Status::Ok);
                 });
}
