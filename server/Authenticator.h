#pragma once

#include "ApiRouter.h"
#include "domain/Directory.h"
#include "http/HttpMessage.h"
#include "store/KeyQuery.h"

#include <optional>

class FailureThrottle;
class ThreadVerifiers;

//! Checks the `Authorization: Bearer` key of a request, for the verify path and the
//! management API alike: throttled clients get 429 before the key is looked at,
//! then authentication (401, identical for every reason) comes before authorization
//! (403 for a missing scope). Each failure counts against the client's address.
class Authenticator final {
public:
    Authenticator(ThreadVerifiers &verifiers, FailureThrottle &throttle);

    struct Outcome {
        std::optional<HttpResponse> refusal; //!< set when the request may not go on
        Verification verification;
    };

    //! Verifies @p token for @p scope (may be empty). Refuses only a throttled client
    //! (429) or an unreachable store (503); the decision is in Outcome::verification.
    Outcome verifyToken(ApiCall &call, const QString &token, const QString &scope);
    //! As verifyToken, and refuses a key that is not valid for @p scope (401 / 403).
    Outcome check(ApiCall &call, const QString &token, const QString &scope);
    //! Reads the bearer key of @p call and checks it for @p scope.
    Outcome checkBearer(ApiCall &call, const QString &scope);

    using ActorHandler = std::function<HttpResponse(ApiCall &call, const Actor &actor)>;
    //! A route handler that runs @p handler only for a key holding @p scope, acting as
    //! the key's member capped to the key's scopes.
    ApiRouter::Handler guarded(const QString &scope, ActorHandler handler);
    //! The same for a member function of a routes object.
    template <typename Routes>
    ApiRouter::Handler guarded(const QString &scope, Routes *routes,
                               HttpResponse (Routes::*handler)(ApiCall &, const Actor &))
    {
        return guarded(scope, [routes, handler](ApiCall &call, const Actor &actor) {
            return (routes->*handler)(call, actor);
        });
    }

    //! The member a verified key acts for, capped to the key's own effective scopes; the
    //! key's kid goes into the audit log beside the member.
    static Actor actorOf(const Verification &verification);

private:
    std::optional<HttpResponse> throttled(const ApiCall &call);

    ThreadVerifiers &m_verifiers;
    FailureThrottle &m_throttle;
};
