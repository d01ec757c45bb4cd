#include "StoreReadiness.h"

#include "sql/SqlThreadVerifier.h"

namespace {

// A probe that has not come back after this many intervals is a store that does not answer.
constexpr int OverdueIntervals = 3;

} // namespace

StoreReadiness::StoreReadiness(ProbeMaker makeProbe, std::chrono::milliseconds interval)
    : m_interval(interval)
    , m_thread([this, makeProbe = std::move(makeProbe)] { probeLoop(makeProbe); })
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_probed; });
}

StoreReadiness::~StoreReadiness()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

StoreReadiness::State StoreReadiness::state() const
{
    const std::lock_guard lock(m_mutex);
    const auto age = Clock::now() - m_probedAt;
    if (age > m_interval * OverdueIntervals) {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(age).count();
        return {false, tr("The key store has not answered a read for %n second(s).", nullptr,
                          int(seconds))};
    }
    return m_state;
}

StoreReadiness::ProbeMaker StoreReadiness::readsOf(SqlKeyStore &store)
{
    return [&store]() -> Probe {
        auto verifier = std::make_shared<SqlThreadVerifier>(store); // this thread's connection
        return [verifier] { return verifier->probe(); };
    };
}

void StoreReadiness::probeLoop(const ProbeMaker &makeProbe)
{
    const Probe probe = makeProbe();
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        probeOnce(probe);
        lock.lock();
        m_wake.notify_all(); // the constructor waits for the first one
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
    }
}

void StoreReadiness::probeOnce(const Probe &probe)
{
    const StoreResult<Done> result = probe();
    const std::lock_guard lock(m_mutex);
    m_probed = true;
    m_probedAt = Clock::now();
    m_state = result.ok() ? State{true, {}} : State{false, result.error().message()};
}
