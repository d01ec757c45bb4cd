#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <functional>
#include <optional>

//! Throttles failed verifications per client (a token bucket per IPv4 address or IPv6 /64):
//! each address may fail @p perMinute times in a burst, refilled evenly over a minute.
//! While an address is out of tokens every verification from it is refused with
//! 429 before the key is looked at, so guessing gains nothing; other addresses are
//! not affected.
class FailureThrottle final {
public:
    using Clock = std::function<qint64()>; //!< monotonic milliseconds

    explicit FailureThrottle(int perMinute, Clock clock = {});

    //! Seconds until @p client may try again, or nullopt when it may try now.
    std::optional<int> retryAfter(const QHostAddress &client);
    void recordFailure(const QHostAddress &client);
    bool enabled() const { return m_perMinute > 0; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    Bucket &refilled(const QHostAddress &client);
    void forgetFullBuckets();

    int m_perMinute;
    QElapsedTimer m_started;
    Clock m_clock;
    QHash<QHostAddress, Bucket> m_buckets;
};
