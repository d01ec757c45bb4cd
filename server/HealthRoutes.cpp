#include "HealthRoutes.h"

#include "ApiRouter.h"
#include "HttpReplies.h"
#include "ThreadVerifiers.h"
#include "sql/SqlThreadVerifier.h"

#include <QFile>

void HealthRoutes::install(ApiRouter &router, ThreadVerifiers &verifiers)
{
    using Method = ApiRouter::Method;
    const ApiRouter::Options inlined{HttpHandler::Lane::Inline, 0};
    router.add(
        Method::Get, QStringLiteral("/healthz"),
        [](ApiCall &) {
            return HttpReplies::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        },
        inlined);
    ThreadVerifiers *readers = &verifiers;
    router.add(
        Method::Get, QStringLiteral("/readyz"),
        [readers](ApiCall &) {
            const StoreResult<Done> result = readers->current().probe();
            if (!result.ok()) {
                qWarning("keyward-server: not ready: %s", qPrintable(result.error().message()));
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
