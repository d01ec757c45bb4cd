#pragma once

#include <QCoreApplication>

class ApiRouter;
class Authenticator;

//! The verify path for the company's API:
//! - `GET /v1/authorize` for proxies (nginx `auth_request`): the key in
//!   `Authorization: Bearer`, the required scope in `X-Keyward-Scope`; 200 with
//!   identity headers, 401 with `WWW-Authenticate: Bearer`, 403 `insufficient_scope`.
//! - `POST /v1/keys/verify` with `{"key": "...", "scope": "..."}` for programs.
//! Malformed, unknown, expired and revoked keys get byte-identical 401 answers, and
//! clients with too many failures get 429 (see FailureThrottle).
class VerifyRoutes final {
    Q_DECLARE_TR_FUNCTIONS(VerifyRoutes)

public:
    static void install(ApiRouter &router, Authenticator &authenticator);
};
