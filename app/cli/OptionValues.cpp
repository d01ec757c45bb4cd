#include "OptionValues.h"

#include "CliError.h"

#include <algorithm>

namespace {

constexpr int MaxExpiryDays = 3650;

} // namespace

Environment OptionValues::environment(const QString &value)
{
    if (const auto environment = environmentFromName(value))
        return *environment;
    throw CliError::usage(tr("The type must be test or live, not “%1”.").arg(value));
}

KeyStatus OptionValues::status(const QString &value)
{
    if (const auto status = keyStatusFromName(value))
        return *status;
    throw CliError::usage(
        tr("The status must be active, expiring, expired or revoked, not “%1”.").arg(value));
}

std::chrono::seconds OptionValues::grace(const QString &value)
{
    using namespace std::chrono;
    if (value == QLatin1String("0"))
        return seconds(0);
    if (value == QLatin1String("1h"))
        return hours(1);
    if (value == QLatin1String("24h"))
        return hours(24);
    if (value == QLatin1String("7d"))
        return hours(24 * 7);
    throw CliError::usage(tr("The grace period must be 0, 1h, 24h or 7d, not “%1”.").arg(value));
}

OptionValues::Format OptionValues::format(const QString &value, const QList<Format> &allowed)
{
    QStringList names;
    for (Format format : allowed) {
        if (formatName(format) == value)
            return format;
        names.append(formatName(format));
    }
    const QString last = names.takeLast();
    const QString choices =
        names.isEmpty() ? last : tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
    throw CliError::usage(tr("The format must be %1, not “%2”.").arg(choices, value));
}

QString OptionValues::formatName(Format format)
{
    switch (format) {
    case Format::Table:
        return QStringLiteral("table");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

QStringList OptionValues::scopes(const QStringList &values)
{
    for (const QString &scope : values) {
        const QStringList parts = scope.split(QLatin1Char(':'));
        const bool shaped = parts.size() == 2 && !parts.at(0).isEmpty() && !parts.at(1).isEmpty() &&
                            scope.simplified() == scope && !scope.contains(QLatin1Char(' '));
        if (!shaped) {
            throw CliError::usage(
                tr("A scope is written RESOURCE:ACTION (such as documents:read), not “%1”.")
                    .arg(scope));
        }
    }
    return values;
}

std::optional<int> OptionValues::expiryDays(const QString &value)
{
    if (value == QLatin1String("never"))
        return std::nullopt;
    bool ok = false;
    const int days = value.toInt(&ok);
    const bool digitsOnly =
        !value.isEmpty() &&
        std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digitsOnly || days < 1 || days > MaxExpiryDays) {
        throw CliError::usage(
            tr("--expires-in takes a number of days from 1 to %1, or never; not “%2”.")
                .arg(MaxExpiryDays)
                .arg(value));
    }
    return days;
}

QDateTime OptionValues::expiryAt(const QDateTime &now, int days)
{
    const QDateTime utc = now.toUTC();
    return QDateTime(utc.date().addDays(days + 1), QTime(0, 0), Qt::UTC);
}

int OptionValues::count(const QString &option, const QString &value, int maximum)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 1 || number > maximum) {
        throw CliError::usage(tr("--%1 takes a whole number from 1 to %2, not “%3”.")
                                  .arg(option)
                                  .arg(maximum)
                                  .arg(value));
    }
    return number;
}
