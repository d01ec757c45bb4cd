#pragma once

#include "domain/Directory.h"

#include <QCoreApplication>
#include <QHash>

class SqlConnection;

//! The acting member, resolved: who they are and which scopes they hold.
struct ActingMember {
    Member member;
    Workspace workspace;
    ScopeSet held;       //!< role scopes, capped by Actor::cap
    bool capped = false; //!< acting through a key
    QString keyId;       //!< Actor::keyId
};

//! Workspaces, the scope catalog, roles and members, as stored.
class SqlDirectory final {
    Q_DECLARE_TR_FUNCTIONS(SqlDirectory)

public:
    explicit SqlDirectory(SqlConnection &connection);

    //! Member 0 is the workspace's first member (the owner the store was created with).
    ActingMember resolve(const Actor &actor);
    Member firstMember();
    Workspace workspace(qint64 id);

    ScopeCatalog catalog(qint64 workspaceId);
    QList<Role> roles(qint64 workspaceId);
    QHash<QString, ScopeSet> roleScopes(qint64 workspaceId);
    QList<Member> members(qint64 workspaceId);
    //! Role scopes of every member, by member id (a key can do no more than its creator).
    QHash<qint64, ScopeSet> memberScopes(qint64 workspaceId);

    //! Throws Forbidden naming the scope unless @p acting holds @p scope.
    static void require(const ActingMember &acting, const QString &scope);
    static QString missingScopeMessage(const ActingMember &acting, const QString &scope);

private:
    SqlConnection &m_connection;
};
