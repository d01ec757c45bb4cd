#pragma once

#include <QDateTime>
#include <functional>
#include <memory>

//! A clock the test moves by hand; hand clock() to SqlStoreOptions.
class TestClock final {
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::make_shared<QDateTime>(std::move(start)))
    {
    }

    std::function<QDateTime()> clock() const
    {
        auto now = m_now;
        return [now] { return *now; };
    }
    QDateTime now() const { return *m_now; }
    void set(QDateTime now) { *m_now = std::move(now); }
    void advanceSecs(qint64 seconds) { *m_now = m_now->addSecs(seconds); }
    void advanceDays(qint64 days) { *m_now = m_now->addDays(days); }

private:
    std::shared_ptr<QDateTime> m_now; // shared with the store's thread; tests move it between calls
};
