#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

class SqlKeyStore;

//! Whether the store answers, as `GET /readyz` reports it: a thread of its own reads
//! the store every interval on a connection of its own, and ready() answers from what
//! it found last, at once. So a readiness probe never waits for the store (a lock, a
//! slow network, a hung database), and the store is read once per interval however
//! often the probe is asked. A probe that has not come back within a few intervals
//! counts as not ready.
class StoreReadiness final {
    Q_DECLARE_TR_FUNCTIONS(StoreReadiness)
    Q_DISABLE_COPY_MOVE(StoreReadiness)

public:
    using Clock = std::chrono::steady_clock;
    //! One read of the store, on the probing thread.
    using Probe = std::function<StoreResult<Done>()>;
    //! Called once on the probing thread, for the probe that thread runs (and owns what
    //! it needs there, such as a connection).
    using ProbeMaker = std::function<Probe()>;

    //! Probes once before it returns, then every @p interval.
    explicit StoreReadiness(ProbeMaker makeProbe,
                            std::chrono::milliseconds interval = std::chrono::seconds(1));
    //! Reads of @p store (which must be open) on a connection of the probing thread.
    static ProbeMaker readsOf(SqlKeyStore &store);
    //! Stops the probing thread (waiting for a read in progress).
    ~StoreReadiness();

    struct State {
        bool ready = false;
        QString problem; //!< for the log, when not ready: never sent to the caller
    };
    //! What the last read found, or not ready when it is overdue.
    State state() const;

private:
    void probeLoop(const ProbeMaker &makeProbe);
    void probeOnce(const Probe &probe);

    const std::chrono::milliseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_probed = false;
    State m_state;
    Clock::time_point m_probedAt;
    std::thread m_thread;
};
