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
