#include "FailureThrottle.h"

#include <QTest>

//! The per-address throttle of failed verifications, on an injected clock.
class TestFailureThrottle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allowsTheBurstThenRefuses();
    void refillsOverTheMinute();
    void otherAddressesAreNotAffected();
    void zeroTurnsItOff();

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

QTEST_APPLESS_MAIN(TestFailureThrottle)
#include "tst_failurethrottle.moc"
