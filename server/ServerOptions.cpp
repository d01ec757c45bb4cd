#include "ServerOptions.h"

#include <QCommandLineParser>

ServerOptions ServerOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verifies Keyward API keys for the company's API (also as nginx auth_request "
           "target).\n\nCommands:\n  init   create the store and print its first admin key "
           "once\n  (none) serve"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:8420)."),
                                    tr("host:port"), QStringLiteral("127.0.0.1:8420"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("The store: sqlite:PATH (default: the desktop app's local store)."), tr("url"));
    parser.addOptions({listen, database});
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, or nothing to serve."),
                                 QStringLiteral("[init]"));
    parser.process(arguments);

    ServerOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != QLatin1String("init"))) {
        *error = tr("Unknown command “%1”. Run “keyward-server --help”.")
                     .arg(positional.join(QLatin1Char(' ')));
        return options;
    }
    options.init = positional.size() == 1;

    const QString where = parser.value(listen);
    const int colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(where.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        *error = tr("--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8420, not “%1”.")
                     .arg(where);
        return options;
    }
    options.address = address;
    options.port = static_cast<quint16>(port);

    if (parser.isSet(database)) {
        const QString url = parser.value(database);
        if (!url.startsWith(QLatin1String("sqlite:")) || url.size() == 7) {
            *error = tr("--database takes sqlite:PATH, not “%1”. PostgreSQL comes in a later "
                        "version.")
                         .arg(url);
            return options;
        }
        options.databasePath = url.mid(7);
    }
    return options;
}
