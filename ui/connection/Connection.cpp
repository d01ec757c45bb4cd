#include "connection/Connection.h"

#include "http/HttpRequester.h"

#include <QUuid>

const QString Connection::DefaultLocalId = QStringLiteral("local");

Connection Connection::defaultLocal()
{
    Connection connection;
    connection.id = DefaultLocalId;
    connection.name = tr("This computer");
    connection.kind = Kind::LocalFile;
    connection.path = defaultLocalStorePath();
    return connection;
}

Connection Connection::create(Kind kind)
{
    Connection connection;
    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.kind = kind;
    // PostgreSQL's TLS mode stays empty: Keyward's default, verify-full for a database
    // on another computer (PostgresTarget::effectiveSslMode()).
    return connection;
}

QString Connection::secretName() const
{
    switch (kind) {
    case Kind::Server:
        return tr("admin key");
    case Kind::Postgres:
        return tr("database password");
    case Kind::LocalFile:
        break;
    }
    return {};
}

QString Connection::location() const
{
    switch (kind) {
    case Kind::LocalFile:
        return path;
    case Kind::Server:
        return server.toDisplayString(QUrl::RemoveUserInfo);
    case Kind::Postgres:
        return postgres.displayName();
    }
    return {};
}

QString Connection::kindName() const
{
    return kindName(kind);
}

QString Connection::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LocalFile:
        return tr("Local file");
    case Kind::Server:
        return tr("Keyward server");
    case Kind::Postgres:
        return tr("PostgreSQL");
    }
    return {};
}

QString Connection::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    switch (kind) {
    case Kind::LocalFile:
        if (path.trimmed().isEmpty())
            return tr("Choose the store file.");
        break;
    case Kind::Server: {
        const QString scheme = server.scheme();
        if (!server.isValid() || server.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return tr("Enter the server's address, e.g. https://keys.example.com:8420.");
        if (!server.userInfo().isEmpty() || server.hasQuery())
            return tr("Enter only the server's address: no user, password or query.");
        if (QString cleartext = HttpRequester::addressProblem(server); !cleartext.isEmpty())
            return cleartext;
        break;
    }
    case Kind::Postgres:
        if (postgres.host.trimmed().isEmpty())
            return tr("Enter the database server's host name.");
        if (postgres.port < 1 || postgres.port > 65535)
            return tr("The port must be between 1 and 65535.");
        if (postgres.database.trimmed().isEmpty())
            return tr("Enter the database's name.");
        if (postgres.user.trimmed().isEmpty())
            return tr("Enter the database user.");
        break;
    }
    return {};
}
