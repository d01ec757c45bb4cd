#pragma once

#include "Await.h"
#include "KeyRecount.h"
#include "store/KeyStore.h"

#include <QTest>
#include <optional>

//! Every count @p store gives for a filter by type and status, at @p now, against the
//! keys it lists counted one by one. Use with QTest::currentTestFailed() after it.
inline void compareCountsWithRecount(KeyStore &store, const QDateTime &now)
{
    QList<ApiKey> keys;
    KeyQuery query;
    query.limit = 1000;
    do {
        const StoreResult<KeyPage> page = await(store.queryKeys({}, query));
        QVERIFY(page.ok());
        keys += page.value().keys;
        query.after = page.value().nextCursor;
    } while (!query.after.isEmpty());

    const std::optional<Environment> types[] = {std::nullopt, Environment::Live, Environment::Test};
    const std::optional<KeyStatus> statuses[] = {std::nullopt, KeyStatus::Active,
                                                 KeyStatus::ExpiringSoon, KeyStatus::Expired,
                                                 KeyStatus::Revoked};
    for (const std::optional<Environment> &type : types) {
        for (const std::optional<KeyStatus> &status : statuses) {
            int total = 0;
            int expiringSoon = 0;
            for (const ApiKey &key : std::as_const(keys)) {
                const KeyStatus keyStatus = keyStatusAt(key.revokedAt, key.expiresAt, now);
                if ((type && key.environment != *type) || (status && keyStatus != *status))
                    continue;
                ++total;
                expiringSoon += keyStatus == KeyStatus::ExpiringSoon;
            }
            KeyFilter filter;
            filter.environment = type;
            filter.status = status;
            const StoreResult<KeyCounts> counted = await(store.countKeys({}, filter));
            QVERIFY(counted.ok());
            QCOMPARE(counted.value().total, total);
            QCOMPARE(counted.value().expiringSoon, expiringSoon);
        }
    }
}
