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
//! never waits on it. Calls answer through the calling thread's event loop.
class ConnectionSecrets final {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSecrets)

public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit ConnectionSecrets(int timeoutMs = DefaultTimeoutMs);

    //! The secret of @p connectionId; NotFound when none is stored.
    QFuture<StoreResult<QString>> read(const QString &connectionId) const;
    QFuture<StoreResult<Done>> write(const QString &connectionId, const QString &secret) const;
    //! Forgets the secret (done when there was none).
    QFuture<StoreResult<Done>> remove(const QString &connectionId) const;

private:
    int m_timeoutMs;
};
