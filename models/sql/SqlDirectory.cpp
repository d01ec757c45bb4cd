#include "sql/SqlDirectory.h"

#include "sql/SqlConnection.h"

SqlDirectory::SqlDirectory(SqlConnection &connection)
    : m_connection(connection)
{
}

ActingMember SqlDirectory::resolve(const Actor &actor)
{
    const qint64 memberId = actor.memberId != 0 ? actor.memberId : firstMember().id;
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT m.id, m.name, m.email, r.name, m.workspace_id, m.role_id FROM"
                       " members m JOIN roles r ON r.id = m.role_id WHERE m.id = ?"),
        {memberId});
    if (!query.next())
        throw StoreError::notFound(tr("There is no member with the id %1.").arg(memberId));
    ActingMember acting;
    acting.member = {query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString()};
    acting.workspace = workspace(query.value(4).toLongLong());
    QSqlQuery scopes = m_connection.exec(
        QStringLiteral("SELECT scope FROM role_scopes WHERE role_id = ?"), {query.value(5)});
    while (scopes.next())
        acting.held.insert(scopes.value(0).toString());
    if (actor.cap) {
        acting.held.intersect(*actor.cap);
        acting.capped = true;
    }
    acting.keyId = actor.keyId;
    return acting;
}

Member SqlDirectory::firstMember()
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT m.id, m.name, m.email, r.name FROM members m JOIN roles r ON"
                       " r.id = m.role_id ORDER BY m.id LIMIT 1"));
    if (!query.next())
        throw StoreError::unavailable(tr("The key store has no members."));
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}

Workspace SqlDirectory::workspace(qint64 id)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT id, name, prefix, allow_never_expire FROM workspaces WHERE id = ?"),
        {id});
    if (!query.next())
        throw StoreError::notFound(tr("There is no workspace with the id %1.").arg(id));
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool()};
}

ScopeCatalog SqlDirectory::catalog(qint64 workspaceId)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT name, description, read_only FROM resources WHERE workspace_id = ?"
                       " ORDER BY position"),
        {workspaceId});
    QList<ScopeResource> resources;
    while (query.next())
        resources.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()});
    return ScopeCatalog(resources);
}

QList<Role> SqlDirectory::roles(qint64 workspaceId)
{
    const QHash<QString, ScopeSet> scopes = roleScopes(workspaceId);
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT id, name, description, built_in FROM roles WHERE workspace_id = ?"
                       " ORDER BY built_in DESC, id"),
        {workspaceId});
    QList<Role> roles;
    while (query.next()) {
        const QString name = query.value(1).toString();
        roles.append({query.value(0).toLongLong(), name, query.value(2).toString(),
                      query.value(3).toBool(), sortedScopes(scopes.value(name))});
    }
    return roles;
}

QHash<QString, ScopeSet> SqlDirectory::roleScopes(qint64 workspaceId)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT r.name, s.scope FROM roles r JOIN role_scopes s ON s.role_id ="
                       " r.id WHERE r.workspace_id = ?"),
        {workspaceId});
    QHash<QString, ScopeSet> scopes;
    while (query.next())
        scopes[query.value(0).toString()].insert(query.value(1).toString());
    return scopes;
}

QList<Member> SqlDirectory::members(qint64 workspaceId)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT m.id, m.name, m.email, r.name FROM members m JOIN roles r ON"
                       " r.id = m.role_id WHERE m.workspace_id = ? ORDER BY m.id"),
        {workspaceId});
    QList<Member> members;
    while (query.next())
        members.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});
    return members;
}

QHash<qint64, ScopeSet> SqlDirectory::memberScopes(qint64 workspaceId)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT m.id, s.scope FROM members m JOIN role_scopes s ON s.role_id ="
                       " m.role_id WHERE m.workspace_id = ?"),
        {workspaceId});
    QHash<qint64, ScopeSet> scopes;
    while (query.next())
        scopes[query.value(0).toLongLong()].insert(query.value(1).toString());
    return scopes;
}

void SqlDirectory::require(const ActingMember &acting, const QString &scope)
{
    if (!acting.held.contains(scope))
        throw StoreError::forbidden(missingScopeMessage(acting, scope));
}

QString SqlDirectory::missingScopeMessage(const ActingMember &acting, const QString &scope)
{
    if (acting.capped) {
        return tr("The key in use does not hold the scope “%1”, so it cannot grant or use it.")
            .arg(scope);
    }
    return tr("You cannot use or grant the scope “%1”: your role (%2) does not include it.")
        .arg(scope, acting.member.role);
}
