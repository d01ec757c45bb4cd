#pragma once

#include "sql/SqlDirectory.h"

#include <QCoreApplication>
#include <QDateTime>

class SqlAuditLog;
class SqlConnection;

//! Changes to members and custom roles, each checked, applied and audited in one
//! transaction. Nobody hands out more than they hold: a role or member role with a
//! scope the actor lacks is refused, naming the scope.
class SqlTeamWriter final {
    Q_DECLARE_TR_FUNCTIONS(SqlTeamWriter)

public:
    SqlTeamWriter(SqlConnection &connection, SqlDirectory &directory, SqlAuditLog &audit);

    Member addMember(const Actor &actor, const Member &member, const QDateTime &now);
    Member changeMemberRole(const Actor &actor, qint64 memberId, const QString &role,
                            const QDateTime &now);
    //! Creates a custom role (id 0) or edits one; built-in roles are read-only.
    Role saveRole(const Actor &actor, const Role &role, const QDateTime &now);
    //! Deletes a custom role that no key and no member uses.
    void deleteRole(const Actor &actor, const QString &name, const QDateTime &now);

private:
    ActingMember manager(const Actor &actor);
    qint64 roleId(qint64 workspaceId, const QString &name);
    void checkRoleWithinReach(const ActingMember &acting, const QString &role);
    void audit(const ActingMember &acting, const QString &action, const QJsonObject &before,
               const QJsonObject &after, const QDateTime &now);
    QStringList usersOfRole(qint64 roleId, int *keyCount, int *memberCount);

    SqlConnection &m_connection;
    SqlDirectory &m_directory;
    SqlAuditLog &m_audit;
};
