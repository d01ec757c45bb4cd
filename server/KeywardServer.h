#pragma once

#include "ApiRouter.h"
#include "Authenticator.h"
#include "FailureThrottle.h"
#include "KeyRoutes.h"
#include "RequestLog.h"
#include "TeamRoutes.h"
#include "WorkspaceRoutes.h"
#include "sql/SqlThreadVerifier.h"

#include <QCoreApplication>
#include <QHttpServer>

class SqlKeyStore;
struct ServerOptions;

//! keyward-server's HTTP side: the verify path, the management API, health and the
//! OpenAPI document over one store, with the request log and the failure throttle.
class KeywardServer final {
    Q_DECLARE_TR_FUNCTIONS(KeywardServer)
    Q_DISABLE_COPY_MOVE(KeywardServer)

public:
    //! @p store must be open (created and migrated).
    KeywardServer(SqlKeyStore &store, const ServerOptions &options);

    //! Loads the TLS certificate and key when given, then listens. Returns the port,
    //! or 0 with a message in @p error.
    quint16 listen(QString *error);
    const ApiRouter &router() const { return m_router; }

private:
    bool setUpTls(QString *error);

    const ServerOptions &m_options;
    QHttpServer m_http;
    RequestLog m_log;
    FailureThrottle m_throttle;
    SqlThreadVerifier m_verifier;
    ApiRouter m_router;
    Authenticator m_authenticator;
    KeyRoutes m_keys;
    TeamRoutes m_team;
    WorkspaceRoutes m_workspace;
};
