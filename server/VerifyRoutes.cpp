#include "VerifyRoutes.h"

#include "ApiRouter.h"
#include "Authenticator.h"
#include "HttpReplies.h"
#include "domain/Scope.h"
#include "exchange/ApiBodies.h"
#include "exchange/JsonBody.h"

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
            const auto [key, scope] = ApiBodies::checkFrom(body);
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
            return HttpReplies::json(ApiBodies::verification(outcome.verification));
        },
        {HttpHandler::Lane::Inline, MaxVerifyBody});
}
