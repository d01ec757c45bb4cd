#include "FailureThrottle.h"

#include <algorithm>
#include <cmath>

namespace {

// Beyond this many tracked addresses, those that have fully recovered are forgotten.
constexpr qsizetype MaxTracked = 10000;

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
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxTracked)
            forgetFullBuckets();
        it = m_buckets.insert(client, {double(m_perMinute), now});
    }
    const double perMs = m_perMinute / 60000.0;
    it->tokens = std::min(double(m_perMinute), it->tokens + (now - it->updatedMs) * perMs);
    it->updatedMs = now;
    return *it;
}

std::optional<int> FailureThrottle::retryAfter(const QHostAddress &client)
{
    if (!enabled() || !m_buckets.contains(client))
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
