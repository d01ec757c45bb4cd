#include "Authenticator.h"

#include "BearerToken.h"
#include "FailureThrottle.h"
#include "HttpReplies.h"
#include "ThreadVerifiers.h"
#include "sql/SqlThreadVerifier.h"

Authenticator::Authenticator(ThreadVerifiers &verifiers, FailureThrottle &throttle)
    : m_verifiers(verifiers)
    , m_throttle(throttle)
{
}

std::optional<HttpResponse> Authenticator::throttled(const ApiCall &call)
{
    if (const std::optional<int> seconds = m_throttle.retryAfter(call.client))
        return HttpReplies::tooManyRequests(*seconds);
    return std::nullopt;
}

Authenticator::Outcome Authenticator::verifyToken(ApiCall &call, const QString &token,
                                                  const QString &scope)
{
    Outcome outcome;
    if ((outcome.refusal = throttled(call)))
        return outcome;
    const StoreResult<Verification> result = m_verifiers.current().verify(token, scope);
    if (!result.ok()) {
        // The caller is not authenticated: the details (paths, hosts) go to the log only.
        qWarning("keyward-server: verification failed: %s", qPrintable(result.error().message()));
        outcome.refusal = HttpReplies::storeUnavailable();
        return outcome;
    }
    outcome.verification = result.value();
    if (outcome.verification.outcome == Verification::Outcome::Unauthenticated)
        m_throttle.recordFailure(call.client);
    else
        call.kid = outcome.verification.keyId;
    return outcome;
}

Authenticator::Outcome Authenticator::check(ApiCall &call, const QString &token,
                                            const QString &scope)
{
    Outcome outcome = verifyToken(call, token, scope);
    if (outcome.refusal)
        return outcome;
    switch (outcome.verification.outcome) {
    case Verification::Outcome::Unauthenticated:
        outcome.refusal = HttpReplies::unauthorized(true);
        break;
    case Verification::Outcome::Forbidden:
        outcome.refusal = HttpReplies::insufficientScope(scope);
        break;
    case Verification::Outcome::Valid:
        break;
    }
    return outcome;
}

Authenticator::Outcome Authenticator::checkBearer(ApiCall &call, const QString &scope)
{
    const BearerToken::Result bearer = BearerToken::fromHeaders(call.request.headers());
    if (!bearer.problem)
        return check(call, bearer.token, scope);
    Outcome outcome;
    if ((outcome.refusal = throttled(call)))
        return outcome;
    const bool presented = *bearer.problem != BearerToken::Problem::Missing;
    if (presented)
        m_throttle.recordFailure(call.client);
    outcome.refusal = HttpReplies::unauthorized(presented);
    return outcome;
}

ApiRouter::Handler Authenticator::guarded(const QString &scope, ActorHandler handler)
{
    return [this, scope, handler = std::move(handler)](ApiCall &call) {
        Outcome outcome = checkBearer(call, scope);
        if (outcome.refusal)
            return std::move(*outcome.refusal);
        return handler(call, actorOf(outcome.verification));
    };
}

Actor Authenticator::actorOf(const Verification &verification)
{
    const QStringList &scopes = verification.scopes;
    return Actor{verification.memberId, ScopeSet(scopes.cbegin(), scopes.cend()),
                 verification.keyId};
}
