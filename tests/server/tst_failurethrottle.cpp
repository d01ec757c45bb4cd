#include "FailureThrottle.h"

#include <QTest>
#include <thread>
#include <vector>

//! The per-address throttle of failed verifications, on an injected clock.
class TestFailureThrottle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allowsTheBurstThenRefuses();
    void refillsOverTheMinute();
    void otherAddressesAreNotAffected();
    void zeroTurnsItOff();
    void anIpv6NetworkCountsAsOneClient();
    void memoryStaysBoundedUnderManyClients();
    void isSafeFromSeveralThreads();

private:
    qint64 m_now = 0;
    FailureThrottle::Clock clock()
    {
        return [this] { return m_now; };
    }
    const QHostAddress m_attacker{QStringLiteral("192.0.2.7")};
    const QHostAddress m_client{QStringLiteral("198.51.100.1")};
};

void TestFailureThrottle::allowsTheBurstThenRefuses()
{
    FailureThrottle throttle(3, clock());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!throttle.retryAfter(m_attacker));
        throttle.recordFailure(m_attacker);
    }
    const std::optional<int> wait = throttle.retryAfter(m_attacker);
    QVERIFY(wait);
    QCOMPARE(*wait, 20); // one failure back every 60 / 3 seconds
}

void TestFailureThrottle::refillsOverTheMinute()
{
    FailureThrottle throttle(3, clock());
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(m_attacker);
    m_now += 19'000;
    QCOMPARE(throttle.retryAfter(m_attacker).value_or(0), 1);
    m_now += 1'000;
    QVERIFY(!throttle.retryAfter(m_attacker));
    throttle.recordFailure(m_attacker);
    QVERIFY(throttle.retryAfter(m_attacker));
    m_now += 600'000; // a long pause refills no more than the burst
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(m_attacker);
    QVERIFY(throttle.retryAfter(m_attacker));
}

void TestFailureThrottle::otherAddressesAreNotAffected()
{
    FailureThrottle throttle(2, clock());
    for (int i = 0; i < 50; ++i)
        throttle.recordFailure(m_attacker);
    QVERIFY(throttle.retryAfter(m_attacker));
    QVERIFY(!throttle.retryAfter(m_client));
    throttle.recordFailure(m_client);
    QVERIFY(!throttle.retryAfter(m_client));
}

void TestFailureThrottle::zeroTurnsItOff()
{
    FailureThrottle throttle(0, clock());
    for (int i = 0; i < 1000; ++i)
        throttle.recordFailure(m_attacker);
    QVERIFY(!throttle.retryAfter(m_attacker));
}

void TestFailureThrottle::anIpv6NetworkCountsAsOneClient()
{
    FailureThrottle throttle(3, clock());
    // Rotating the lower 64 bits does not make a new client…
    for (int i = 1; i <= 3; ++i)
        throttle.recordFailure(QHostAddress(QStringLiteral("2001:db8:1:2::%1").arg(i)));
    QVERIFY(throttle.retryAfter(QHostAddress(QStringLiteral("2001:db8:1:2::99"))));
    // …another /64 is another client, and IPv4-mapped addresses count as IPv4.
    QVERIFY(!throttle.retryAfter(QHostAddress(QStringLiteral("2001:db8:1:3::1"))));
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(QHostAddress(QStringLiteral("::ffff:192.0.2.7")));
    QVERIFY(throttle.retryAfter(m_attacker));
    QVERIFY(!throttle.retryAfter(QHostAddress(QStringLiteral("192.0.2.8"))));
}

void TestFailureThrottle::memoryStaysBoundedUnderManyClients()
{
    constexpr int Capacity = 1600;
    FailureThrottle throttle(3, clock(), Capacity);
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(m_attacker);
    // 100,000 other clients each fail once, none of them recovered yet.
    for (quint32 i = 0; i < 100000; ++i) {
        throttle.recordFailure(QHostAddress(0x0a000000u + i));
        if (i % 100 == 0)
            throttle.recordFailure(m_attacker); // still failing: stays among the newest
        QVERIFY(throttle.trackedClients() <= Capacity);
    }
    QCOMPARE(throttle.trackedClients(), Capacity);
    QVERIFY(throttle.retryAfter(m_attacker));
    // The newest clients are remembered: two more failures use up their burst…
    const QHostAddress newest(0x0a000000u + 99999);
    throttle.recordFailure(newest);
    throttle.recordFailure(newest);
    QVERIFY(throttle.retryAfter(newest));
    // …while the one whose last failure is the oldest was forgotten, and starts afresh.
    const QHostAddress oldest(0x0a000000u);
    throttle.recordFailure(oldest);
    throttle.recordFailure(oldest);
    QVERIFY(!throttle.retryAfter(oldest));
}

void TestFailureThrottle::isSafeFromSeveralThreads()
{
    FailureThrottle throttle(5);
    std::vector<std::thread> threads;
    for (quint32 t = 0; t < 4; ++t) {
        threads.emplace_back([&throttle, t] {
            for (quint32 i = 0; i < 20000; ++i) {
                const QHostAddress client(0xc0000200u + ((i * 7 + t) % 300));
                throttle.recordFailure(client);
                throttle.retryAfter(client);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(throttle.trackedClients(), 300);
    QVERIFY(throttle.retryAfter(QHostAddress(0xc0000200u)));
}

QTEST_APPLESS_MAIN(TestFailureThrottle)
#include "tst_failurethrottle.moc"
