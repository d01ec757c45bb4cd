#include "HealthRoutes.h"

#include "store/KeyStore.h"

#include <QHttpServer>
#include <QJsonObject>

void HealthRoutes::install(QHttpServer &server, KeyStore &store)
{
    using Status = QHttpServerResponse::StatusCode;
    server.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    KeyStore *keys = &store;
    server.route(QStringLiteral("/readyz"), QHttpServerRequest::Method::Get, [keys] {
        // Waits for the store's worker (see VerifyRoutes on Qt 6.4's future responses).
        QFuture<StoreResult<StoreInfo>> future = keys->open();
        future.waitForFinished();
        const StoreResult<StoreInfo> result = future.result();
        if (!result.ok()) {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")},
                            {QStringLiteral("message"), result.error().message()}},
                Status::ServiceUnavailable);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
    });
}
