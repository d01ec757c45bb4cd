#pragma once

#include "store/StoreError.h"

#include <QFuture>

//! Waits for a store call and returns its result.
//!
//! Qt 6.4's QHttpServer crashes on some `QFuture<QHttpServerResponse>` answers
//! (reportStarted on a finished interface), so route handlers wait for the store's
//! worker thread here; requests are served one at a time per event loop.
template <typename T> StoreResult<T> awaited(QFuture<StoreResult<T>> future)
{
    future.waitForFinished();
    return future.result();
}
