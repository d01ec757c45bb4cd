#pragma once

#include "store/StoreError.h"

#include <QFuture>

//! Waits for a store call and returns its result: for callers that may block, never the
//! GUI thread or a check. keyward-server's management routes run on the HTTP engine's
//! worker threads (HttpHandler::Lane::Offloaded), where waiting holds up no check and no
//! other connection; keyward-cli does one thing at a time.
template <typename T> StoreResult<T> awaited(QFuture<StoreResult<T>> future)
{
    future.waitForFinished();
    return future.result();
}
