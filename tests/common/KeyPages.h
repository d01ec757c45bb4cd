#pragma once

#include "Await.h"
#include "store/KeyStore.h"

//! Every key @p store lists for @p query, read page by page through its cursor.
inline QList<ApiKey> allKeyPages(KeyStore &store, KeyQuery query)
{
    QList<ApiKey> keys;
    do {
        const StoreResult<KeyPage> page = await(store.queryKeys({}, query));
        if (!page.ok())
            qFatal("query failed: %s", qPrintable(page.error().message()));
        keys += page.value().keys;
        query.after = page.value().nextCursor;
    } while (!query.after.isEmpty());
    return keys;
}
