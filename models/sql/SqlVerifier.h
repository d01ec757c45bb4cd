#pragma once

#include "domain/Scope.h"
#include "keys/KeyToken.h"
#include "store/KeyQuery.h"

#include <QElapsedTimer>
#include <QHash>
#include <chrono>
#include <utility>

class SqlConnection;

//! Checks parsed tokens against stored digests, and batches last-used times so that a
//! verification costs no database write.
//!
//! What a check needs of a key (its digests, expiry, revocation and effective scopes)
//! is kept in memory after the first check. A change empties that cache: one made in
//! this process (forgetKeys(), called for every write), and one made by any other
//! connection or process. On SQLite, data_version (read on every check) tells that
//! another connection committed, and the verify epoch (moved by triggers in the same
//! transaction as every write that can change a check's answer) whether it matters:
//! a revoke made anywhere is enforced by the next check, while a batch of last-used
//! times keeps the cache. On PostgreSQL, NOTIFY tells, and a key's facts are read
//! again after a second even without one (a lost connection, a change made outside
//! Keyward). The cache holds digests, never a secret, and only keys that exist; it
//! starts over with every new connection session.
class SqlVerifier final {
public:
    //! On SQLite, another connection's commit is seen by every check that starts
    //! @p outsideChangeWindow after it (0: by the next check). Reading data_version
    //! begins a read transaction, whose locks every connection of the process shares:
    //! read on each of thousands of checks a second on several threads, the threads
    //! queue for them. A read is trusted for the window instead.
    explicit SqlVerifier(SqlConnection &connection,
                         std::chrono::microseconds outsideChangeWindow = {});

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
        qint64 loadedMs = 0; //!< monotonic; old facts are read again (see MaxFactAgeMs*)
    };

    //! Empties the cache when another connection's commit may have changed a check.
    void forgetWhatChangedElsewhere();
    const KeyFacts *facts(const QString &kid);
    std::optional<KeyFacts> load(const QString &kid);
    //! SQLite: verify_epoch.n, which every write that matters to a check moves.
    qint64 verifyEpoch();
    //! (the key's scopes ∪ its roles' scopes) ∩ its member's role, read for this key only.
    ScopeSet effectiveScopes(const QString &kid, qint64 memberId);

    SqlConnection &m_connection;
    const std::chrono::microseconds m_outsideChangeWindow;
    QHash<QString, KeyFacts> m_keys;
    qint64 m_dataVersion = -1;
    std::chrono::steady_clock::time_point m_dataVersionReadAt;
    qint64 m_epoch = -1;
    int m_session = -1;
    QElapsedTimer m_clock;
    QHash<QString, QDateTime> m_pendingUsage;
};
