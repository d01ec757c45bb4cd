#include "sql/SqlStoreOptions.h"

#include "store/LoopbackHost.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

QString PostgresTarget::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool PostgresTarget::isRemote() const
{
    // A host starting with a slash is the folder of a Unix-domain socket (libpq).
    return !host.startsWith(QLatin1Char('/')) && !isLoopbackHost(host);
}

QString PostgresTarget::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return isRemote() ? QStringLiteral("verify-full") : QString();
}

QString PostgresTarget::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=5;application_name=keyward");
    const QString mode = effectiveSslMode();
    if (!mode.isEmpty())
        options += QStringLiteral(";sslmode=") + mode;
    return options;
}

bool PostgresTarget::isWeakSslMode(const QString &sslMode)
{
    return sslMode.isEmpty() || sslMode == QLatin1String("disable") ||
           sslMode == QLatin1String("allow") || sslMode == QLatin1String("prefer");
}

QString defaultLocalStorePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("keyward.db"));
}

bool readStoreLocation(const QString &location, SqlStoreOptions &options, QString *error)
{
    if (location.startsWith(QLatin1String("sqlite:")) && location.size() > 7) {
        options.path = location.mid(7);
        options.postgres.reset();
        return true;
    }
    const QUrl url(location, QUrl::StrictMode);
    const bool postgres =
        url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
    if (!postgres || !url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("SqlStoreOptions",
                                             "“%1” is not a store: use sqlite:PATH or "
                                             "postgresql://USER@HOST:PORT/DATABASE.")
                     .arg(location);
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = QCoreApplication::translate(
            "SqlStoreOptions",
            "Do not put the password in the URL: it would show in process lists. Use "
            "PGPASSWORD or a password file.");
        return false;
    }
    PostgresTarget target;
    target.host = url.host();
    target.port = url.port(5432);
    target.user = url.userName();
    const QString database = url.path().mid(1);
    if (!database.isEmpty())
        target.database = database;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != QLatin1String("sslmode")) {
            *error = QCoreApplication::translate("SqlStoreOptions",
                                                 "The store URL takes only ?sslmode=…, not “%1”.")
                         .arg(name);
            return false;
        }
        target.sslMode = value;
    }
    options.postgres = target;
    return true;
}
