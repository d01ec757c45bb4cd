#pragma once

#include <QFuture>

//! Waits for a store future from a test's main thread and returns its result.
//! Store work runs on the store's own thread, so blocking here is safe in tests.
template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}
