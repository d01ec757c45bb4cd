#pragma once

#include "ApiRouter.h"
#include "Authenticator.h"
#include "FailureThrottle.h"
#include "KeyRoutes.h"
#include "RequestLog.h"
#include "StoreReadiness.h"
#include "TeamRoutes.h"
#include "ThreadVerifiers.h"
#include "WorkspaceRoutes.h"
#include "http/HttpEngine.h"

#include <QCoreApplication>

class SqlKeyStore;
struct ServerOptions;

//! keyward-server's HTTP side: the verify path, the management API, health and the
//! OpenAPI document over one store, with the request log and the failure throttle,
//! served by the HTTP engine. Checks run on the engine's I/O threads, each with its
//! own read connection; management calls run on worker threads. Live on the main
//! thread, which must run an event loop (last-used times are handed over from it).
class KeywardServer final {
    Q_DECLARE_TR_FUNCTIONS(KeywardServer)
    Q_DISABLE_COPY_MOVE(KeywardServer)

public:
    //! @p store must be open (created and migrated).
    KeywardServer(SqlKeyStore &store, const ServerOptions &options);
    //! Stops serving: the requests being answered finish first (within a bound).
    ~KeywardServer();

    //! Loads the TLS certificate and key when given, then listens. Returns the port,
    //! or 0 with a message in @p error.
    quint16 listen(QString *error);
    //! Loads the TLS certificate and key again (after they were renewed); connections
    //! made from now on use them. False, keeping the old ones, with a message in @p error.
    bool reloadTls(QString *error);
    const ApiRouter &router() const { return m_router; }

private:
    const ServerOptions &m_options;
    RequestLog m_log;
    FailureThrottle m_throttle;
    ThreadVerifiers m_verifiers;
    StoreReadiness m_readiness;
    ApiRouter m_router;
    Authenticator m_authenticator;
    KeyRoutes m_keys;
    TeamRoutes m_team;
    WorkspaceRoutes m_workspace;
    HttpEngine m_engine; //!< last: its threads end before what they use goes
};
