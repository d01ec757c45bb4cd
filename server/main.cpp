// keyward-server: verifies Keyward API keys for the company's API.
#include "HealthRoutes.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"
#include "VerifyRoutes.h"
#include "sql/SqlKeyStore.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <cstdio>

namespace {

template <typename T> StoreResult<T> wait(QFuture<StoreResult<T>> future)
{
    future.waitForFinished();
    return future.result();
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "keyward-server: %s\n", qPrintable(message));
    return code;
}

//! Creates the store and prints its first admin key, once, alone on stdout.
int initStore(SqlKeyStore &store)
{
    const auto info = wait(store.open());
    if (!info.ok())
        return fail(info.error().message(), 1);
    const auto counts = wait(store.countKeys({}, {}));
    if (!counts.ok())
        return fail(counts.error().message(), 1);
    if (counts.value().total > 0) {
        return fail(QCoreApplication::translate("main", "%1 already has keys: manage them with "
                                                        "keyward-cli or the desktop app.")
                        .arg(info.value().location),
                    1);
    }
    KeyDraft draft;
    draft.name = QCoreApplication::translate("main", "keyward-server admin");
    draft.description =
        QCoreApplication::translate("main", "Manages API keys through the REST API.");
    draft.environment = Environment::Live;
    draft.scopes = {QStringLiteral("api_keys:read"), QStringLiteral("api_keys:write"),
                    QStringLiteral("api_keys:delete")};
    const auto issued = wait(store.createKey({}, draft));
    if (!issued.ok())
        return fail(issued.error().message(), 1);
    std::printf("%s\n", qPrintable(issued.value().token));
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate(
                                "main", "Created %1. The admin key above is shown only once: "
                                        "store it now.")
                                .arg(info.value().location)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));

    QString error;
    const ServerOptions options = ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!error.isEmpty())
        return fail(error, 2);

    SqlStoreOptions storeOptions;
    storeOptions.path = options.databasePath;
    SqlKeyStore store(storeOptions);
    if (options.init)
        return initStore(store);

    const auto info = wait(store.open());
    if (!info.ok())
        return fail(info.error().message(), 1);
    QHttpServer server;
    VerifyRoutes::install(server, store);
    HealthRoutes::install(server, store);
    const quint16 port = server.listen(options.address, options.port);
    if (port == 0) {
        return fail(QCoreApplication::translate("main", "Cannot listen on %1:%2.")
                        .arg(options.address.toString())
                        .arg(options.port),
                    1);
    }
    std::printf("Listening on %s:%u (store %s)\n", qPrintable(options.address.toString()), port,
                qPrintable(info.value().location));
    std::fflush(stdout);
    ShutdownSignals shutdown;
    const int code = QCoreApplication::exec();
    store.flushUsage();
    return code;
}
