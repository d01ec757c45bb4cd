#include "KeywardServer.h"

#include "HealthRoutes.h"
#include "ServerOptions.h"
#include "VerifyRoutes.h"
#include "sql/SqlKeyStore.h"

#include <QThread>

namespace {

constexpr int WorkerThreads = 2; // management calls mostly wait for the store's one writer

int ioThreads(const ServerOptions &options)
{
    return options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
}

} // namespace

KeywardServer::KeywardServer(SqlKeyStore &store, const ServerOptions &options)
    : m_options(options)
    , m_throttle(options.failuresPerMinute)
    , m_verifiers(store)
    , m_readiness(StoreReadiness::readsOf(store))
    , m_router(m_log, options.trustedProxies)
    , m_authenticator(m_verifiers, m_throttle)
    , m_keys(store)
    , m_team(store)
    , m_workspace(store)
    , m_engine(m_router, options.limits, ioThreads(options), WorkerThreads)
{
    m_log.setEnabled(options.requestLog);
    // The verify and count routes come before /v1/keys/<arg>, which would match them.
    VerifyRoutes::install(m_router, m_authenticator);
    m_workspace.install(m_router, m_authenticator);
    m_keys.install(m_router, m_authenticator);
    m_team.install(m_router, m_authenticator);
    HealthRoutes::install(m_router, m_readiness);
}

KeywardServer::~KeywardServer()
{
    m_engine.stop();
}

quint16 KeywardServer::listen(QString *error)
{
    if (!m_options.tlsCertificate.isEmpty() && !reloadTls(error))
        return 0;
    return m_engine.listen(m_options.address, m_options.port, error);
}

bool KeywardServer::reloadTls(QString *error)
{
    return m_engine.setTls(m_options.tlsCertificate, m_options.tlsKey, error);
}
