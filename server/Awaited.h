#pragma once

#include "store/StoreError.h"

#include <QFuture>

//! Waits for a store call and returns its result. Management routes run on the HTTP
//! engine's worker threads (HttpHandler::Lane::Offloaded), where waiting holds up no
//! check and no other connection.
template <typename T> StoreResult<T> awaited(QFuture<StoreResult<T>> future)
{
    future.waitForFinished();
    return future.result();
}
