#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        fail(tr("The body is not valid JSON (%1 at byte %2).")
                 .arg(error.errorString())
                 .arg(error.offset));
    else if (!document.isObject())
        fail(tr("The body must be a JSON object."));
    else
        m_object = document.object();
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
    for (const QJsonValue &item : array) {
        if (!item.isString())
            break;
        list << item.toString();
    }
    if (!value.isArray() || list.size() != array.size()) {
        fail(tr("The field \"%1\" must be an array of strings.").arg(field));
        return std::nullopt;
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
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min) ||
        number > double(max)) {
        fail(tr("The field \"%1\" must be a whole number from %2 to %3.")
                 .arg(field)
                 .arg(min)
                 .arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<QDateTime> JsonBody::time(const QString &field)
{
    const std::optional<QString> text = string(field);
    if (!text)
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
    const bool hasOffset = text->endsWith(QLatin1Char('Z')) || text->contains(QLatin1Char('+')) ||
                           text->lastIndexOf(QLatin1Char('-')) > 10;
    if (!parsed.isValid() || !hasOffset) {
        fail(tr("The field \"%1\" must be a time such as 2027-01-31T12:00:00Z.").arg(field));
        return std::nullopt;
    }
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
