#pragma once

#include "ApiCall.h"
#include "domain/Directory.h"
#include "http/HttpMessage.h"

#include <QCoreApplication>

class ApiRouter;
class Authenticator;
class KeyStore;

//! The management API's keys, each call authenticated by a Keyward key acting for
//! its member, never beyond the key's own scopes:
//! `GET /v1/keys` (filter, sort, cursor paging), `POST /v1/keys` (the key once;
//! `Idempotency-Key`), `GET|PATCH|DELETE /v1/keys/{id}` (`If-Match` on PATCH),
//! `POST /v1/keys/{id}/reset` (grace; `Idempotency-Key`), `POST /v1/keys/{id}/revoke`
//! and `GET /v1/keys/{id}/audit`.
class KeyRoutes final {
    Q_DECLARE_TR_FUNCTIONS(KeyRoutes)
    Q_DISABLE_COPY_MOVE(KeyRoutes)

public:
    explicit KeyRoutes(KeyStore &store);
    void install(ApiRouter &router, Authenticator &authenticator);

private:
    HttpResponse list(ApiCall &call, const Actor &actor);
    HttpResponse create(ApiCall &call, const Actor &actor);
    HttpResponse show(ApiCall &call, const Actor &actor);
    HttpResponse edit(ApiCall &call, const Actor &actor);
    HttpResponse reset(ApiCall &call, const Actor &actor);
    HttpResponse revoke(ApiCall &call, const Actor &actor);
    HttpResponse remove(ApiCall &call, const Actor &actor);
    HttpResponse history(ApiCall &call, const Actor &actor);

    KeyStore &m_store;
};
