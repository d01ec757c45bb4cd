#include "sql/SqlVerifier.h"

#include "domain/KeyRules.h"
#include "sql/SqlConnection.h"

namespace {

// Bound on the keys remembered between changes; past it the cache starts over.
constexpr qsizetype MaxCachedKeys = 200000;
// How long a key's facts are trusted without a change being announced: on PostgreSQL
// a second, for a lost notification or a change made outside Keyward; on SQLite, where
// every such change moves the verify epoch in the same transaction, a minute, in case
// someone removed the triggers by hand.
constexpr qint64 MaxFactAgeMsPostgres = 1000;
constexpr qint64 MaxFactAgeMsSqlite = 60000;
// A key has one credential, or two during a reset's grace period.
constexpr int MaxCredentials = 2;
// Compared with when a key has fewer credentials, or none: never matches a secret's
// digest, which is 32 bytes.
const QPair<QByteArray, QDateTime> NoCredential{QByteArray(32, '\0'), QDateTime()};

Verification unauthenticated(const QString &reason)
{
    Verification verification;
    verification.reason = reason;
    return verification;
}

} // namespace

SqlVerifier::SqlVerifier(SqlConnection &connection, std::chrono::microseconds outsideChangeWindow)
    : m_connection(connection)
    , m_outsideChangeWindow(outsideChangeWindow)
{
}

Verification SqlVerifier::verify(const ParsedToken &token, const QString &scope,
                                 const QDateTime &now)
{
    const KeyFacts *key = facts(token.kid);
    // The same comparisons for every key, known or not, revoked or not, so that the time
    // a check takes does not tell a caller without the secret anything about the key.
    const QByteArray presented = KeyToken::digest(token.secret);
    bool matched = false;
    for (int i = 0; i < MaxCredentials; ++i) {
        const bool real = key && i < key->credentials.size();
        const auto &[digest, endsAt] = real ? key->credentials.at(i) : NoCredential;
        const bool live = real && (!endsAt.isValid() || endsAt > now);
        matched |= KeyToken::digestsEqual(digest, presented) && live;
    }
    if (!key)
        return unauthenticated(QStringLiteral("unknown key"));
    if (key->vendor != token.vendor || key->environment != environmentName(token.environment))
        return unauthenticated(QStringLiteral("prefix or environment mismatch"));
    // Revocation removes the credentials too; this only names the reason for the record.
    if (key->revoked)
        return unauthenticated(QStringLiteral("revoked"));
    if (!matched)
        return unauthenticated(QStringLiteral("wrong or ended credential"));
    if (key->expiresAt.isValid() && key->expiresAt <= now)
        return unauthenticated(QStringLiteral("expired"));

    Verification verification;
    verification.keyId = token.kid;
    verification.workspace = key->workspace;
    verification.environment = token.environment;
    verification.scopes = key->effectiveSorted;
    verification.memberId = key->memberId;
    m_pendingUsage.insert(token.kid, now);
    if (!scope.isEmpty() && !key->effective.contains(scope)) {
        verification.outcome = Verification::Outcome::Forbidden;
        verification.reason = QStringLiteral("missing scope ") + scope;
        return verification;
    }
    verification.outcome = Verification::Outcome::Valid;
    return verification;
}

void SqlVerifier::forgetWhatChangedElsewhere()
{
    // Another connection committed since the last check, or this is a new session:
    // what we know may be stale. On SQLite, only if the commit moved the verify epoch
    // (a batch of last-used times does not), and data_version is read once per window.
    const bool newSession = m_connection.session() != m_session;
    const auto now = std::chrono::steady_clock::now();
    if (!newSession && !m_connection.isPostgres() &&
        now - m_dataVersionReadAt < m_outsideChangeWindow)
        return;
    const qint64 version = m_connection.dataVersion();
    m_dataVersionReadAt = now;
    if (version == m_dataVersion && !newSession)
        return;
    m_dataVersion = version;
    m_session = m_connection.session();
    const qint64 epoch = m_connection.isPostgres() ? version : verifyEpoch();
    if (epoch != m_epoch || newSession) {
        m_keys.clear();
        m_epoch = epoch;
    }
}

const SqlVerifier::KeyFacts *SqlVerifier::facts(const QString &kid)
{
    forgetWhatChangedElsewhere();
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 nowMs = m_clock.elapsed();
    const qint64 maxAgeMs = m_connection.isPostgres() ? MaxFactAgeMsPostgres : MaxFactAgeMsSqlite;
    auto known = m_keys.constFind(kid);
    if (known != m_keys.cend() && nowMs - known->loadedMs < maxAgeMs)
        return &*known;
    std::optional<KeyFacts> loaded = load(kid);
    if (!loaded) {
        m_keys.remove(kid);
        return nullptr; // unknown kids are not remembered: guessing cannot fill memory
    }
    loaded->loadedMs = nowMs;
    if (m_keys.size() >= MaxCachedKeys)
        m_keys.clear();
    return &*m_keys.insert(kid, *loaded);
}

qint64 SqlVerifier::verifyEpoch()
{
    QSqlQuery &query = m_connection.execCached(QStringLiteral("SELECT n FROM verify_epoch"));
    const qint64 epoch = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return epoch;
}

std::optional<SqlVerifier::KeyFacts> SqlVerifier::load(const QString &kid)
{
    // One read transaction (one snapshot) for everything a check needs.
    SqlReadTransaction snapshot(m_connection);
    QSqlQuery &key = m_connection.execCached(
        QStringLiteral("SELECT w.name, w.prefix, k.environment, k.expires_at, k.revoked_at,"
                       " k.created_by FROM api_keys k JOIN workspaces w ON w.id = k.workspace_id"
                       " WHERE k.kid = ?"),
        {kid});
    if (!key.next()) {
        key.finish();
        return std::nullopt;
    }
    KeyFacts facts;
    facts.workspace = key.value(0).toString();
    facts.vendor = key.value(1).toString();
    facts.environment = key.value(2).toString();
    facts.expiresAt = SqlConnection::timeFrom(key.value(3));
    facts.revoked = SqlConnection::timeFrom(key.value(4)).isValid();
    facts.memberId = key.value(5).toLongLong();
    key.finish();

    QSqlQuery &credentials = m_connection.execCached(
        QStringLiteral("SELECT digest, ends_at FROM credentials WHERE kid = ?"), {kid});
    while (credentials.next()) {
        facts.credentials.append(
            {credentials.value(0).toByteArray(), SqlConnection::timeFrom(credentials.value(1))});
    }
    credentials.finish();
    facts.effective = effectiveScopes(kid, facts.memberId);
    facts.effectiveSorted = sortedScopes(facts.effective);
    return facts;
}

ScopeSet SqlVerifier::effectiveScopes(const QString &kid, qint64 memberId)
{
    QStringList scopes;
    QSqlQuery &own = m_connection.execCached(
        QStringLiteral("SELECT scope FROM key_scopes WHERE kid = ?"), {kid});
    while (own.next())
        scopes << own.value(0).toString();
    own.finish();

    QHash<QString, ScopeSet> roleScopes;
    QSqlQuery &roles = m_connection.execCached(
        QStringLiteral("SELECT r.name, s.scope FROM key_roles kr JOIN roles r ON r.id ="
                       " kr.role_id JOIN role_scopes s ON s.role_id = r.id WHERE kr.kid = ?"),
        {kid});
    while (roles.next())
        roleScopes[roles.value(0).toString()].insert(roles.value(1).toString());
    roles.finish();

    ScopeSet held;
    QSqlQuery &member = m_connection.execCached(
        QStringLiteral("SELECT s.scope FROM members m JOIN role_scopes s ON s.role_id ="
                       " m.role_id WHERE m.id = ?"),
        {memberId});
    while (member.next())
        held.insert(member.value(0).toString());
    member.finish();
    return KeyRules::effectiveScopes(scopes, roleScopes.keys(), roleScopes, held);
}

void SqlVerifier::addUsage(const QHash<QString, QDateTime> &usage)
{
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        QDateTime &latest = m_pendingUsage[it.key()];
        if (!latest.isValid() || latest < it.value())
            latest = it.value();
    }
}

void SqlVerifier::flushUsage()
{
    if (m_pendingUsage.isEmpty())
        return;
    // Last-used times are a convenience, not a record: a SQLite batch commits without
    // waiting for the disk (the file stays consistent; a power cut may lose the batch).
    const bool relaxed = !m_connection.isPostgres();
    if (relaxed)
        m_connection.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    try {
        SqlTransaction transaction(m_connection);
        for (auto it = m_pendingUsage.cbegin(); it != m_pendingUsage.cend(); ++it) {
            const QVariant at = SqlConnection::timeValue(it.value());
            m_connection.execCached(
                QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE kid = ? AND"
                               " (last_used_at IS NULL OR last_used_at < ?)"),
                {at, it.key(), at});
        }
        transaction.commit();
    } catch (...) {
        if (relaxed)
            m_connection.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        throw;
    }
    if (relaxed)
        m_connection.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    m_pendingUsage.clear();
}
