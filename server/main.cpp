// keyward-server: verifies Keyward API keys for the company's API and serves the
// management REST API.
#include "KeywardServer.h"
#include "ProcessSignals.h"
#include "ServerInit.h"
#include "ServerOptions.h"
#include "keys/SealSecret.h"
#include "sql/SqlKeyStore.h"
#include "store/Awaited.h"
#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <cstdio>
#include <sys/resource.h>

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "keyward-server: %s\n", qPrintable(message));
    return code;
}

//! Leaves room under the open-files limit for the store and the listening socket, so
//! that the connection cap is what stops new connections, not the kernel.
//! An explicit --max-connections is kept (past the limit, accepting pauses instead).
void fitConnectionsToFileLimit(ServerOptions &options)
{
    constexpr int Reserve = 64;
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY)
        return;
    const int room = std::max(1, int(files.rlim_cur) - Reserve);
    if (options.limits.maxConnections <= room)
        return;
    std::fprintf(stderr,
                 "keyward-server: the open-files limit is %d: about %d connections fit at once "
                 "(raise it with ulimit -n or LimitNOFILE= for more)\n",
                 int(files.rlim_cur), room);
    if (!options.explicitMaxConnections)
        options.limits.maxConnections = room;
}

//! Behind a proxy on this machine, every client looks like the proxy unless it is
//! trusted to name them: one client's failures would then lock out everyone.
void warnWithoutProxy(const ServerOptions &options)
{
    if (options.address.isLoopback() && options.trustedProxies.isEmpty() &&
        options.failuresPerMinute > 0) {
        std::fprintf(stderr,
                     "keyward-server: listening on a loopback address without --trust-proxy: "
                     "behind a proxy (nginx) every client counts as the proxy, and one client's "
                     "failed checks lock out all of them. Pass --trust-proxy with the proxy's "
                     "address.\n");
    }
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
    ServerOptions options = ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!error.isEmpty())
        return fail(error, 2);
    if (!options.exitText.isEmpty()) {
        fputs(qPrintable(options.exitText), stdout);
        return 0;
    }
    fitConnectionsToFileLimit(options);

    SqlStoreOptions storeOptions = options.store;
    storeOptions.prefix = options.prefix;
    // Checks read keys at random across the file, exports read all of it: through a
    // memory map, not a read() and a page-cache copy per page.
    storeOptions.mmapBytes = qint64(256) * 1024 * 1024;
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
        warnWithoutProxy(options);
        ProcessSignals processSignals;
        QObject::connect(
            &processSignals, &ProcessSignals::reloadRequested, &processSignals,
            [&server, &options] {
                if (options.tlsCertificate.isEmpty())
                    return;
                QString problem;
                if (server.reloadTls(&problem))
                    std::fprintf(stderr, "keyward-server: TLS certificate loaded again\n");
                else
                    std::fprintf(stderr, "keyward-server: kept the old TLS certificate: %s\n",
                                 qPrintable(problem));
            });
        code = QCoreApplication::exec();
    }                   // the threads' last-used times are handed to the store here...
    store.flushUsage(); // ...and written here
    return code;
}
