#include "exchange/KeyJson.h"

#include <QJsonArray>

QString KeyJson::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // What QDateTime::toString(Qt::ISODate) writes in UTC ("2026-01-01T12:00:00Z",
    // milliseconds dropped), without its printf: a million-key export writes three each.
    constexpr qint64 DayMs = 86400000;
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / DayMs : -((-ms + DayMs - 1) / DayMs);
    const qint64 seconds = (ms - days * DayMs) / 1000;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil inverse).
    const qint64 shifted = days + 719468;
    const qint64 era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    const qint64 dayOfEra = shifted - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2);
    if (year < 0 || year > 9999)
        return time.toUTC().toString(Qt::ISODate);
    char text[] = "0000-00-00T00:00:00Z";
    const auto put = [&text](int at, int digits, qint64 value) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, seconds / 3600);
    put(14, 2, seconds / 60 % 60);
    put(17, 2, seconds % 60);
    return QString::fromLatin1(text, sizeof(text) - 1);
}

QJsonValue KeyJson::timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timeText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject KeyJson::toJson(const ApiKey &key, const QDateTime &now)
{
    return QJsonObject{
        {QStringLiteral("id"), key.id},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("description"), key.description},
        {QStringLiteral("type"), environmentName(key.environment)},
        {QStringLiteral("status"), keyStatusName(key.statusAt(now))},
        {QStringLiteral("roles"), QJsonArray::fromStringList(key.roles)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
        {QStringLiteral("created_at"), timeValue(key.createdAt)},
        {QStringLiteral("created_by"), key.createdBy},
        {QStringLiteral("expires_at"), timeValue(key.expiresAt)},
        {QStringLiteral("last_used_at"), timeValue(key.lastUsedAt)},
        {QStringLiteral("hint"), key.hint},
    };
}

QJsonObject KeyJson::toApiJson(const ApiKey &key, const QDateTime &now)
{
    QJsonObject object = toJson(key, now);
    object.insert(QStringLiteral("version"), key.version);
    object.insert(QStringLiteral("revoked_at"), timeValue(key.revokedAt));
    object.insert(QStringLiteral("effective_scopes"),
                  QJsonArray::fromStringList(key.effectiveScopes));
    QJsonArray credentials;
    for (const Credential &credential : key.credentials) {
        credentials.append(
            QJsonObject{{QStringLiteral("created_at"), timeValue(credential.createdAt)},
                        {QStringLiteral("ends_at"), timeValue(credential.endsAt)}});
    }
    object.insert(QStringLiteral("credentials"), credentials);
    return object;
}

QDateTime KeyJson::timeFrom(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QStringList KeyJson::stringsFrom(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array)
        list << item.toString();
    return list;
}

ApiKey KeyJson::fromJson(const QJsonObject &object)
{
    ApiKey key;
    key.id = object.value(QStringLiteral("id")).toString();
    key.name = object.value(QStringLiteral("name")).toString();
    key.description = object.value(QStringLiteral("description")).toString();
    key.environment = environmentFromName(object.value(QStringLiteral("type")).toString())
                          .value_or(Environment::Test);
    key.roles = stringsFrom(object.value(QStringLiteral("roles")));
    key.scopes = stringsFrom(object.value(QStringLiteral("scopes")));
    key.effectiveScopes = stringsFrom(object.value(QStringLiteral("effective_scopes")));
    key.createdBy = object.value(QStringLiteral("created_by")).toString();
    key.createdAt = timeFrom(object.value(QStringLiteral("created_at")));
    key.expiresAt = timeFrom(object.value(QStringLiteral("expires_at")));
    key.lastUsedAt = timeFrom(object.value(QStringLiteral("last_used_at")));
    key.revokedAt = timeFrom(object.value(QStringLiteral("revoked_at")));
    key.hint = object.value(QStringLiteral("hint")).toString();
    key.version = object.value(QStringLiteral("version")).toInt();
    const QJsonArray credentials = object.value(QStringLiteral("credentials")).toArray();
    for (const QJsonValue credential : credentials) {
        const QJsonObject fields = credential.toObject();
        key.credentials.append({timeFrom(fields.value(QStringLiteral("created_at"))),
                                timeFrom(fields.value(QStringLiteral("ends_at")))});
    }
    return key;
}
