#include "connection/ConnectionList.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString ListKey = QStringLiteral("connections");
const QString CurrentKey = QStringLiteral("connection/current");

QString kindKey(Connection::Kind kind)
{
    switch (kind) {
    case Connection::Kind::Server:
        return QStringLiteral("server");
    case Connection::Kind::Postgres:
        return QStringLiteral("postgresql");
    case Connection::Kind::LocalFile:
        break;
    }
    return QStringLiteral("local");
}

Connection::Kind kindFrom(const QString &key)
{
    if (key == QLatin1String("server"))
        return Connection::Kind::Server;
    if (key == QLatin1String("postgresql"))
        return Connection::Kind::Postgres;
    return Connection::Kind::LocalFile;
}

Connection readConnection(const QSettings &settings)
{
    Connection connection;
    connection.id = settings.value(QStringLiteral("id")).toString();
    connection.name = settings.value(QStringLiteral("name")).toString();
    connection.kind = kindFrom(settings.value(QStringLiteral("kind")).toString());
    connection.path = settings.value(QStringLiteral("path")).toString();
    connection.server = QUrl(settings.value(QStringLiteral("server")).toString());
    connection.pinnedCertificateSha256 = QByteArray::fromHex(
        settings.value(QStringLiteral("pinnedCertificateSha256")).toByteArray());
    connection.postgres.host =
        settings.value(QStringLiteral("host"), connection.postgres.host).toString();
    connection.postgres.port =
        settings.value(QStringLiteral("port"), connection.postgres.port).toInt();
    connection.postgres.database =
        settings.value(QStringLiteral("database"), connection.postgres.database).toString();
    connection.postgres.user = settings.value(QStringLiteral("user")).toString();
    if (settings.contains(QStringLiteral("tlsMode"))) {
        connection.postgres.sslMode = settings.value(QStringLiteral("tlsMode")).toString();
    } else {
        // Saved by an older Keyward, whose default was libpq's "prefer": that was no
        // choice, so Keyward's default applies now (verify-full on another computer).
        const QString legacy = settings.value(QStringLiteral("sslMode")).toString();
        connection.postgres.sslMode = legacy == QLatin1String("prefer") ? QString() : legacy;
    }
    return connection;
}

//! Only what locates the store: the secret is in the keychain, never here.
void writeConnection(QSettings &settings, const Connection &connection)
{
    settings.setValue(QStringLiteral("id"), connection.id);
    settings.setValue(QStringLiteral("name"), connection.name);
    settings.setValue(QStringLiteral("kind"), kindKey(connection.kind));
    switch (connection.kind) {
    case Connection::Kind::LocalFile:
        settings.setValue(QStringLiteral("path"), connection.path);
        break;
    case Connection::Kind::Server:
        settings.setValue(QStringLiteral("server"), connection.server.toString());
        if (!connection.pinnedCertificateSha256.isEmpty())
            settings.setValue(QStringLiteral("pinnedCertificateSha256"),
                              connection.pinnedCertificateSha256.toHex());
        break;
    case Connection::Kind::Postgres:
        settings.setValue(QStringLiteral("host"), connection.postgres.host);
        settings.setValue(QStringLiteral("port"), connection.postgres.port);
        settings.setValue(QStringLiteral("database"), connection.postgres.database);
        settings.setValue(QStringLiteral("user"), connection.postgres.user);
        settings.setValue(QStringLiteral("tlsMode"), connection.postgres.sslMode);
        break;
    }
}

} // namespace

ConnectionList::ConnectionList(QObject *parent)
    : QObject(parent)
{
    load();
}

ConnectionList::~ConnectionList() = default;

const Connection *ConnectionList::find(const QString &id) const
{
    for (const Connection &connection : m_connections) {
        if (connection.id == id)
            return &connection;
    }
    return nullptr;
}

Connection ConnectionList::current() const
{
    const Connection *found = find(m_currentId);
    return found ? *found : m_connections.first();
}

void ConnectionList::setCurrent(const QString &id)
{
    if (id == m_currentId || !find(id))
        return;
    m_currentId = id;
    QSettings().setValue(CurrentKey, id);
    Q_EMIT changed();
}

void ConnectionList::save(const Connection &connection)
{
    bool replaced = false;
    for (Connection &saved : m_connections) {
        if (saved.id == connection.id) {
            saved = connection;
            replaced = true;
        }
    }
    if (!replaced)
        m_connections.append(connection);
    store();
    Q_EMIT changed();
}

Connection ConnectionList::localFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const Connection &connection : std::as_const(m_connections)) {
        if (connection.kind == Connection::Kind::LocalFile &&
            QFileInfo(connection.path).absoluteFilePath() == absolute)
            return connection;
    }
    Connection connection = Connection::create(Connection::Kind::LocalFile);
    connection.name = QFileInfo(absolute).fileName();
    connection.path = absolute;
    save(connection);
    return connection;
}

void ConnectionList::remove(const QString &id)
{
    if (id == Connection::DefaultLocalId || !find(id))
        return;
    m_connections.removeIf([&id](const Connection &connection) { return connection.id == id; });
    if (m_currentId == id) {
        m_currentId = Connection::DefaultLocalId;
        QSettings().setValue(CurrentKey, m_currentId);
    }
    store();
    Q_EMIT changed();
}

void ConnectionList::load()
{
    QSettings settings;
    m_connections = {Connection::defaultLocal()};
    const int count = settings.beginReadArray(ListKey);
    for (int index = 0; index < count; ++index) {
        settings.setArrayIndex(index);
        const Connection connection = readConnection(settings);
        if (connection.id == Connection::DefaultLocalId) {
            // Only its name is the user's; where it is stays the default.
            if (!connection.name.trimmed().isEmpty())
                m_connections.first().name = connection.name;
        } else if (!connection.id.isEmpty() && !find(connection.id)) {
            m_connections.append(connection);
        }
    }
    settings.endArray();
    m_currentId = settings.value(CurrentKey, Connection::DefaultLocalId).toString();
    if (!find(m_currentId))
        m_currentId = Connection::DefaultLocalId;
}

void ConnectionList::store() const
{
    QSettings settings;
    settings.remove(ListKey);
    settings.beginWriteArray(ListKey, int(m_connections.size()));
    for (int index = 0; index < m_connections.size(); ++index) {
        settings.setArrayIndex(index);
        writeConnection(settings, m_connections.at(index));
    }
    settings.endArray();
}
