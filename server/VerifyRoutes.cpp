#include "VerifyRoutes.h"

#include "ApiRouter.h"
#include "Authenticator.h"
#include "HttpReplies.h"
#include "JsonBody.h"

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse identified(const Verification &verification)
{
    QHttpServerResponse response(Status::Ok);
    response.addHeader(QByteArrayLiteral("X-Keyward-Key-Id"), verification.keyId.toLatin1());
    response.addHeader(QByteArrayLiteral("X-Keyward-Workspace"), verification.workspace.toUtf8());
    response.addHeader(QByteArrayLiteral("X-Keyward-Environment"),
                       environmentName(*verification.environment).toLatin1());
    return response;
}

QJsonObject verifyBody(const Verification &verification)
{
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

void VerifyRoutes::install(ApiRouter &router, Authenticator &authenticator)
{
    Authenticator *auth = &authenticator;
    router.add(ApiRouter::Method::Get, QStringLiteral("/v1/authorize"), [auth](ApiCall &call) {
        const QString scope =
            QString::fromUtf8(call.request.value(QByteArrayLiteral("X-Keyward-Scope")));
        Authenticator::Outcome outcome = auth->checkBearer(call, scope);
        if (outcome.refusal)
            return std::move(*outcome.refusal);
        return identified(outcome.verification);
    });
    router.add(ApiRouter::Method::Post, QStringLiteral("/v1/keys/verify"), [auth](ApiCall &call) {
        JsonBody body(call.request.body(), 4096);
        const QString key = body.requiredString(QStringLiteral("key"));
        const QString scope = body.optionalString(QStringLiteral("scope"));
        if (!body.finish())
            return HttpReplies::badRequest(
                tr("Send a JSON object with \"key\" (a string) and, optionally, \"scope\" (a "
                   "string), and nothing else. %1")
                    .arg(body.problem()));
        Authenticator::Outcome outcome = auth->verifyToken(call, key, scope);
        if (outcome.refusal)
            return std::move(*outcome.refusal);
        return HttpReplies::json(verifyBody(outcome.verification));
    });
}
