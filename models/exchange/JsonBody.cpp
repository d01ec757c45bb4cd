#include "exchange/JsonBody.h"

#include "exchange/StrictJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

//! The first character of @p name that is not printable ASCII, as every field name here is.
std::optional<char32_t> oddCharacter(const QString &name)
{
    for (const char32_t c : name.toUcs4()) {
        if (c < 0x21 || c > 0x7E)
            return c;
    }
    return std::nullopt;
}

} // namespace

JsonBody::JsonBody(const QByteArray &bytes, qsizetype maxBytes, Empty empty)
{
    if (bytes.size() > maxBytes) {
        fail(tr("The body is larger than %1 bytes.").arg(maxBytes));
        return;
    }
    if (bytes.trimmed().isEmpty()) {
        if (empty == Empty::IsError)
            fail(tr("The body is empty; send a JSON object."));
        return;
    }
    StrictJson::Error error;
    const std::optional<QJsonValue> document = StrictJson::parse(bytes, &error);
    if (!document) {
        fail(tr("The body is not valid JSON: %1.").arg(error.message));
        return;
    }
    if (!document->isObject()) {
        fail(tr("The body must be a JSON object."));
        return;
    }
    m_object = document->toObject();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (const std::optional<char32_t> odd = oddCharacter(it.key())) {
            fail(tr("The field name “%1” holds U+%2; field names are printable ASCII.")
                     .arg(StrictJson::visible(it.key()), QString::number(uint(*odd), 16)
                                                             .toUpper()
                                                             .rightJustified(4, QLatin1Char('0'))));
            return;
        }
    }
}

void JsonBody::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

QJsonValue JsonBody::take(const QString &field)
{
    m_read.insert(field);
    return m_object.value(field);
}

QString JsonBody::requiredString(const QString &field)
{
    if (!m_object.contains(field) && m_problem.isEmpty())
        fail(tr("The field \"%1\" is required.").arg(field));
    return string(field).value_or(QString());
}

QString JsonBody::optionalString(const QString &field)
{
    return string(field).value_or(QString());
}

std::optional<QString> JsonBody::string(const QString &field)
{
    const QJsonValue value = take(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        fail(tr("The field \"%1\" must be a string.").arg(field));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QStringList> JsonBody::stringList(const QString &field)
{
    const QJsonValue value = take(field);
    if (value.isUndefined())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (!item.isString())
            break;
        list << item.toString();
    }
    if (!value.isArray() || list.size() != array.size()) {
        fail(tr("The field \"%1\" must be an array of strings.").arg(field));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).trimmed().isEmpty()) {
            fail(tr("The field \"%1\" holds an empty string (item %2); leave it out.")
                     .arg(field)
                     .arg(i + 1));
            return std::nullopt;
        }
    }
    return list;
}

std::optional<bool> JsonBody::boolean(const QString &field)
{
    const QJsonValue value = take(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        fail(tr("The field \"%1\" must be true or false.").arg(field));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonBody::integer(const QString &field, qint64 min, qint64 max)
{
    const QJsonValue value = take(field);
    if (value.isUndefined())
        return std::nullopt;
    const std::optional<qint64> number = StrictJson::wholeNumber(value);
    if (!number || *number < min || *number > max) {
        fail(tr("The field \"%1\" must be a whole number from %2 to %3.")
                 .arg(field)
                 .arg(min)
                 .arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<QDateTime> JsonBody::time(const QString &field)
{
    const std::optional<QString> text = string(field);
    if (!text)
        return std::nullopt;
    std::optional<QDateTime> parsed = utcTime(*text);
    if (!parsed) {
        fail(tr("The field \"%1\" must be a time such as 2027-01-31T12:00:00Z.").arg(field));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QDateTime> JsonBody::utcTime(const QString &text)
{
    // RFC 3339 with its offset: a time without one would be read in the server's zone.
    static const QRegularExpression Rfc3339(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+"
                       "-][0-9]{2}:[0-9]{2})$"));
    if (!Rfc3339.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

bool JsonBody::finish()
{
    if (!m_problem.isEmpty())
        return false;
    const QStringList fields = m_object.keys();
    for (const QString &field : fields) {
        if (!m_read.contains(field)) {
            fail(tr("The field \"%1\" is not known here.").arg(field.left(100)));
            return false;
        }
    }
    return true;
}
