#include "WorkspaceRoutes.h"

#include "ApiRouter.h"
#include "Authenticator.h"
#include "HttpReplies.h"
#include "InventoryStream.h"
#include "StoreReplies.h"
#include "exchange/ApiBodies.h"
#include "exchange/ApiQueries.h"
#include "exchange/DirectoryJson.h"
#include "sql/SqlKeyStore.h"
#include "store/Awaited.h"

using StoreReplies::listed;

WorkspaceRoutes::WorkspaceRoutes(SqlKeyStore &store)
    : m_store(store)
{
}

void WorkspaceRoutes::install(ApiRouter &router, Authenticator &authenticator)
{
    using Method = ApiRouter::Method;
    const QString read = QStringLiteral("api_keys:read");
    const auto bound = [this, &authenticator, read](auto handler) {
        return authenticator.guarded(read, this, handler);
    };
    router.add(Method::Get, QStringLiteral("/v1/scopes"), bound(&WorkspaceRoutes::scopes));
    router.add(Method::Get, QStringLiteral("/v1/keys/count"), bound(&WorkspaceRoutes::count));
    router.add(Method::Get, QStringLiteral("/v1/workspace"), bound(&WorkspaceRoutes::workspace));
    router.add(Method::Get, QStringLiteral("/v1/changes"), bound(&WorkspaceRoutes::changes));
    router.add(Method::Get, QStringLiteral("/v1/audit"), bound(&WorkspaceRoutes::audit));
    router.add(Method::Get, QStringLiteral("/v1/export"), bound(&WorkspaceRoutes::exported));
}

HttpResponse WorkspaceRoutes::scopes(ApiCall &, const Actor &actor)
{
    const StoreResult<ScopeCatalog> result = awaited(m_store.scopeCatalog(actor));
    if (!result.ok())
        return HttpReplies::fromStoreError(result.error());
    return HttpReplies::json(
        QJsonObject{{QStringLiteral("resources"), DirectoryJson::catalog(result.value())}});
}

HttpResponse WorkspaceRoutes::count(ApiCall &call, const Actor &actor)
{
    QString problem;
    const std::optional<KeyFilter> filter =
        ApiQueries::filterFrom(call.request.query(), {}, &problem);
    if (!filter)
        return HttpReplies::badRequest(problem);
    const StoreResult<KeyCounts> result = awaited(m_store.countKeys(actor, *filter));
    if (!result.ok())
        return HttpReplies::fromStoreError(result.error());
    return HttpReplies::json(ApiBodies::counts(result.value()));
}

HttpResponse WorkspaceRoutes::workspace(ApiCall &call, const Actor &actor)
{
    const StoreResult<StoreInfo> result = awaited(m_store.actingAs(actor));
    if (!result.ok())
        return HttpReplies::fromStoreError(result.error());
    const StoreInfo &info = result.value();
    return HttpReplies::json(ApiBodies::workspace({info.workspace, info.defaultActor, call.kid,
                                                   sortedScopes(actor.cap.value_or(ScopeSet()))}));
}

HttpResponse WorkspaceRoutes::changes(ApiCall &, const Actor &actor)
{
    const StoreResult<qint64> result = awaited(m_store.lastChange(actor));
    if (!result.ok())
        return HttpReplies::fromStoreError(result.error());
    return HttpReplies::json(ApiBodies::lastChange(result.value()));
}

HttpResponse WorkspaceRoutes::audit(ApiCall &call, const Actor &actor)
{
    QString problem;
    const std::optional<AuditQuery> query = ApiQueries::auditFrom(call.request.query(), &problem);
    if (!query)
        return HttpReplies::badRequest(problem);
    return listed(awaited(m_store.auditEvents(actor, *query)), QStringLiteral("events"),
                  DirectoryJson::auditEvent);
}

HttpResponse WorkspaceRoutes::exported(ApiCall &call, const Actor &actor)
{
    QString problem;
    const auto asked = ApiQueries::exportedFrom(call.request.query(), &problem);
    if (!asked)
        return HttpReplies::badRequest(problem);
    const auto &[filter, format] = *asked;

    const StoreResult<ExportStart> start = awaited(m_store.startExport(actor, filter, format));
    if (!start.ok())
        return HttpReplies::fromStoreError(start.error());
    const QByteArray mime = format == ExportFormat::Csv
                                ? QByteArrayLiteral("text/csv; charset=utf-8")
                                : QByteArrayLiteral("application/json");
    HttpResponse response(
        mime, std::make_shared<InventoryStream>(m_store, actor, filter, format, start.value()));
    response.addHeader(QByteArrayLiteral("Content-Disposition"),
                       QByteArrayLiteral("attachment; filename=\"keyward-inventory.") +
                           ApiQueries::formatName(format).toLatin1() + '"');
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(ApiBodies::KeyCountHeader, QByteArray::number(start.value().keyCount));
    return response;
}
