#include "ServerInit.h"

#include "ServerOptions.h"
#include "sql/SqlKeyStore.h"
#include "store/Awaited.h"

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "keyward-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int ServerInit::run(SqlKeyStore &store, const ServerOptions &options)
{
    StoreResult<StoreInfo> info = awaited(store.open());
    if (!info.ok())
        return fail(info.error().message());
    if (options.workspace.isEmpty()) {
        const auto counts = awaited(store.countKeys({}, {}));
        if (!counts.ok())
            return fail(counts.error().message());
        if (counts.value().total > 0) {
            return fail(tr("%1 already has keys: manage them with keyward-cli or the desktop "
                           "app, or add a workspace with --workspace NAME.")
                            .arg(info.value().location));
        }
    } else {
        info = awaited(store.addWorkspace(options.workspace, options.prefix, QString()));
        if (!info.ok())
            return fail(info.error().message());
    }

    KeyDraft draft;
    draft.name = tr("keyward-server admin");
    draft.description = tr("Manages API keys through the REST API.");
    draft.environment = Environment::Live;
    draft.scopes = options.scopes;
    const auto issued = awaited(store.createKey(Actor{info.value().defaultActor.id, {}}, draft));
    if (!issued.ok())
        return fail(issued.error().message());
    std::printf("%s\n", qPrintable(issued.value().token));
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n",
                 qPrintable(tr("Created the admin key %1 of the workspace “%2” in %3. The key "
                               "above is shown only once: store it now.")
                                .arg(issued.value().key.id, info.value().workspace.name,
                                     info.value().location)));
    return 0;
}
