#include "sql/SqlTeamWriter.h"

#include "domain/KeyRules.h"
#include "sql/SqlAuditLog.h"
#include "sql/SqlConnection.h"

#include <QJsonArray>

namespace {

QJsonObject roleFields(const Role &role)
{
    return {{QStringLiteral("role"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(role.scopes)}};
}

} // namespace

SqlTeamWriter::SqlTeamWriter(SqlConnection &connection, SqlDirectory &directory, SqlAuditLog &audit)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
{
}

Member SqlTeamWriter::addMember(const Actor &actor, const Member &member, const QDateTime &now)
{
    const QString name = member.name.trimmed();
    if (name.isEmpty())
        throw StoreError::invalid(tr("Enter the member's name."));
    if (const auto problem = KeyRules::nameProblem(name))
        throw StoreError::invalid(*problem);
    const QString email = member.email.trimmed();
    const bool emailOk =
        email.isEmpty() || (email.contains(QLatin1Char('@')) && email.size() <= 254 &&
                            !email.contains(QLatin1Char(' ')) && !KeyRules::nameProblem(email));
    if (!emailOk)
        throw StoreError::invalid(tr("“%1” is not an email address.").arg(email));

    SqlTransaction transaction(m_connection);
    const ActingMember acting = manager(actor);
    const qint64 role = roleId(acting.workspace.id, member.role);
    checkRoleWithinReach(acting, member.role);
    if (m_connection
            .scalar(QStringLiteral("SELECT 1 FROM members WHERE workspace_id = ? AND name = ?"),
                    {acting.workspace.id, name})
            .isValid()) {
        throw StoreError::conflict(tr("There is already a member named “%1”.").arg(name));
    }
    const QVariant id = m_connection.scalar(
        QStringLiteral("INSERT INTO members (workspace_id, name, email, role_id,"
                       " created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {acting.workspace.id, name, email, role, SqlConnection::timeValue(now)});
    Member added{id.toLongLong(), name, email, member.role};
    audit(acting, QStringLiteral("member_add"), {},
          {{QStringLiteral("member"), name},
           {QStringLiteral("email"), email},
           {QStringLiteral("role"), member.role}},
          now);
    transaction.commit();
    return added;
}

Member SqlTeamWriter::changeMemberRole(const Actor &actor, qint64 memberId, const QString &role,
                                       const QDateTime &now)
{
    SqlTransaction transaction(m_connection);
    const ActingMember acting = manager(actor);
    const QList<Member> members = m_directory.members(acting.workspace.id);
    const auto it = std::find_if(members.cbegin(), members.cend(),
                                 [memberId](const Member &m) { return m.id == memberId; });
    if (it == members.cend())
        throw StoreError::notFound(tr("There is no member with the id %1.").arg(memberId));
    const qint64 newRoleId = roleId(acting.workspace.id, role);
    if (it->role == role)
        return *it; // nothing changes, nothing to audit
    checkRoleWithinReach(acting, role);
    checkRoleWithinReach(acting, it->role); // nobody demotes someone above them
    const auto owners = std::count_if(members.cbegin(), members.cend(), [](const Member &m) {
        return m.role == QLatin1String("Owner");
    });
    if (it->role == QLatin1String("Owner") && role != QLatin1String("Owner") && owners == 1)
        throw StoreError::invalid(tr("The workspace needs at least one Owner."));
    m_connection.exec(QStringLiteral("UPDATE members SET role_id = ? WHERE id = ?"),
                      {newRoleId, memberId});
    audit(acting, QStringLiteral("member_role"),
          {{QStringLiteral("member"), it->name}, {QStringLiteral("role"), it->role}},
          {{QStringLiteral("member"), it->name}, {QStringLiteral("role"), role}}, now);
    transaction.commit();
    return {it->id, it->name, it->email, role};
}

Role SqlTeamWriter::saveRole(const Actor &actor, const Role &role, const QDateTime &now)
{
    const QString name = role.name.trimmed();
    if (name.isEmpty())
        throw StoreError::invalid(tr("Enter a name for the role."));
    if (const auto problem = KeyRules::nameProblem(name))
        throw StoreError::invalid(*problem);
    if (const auto problem = KeyRules::descriptionProblem(role.description))
        throw StoreError::invalid(*problem);

    SqlTransaction transaction(m_connection);
    const ActingMember acting = manager(actor);
    const ScopeCatalog catalog = m_directory.catalog(acting.workspace.id);
    ScopeSet scopes;
    for (const QString &scope : role.scopes) {
        if (!catalog.contains(scope))
            throw StoreError::invalid(tr("There is no scope “%1”.").arg(scope));
        scopes.insert(scope);
    }
    if (const auto missing = KeyRules::firstMissing(scopes, acting.held))
        throw StoreError::forbidden(SqlDirectory::missingScopeMessage(acting, *missing));
    const QVariant clash = m_connection.scalar(
        QStringLiteral("SELECT id FROM roles WHERE workspace_id = ? AND name = ? AND id <> ?"),
        {acting.workspace.id, name, role.id});
    if (clash.isValid())
        throw StoreError::conflict(tr("There is already a role named “%1”.").arg(name));

    Role saved{role.id, name, role.description, false, sortedScopes(scopes)};
    QJsonObject before;
    if (role.id == 0) {
        saved.id = m_connection
                       .scalar(QStringLiteral("INSERT INTO roles (workspace_id, name, description,"
                                              " built_in) VALUES (?, ?, ?, 0) RETURNING id"),
                               {acting.workspace.id, name, role.description})
                       .toLongLong();
    } else {
        const QList<Role> roles = m_directory.roles(acting.workspace.id);
        const auto old = std::find_if(roles.cbegin(), roles.cend(),
                                      [&role](const Role &r) { return r.id == role.id; });
        if (old == roles.cend())
            throw StoreError::notFound(tr("There is no role with the id %1.").arg(role.id));
        if (old->builtIn)
            throw StoreError::invalid(tr("Built-in roles cannot be changed."));
        before = roleFields(*old);
        m_connection.exec(QStringLiteral("UPDATE roles SET name = ?, description = ? WHERE id = ?"),
                          {name, role.description, role.id});
        m_connection.exec(QStringLiteral("DELETE FROM role_scopes WHERE role_id = ?"), {role.id});
    }
    for (const QString &scope : saved.scopes) {
        m_connection.exec(QStringLiteral("INSERT INTO role_scopes (role_id, scope) VALUES (?, ?)"),
                          {saved.id, scope});
    }
    audit(acting, role.id == 0 ? QStringLiteral("role_create") : QStringLiteral("role_edit"),
          before, roleFields(saved), now);
    transaction.commit();
    return saved;
}

void SqlTeamWriter::deleteRole(const Actor &actor, const QString &name, const QDateTime &now)
{
    SqlTransaction transaction(m_connection);
    const ActingMember acting = manager(actor);
    const QList<Role> roles = m_directory.roles(acting.workspace.id);
    const auto role = std::find_if(roles.cbegin(), roles.cend(),
                                   [&name](const Role &r) { return r.name == name; });
    if (role == roles.cend())
        throw StoreError::notFound(tr("There is no role “%1”.").arg(name));
    if (role->builtIn)
        throw StoreError::invalid(tr("Built-in roles cannot be deleted."));
    int keys = 0;
    int members = 0;
    const QStringList users = usersOfRole(role->id, &keys, &members);
    if (!users.isEmpty()) {
        throw StoreError::conflict(
            tr("The role “%1” is still used by %2 and %3 (%4). Remove it from them first.")
                .arg(name, tr("%n key(s)", nullptr, keys), tr("%n member(s)", nullptr, members),
                     users.join(QStringLiteral(", "))));
    }
    m_connection.exec(QStringLiteral("DELETE FROM roles WHERE id = ?"), {role->id});
    audit(acting, QStringLiteral("role_delete"), roleFields(*role), {}, now);
    transaction.commit();
}

ActingMember SqlTeamWriter::manager(const Actor &actor)
{
    ActingMember acting = m_directory.resolve(actor);
    SqlDirectory::require(acting, TeamScopes::Write);
    return acting;
}

qint64 SqlTeamWriter::roleId(qint64 workspaceId, const QString &name)
{
    const QVariant id = m_connection.scalar(
        QStringLiteral("SELECT id FROM roles WHERE workspace_id = ? AND name = ?"),
        {workspaceId, name});
    if (!id.isValid())
        throw StoreError::invalid(tr("There is no role “%1”.").arg(name));
    return id.toLongLong();
}

void SqlTeamWriter::checkRoleWithinReach(const ActingMember &acting, const QString &role)
{
    const ScopeSet scopes = m_directory.roleScopes(acting.workspace.id).value(role);
    if (const auto missing = KeyRules::firstMissing(scopes, acting.held))
        throw StoreError::forbidden(SqlDirectory::missingScopeMessage(acting, *missing));
}

void SqlTeamWriter::audit(const ActingMember &acting, const QString &action,
                          const QJsonObject &before, const QJsonObject &after, const QDateTime &now)
{
    m_audit.append(acting, {0, now, QString(), action, QString(), before, after});
}

QStringList SqlTeamWriter::usersOfRole(qint64 roleId, int *keyCount, int *memberCount)
{
    QStringList names;
    QSqlQuery keys = m_connection.exec(
        QStringLiteral("SELECT k.name FROM key_roles kr JOIN api_keys k ON k.kid = kr.kid WHERE"
                       " kr.role_id = ? ORDER BY k.sort_name"),
        {roleId});
    *keyCount = 0;
    while (keys.next()) {
        if (++*keyCount <= 5)
            names << keys.value(0).toString();
    }
    QSqlQuery members = m_connection.exec(
        QStringLiteral("SELECT name FROM members WHERE role_id = ? ORDER BY name"), {roleId});
    *memberCount = 0;
    while (members.next()) {
        if (++*memberCount <= 5)
            names << members.value(0).toString();
    }
    return names;
}
