#include "sql/PageCursor.h"

#include "exchange/StrictJson.h"
#include "keys/KeyToken.h"

#include <QJsonArray>
#include <QJsonDocument>

QString PageCursor::encode() const
{
    const QJsonArray parts{QJsonValue::fromVariant(sortValue), kid};
    return QString::fromLatin1(
        QJsonDocument(parts)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageCursor> PageCursor::decode(QStringView cursor, Kind kind)
{
    if (cursor.isEmpty() || cursor.size() > MaxLength)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const std::optional<QJsonValue> json = StrictJson::parse(*decoded, nullptr, 2);
    const QJsonArray parts = json ? json->toArray() : QJsonArray();
    if (parts.size() != 2 || !parts.at(1).isString() ||
        !KeyToken::isValidKid(parts.at(1).toString()))
        return std::nullopt;
    PageCursor result;
    result.kid = parts.at(1).toString();
    if (kind == Kind::Text) {
        if (!parts.at(0).isString())
            return std::nullopt;
        result.sortValue = parts.at(0).toString();
    } else {
        const std::optional<qint64> number = StrictJson::wholeNumber(parts.at(0));
        if (!number)
            return std::nullopt;
        result.sortValue = *number;
    }
    return result;
}
