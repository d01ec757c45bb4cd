#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>

//! Waits for a store future from a test's main thread and returns its result.
//! Store work runs on the store's own thread, so blocking here is safe in tests.
template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

//! Waits for @p future while this thread's event loop runs, for what answers through
//! it (HttpKeyStore, the keychain), and returns its result.
template <typename T> T settle(QFuture<T> future, int timeoutMs = 30000)
{
    QElapsedTimer waited;
    waited.start();
    while (!future.isFinished() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.result();
}
