#include "FailureThrottle.h"

#include <algorithm>
#include <cmath>

FailureThrottle::FailureThrottle(int perMinute, Clock clock, int capacity)
    : m_perMinute(std::max(0, perMinute))
    , m_shardCapacity(std::max(1, capacity / int(std::tuple_size_v<decltype(m_shards)>)))
    , m_clock(std::move(clock))
{
    m_started.start();
    if (!m_clock)
        m_clock = [this] { return m_started.elapsed(); };
}

FailureThrottle::Unit FailureThrottle::unitOf(const QHostAddress &client)
{
    // One subscriber usually holds a whole IPv6 /64, and could otherwise rotate
    // addresses in it.
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    if (isV4)
        return {v4, true};
    const Q_IPV6ADDR v6 = client.toIPv6Address();
    quint64 prefix = 0;
    for (int i = 0; i < 8; ++i)
        prefix = (prefix << 8) | v6[i];
    return {prefix, false};
}

FailureThrottle::Shard &FailureThrottle::shardOf(const Unit &unit)
{
    return m_shards[qHash(unit, 0) % m_shards.size()];
}

void FailureThrottle::refill(Entry &entry, qint64 now) const
{
    const double perMs = m_perMinute / 60000.0;
    entry.tokens = std::min(double(m_perMinute),
                            entry.tokens + static_cast<double>(now - entry.updatedMs) * perMs);
    entry.updatedMs = now;
}

std::optional<int> FailureThrottle::retryAfter(const QHostAddress &client)
{
    if (!enabled())
        return std::nullopt;
    const Unit unit = unitOf(client);
    Shard &shard = shardOf(unit);
    const std::lock_guard lock(shard.mutex);
    const auto found = shard.entries.find(unit);
    if (found == shard.entries.end())
        return std::nullopt;
    refill(*found, m_clock());
    if (found->tokens >= 1.0)
        return std::nullopt;
    // Whole milliseconds first (less a rounding hair), then whole seconds, rounded up.
    const double msPerToken = 60000.0 / m_perMinute;
    const auto waitMs = qint64(std::ceil((1.0 - found->tokens) * msPerToken - 1e-6));
    return std::max(1, int((waitMs + 999) / 1000));
}

void FailureThrottle::recordFailure(const QHostAddress &client)
{
    if (!enabled())
        return;
    const Unit unit = unitOf(client);
    Shard &shard = shardOf(unit);
    const std::lock_guard lock(shard.mutex);
    const qint64 now = m_clock();
    auto found = shard.entries.find(unit);
    if (found == shard.entries.end()) {
        if (shard.entries.size() >= m_shardCapacity) {
            shard.entries.remove(shard.byAge.front());
            shard.byAge.pop_front();
        }
        shard.byAge.push_back(unit);
        found =
            shard.entries.insert(unit, {double(m_perMinute), now, std::prev(shard.byAge.end())});
    } else {
        shard.byAge.splice(shard.byAge.end(), shard.byAge, found->age);
    }
    refill(*found, now);
    found->tokens = std::max(0.0, found->tokens - 1.0);
}

int FailureThrottle::trackedClients() const
{
    int tracked = 0;
    for (const Shard &shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        tracked += int(shard.entries.size());
    }
    return tracked;
}
