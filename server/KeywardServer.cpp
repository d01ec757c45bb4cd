#include "KeywardServer.h"

#include "HealthRoutes.h"
#include "ServerOptions.h"
#include "VerifyRoutes.h"
#include "sql/SqlKeyStore.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

KeywardServer::KeywardServer(SqlKeyStore &store, const ServerOptions &options)
    : m_options(options)
    , m_throttle(options.failuresPerMinute)
    , m_verifier(store)
    , m_router(m_http, m_log, options.trustedProxies)
    , m_authenticator(m_verifier, m_throttle)
    , m_keys(store)
    , m_team(store)
    , m_workspace(store)
{
    m_log.setEnabled(options.requestLog);
    // The verify and count routes come before /v1/keys/<arg>, which would match them.
    VerifyRoutes::install(m_router, m_authenticator);
    m_workspace.install(m_router, m_authenticator);
    m_keys.install(m_router, m_authenticator);
    m_team.install(m_router, m_authenticator);
    HealthRoutes::install(m_router, store);
}

quint16 KeywardServer::listen(QString *error)
{
    if (!m_options.tlsCertificate.isEmpty() && !setUpTls(error))
        return 0;
    const quint16 port = m_http.listen(m_options.address, m_options.port);
    if (port == 0) {
        *error = tr("Cannot listen on %1:%2: the address is not local or the port is in use.")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
    }
    return port;
}

bool KeywardServer::setUpTls(QString *error)
{
    QFile certificateFile(m_options.tlsCertificate);
    QFile keyFile(m_options.tlsKey);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the TLS certificate %1 or key %2.")
                     .arg(m_options.tlsCertificate, m_options.tlsKey);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificateFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = tr("%1 must hold a PEM certificate and %2 its unencrypted PEM private key (RSA "
                    "or EC).")
                     .arg(m_options.tlsCertificate, m_options.tlsKey);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_http.sslSetup(configuration);
    return true;
}
