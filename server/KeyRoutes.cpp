#include "KeyRoutes.h"

#include "ApiRouter.h"
#include "Authenticator.h"
#include "HttpReplies.h"
#include "StoreReplies.h"
#include "exchange/ApiBodies.h"
#include "exchange/ApiQueries.h"
#include "exchange/DirectoryJson.h"
#include "exchange/JsonBody.h"
#include "exchange/KeyJson.h"
#include "store/Awaited.h"
#include "store/KeyStore.h"

namespace {

using Status = HttpStatus;
using StoreReplies::answer;

QJsonObject keyObject(const ApiKey &key)
{
    return KeyJson::toApiJson(key, QDateTime::currentDateTimeUtc());
}

//! The Idempotency-Key header's value, or an empty string (the store checks it).
QString idempotencyKey(const ApiCall &call)
{
    return QString::fromUtf8(call.request.value(ApiBodies::IdempotencyKeyHeader));
}

//! A key with its version as the entity tag, for If-Match.
HttpResponse keyReply(const ApiKey &key, Status status = Status::Ok)
{
    HttpResponse response = HttpReplies::json(keyObject(key), status);
    response.addHeader(QByteArrayLiteral("ETag"), ApiBodies::versionTag(key.version));
    return response;
}

//! The plaintext key, exactly once (or again for a retry with the same Idempotency-Key).
HttpResponse issuedReply(const IssuedKey &issued, Status status)
{
    HttpResponse response =
        HttpReplies::json(ApiBodies::issued(issued, QDateTime::currentDateTimeUtc()), status);
    response.addHeader(QByteArrayLiteral("ETag"), ApiBodies::versionTag(issued.key.version));
    response.addHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/keys/") + issued.key.id.toLatin1());
    return response;
}

} // namespace

KeyRoutes::KeyRoutes(KeyStore &store)
    : m_store(store)
{
}

void KeyRoutes::install(ApiRouter &router, Authenticator &authenticator)
{
    using Method = ApiRouter::Method;
    const QString read = QStringLiteral("api_keys:read");
    const QString write = QStringLiteral("api_keys:write");
    const QString remove = QStringLiteral("api_keys:delete");
    const auto bound = [this, &authenticator](const QString &scope, auto handler) {
        return authenticator.guarded(scope, this, handler);
    };
    router.add(Method::Get, QStringLiteral("/v1/keys"), bound(read, &KeyRoutes::list));
    router.add(Method::Post, QStringLiteral("/v1/keys"), bound(write, &KeyRoutes::create));
    router.add(Method::Get, QStringLiteral("/v1/keys/<arg>"), bound(read, &KeyRoutes::show));
    router.add(Method::Patch, QStringLiteral("/v1/keys/<arg>"), bound(write, &KeyRoutes::edit));
    router.add(Method::Delete, QStringLiteral("/v1/keys/<arg>"), bound(remove, &KeyRoutes::remove));
    router.add(Method::Post, QStringLiteral("/v1/keys/<arg>/reset"),
               bound(write, &KeyRoutes::reset));
    router.add(Method::Post, QStringLiteral("/v1/keys/<arg>/revoke"),
               bound(write, &KeyRoutes::revoke));
    router.add(Method::Get, QStringLiteral("/v1/keys/<arg>/audit"),
               bound(read, &KeyRoutes::history));
}

HttpResponse KeyRoutes::list(ApiCall &call, const Actor &actor)
{
    QString problem;
    const std::optional<KeyQuery> query = ApiQueries::pageFrom(call.request.query(), &problem);
    if (!query)
        return HttpReplies::badRequest(problem);
    return answer(awaited(m_store.queryKeys(actor, *query)), [](const KeyPage &page) {
        return HttpReplies::json(ApiBodies::page(page, QDateTime::currentDateTimeUtc()));
    });
}

HttpResponse KeyRoutes::create(ApiCall &call, const Actor &actor)
{
    JsonBody body(call.request.body());
    KeyDraft draft = ApiBodies::draftFrom(body);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    draft.idempotencyKey = idempotencyKey(call);
    return answer(awaited(m_store.createKey(actor, draft)),
                  [](const IssuedKey &issued) { return issuedReply(issued, Status::Created); });
}

HttpResponse KeyRoutes::show(ApiCall &call, const Actor &actor)
{
    return answer(awaited(m_store.key(actor, call.pathArgument)),
                  [](const ApiKey &key) { return keyReply(key); });
}

HttpResponse KeyRoutes::edit(ApiCall &call, const Actor &actor)
{
    QString problem;
    const std::optional<int> version =
        ApiBodies::versionFrom(call.request.value(ApiBodies::IfMatchHeader), &problem);
    if (!problem.isEmpty())
        return HttpReplies::badRequest(problem);
    if (!version) {
        return HttpReplies::error(
            Status::PreconditionRequired, QStringLiteral("precondition_required"),
            tr("Send If-Match with the version you read (the ETag of GET /v1/keys/%1), so that "
               "no one else's change is overwritten.")
                .arg(call.pathArgument.left(20)));
    }
    JsonBody body(call.request.body());
    KeyChanges changes = ApiBodies::changesFrom(body);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    changes.id = call.pathArgument;
    changes.expectedVersion = *version;
    const StoreResult<ApiKey> result = awaited(m_store.editKey(actor, changes));
    if (!result.ok() && result.error().code() == StoreError::Code::Conflict) {
        return HttpReplies::error(Status::PreconditionFailed, QStringLiteral("version_mismatch"),
                                  result.error().message());
    }
    return answer(result, [](const ApiKey &key) { return keyReply(key); });
}

HttpResponse KeyRoutes::reset(ApiCall &call, const Actor &actor)
{
    JsonBody body(call.request.body(), JsonBody::DefaultMaxBytes, JsonBody::Empty::IsEmptyObject);
    const std::chrono::seconds grace = ApiBodies::graceFrom(body);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    return answer(awaited(m_store.resetKey(actor, call.pathArgument, grace, idempotencyKey(call))),
                  [](const IssuedKey &issued) { return issuedReply(issued, Status::Ok); });
}

HttpResponse KeyRoutes::revoke(ApiCall &call, const Actor &actor)
{
    JsonBody body(call.request.body(), JsonBody::DefaultMaxBytes, JsonBody::Empty::IsEmptyObject);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    return answer(awaited(m_store.revokeKey(actor, call.pathArgument)),
                  [](const ApiKey &key) { return keyReply(key); });
}

HttpResponse KeyRoutes::remove(ApiCall &call, const Actor &actor)
{
    return answer(awaited(m_store.deleteKey(actor, call.pathArgument)),
                  [](const Done &) { return HttpResponse(Status::NoContent); });
}

HttpResponse KeyRoutes::history(ApiCall &call, const Actor &actor)
{
    // The key first, so that another workspace's key is a 404 rather than an empty list.
    const StoreResult<ApiKey> key = awaited(m_store.key(actor, call.pathArgument));
    if (!key.ok())
        return HttpReplies::fromStoreError(key.error());
    AuditQuery query;
    query.keyId = call.pathArgument;
    return answer(awaited(m_store.auditEvents(actor, query)), [](const QList<AuditEvent> &events) {
        return HttpReplies::json(QJsonObject{
            {QStringLiteral("events"), DirectoryJson::array(events, DirectoryJson::auditEvent)}});
    });
}
