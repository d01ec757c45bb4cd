#include "VerifyRoutes.h"

#include "ApiRouter.h"
#include "Authenticator.h"
#include "HttpReplies.h"
#include "JsonBody.h"
#include "domain/Scope.h"

namespace {

using Status = HttpStatus;

constexpr qsizetype MaxVerifyBody = 4096;

//! The scope is never echoed (into WWW-Authenticate or a body) unless it is one.
HttpResponse badScope()
{
    return HttpReplies::badRequest(VerifyRoutes::tr(
        "The scope must be written resource:action, e.g. documents:read (lowercase letters, "
        "digits and underscores, then read, write or delete)."));
}

HttpResponse identified(const Verification &verification)
{
    HttpResponse response(Status::Ok);
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
    // Checks answer on the I/O threads: they never wait behind management work.
    const ApiRouter::Options inlined{HttpHandler::Lane::Inline, 0};
    router.add(
        ApiRouter::Method::Get, QStringLiteral("/v1/authorize"),
        [auth](ApiCall &call) {
            const QString scope =
                QString::fromUtf8(call.request.value(QByteArrayLiteral("X-Keyward-Scope")));
            if (!scope.isEmpty() && !isScopeSyntax(scope))
                return badScope();
            Authenticator::Outcome outcome = auth->checkBearer(call, scope);
            if (outcome.refusal)
                return std::move(*outcome.refusal);
            return identified(outcome.verification);
        },
        inlined);
    router.add(
        ApiRouter::Method::Post, QStringLiteral("/v1/keys/verify"),
        [auth](ApiCall &call) {
            JsonBody body(call.request.body(), MaxVerifyBody);
            const QString key = body.requiredString(QStringLiteral("key"));
            const QString scope = body.optionalString(QStringLiteral("scope"));
            if (!body.finish())
                return HttpReplies::badRequest(
                    tr("Send a JSON object with \"key\" (a string) and, optionally, \"scope\" "
                       "(a string), and nothing else. %1")
                        .arg(body.problem()));
            if (!scope.isEmpty() && !isScopeSyntax(scope))
                return badScope();
            Authenticator::Outcome outcome = auth->verifyToken(call, key, scope);
            if (outcome.refusal)
                return std::move(*outcome.refusal);
            return HttpReplies::json(verifyBody(outcome.verification));
        },
        {HttpHandler::Lane::Inline, MaxVerifyBody});
}
