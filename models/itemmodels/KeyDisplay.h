#pragma once

#include "domain/ApiKey.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

//! How a key's fields read for people: status words and colours, scope summaries,
//! times in local time. Shared by the item models and the pages; never a secret.
class KeyDisplay final {
    Q_DECLARE_TR_FUNCTIONS(KeyDisplay)

public:
    //! "Active", "Expires in 3 days", "Expired", "Revoked".
    static QString statusText(const ApiKey &key, const QDateTime &now);
    //! The exact moment behind the status, for a tooltip.
    static QString statusDetail(const ApiKey &key, const QDateTime &now);
    //! A foreground colour per status, readable on a light background.
    static QColor statusColor(KeyStatus status);

    //! "Test" or "Live".
    static QString typeText(Environment environment);
    //! "No scopes", the single scope, or "3 scopes".
    static QString scopeSummary(const QStringList &scopes);

    //! Local date and time, short format; empty for an invalid time.
    static QString timeText(const QDateTime &time);
    //! Local date, short format; empty for an invalid time.
    static QString dateText(const QDateTime &time);
    //! Local time, long format with the time zone, for tooltips.
    static QString longTimeText(const QDateTime &time);
    //! dateText(), or "Never" when the key does not expire.
    static QString expiresText(const QDateTime &expiresAt);
    //! timeText(), or "Never used".
    static QString lastUsedText(const QDateTime &lastUsedAt);

    //! Whole days (rounded up, at least 1) from @p now until @p time.
    static int daysUntil(const QDateTime &time, const QDateTime &now);
};
