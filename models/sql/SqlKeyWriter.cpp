#include "sql/SqlKeyWriter.h"

#include "domain/KeyRules.h"
#include "exchange/KeyJson.h"
#include "keys/IdempotencySeal.h"
#include "keys/KeyToken.h"
#include "sql/SqlAuditLog.h"
#include "sql/SqlConnection.h"
#include "sql/SqlKeyReader.h"

#include <QJsonArray>

namespace {

constexpr int DefaultExpiryDays = 365;
constexpr std::chrono::seconds MaxGrace = std::chrono::hours(24 * 7);

QJsonObject grantFields(const ApiKey &key)
{
    return {{QStringLiteral("name"), key.name},
            {QStringLiteral("description"), key.description},
            {QStringLiteral("roles"), QJsonArray::fromStringList(key.roles)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)}};
}

QStringList normalized(QStringList list)
{
    for (QString &item : list)
        item = item.trimmed();
    list.removeAll(QString());
    list.removeDuplicates();
    list.sort();
    return list;
}

QString searchText(const QString &name, const QString &description, const QString &kid)
{
    return (name + QLatin1Char('\n') + description + QLatin1Char('\n') + kid).toCaseFolded();
}

} // namespace

SqlKeyWriter::SqlKeyWriter(SqlConnection &connection, SqlDirectory &directory, SqlKeyReader &reader,
                           SqlAuditLog &audit, SqlIdempotencyLog &idempotency)
    : m_connection(connection)
    , m_directory(directory)
    , m_reader(reader)
    , m_audit(audit)
    , m_idempotency(idempotency)
{
}

IssuedKey SqlKeyWriter::create(const Actor &actor, const KeyDraft &draft, const QDateTime &now)
{
    if (const auto problem = KeyRules::nameProblem(draft.name))
        throw StoreError::invalid(*problem);
    if (const auto problem = KeyRules::descriptionProblem(draft.description))
        throw StoreError::invalid(*problem);
    if (!draft.idempotencyKey.isEmpty() && !IdempotencySeal::isValidKey(draft.idempotencyKey))
        throw StoreError::invalid(
            tr("The idempotency key must be 16 to 255 printable characters."));

    SqlTransaction transaction(m_connection);
    const ActingMember acting = m_directory.resolve(actor);
    SqlDirectory::require(acting, QStringLiteral("api_keys:write"));
    const QStringList roles = normalized(draft.roles);
    const QStringList scopes = normalized(draft.scopes);
    checkGrant(acting, roles, scopes);

    QDateTime expiresAt;
    if (draft.neverExpires) {
        if (!acting.workspace.allowNeverExpire)
            throw StoreError::invalid(tr("Keys in this workspace must have an expiry date."));
    } else {
        expiresAt =
            draft.expiresAt.isValid() ? draft.expiresAt.toUTC() : now.addDays(DefaultExpiryDays);
        if (expiresAt <= now)
            throw StoreError::invalid(tr("The expiry date must be in the future."));
    }

    const QJsonObject request{{QStringLiteral("op"), QStringLiteral("create")},
                              {QStringLiteral("actor"), acting.member.id},
                              {QStringLiteral("name"), draft.name.trimmed()},
                              {QStringLiteral("description"), draft.description},
                              {QStringLiteral("type"), environmentName(draft.environment)},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                              {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                              {QStringLiteral("never"), draft.neverExpires},
                              {QStringLiteral("expires"), draft.expiresAt.toMSecsSinceEpoch()}};
    if (!draft.idempotencyKey.isEmpty()) {
        if (auto earlier =
                m_idempotency.replay(acting.workspace.id, draft.idempotencyKey, request, now))
            return *earlier;
    }

    ApiKey key;
    key.id = newKid();
    key.name = draft.name.trimmed();
    key.description = draft.description;
    key.environment = draft.environment;
    const QString token = KeyToken::generate(acting.workspace.prefix, key.environment, key.id);
    key.hint = KeyToken::hint(token);
    m_connection.exec(
        QStringLiteral("INSERT INTO api_keys (kid, workspace_id, name, sort_name, search_text,"
                       " description, environment, created_by, created_at, expires_at, hint,"
                       " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        {key.id, acting.workspace.id, key.name, key.name.toCaseFolded(),
         searchText(key.name, key.description, key.id), key.description,
         environmentName(key.environment), acting.member.id, SqlConnection::timeValue(now),
         SqlConnection::timeValue(expiresAt), key.hint});
    writeGrants(acting.workspace.id, key.id, roles, scopes);
    storeCredential(key.id, token, now);
    IssuedKey issued{m_reader.load(acting.workspace.id, key.id), token};
    QJsonObject after = grantFields(issued.key);
    after.insert(QStringLiteral("type"), environmentName(key.environment));
    after.insert(QStringLiteral("expires_at"), KeyJson::timeValue(expiresAt));
    audit(acting, QStringLiteral("create"), key.id, {}, after, now);
    if (!draft.idempotencyKey.isEmpty())
        m_idempotency.remember(acting.workspace.id, draft.idempotencyKey, request, issued, now);
    transaction.commit();
    return issued;
}

ApiKey SqlKeyWriter::edit(const Actor &actor, const KeyChanges &changes, const QDateTime &now)
{
    if (changes.name) {
        if (const auto problem = KeyRules::nameProblem(*changes.name))
            throw StoreError::invalid(*problem);
    }
    if (changes.description) {
        if (const auto problem = KeyRules::descriptionProblem(*changes.description))
            throw StoreError::invalid(*problem);
    }
    SqlTransaction transaction(m_connection);
    const ActingMember acting = m_directory.resolve(actor);
    ApiKey before = m_reader.load(acting.workspace.id, changes.id);
    SqlDirectory::require(acting, QStringLiteral("api_keys:write"));
    if (changes.expectedVersion != before.version) {
        throw StoreError::conflict(
            tr("The key “%1” was changed elsewhere since you opened it. Reload it and try again.")
                .arg(before.name));
    }
    ApiKey after = before;
    if (changes.name)
        after.name = changes.name->trimmed();
    if (changes.description)
        after.description = *changes.description;
    if (changes.roles)
        after.roles = normalized(*changes.roles);
    if (changes.scopes)
        after.scopes = normalized(*changes.scopes);
    checkGrant(acting, after.roles, after.scopes);
    if (grantFields(after) == grantFields(before))
        return before; // nothing changes: no new version, no audit event

    m_connection.exec(QStringLiteral("UPDATE api_keys SET name = ?, sort_name = ?, search_text = ?,"
                                     " description = ?, version = version + 1 WHERE kid = ?"),
                      {after.name, after.name.toCaseFolded(),
                       searchText(after.name, after.description, after.id), after.description,
                       after.id});
    m_connection.exec(QStringLiteral("DELETE FROM key_roles WHERE kid = ?"), {after.id});
    m_connection.exec(QStringLiteral("DELETE FROM key_scopes WHERE kid = ?"), {after.id});
    writeGrants(acting.workspace.id, after.id, after.roles, after.scopes);

    QJsonObject changedBefore;
    QJsonObject changedAfter;
    const QJsonObject oldFields = grantFields(before);
    const QJsonObject newFields = grantFields(after);
    for (auto it = newFields.begin(); it != newFields.end(); ++it) {
        if (oldFields.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), oldFields.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    }
    audit(acting, QStringLiteral("edit"), after.id, changedBefore, changedAfter, now);
    ApiKey stored = m_reader.load(acting.workspace.id, after.id);
    transaction.commit();
    return stored;
}

IssuedKey SqlKeyWriter::reset(const Actor &actor, const QString &kid, std::chrono::seconds grace,
                              const QString &idempotencyKey, const QDateTime &now)
{
    if (grace.count() < 0 || grace > MaxGrace)
        throw StoreError::invalid(tr("The grace period can be at most 7 days."));
    if (!idempotencyKey.isEmpty() && !IdempotencySeal::isValidKey(idempotencyKey))
        throw StoreError::invalid(
            tr("The idempotency key must be 16 to 255 printable characters."));
    SqlTransaction transaction(m_connection);
    const ActingMember acting = m_directory.resolve(actor);
    const QJsonObject request{{QStringLiteral("op"), QStringLiteral("reset")},
                              {QStringLiteral("actor"), acting.member.id},
                              {QStringLiteral("kid"), kid},
                              {QStringLiteral("grace"), qint64(grace.count())}};
    const ApiKey before = m_reader.load(acting.workspace.id, kid);
    SqlDirectory::require(acting, QStringLiteral("api_keys:write"));
    checkGrant(acting, before.roles, before.scopes);
    checkResetOfAnothers(acting, before);
    if (!idempotencyKey.isEmpty()) {
        if (auto earlier = m_idempotency.replay(acting.workspace.id, idempotencyKey, request, now))
            return *earlier;
    }
    const KeyStatus status = before.statusAt(now);
    // The key's state, not the request, is in the way: a conflict (HTTP 409).
    if (status == KeyStatus::Revoked)
        throw StoreError::conflict(
            tr("The key “%1” is revoked and cannot be reset.").arg(before.name));
    if (status == KeyStatus::Expired) {
        throw StoreError::conflict(
            tr("The key “%1” has expired and cannot be reset. Create a new key instead.")
                .arg(before.name));
    }

    // At most two credentials: an older one still in its grace period ends now.
    m_connection.exec(
        QStringLiteral("DELETE FROM credentials WHERE kid = ? AND ends_at IS NOT NULL"), {kid});
    const QDateTime graceEnd = now.addSecs(grace.count());
    if (grace.count() == 0) {
        m_connection.exec(QStringLiteral("DELETE FROM credentials WHERE kid = ?"), {kid});
    } else {
        m_connection.exec(QStringLiteral("UPDATE credentials SET ends_at = ? WHERE kid = ?"),
                          {SqlConnection::timeValue(graceEnd), kid});
    }
    const QString token = addCredential(acting.workspace, before, now);
    m_connection.exec(QStringLiteral("UPDATE api_keys SET hint = ?, version = version + 1 WHERE"
                                     " kid = ?"),
                      {KeyToken::hint(token), kid});
    // The actor is who reset it; created_by is the member the new secret acts as.
    audit(acting, QStringLiteral("reset"), kid, {{QStringLiteral("hint"), before.hint}},
          {{QStringLiteral("hint"), KeyToken::hint(token)},
           {QStringLiteral("grace_seconds"), qint64(grace.count())},
           {QStringLiteral("previous_ends_at"), KeyJson::timeValue(graceEnd)},
           {QStringLiteral("created_by"), before.createdBy}},
          now);
    IssuedKey issued{m_reader.load(acting.workspace.id, kid), token};
    if (!idempotencyKey.isEmpty())
        m_idempotency.remember(acting.workspace.id, idempotencyKey, request, issued, now);
    transaction.commit();
    return issued;
}

ApiKey SqlKeyWriter::revoke(const Actor &actor, const QString &kid, const QDateTime &now)
{
    SqlTransaction transaction(m_connection);
    const ActingMember acting = m_directory.resolve(actor);
    const ApiKey before = m_reader.load(acting.workspace.id, kid);
    SqlDirectory::require(acting, QStringLiteral("api_keys:write"));
    if (before.revokedAt.isValid())
        throw StoreError::conflict(tr("The key “%1” is already revoked.").arg(before.name));
    m_connection.exec(QStringLiteral("UPDATE api_keys SET revoked_at = ?, version = version + 1"
                                     " WHERE kid = ?"),
                      {SqlConnection::timeValue(now), kid});
    m_connection.exec(QStringLiteral("DELETE FROM credentials WHERE kid = ?"), {kid});
    audit(acting, QStringLiteral("revoke"), kid,
          {{QStringLiteral("status"), keyStatusName(before.statusAt(now))}},
          {{QStringLiteral("status"), keyStatusName(KeyStatus::Revoked)}}, now);
    ApiKey stored = m_reader.load(acting.workspace.id, kid);
    transaction.commit();
    return stored;
}

void SqlKeyWriter::remove(const Actor &actor, const QString &kid, const QDateTime &now)
{
    SqlTransaction transaction(m_connection);
    const ActingMember acting = m_directory.resolve(actor);
    const ApiKey before = m_reader.load(acting.workspace.id, kid);
    SqlDirectory::require(acting, QStringLiteral("api_keys:delete"));
    m_connection.exec(QStringLiteral("DELETE FROM api_keys WHERE kid = ?"), {kid});
    audit(acting, QStringLiteral("delete"), kid, KeyJson::toJson(before, now), {}, now);
    transaction.commit();
}

void SqlKeyWriter::checkResetOfAnothers(const ActingMember &acting, const ApiKey &key)
{
    if (key.createdById == acting.member.id)
        return;
    // A reset hands its maker a secret that acts as the key's creator, with the
    // creator's role: in rules that look at the actor's role (who may hand out or take
    // away which role) that is more than the maker's own role may be.
    const ActingMember creator = m_directory.resolve(Actor{key.createdById, std::nullopt, {}});
    const auto missing = KeyRules::firstMissing(creator.held, acting.held);
    if (!missing)
        return;
    if (acting.capped) {
        throw StoreError::forbidden(
            tr("You cannot reset “%1”: its new secret would act as %2, who created it, with the "
               "role %3, which holds “%4”; the key in use does not. Ask %2, or a member whose "
               "role holds every scope of %3, to reset it.")
                .arg(key.name, creator.member.name, creator.member.role, *missing));
    }
    throw StoreError::forbidden(
        tr("You cannot reset “%1”: its new secret would act as %2, who created it, with the "
           "role %3, which holds “%4”; your role (%5) does not. Ask %2, or a member whose role "
           "holds every scope of %3, to reset it.")
            .arg(key.name, creator.member.name, creator.member.role, *missing, acting.member.role));
}

void SqlKeyWriter::checkGrant(const ActingMember &acting, const QStringList &roles,
                              const QStringList &scopes)
{
    const ScopeCatalog catalog = m_directory.catalog(acting.workspace.id);
    for (const QString &scope : scopes) {
        if (!catalog.contains(scope))
            throw StoreError::invalid(tr("There is no scope “%1”.").arg(scope));
    }
    const QHash<QString, ScopeSet> roleScopes = m_directory.roleScopes(acting.workspace.id);
    const QList<Role> known = m_directory.roles(acting.workspace.id);
    ScopeSet requested(scopes.cbegin(), scopes.cend());
    for (const QString &role : roles) {
        const bool exists = std::any_of(known.cbegin(), known.cend(),
                                        [&role](const Role &r) { return r.name == role; });
        if (!exists)
            throw StoreError::invalid(tr("There is no role “%1”.").arg(role));
        requested.unite(roleScopes.value(role));
    }
    if (const auto missing = KeyRules::firstMissing(requested, acting.held))
        throw StoreError::forbidden(SqlDirectory::missingScopeMessage(acting, *missing));
}

void SqlKeyWriter::writeGrants(qint64 workspaceId, const QString &kid, const QStringList &roles,
                               const QStringList &scopes)
{
    for (const QString &role : roles) {
        m_connection.exec(QStringLiteral("INSERT INTO key_roles (kid, role_id) SELECT ?, id FROM"
                                         " roles WHERE workspace_id = ? AND name = ?"),
                          {kid, workspaceId, role});
    }
    for (const QString &scope : scopes) {
        m_connection.exec(QStringLiteral("INSERT INTO key_scopes (kid, scope) VALUES (?, ?)"),
                          {kid, scope});
    }
}

QString SqlKeyWriter::addCredential(const Workspace &workspace, const ApiKey &key,
                                    const QDateTime &now)
{
    QString token = KeyToken::generate(workspace.prefix, key.environment, key.id);
    storeCredential(key.id, token, now);
    return token;
}

void SqlKeyWriter::storeCredential(const QString &kid, const QString &token, const QDateTime &now)
{
    m_connection.exec(
        QStringLiteral("INSERT INTO credentials (kid, digest, created_at) VALUES"
                       " (?, ?, ?)"),
        {kid, KeyToken::digest(KeyToken::parse(token)->secret), SqlConnection::timeValue(now)});
}

void SqlKeyWriter::audit(const ActingMember &acting, const QString &action, const QString &kid,
                         const QJsonObject &before, const QJsonObject &after, const QDateTime &now)
{
    m_audit.append(acting, {0, now, QString(), action, kid, before, after});
}

QString SqlKeyWriter::newKid()
{
    for (;;) {
        QString kid = KeyToken::generateKid();
        if (!m_connection.scalar(QStringLiteral("SELECT 1 FROM api_keys WHERE kid = ?"), {kid})
                 .isValid())
            return kid;
    }
}
