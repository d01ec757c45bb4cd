#include "ServerOptions.h"

#include "keys/SealSecret.h"

#include <QCommandLineParser>
#include <QFile>
#include <optional>

namespace {

bool parseListen(const QString &where, ServerOptions &options)
{
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = where.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return false;
    options.address = address;
    options.port = static_cast<quint16>(port);
    return true;
}

//! The option's value as a whole number from @p min to @p max, or nullopt.
std::optional<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                               int min, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

ServerOptions ServerOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verifies Keyward API keys for the company's API (also as nginx auth_request "
           "target) and serves the management REST API.\n\nCommands:\n  init   create the store "
           "(or, with --workspace, another workspace) and print its first admin key once\n  "
           "(none) serve"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:8420)."),
                                    tr("host:port"), QStringLiteral("127.0.0.1:8420"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("The store: sqlite:PATH (default: the desktop app's local store) or "
           "postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE]."),
        tr("url"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("PostgreSQL: read the password from this file (else PGPASSWORD or ~/.pgpass)."),
        tr("file"));
    const QCommandLineOption sealKeyFile(
        QStringLiteral("seal-key-file"),
        tr("The sealing secret for retried creates and resets (Idempotency-Key): 32 bytes, "
           "created 0600 when missing (default %1). Keep it away from the store's files; every "
           "instance on one PostgreSQL needs the same one.")
            .arg(SealSecret::defaultPath()),
        tr("file"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Serve HTTPS with this PEM certificate (chain)."),
                                     tr("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The certificate's unencrypted PEM private key."),
                                    tr("file"));
    const QCommandLineOption trustProxy(
        QStringLiteral("trust-proxy"),
        tr("A proxy (e.g. nginx) whose X-Real-IP or X-Forwarded-For names the client; "
           "repeatable."),
        tr("address"));
    const QCommandLineOption maxFailures(
        QStringLiteral("max-failures"),
        tr("Failed verifications a client address may make per minute before it gets 429 "
           "(default 100; 0: no limit)."),
        tr("count"), QStringLiteral("100"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Do not write a log line per request."));
    const HttpLimits limits;
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        tr("Threads answering connections and checks (default: one per core)."), tr("count"),
        QStringLiteral("0"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        tr("Client connections open at once; more wait to be accepted (default %1).")
            .arg(limits.maxConnections),
        tr("count"), QString::number(limits.maxConnections));
    const QCommandLineOption maxHeaderBytes(
        QStringLiteral("max-header-bytes"),
        tr("Request line and header fields together; larger requests get 431 (default %1).")
            .arg(limits.maxHeaderBytes),
        tr("bytes"), QString::number(limits.maxHeaderBytes));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        tr("Seconds a client may take to send a request's header fields (default %1).")
            .arg(limits.headerTimeout.count() / 1000),
        tr("seconds"), QString::number(limits.headerTimeout.count() / 1000));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        tr("Seconds a kept-alive connection may wait for its next request (default %1).")
            .arg(limits.idleTimeout.count() / 1000),
        tr("seconds"), QString::number(limits.idleTimeout.count() / 1000));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        tr("init: create a new workspace of this name in an existing store."), tr("name"));
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    tr("init: the vendor prefix of the new keys (default key)."),
                                    tr("vendor"), QStringLiteral("key"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        tr("init: a scope of the admin key, repeatable (default api_keys:read, api_keys:write, "
           "api_keys:delete). A key can only grant scopes it holds."),
        tr("resource:action"));
    parser.addOptions({listen, database, passwordFile, sealKeyFile, tlsCert, tlsKey, trustProxy,
                       maxFailures, quiet, threads, maxConnections, maxHeaderBytes, headerTimeout,
                       idleTimeout, workspace, prefix, scope});
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, or nothing to serve."),
                                 QStringLiteral("[init]"));
    ServerOptions options;
    if (!parser.parse(arguments)) {
        *error = parser.errorText() + QLatin1Char('\n') +
                 tr("Run “keyward-server --help” for the options.");
        return options;
    }
    if (parser.isSet(help)) {
        options.exitText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.exitText = QCoreApplication::applicationName() + QLatin1String("-server ") +
                           QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return options;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != QLatin1String("init"))) {
        *error = tr("Unknown command “%1”. Run “keyward-server --help”.")
                     .arg(positional.join(QLatin1Char(' ')));
        return options;
    }
    options.init = positional.size() == 1;

    if (!parseListen(parser.value(listen), options)) {
        *error = tr("--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8420, not “%1”.")
                     .arg(parser.value(listen));
        return options;
    }
    if (parser.isSet(database) &&
        !readStoreLocation(parser.value(database), options.store, error)) {
        return options;
    }
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!options.store.postgres || !file.open(QIODevice::ReadOnly)) {
            *error = tr("--password-file needs a postgresql:// --database and a readable file.");
            return options;
        }
        options.store.postgres->password = QString::fromUtf8(file.readLine()).trimmed();
    }
    options.store.sealSecretPath =
        parser.isSet(sealKeyFile) ? parser.value(sealKeyFile) : SealSecret::defaultPath();
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together.");
        return options;
    }
    for (const QString &proxy : parser.values(trustProxy)) {
        const QHostAddress address(proxy);
        if (address.isNull()) {
            *error = tr("--trust-proxy takes an IP address, not “%1”.").arg(proxy);
            return options;
        }
        options.trustedProxies << address;
    }
    bool countOk = false;
    options.failuresPerMinute = parser.value(maxFailures).toInt(&countOk);
    if (!countOk || options.failuresPerMinute < 0) {
        *error = tr("--max-failures takes a whole number of 0 or more.");
        return options;
    }
    options.requestLog = !parser.isSet(quiet);
    const std::optional<int> threadCount = wholeNumber(parser, threads, 0, 256);
    const std::optional<int> connections = wholeNumber(parser, maxConnections, 1, 1000000);
    const std::optional<int> headerBytes = wholeNumber(parser, maxHeaderBytes, 1024, 1048576);
    const std::optional<int> headerSeconds = wholeNumber(parser, headerTimeout, 1, 3600);
    const std::optional<int> idleSeconds = wholeNumber(parser, idleTimeout, 1, 3600);
    if (!threadCount || !connections || !headerBytes || !headerSeconds || !idleSeconds) {
        *error = tr("--threads takes 0 (one per core) to 256, --max-connections 1 to 1000000, "
                    "--max-header-bytes 1024 to 1048576, --header-timeout and --idle-timeout "
                    "1 to 3600 seconds.");
        return options;
    }
    options.threads = *threadCount;
    options.limits.maxConnections = *connections;
    options.explicitMaxConnections = parser.isSet(maxConnections);
    options.limits.maxHeaderBytes = *headerBytes;
    options.limits.headerTimeout = std::chrono::seconds(*headerSeconds);
    options.limits.idleTimeout = std::chrono::seconds(*idleSeconds);
    options.workspace = parser.value(workspace);
    options.prefix = parser.value(prefix);
    options.scopes = parser.values(scope);
    if (options.scopes.isEmpty()) {
        options.scopes = {QStringLiteral("api_keys:read"), QStringLiteral("api_keys:write"),
                          QStringLiteral("api_keys:delete")};
    }
    return options;
}
