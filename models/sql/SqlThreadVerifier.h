#pragma once

#include "sql/SqlConnection.h"
#include "sql/SqlVerifier.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class SqlKeyStore;

//! Verifies keys on the thread that owns it, with a read connection of its own, for
//! keyward-server's request thread: a check costs no hop to the store's worker, so a
//! busy worker (a write, a batch of last-used times) never holds up verification.
//! SQLite's write-ahead log lets it read while the worker writes. Last-used times go
//! to the store's worker every second, which writes them with its own batch.
//! Never for the GUI thread: a check reads the database (see KeyStore::verify).
class SqlThreadVerifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlThreadVerifier)

public:
    //! @p store must have been opened (created and migrated) already.
    explicit SqlThreadVerifier(SqlKeyStore &store, QObject *parent = nullptr);
    ~SqlThreadVerifier() override;

    //! As KeyStore::verify, answered on this thread.
    StoreResult<Verification> verify(const QString &token, const QString &scope);

private:
    void handOverUsage();

    SqlKeyStore &m_store;
    SqlConnection m_connection;
    SqlVerifier m_verifier;
    QTimer m_handover;
    quint64 m_seenChanges = 0;
    QElapsedTimer m_sinceFailure; //!< valid while a failed connection is left to rest
};
