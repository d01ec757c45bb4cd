#include "exchange/KeyJson.h"

#include <QJsonArray>

QString KeyJson::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
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
    for (const QJsonValue &item : array)
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
    for (const QJsonValue &credential : credentials) {
        const QJsonObject fields = credential.toObject();
        key.credentials.append({timeFrom(fields.value(QStringLiteral("created_at"))),
                                timeFrom(fields.value(QStringLiteral("ends_at")))});
    }
    return key;
}
