#include "StoreUnderTest.h"

#include "Await.h"
#include "http/HttpKeyStore.h"
#include "sql/SqlKeyStore.h"

#include <QUrl>

namespace {

//! The admin key's scopes on a server: wide enough for every page of the window.
QStringList adminScopes()
{
    QStringList scopes;
    for (const char *scope :
         {"api_keys:read", "api_keys:write", "api_keys:delete", "teammates:read", "teammates:write",
          "audit_log:read", "documents:read", "documents:write", "templates:read",
          "templates:write", "webhooks:read", "webhooks:write"})
        scopes << QString::fromLatin1(scope);
    return scopes;
}

QString messageOf(const StoreResult<StoreInfo> &result)
{
    return result.ok() ? QString() : result.error().message();
}

} // namespace

std::optional<StoreUnderTest::Kind> StoreUnderTest::kindFromEnvironment()
{
    const QString name = qEnvironmentVariable("KEYWARD_TEST_STORE");
    if (name.isEmpty() || name == nameOf(Kind::Local))
        return Kind::Local;
    if (name == nameOf(Kind::Server))
        return Kind::Server;
    if (name == nameOf(Kind::PostgreSql))
        return Kind::PostgreSql;
    return std::nullopt;
}

QString StoreUnderTest::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::PostgreSql:
        return QStringLiteral("postgresql");
    }
    return {};
}

bool StoreUnderTest::available(Kind kind, QString *why)
{
    if (kind == Kind::PostgreSql && !PostgresServer::available()) {
        *why = QStringLiteral("PostgreSQL or Qt's QPSQL driver is not installed");
        return false;
    }
    return true;
}

StoreUnderTest::StoreUnderTest(Kind kind)
    : m_kind(kind)
{
}

StoreUnderTest::~StoreUnderTest()
{
    stop();
}

int StoreUnderTest::pollIntervalMs() const
{
    return m_kind == Kind::Server ? HttpStoreOptions().pollIntervalMs
                                  : SqlStoreOptions().pollIntervalMs;
}

std::unique_ptr<KeyStore> StoreUnderTest::makeSqlStore() const
{
    SqlStoreOptions options;
    options.ownerName = QStringLiteral("Olivia Owner");
    if (m_postgres) {
        PostgresTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_postgres->port();
        target.database = QStringLiteral("keyward");
        target.user = QStringLiteral("keyward");
        target.password = m_postgres->password();
        options.postgres = target;
    } else {
        options.path = m_dir.filePath(QStringLiteral("keys.db"));
    }
    return std::make_unique<SqlKeyStore>(options);
}

std::unique_ptr<KeyStore> StoreUnderTest::makeHttpStore() const
{
    HttpStoreOptions options;
    options.server = QUrl(m_server->base());
    options.token = m_adminToken;
    return std::make_unique<HttpKeyStore>(options);
}

bool StoreUnderTest::startServer(QString *error)
{
    const QString database =
        QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    int code = -1;
    m_adminToken = ServerProcess::init(database, adminScopes(), &code);
    if (code != 0 || m_adminToken.isEmpty()) {
        *error = QStringLiteral("keyward-server init exited with %1").arg(code);
        return false;
    }
    m_server = std::make_unique<ServerProcess>();
    // No throttle: the tests verify revoked and replaced tokens on purpose.
    if (!m_server->start(ServerProcess::arguments(database))) {
        *error = QStringLiteral("keyward-server did not start: ") +
                 QString::fromLocal8Bit(m_server->errorOutput());
        return false;
    }
    return true;
}

bool StoreUnderTest::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!available(m_kind, error))
        return false;
    switch (m_kind) {
    case Kind::Local:
        break;
    case Kind::PostgreSql:
        m_postgres = std::make_unique<PostgresServer>();
        if (!m_postgres->start(error))
            return false;
        break;
    case Kind::Server:
        if (!startServer(error))
            return false;
        break;
    }
    const auto make = [this] { return m_kind == Kind::Server ? makeHttpStore() : makeSqlStore(); };
    // One after the other: the first creates the schema and the owner, the second finds them.
    m_store = make();
    const StoreResult<StoreInfo> opened = settle(m_store->open());
    if (!opened.ok()) {
        *error = QStringLiteral("the store did not open: ") + messageOf(opened);
        return false;
    }
    m_other = make();
    const StoreResult<StoreInfo> otherOpened = settle(m_other->open());
    if (!otherOpened.ok()) {
        *error = QStringLiteral("the second store did not open: ") + messageOf(otherOpened);
        return false;
    }
    if (otherOpened.value().defaultActor.id != opened.value().defaultActor.id) {
        *error = QStringLiteral("the two stores act as different members");
        return false;
    }
    return true;
}

bool StoreUnderTest::stop()
{
    m_other.reset();
    m_store.reset();
    bool clean = true;
    if (m_server && !m_server->base().isEmpty()) {
        clean = m_server->stop(); // SIGTERM, by pid
        if (!clean)
            qWarning("keyward-server did not stop cleanly: %s",
                     m_server->errorOutput().constData());
    }
    m_server.reset(); // one that never listened is killed, by pid
    if (m_postgres) {
        m_postgres->stop(); // SIGINT, by pid
        m_postgres.reset();
    }
    return clean;
}
