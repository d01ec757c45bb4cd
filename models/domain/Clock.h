#pragma once

#include <QDateTime>
#include <functional>

//! What time it is, in UTC. Every store has one (KeyStore::now()); tests inject their
//! own so that nothing depends on today's date.
using Clock = std::function<QDateTime()>;

//! The system's clock, in UTC.
inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}
