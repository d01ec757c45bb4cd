#pragma once

#include "Await.h"
#include "KeyPages.h"
#include "KeyRecount.h"
#include "store/KeyStore.h"

#include <QTest>
#include <optional>

//! Every count @p store gives for a filter by type and status, at @p now, against the
//! keys it lists counted one by one. Use with QTest::currentTestFailed() after it.
inline void compareCountsWithRecount(KeyStore &store, const QDateTime &now)
{
    KeyQuery everything;
    everything.limit = 1000;
    const QList<ApiKey> keys = allKeyPages(store, everything);

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

//! Two stores writing to the same data at once, each with its calls in flight together:
//! @p count creates (a third of them live, a fifth never expiring) split between them,
//! then a quarter of the keys revoked and a quarter deleted, each by the other store.
inline void writeConcurrently(KeyStore &first, KeyStore &second, int count)
{
    QList<QFuture<StoreResult<IssuedKey>>> creates;
    for (int i = 0; i < count; ++i) {
        KeyDraft draft;
        draft.name = QStringLiteral("Concurrent %1").arg(i);
        draft.environment = i % 3 ? Environment::Test : Environment::Live;
        draft.neverExpires = i % 5 == 0;
        creates << (i % 2 ? second.createKey({}, draft) : first.createKey({}, draft));
    }
    QList<QFuture<StoreResult<ApiKey>>> revokes;
    QList<QFuture<StoreResult<Done>>> deletes;
    for (int i = 0; i < creates.size(); ++i) {
        const StoreResult<IssuedKey> created = await(creates.at(i));
        QVERIFY(created.ok());
        KeyStore &writer = i % 2 ? first : second;
        if (i % 4 == 1)
            revokes << writer.revokeKey({}, created.value().key.id);
        else if (i % 4 == 2)
            deletes << writer.deleteKey({}, created.value().key.id);
    }
    for (const auto &revoke : std::as_const(revokes))
        QVERIFY(await(revoke).ok());
    for (const auto &remove : std::as_const(deletes))
        QVERIFY(await(remove).ok());
}
