#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

//! The secrets of saved connections (a keyward-server key, a PostgreSQL password) in
//! the operating system's keychain, through QtKeychain, under the application's name
//! and the connection's id. Never in QSettings or any file: QtKeychain's insecure
//! fallback stays off, and without a working keychain every call fails with a message
//! saying so (the caller then asks for the secret each session).
//!
//! Keychain jobs can hang (no unlocked keyring, a locked screen waiting for a prompt):
//! each call answers within the timeout even when the keychain does not, so the window
//! never waits on it. The answer is what happens: a write that timed out stores
//! nothing, even when the keychain carries it out late (its entry is deleted again,
//! before any later call sees it). Calls answer through the calling thread's event loop.
class ConnectionSecrets final {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSecrets)

public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit ConnectionSecrets(int timeoutMs = DefaultTimeoutMs);

    //! The secret of @p connectionId; NotFound when none is stored.
    QFuture<StoreResult<QString>> read(const QString &connectionId) const;
    //! Stores @p secret; Unavailable when the keychain failed or did not answer in time,
    //! and then no secret is stored for @p connectionId (not even an older one).
    QFuture<StoreResult<Done>> write(const QString &connectionId, const QString &secret) const;
    //! Forgets the secret (done when there was none).
    QFuture<StoreResult<Done>> remove(const QString &connectionId) const;

private:
    //! Deletes the entry a timed-out write may still create.
    static void undoLateWrite(const QString &connectionId);

    int m_timeoutMs;
};
