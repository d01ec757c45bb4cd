#pragma once

#include "domain/Scope.h"
#include "keys/KeyToken.h"
#include "store/KeyQuery.h"

#include <QElapsedTimer>
#include <QHash>
#include <utility>

class SqlConnection;

//! Checks parsed tokens against stored digests, and batches last-used times so that a
//! verification costs no database write.
//!
//! What a check needs of a key (its digests, expiry, revocation and effective scopes)
//! is kept in memory after the first check, for at most a second. Sooner, a change
//! empties that cache: one made in this process (forgetKeys(), called for every
//! write), and one made by any other connection or process (SQLite's data_version,
//! read on every check; PostgreSQL's NOTIFY). So on SQLite a revoke made anywhere is
//! enforced by the next check; on PostgreSQL by the next check after the notification
//! arrives, and within a second even if it never does (a lost connection, a change
//! made outside Keyward). The cache holds digests, never a secret, and only keys that
//! exist; it starts over with every new connection session.
class SqlVerifier final {
public:
    explicit SqlVerifier(SqlConnection &connection);

    Verification verify(const ParsedToken &token, const QString &scope, const QDateTime &now);
    //! Empties the cache; called after every write through this connection.
    void forgetKeys() { m_keys.clear(); }
    bool hasPendingUsage() const { return !m_pendingUsage.isEmpty(); }
    //! The last-used times recorded since the last call, for another connection to write.
    QHash<QString, QDateTime> takeUsage() { return std::exchange(m_pendingUsage, {}); }
    //! Adds last-used times recorded elsewhere to the next flushUsage().
    void addUsage(const QHash<QString, QDateTime> &usage);
    //! Writes the batched last-used times in one transaction.
    void flushUsage();

private:
    struct KeyFacts {
        QString workspace;
        QString vendor;
        QString environment;
        QDateTime expiresAt;
        bool revoked = false;
        qint64 memberId = 0;
        QList<QPair<QByteArray, QDateTime>> credentials; //!< digest, end (null: current)
        ScopeSet effective;
        QStringList effectiveSorted;
        qint64 loadedMs = 0; //!< monotonic; facts older than a second are read again
    };

    const KeyFacts *facts(const QString &kid);
    std::optional<KeyFacts> load(const QString &kid);
    //! (the key's scopes ∪ its roles' scopes) ∩ its member's role, read for this key only.
    ScopeSet effectiveScopes(const QString &kid, qint64 memberId);

    SqlConnection &m_connection;
    QHash<QString, KeyFacts> m_keys;
    qint64 m_dataVersion = -1;
    int m_session = -1;
    QElapsedTimer m_clock;
    QHash<QString, QDateTime> m_pendingUsage;
};
