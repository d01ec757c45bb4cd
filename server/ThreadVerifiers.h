#pragma once

#include <QTimer>
#include <memory>
#include <mutex>
#include <vector>

class SqlKeyStore;
class SqlThreadVerifier;

//! One SqlThreadVerifier for each of the server's threads, made on the thread's first
//! check and closed when the thread ends, so every thread reads with a connection of
//! its own. Their last-used times go to the store's worker every second from the
//! thread that owns this object (it needs an event loop: the main thread).
class ThreadVerifiers final {
    Q_DISABLE_COPY_MOVE(ThreadVerifiers)

public:
    //! @p store must be open.
    explicit ThreadVerifiers(SqlKeyStore &store);
    //! Every thread that used it must have ended before.
    ~ThreadVerifiers();

    //! The calling thread's verifier.
    SqlThreadVerifier &current();
    //! Hands every verifier's last-used times to the store now.
    void handOverUsage();

private:
    friend struct ThreadVerifierSlot;
    void forget(SqlThreadVerifier *verifier);

    SqlKeyStore &m_store;
    std::mutex m_mutex;
    std::vector<SqlThreadVerifier *> m_verifiers;
    QTimer m_handover;
};
