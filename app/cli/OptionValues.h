#pragma once

#include "domain/Environment.h"
#include "domain/KeyStatus.h"
#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <chrono>

//! Turns option values into domain values; a value outside the contract is a usage error.
class OptionValues final {
    Q_DECLARE_TR_FUNCTIONS(OptionValues)

public:
    enum class Format { Table, Json, Csv };

    static Environment environment(const QString &value);
    static KeyStatus status(const QString &value);
    //! 0, 1h, 24h or 7d.
    static std::chrono::seconds grace(const QString &value);
    //! One of @p allowed (table, json, csv), else a usage error naming them.
    static Format format(const QString &value, const QList<Format> &allowed);
    //! Checks each RESOURCE:ACTION for its shape; whether it exists is the store's call.
    static QStringList scopes(const QStringList &values);
    //! Positive whole number of days (1–3650) or "never" (nullopt).
    static std::optional<int> expiryDays(const QString &value);
    //! When a key made at @p now for @p days expires: the end of that UTC day, so that a
    //! retried create on the same day repeats the same request.
    static QDateTime expiryAt(const QDateTime &now, int days);
    //! A positive whole number up to @p maximum.
    static int count(const QString &option, const QString &value, int maximum);

private:
    static QString formatName(Format format);
};
