// keyward-server: verifies Keyward API keys for the company's API and serves the
// management REST API.
#include "Awaited.h"
#include "KeywardServer.h"
#include "ServerInit.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"
#include "keys/SealSecret.h"
#include "sql/SqlKeyStore.h"
#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "keyward-server: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    PrivateFiles::restrictUmask(); // the store and the sealing secret: the service's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));

    QString error;
    const ServerOptions options = ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!error.isEmpty())
        return fail(error, 2);

    SqlStoreOptions storeOptions = options.store;
    storeOptions.prefix = options.prefix;
    SqlKeyStore store(storeOptions);
    if (options.init)
        return ServerInit::run(store, options);

    const auto info = awaited(store.open());
    if (!info.ok())
        return fail(info.error().message(), 1);
    // Read (or made) now: a missing or unreadable secret stops the start, not a create.
    if (SealSecret::loadOrCreate(storeOptions.sealSecretPath, &error).isEmpty())
        return fail(error, 1);
    int code = 0;
    {
        KeywardServer server(store, options);
        const quint16 port = server.listen(&error);
        if (port == 0)
            return fail(error, 1);
        std::printf("Listening on %s:%u (store %s)\n", qPrintable(options.address.toString()), port,
                    qPrintable(info.value().location));
        std::fflush(stdout);
        ShutdownSignals shutdown;
        code = QCoreApplication::exec();
    }                   // the request thread's last-used times are handed to the store here...
    store.flushUsage(); // ...and written here
    return code;
}
