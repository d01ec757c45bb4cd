#include "HealthRoutes.h"

#include "ApiRouter.h"
#include "Awaited.h"
#include "HttpReplies.h"
#include "store/KeyStore.h"

#include <QFile>

void HealthRoutes::install(ApiRouter &router, KeyStore &store)
{
    using Method = ApiRouter::Method;
    router.add(Method::Get, QStringLiteral("/healthz"), [](ApiCall &) {
        return HttpReplies::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    KeyStore *keys = &store;
    router.add(Method::Get, QStringLiteral("/readyz"), [keys](ApiCall &) {
        const StoreResult<StoreInfo> result = awaited(keys->open());
        if (!result.ok()) {
            qWarning("keyward-server: not ready: %s", qPrintable(result.error().message()));
            return HttpReplies::storeUnavailable();
        }
        return HttpReplies::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
    });
    router.add(Method::Get, QStringLiteral("/openapi.yaml"), [](ApiCall &) {
        QFile document(QStringLiteral(":/keyward-server/openapi.yaml"));
        if (!document.open(QIODevice::ReadOnly))
            return HttpReplies::notFound();
        return QHttpServerResponse(QByteArrayLiteral("application/yaml"), document.readAll());
    });
}
