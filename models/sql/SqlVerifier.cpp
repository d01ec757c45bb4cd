#include "sql/SqlVerifier.h"

#include "domain/KeyRules.h"
#include "sql/SqlConnection.h"
#include "sql/SqlDirectory.h"

namespace {

Verification unauthenticated(const QString &reason)
{
    Verification verification;
    verification.reason = reason;
    return verification;
}

} // namespace

SqlVerifier::SqlVerifier(SqlConnection &connection, SqlDirectory &directory)
    : m_connection(connection)
    , m_directory(directory)
{
}

Verification SqlVerifier::verify(const ParsedToken &token, const QString &scope,
                                 const QDateTime &now)
{
    QSqlQuery key = m_connection.exec(
        QStringLiteral("SELECT k.workspace_id, w.name, w.prefix, k.environment, k.expires_at,"
                       " k.revoked_at, k.created_by FROM api_keys k JOIN workspaces w ON w.id ="
                       " k.workspace_id WHERE k.kid = ?"),
        {token.kid});
    if (!key.next())
        return unauthenticated(QStringLiteral("unknown key"));
    if (key.value(2).toString() != token.vendor ||
        key.value(3).toString() != environmentName(token.environment)) {
        return unauthenticated(QStringLiteral("prefix or environment mismatch"));
    }

    // Revocation removes the credentials too; this only names the reason for the record.
    if (SqlConnection::timeFrom(key.value(5)).isValid())
        return unauthenticated(QStringLiteral("revoked"));

    // Compare against every live credential, so the time taken does not tell which matched.
    const QByteArray presented = KeyToken::digest(token.secret);
    QSqlQuery credentials = m_connection.exec(
        QStringLiteral("SELECT digest, ends_at FROM credentials WHERE kid = ?"), {token.kid});
    bool matched = false;
    while (credentials.next()) {
        const QDateTime endsAt = SqlConnection::timeFrom(credentials.value(1));
        const bool live = !endsAt.isValid() || endsAt > now;
        matched |= KeyToken::digestsEqual(credentials.value(0).toByteArray(), presented) && live;
    }
    if (!matched)
        return unauthenticated(QStringLiteral("wrong or ended credential"));
    const QDateTime expiresAt = SqlConnection::timeFrom(key.value(4));
    if (expiresAt.isValid() && expiresAt <= now)
        return unauthenticated(QStringLiteral("expired"));

    const qint64 workspaceId = key.value(0).toLongLong();
    QStringList roles;
    QSqlQuery roleRows = m_connection.exec(
        QStringLiteral("SELECT r.name FROM key_roles kr JOIN roles r ON r.id = kr.role_id WHERE"
                       " kr.kid = ?"),
        {token.kid});
    while (roleRows.next())
        roles << roleRows.value(0).toString();
    QStringList scopes;
    QSqlQuery scopeRows = m_connection.exec(
        QStringLiteral("SELECT scope FROM key_scopes WHERE kid = ?"), {token.kid});
    while (scopeRows.next())
        scopes << scopeRows.value(0).toString();
    const ScopeSet effective = KeyRules::effectiveScopes(
        scopes, roles, m_directory.roleScopes(workspaceId),
        m_directory.memberScopes(workspaceId).value(key.value(6).toLongLong()));

    Verification verification;
    verification.keyId = token.kid;
    verification.workspace = key.value(1).toString();
    verification.environment = token.environment;
    verification.scopes = sortedScopes(effective);
    verification.memberId = key.value(6).toLongLong();
    m_pendingUsage.insert(token.kid, now);
    if (!scope.isEmpty() && !effective.contains(scope)) {
        verification.outcome = Verification::Outcome::Forbidden;
        verification.reason = QStringLiteral("missing scope ") + scope;
        return verification;
    }
    verification.outcome = Verification::Outcome::Valid;
    return verification;
}

void SqlVerifier::flushUsage()
{
    if (m_pendingUsage.isEmpty())
        return;
    SqlTransaction transaction(m_connection);
    for (auto it = m_pendingUsage.cbegin(); it != m_pendingUsage.cend(); ++it) {
        const QVariant at = SqlConnection::timeValue(it.value());
        m_connection.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE kid = ? AND"
                                         " (last_used_at IS NULL OR last_used_at < ?)"),
                          {at, it.key(), at});
    }
    transaction.commit();
    m_pendingUsage.clear();
}
