#include "HealthRoutes.h"

#include "ApiRouter.h"
#include "HttpReplies.h"
#include "StoreReadiness.h"

#include <QFile>

void HealthRoutes::install(ApiRouter &router, const StoreReadiness &readiness)
{
    using Method = ApiRouter::Method;
    const ApiRouter::Options inlined{HttpHandler::Lane::Inline, 0};
    router.add(
        Method::Get, QStringLiteral("/healthz"),
        [](ApiCall &) {
            return HttpReplies::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        },
        inlined);
    const StoreReadiness *store = &readiness;
    router.add(
        Method::Get, QStringLiteral("/readyz"),
        [store](ApiCall &) {
            const StoreReadiness::State state = store->state();
            if (!state.ready) {
                qWarning("keyward-server: not ready: %s", qPrintable(state.problem));
                return HttpReplies::storeUnavailable();
            }
            return HttpReplies::json(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
        },
        inlined);
    router.add(
        Method::Get, QStringLiteral("/openapi.yaml"),
        [](ApiCall &) {
            QFile document(QStringLiteral(":/keyward-server/openapi.yaml"));
            if (!document.open(QIODevice::ReadOnly))
                return HttpReplies::notFound();
            return HttpResponse(QByteArrayLiteral("application/yaml"), document.readAll());
        },
        inlined);
}
