#pragma once

#include "ApiCall.h"
#include "domain/Directory.h"
#include "http/HttpMessage.h"

#include <QCoreApplication>

class ApiRouter;
class Authenticator;
class KeyStore;

//! The management API's roles and members: `GET /v1/roles`, `POST /v1/roles`,
//! `PUT|DELETE /v1/roles/{id}` (custom roles), `GET /v1/members`, `POST /v1/members`
//! and `PATCH /v1/members/{id}` (the role). Reading roles needs `api_keys:read` (the key
//! dialogs offer them), reading members `teammates:read` (people's names and emails),
//! changing either `teammates:write`; the store adds its rules (no role beyond the caller's own
//! scopes, the last Owner stays an Owner, roles in use are not deleted).
class TeamRoutes final {
    Q_DECLARE_TR_FUNCTIONS(TeamRoutes)
    Q_DISABLE_COPY_MOVE(TeamRoutes)

public:
    explicit TeamRoutes(KeyStore &store);
    void install(ApiRouter &router, Authenticator &authenticator);

private:
    HttpResponse roles(ApiCall &call, const Actor &actor);
    HttpResponse createRole(ApiCall &call, const Actor &actor);
    HttpResponse replaceRole(ApiCall &call, const Actor &actor);
    HttpResponse deleteRole(ApiCall &call, const Actor &actor);
    HttpResponse members(ApiCall &call, const Actor &actor);
    HttpResponse addMember(ApiCall &call, const Actor &actor);
    HttpResponse changeMember(ApiCall &call, const Actor &actor);

    HttpResponse savedRole(ApiCall &call, const Actor &actor, qint64 id);
    //! The custom or built-in role with the id in the path, or nullopt (404).
    std::optional<Role> roleOf(const ApiCall &call, const Actor &actor, QString *problem);

    KeyStore &m_store;
};
