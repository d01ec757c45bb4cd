#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <array>
#include <functional>
#include <list>
#include <mutex>
#include <optional>

//! Throttles failed verifications per client (a token bucket per IPv4 address or IPv6 /64):
//! each address may fail @p perMinute times in a burst, refilled evenly over a minute.
//! While an address is out of tokens every verification from it is refused with
//! 429 before the key is looked at, so guessing gains nothing; other addresses are
//! not affected.
//!
//! Safe to use from several threads (16 shards, a lock each). Memory is bounded: at
//! most @p capacity clients are tracked, each shard forgetting the client whose last
//! failure is the oldest when it is full; every call costs O(1).
class FailureThrottle final {
public:
    using Clock = std::function<qint64()>; //!< monotonic milliseconds
    static constexpr int DefaultCapacity = 65536;

    explicit FailureThrottle(int perMinute, Clock clock = {}, int capacity = DefaultCapacity);

    //! Seconds until @p client may try again, or nullopt when it may try now.
    std::optional<int> retryAfter(const QHostAddress &client);
    void recordFailure(const QHostAddress &client);
    bool enabled() const { return m_perMinute > 0; }
    //! How many clients are tracked now (never more than the capacity).
    int trackedClients() const;

private:
    //! An IPv4 address or an IPv6 /64 network.
    struct Unit {
        quint64 bits = 0;
        bool v4 = false;
        bool operator==(const Unit &other) const { return bits == other.bits && v4 == other.v4; }
    };
    friend size_t qHash(const Unit &unit, size_t seed)
    {
        return qHashMulti(seed, unit.bits, unit.v4);
    }

    struct Entry {
        double tokens = 0;
        qint64 updatedMs = 0;
        std::list<Unit>::iterator age; //!< its place in the shard's order of last failure
    };
    struct Shard {
        mutable std::mutex mutex;
        QHash<Unit, Entry> entries;
        std::list<Unit> byAge; //!< least recently failed first
    };

    static Unit unitOf(const QHostAddress &client);
    Shard &shardOf(const Unit &unit);
    void refill(Entry &entry, qint64 now) const;

    int m_perMinute;
    int m_shardCapacity;
    QElapsedTimer m_started;
    Clock m_clock;
    std::array<Shard, 16> m_shards;
};
