#pragma once

#include "ApiCall.h"
#include "domain/Directory.h"
#include "http/HttpMessage.h"

#include <QCoreApplication>

class ApiRouter;
class Authenticator;
class SqlKeyStore;

//! The management API around the keys: `GET /v1/workspace` (who the calling key acts
//! as), `/v1/changes` (a number that grows with every change, for polling),
//! `/v1/scopes`, `/v1/keys/count` (filters),
//! `/v1/audit` (filters) and `/v1/export?format=csv|json` (the inventory, never a
//! secret; audited; streamed as it is read, see InventoryStream). Each needs `api_keys:read`; the
//! store adds its own checks (the whole audit log needs `audit_log:read`).
class WorkspaceRoutes final {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRoutes)
    Q_DISABLE_COPY_MOVE(WorkspaceRoutes)

public:
    explicit WorkspaceRoutes(SqlKeyStore &store);
    void install(ApiRouter &router, Authenticator &authenticator);

private:
    HttpResponse scopes(ApiCall &call, const Actor &actor);
    HttpResponse count(ApiCall &call, const Actor &actor);
    HttpResponse workspace(ApiCall &call, const Actor &actor);
    HttpResponse changes(ApiCall &call, const Actor &actor);
    HttpResponse audit(ApiCall &call, const Actor &actor);
    HttpResponse exported(ApiCall &call, const Actor &actor);

    SqlKeyStore &m_store;
};
