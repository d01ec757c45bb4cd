#pragma once

#include "sql/SqlConnection.h"
#include "sql/SqlVerifier.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <mutex>

class SqlKeyStore;

//! Verifies keys on the thread that made it, with a read connection of its own, for
//! keyward-server's threads: a check costs no hop to the store's worker, so a busy
//! worker (a write, a batch of last-used times, an export) never holds up
//! verification. SQLite's write-ahead log lets it read while the worker writes.
//! Needs no event loop: changes are noticed through the store's change count and,
//! on SQLite, the file's data_version. Last-used times wait here until takeUsage().
//! Never for the GUI thread: a check reads the database (see KeyStore::verify).
class SqlThreadVerifier final {
    Q_DECLARE_TR_FUNCTIONS(SqlThreadVerifier)
    Q_DISABLE_COPY_MOVE(SqlThreadVerifier)

public:
    //! @p store must have been opened (created and migrated) already. A change made
    //! through @p store is seen by the next check; on SQLite, one another program
    //! commits by every check that starts @p outsideChangeWindow after it (SqlVerifier).
    explicit SqlThreadVerifier(SqlKeyStore &store,
                               std::chrono::microseconds outsideChangeWindow = {});
    //! Hands the last-used times not taken yet to the store.
    ~SqlThreadVerifier();

    //! As KeyStore::verify, answered on this thread.
    StoreResult<Verification> verify(const QString &token, const QString &scope);
    //! Whether the store answers a read on this thread's connection.
    StoreResult<Done> probe();
    //! The last-used times recorded since the last call; from any thread.
    QHash<QString, QDateTime> takeUsage();

private:
    //! Opens the connection, or refuses while a failed one is left to rest.
    bool ready(StoreError *error);

    SqlKeyStore &m_store;
    SqlConnection m_connection;
    SqlVerifier m_verifier;
    std::mutex m_usageMutex; //!< guards the verifier's pending last-used times
    quint64 m_seenChanges = 0;
    QElapsedTimer m_sinceFailure; //!< valid while a failed connection is left to rest
};
