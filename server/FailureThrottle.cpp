#include "FailureThrottle.h"

#include <algorithm>
#include <cmath>

namespace {

// Beyond this many tracked addresses, those that have fully recovered are forgotten.
constexpr qsizetype MaxTracked = 10000;

//! The unit one client is judged by: an IPv4 address, or an IPv6 /64 network (one
//! subscriber usually holds a whole /64, and could otherwise rotate addresses in it).
QHostAddress clientUnit(const QHostAddress &client)
{
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    Q_IPV6ADDR v6 = client.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        v6[i] = 0;
    return QHostAddress(v6);
}

} // namespace

FailureThrottle::FailureThrottle(int perMinute, Clock clock)
    : m_perMinute(std::max(0, perMinute))
    , m_clock(std::move(clock))
{
    m_started.start();
    if (!m_clock)
        m_clock = [this] { return m_started.elapsed(); };
}

FailureThrottle::Bucket &FailureThrottle::refilled(const QHostAddress &client)
{
    const qint64 now = m_clock();
    const QHostAddress unit = clientUnit(client);
    auto it = m_buckets.find(unit);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxTracked)
            forgetFullBuckets();
        it = m_buckets.insert(unit, {double(m_perMinute), now});
    }
    const double perMs = m_perMinute / 60000.0;
    it->tokens = std::min(double(m_perMinute), it->tokens + (now - it->updatedMs) * perMs);
    it->updatedMs = now;
    return *it;
}

std::optional<int> FailureThrottle::retryAfter(const QHostAddress &client)
{
    if (!enabled() || !m_buckets.contains(clientUnit(client)))
        return std::nullopt;
    const Bucket &bucket = refilled(client);
    if (bucket.tokens >= 1.0)
        return std::nullopt;
    // Whole milliseconds first (less a rounding hair), then whole seconds, rounded up.
    const double msPerToken = 60000.0 / m_perMinute;
    const auto waitMs = qint64(std::ceil((1.0 - bucket.tokens) * msPerToken - 1e-6));
    return std::max(1, int((waitMs + 999) / 1000));
}

void FailureThrottle::recordFailure(const QHostAddress &client)
{
    if (!enabled())
        return;
    Bucket &bucket = refilled(client);
    bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
}

void FailureThrottle::forgetFullBuckets()
{
    const qint64 now = m_clock();
    const double perMs = m_perMinute / 60000.0;
    m_buckets.removeIf([&](QHash<QHostAddress, Bucket>::iterator entry) {
        return entry->tokens + (now - entry->updatedMs) * perMs >= m_perMinute;
    });
}
