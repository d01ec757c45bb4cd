#include "TeamRoutes.h"

#include "ApiRouter.h"
#include "Authenticator.h"
#include "HttpReplies.h"
#include "StoreReplies.h"
#include "exchange/ApiBodies.h"
#include "exchange/DirectoryJson.h"
#include "exchange/JsonBody.h"
#include "store/Awaited.h"
#include "store/KeyStore.h"

namespace {

using Status = HttpStatus;
using StoreReplies::listed;

//! One value as JSON, with @p status.
template <typename T, typename Convert>
HttpResponse one(const StoreResult<T> &result, Convert convert, Status status = Status::Ok)
{
    return StoreReplies::answer(
        result, [&](const T &value) { return HttpReplies::json(convert(value), status); });
}

//! The numeric id in the path; 0 when it is not one.
qint64 pathId(const ApiCall &call)
{
    bool ok = false;
    const qint64 id = call.pathArgument.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

TeamRoutes::TeamRoutes(KeyStore &store)
    : m_store(store)
{
}

void TeamRoutes::install(ApiRouter &router, Authenticator &authenticator)
{
    using Method = ApiRouter::Method;
    const QString read = QStringLiteral("api_keys:read");
    // Roles are what the key dialogs offer; members are people (names, emails).
    const QString readPeople = TeamScopes::Read;
    const QString write = TeamScopes::Write;
    const auto bound = [this, &authenticator](const QString &scope, auto handler) {
        return authenticator.guarded(scope, this, handler);
    };
    router.add(Method::Get, QStringLiteral("/v1/roles"), bound(read, &TeamRoutes::roles));
    router.add(Method::Post, QStringLiteral("/v1/roles"), bound(write, &TeamRoutes::createRole));
    router.add(Method::Put, QStringLiteral("/v1/roles/<arg>"),
               bound(write, &TeamRoutes::replaceRole));
    router.add(Method::Delete, QStringLiteral("/v1/roles/<arg>"),
               bound(write, &TeamRoutes::deleteRole));
    router.add(Method::Get, QStringLiteral("/v1/members"), bound(readPeople, &TeamRoutes::members));
    router.add(Method::Post, QStringLiteral("/v1/members"), bound(write, &TeamRoutes::addMember));
    router.add(Method::Patch, QStringLiteral("/v1/members/<arg>"),
               bound(write, &TeamRoutes::changeMember));
}

HttpResponse TeamRoutes::roles(ApiCall &, const Actor &actor)
{
    return listed(awaited(m_store.roles(actor)), QStringLiteral("roles"), DirectoryJson::role);
}

HttpResponse TeamRoutes::createRole(ApiCall &call, const Actor &actor)
{
    return savedRole(call, actor, 0);
}

HttpResponse TeamRoutes::replaceRole(ApiCall &call, const Actor &actor)
{
    QString problem;
    const std::optional<Role> role = roleOf(call, actor, &problem);
    if (!role)
        return HttpReplies::error(Status::NotFound, QStringLiteral("not_found"), problem);
    return savedRole(call, actor, role->id);
}

HttpResponse TeamRoutes::savedRole(ApiCall &call, const Actor &actor, qint64 id)
{
    JsonBody body(call.request.body());
    const Role role = ApiBodies::roleFieldsFrom(body, id);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    return one(awaited(m_store.saveRole(actor, role)), DirectoryJson::role,
               id == 0 ? Status::Created : Status::Ok);
}

HttpResponse TeamRoutes::deleteRole(ApiCall &call, const Actor &actor)
{
    QString problem;
    const std::optional<Role> role = roleOf(call, actor, &problem);
    if (!role)
        return HttpReplies::error(Status::NotFound, QStringLiteral("not_found"), problem);
    const StoreResult<Done> result = awaited(m_store.deleteRole(actor, role->name));
    if (!result.ok())
        return HttpReplies::fromStoreError(result.error());
    return HttpResponse(Status::NoContent);
}

std::optional<Role> TeamRoutes::roleOf(const ApiCall &call, const Actor &actor, QString *problem)
{
    const qint64 id = pathId(call);
    const StoreResult<QList<Role>> roles = awaited(m_store.roles(actor));
    if (roles.ok()) {
        for (const Role &role : roles.value()) {
            if (role.id == id)
                return role;
        }
    }
    *problem = tr("There is no role with the id “%1”.").arg(call.pathArgument.left(20));
    return std::nullopt;
}

HttpResponse TeamRoutes::members(ApiCall &, const Actor &actor)
{
    return listed(awaited(m_store.members(actor)), QStringLiteral("members"),
                  DirectoryJson::member);
}

HttpResponse TeamRoutes::addMember(ApiCall &call, const Actor &actor)
{
    JsonBody body(call.request.body());
    const Member member = ApiBodies::newMemberFrom(body);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    return one(awaited(m_store.addMember(actor, member)), DirectoryJson::member, Status::Created);
}

HttpResponse TeamRoutes::changeMember(ApiCall &call, const Actor &actor)
{
    JsonBody body(call.request.body());
    const QString role = ApiBodies::roleChangeFrom(body);
    if (!body.finish())
        return HttpReplies::badRequest(body.problem());
    const qint64 id = pathId(call);
    if (id == 0) {
        return HttpReplies::error(
            Status::NotFound, QStringLiteral("not_found"),
            tr("There is no member with the id “%1”.").arg(call.pathArgument.left(20)));
    }
    return one(awaited(m_store.changeMemberRole(actor, id, role)), DirectoryJson::member);
}
