#include "StoreFixture.h"
#include "StoreReadiness.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace std::chrono_literals;

//! What GET /readyz answers: told at once from the last read, never by waiting for the
//! store, and not ready once a read hangs.
class TestStoreReadiness final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readyWhenTheStoreAnswers();
    void notReadyWithTheStoresProblem();
    void aHungReadIsNotReadyAndIsToldAtOnce();
    void readsTheStoreOncePerInterval();
};

void TestStoreReadiness::readyWhenTheStoreAnswers()
{
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    const StoreReadiness readiness(StoreReadiness::readsOf(*fixture.store));
    const StoreReadiness::State state = readiness.state();
    QVERIFY2(state.ready, qPrintable(state.problem));
    QVERIFY(state.problem.isEmpty());
}

void TestStoreReadiness::notReadyWithTheStoresProblem()
{
    SqlStoreOptions broken;
    broken.path = QStringLiteral("/proc/keyward-cannot-be-here/keys.db");
    SqlKeyStore unreachable(broken);
    // Known from the first read, which the constructor waits for.
    const StoreReadiness readiness(StoreReadiness::readsOf(unreachable));
    const StoreReadiness::State state = readiness.state();
    QVERIFY(!state.ready);
    QVERIFY2(!state.problem.isEmpty(), "the log says why");
}

void TestStoreReadiness::aHungReadIsNotReadyAndIsToldAtOnce()
{
    std::mutex mutex;
    std::condition_variable changed;
    bool hang = false;
    bool hanging = false;
    const auto probe = [&]() -> StoreResult<Done> {
        std::unique_lock lock(mutex);
        hanging = hang;
        changed.notify_all();
        changed.wait(lock, [&] { return !hang; });
        hanging = false;
        return Done{};
    };
    StoreReadiness readiness([&] { return probe; }, 20ms);
    QVERIFY(readiness.state().ready);
    {
        const std::lock_guard lock(mutex);
        hang = true;
    }
    {
        std::unique_lock lock(mutex);
        QVERIFY(changed.wait_for(lock, 5s, [&] { return hanging; }));
    }
    // While the read hangs, every answer comes at once; after three intervals without
    // one coming back, the store counts as not answering.
    qint64 slowestMs = 0;
    const bool wentUnready = QTest::qWaitFor(
        [&] {
            QElapsedTimer asked;
            asked.start();
            const bool ready = readiness.state().ready;
            slowestMs = std::max(slowestMs, asked.elapsed());
            return !ready;
        },
        5000);
    QVERIFY(wentUnready);
    QVERIFY2(slowestMs < 1000, qPrintable(QString::number(slowestMs)));
    QVERIFY(!readiness.state().problem.isEmpty());
    {
        const std::lock_guard lock(mutex);
        hang = false;
    }
    changed.notify_all();
    QTRY_VERIFY(readiness.state().ready);
}

void TestStoreReadiness::readsTheStoreOncePerInterval()
{
    std::atomic<int> reads = 0;
    const auto probe = [&]() -> StoreResult<Done> {
        ++reads;
        return Done{};
    };
    QElapsedTimer alive;
    alive.start();
    {
        const StoreReadiness readiness([&] { return probe; }, 100ms);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(readiness.state().ready);
        QTRY_VERIFY(reads.load() >= 3);
    }
    // However often it was asked: one read at the start and one per 100 ms since.
    QVERIFY2(reads.load() <= 2 + alive.elapsed() / 100, qPrintable(QString::number(reads.load())));
}

QTEST_GUILESS_MAIN(TestStoreReadiness)
#include "tst_storereadiness.moc"
