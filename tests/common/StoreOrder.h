#pragma once

#include "Await.h"
#include "KeyPages.h"
#include "TestClock.h"
#include "store/KeyStore.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>

//! Sorted by status, a page is read one status at a time; by creator, one member at a
//! time (SqlKeyReader). This gives @p store keys of every status by three members, then
//! reads them in small pages that cross those boundaries, both ways, and compares the
//! order with the keys sorted here (names and ids compared as bytes, as SQLite and a
//! C.UTF-8 PostgreSQL do). Use with QTest::currentTestFailed() after it.
inline void pagesByStatusAndCreatorVisitEveryKeyInOrder(KeyStore &store, TestClock &clock)
{
    const auto member = [&store](const QString &name) {
        const StoreResult<Member> added =
            await(store.addMember({}, Member{0, name, QString(), QStringLiteral("Admin")}));
        return added.ok() ? added.value().id : 0;
    };
    const qint64 dana = member(QStringLiteral("Dana Developer"));
    const qint64 ben = member(QStringLiteral("Ben Builder"));
    QVERIFY(dana > 0 && ben > 0);
    QRandomGenerator random(20261205);
    for (int i = 0; i < 120; ++i) {
        KeyDraft draft;
        draft.name = QStringLiteral("Ordered %1").arg(i);
        draft.neverExpires = i % 7 == 0;
        if (!draft.neverExpires)
            draft.expiresAt = clock.now().addDays(1 + random.bounded(80));
        const Actor actor{i % 3 == 0 ? 0 : i % 3 == 1 ? dana : ben, {}};
        const StoreResult<IssuedKey> created = await(store.createKey(actor, draft));
        QVERIFY(created.ok());
        if (i % 5 == 0)
            QVERIFY(await(store.revokeKey({}, created.value().key.id)).ok());
    }
    clock.advanceDays(30); // some expired, some expiring soon, some active
    const QDateTime now = clock.now();
    QList<ApiKey> keys = allKeyPages(store, {});
    const auto rank = [&now](const ApiKey &key) {
        return int(keyStatusAt(key.revokedAt, key.expiresAt, now));
    };
    QSet<int> statuses;
    for (const ApiKey &key : std::as_const(keys))
        statuses.insert(rank(key));
    QCOMPARE(statuses.size(), 4);
    for (const KeySortField field : {KeySortField::Status, KeySortField::CreatedBy}) {
        std::sort(keys.begin(), keys.end(), [&](const ApiKey &a, const ApiKey &b) {
            if (field == KeySortField::Status && rank(a) != rank(b))
                return rank(a) < rank(b);
            if (field == KeySortField::CreatedBy && a.createdBy != b.createdBy)
                return a.createdBy.toUtf8() < b.createdBy.toUtf8();
            return a.id.toUtf8() < b.id.toUtf8();
        });
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            KeyQuery query;
            query.sortField = field;
            query.sortOrder = order;
            query.limit = 7;
            QStringList expected;
            for (const ApiKey &key : std::as_const(keys))
                expected << key.id;
            if (order == Qt::DescendingOrder)
                std::reverse(expected.begin(), expected.end());
            QStringList paged;
            for (const ApiKey &key : allKeyPages(store, query))
                paged << key.id;
            QCOMPARE(paged, expected);
        }
    }
}
