#include "exchange/StrictJson.h"

#include "exchange/JsonString.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

//! A recursive-descent reader over the bytes; the first problem stops it.
class Reader final {
public:
    Reader(const QByteArray &bytes, int maxDepth)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_maxDepth(maxDepth)
    {
    }

    std::optional<QJsonValue> document(StrictJson::Error *error);

private:
    bool value(QJsonValue *out, int depth);
    bool object(QJsonValue *out, int depth);
    bool array(QJsonValue *out, int depth);
    bool string(QString *out);
    bool number(QJsonValue *out);
    bool word(const char *text, const QJsonValue &meaning, QJsonValue *out);
    void skipSpace();
    bool unexpected();
    bool fail(qsizetype offset, const QString &message);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_maxDepth;
    StrictJson::Error m_error;
};

std::optional<QJsonValue> Reader::document(StrictJson::Error *error)
{
    QJsonValue result;
    bool ok = false;
    if (m_size >= 3 && m_data[0] == '\xEF' && m_data[1] == '\xBB' && m_data[2] == '\xBF') {
        ok = fail(0, StrictJson::tr("the text starts with a byte order mark (U+FEFF), at byte 0"));
    } else {
        skipSpace();
        if (m_pos == m_size)
            ok = fail(m_pos, StrictJson::tr("the text holds no value, at byte %1").arg(m_pos));
        else
            ok = value(&result, 0);
        skipSpace();
        if (ok && m_pos < m_size)
            ok = fail(m_pos, StrictJson::tr("something follows the value at byte %1").arg(m_pos));
    }
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    return result;
}

bool Reader::fail(qsizetype offset, const QString &message)
{
    m_error = {offset, message};
    return false;
}

bool Reader::unexpected()
{
    if (m_pos >= m_size)
        return fail(m_pos, StrictJson::tr("the text ends too early, at byte %1").arg(m_pos));
    const uchar c = uchar(m_data[m_pos]);
    const QString shown = c >= 0x21 && c < 0x7F
                              ? QStringLiteral("“%1”").arg(QLatin1Char(char(c)))
                              : QStringLiteral("0x%1").arg(c, 2, 16, QLatin1Char('0'));
    return fail(m_pos, StrictJson::tr("unexpected %1 at byte %2").arg(shown).arg(m_pos));
}

void Reader::skipSpace()
{
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
}

bool Reader::value(QJsonValue *out, int depth)
{
    if (m_pos >= m_size)
        return unexpected();
    switch (m_data[m_pos]) {
    case '{':
        return object(out, depth + 1);
    case '[':
        return array(out, depth + 1);
    case '"': {
        QString text;
        if (!string(&text))
            return false;
        *out = text;
        return true;
    }
    case 't':
        return word("true", true, out);
    case 'f':
        return word("false", false, out);
    case 'n':
        return word("null", QJsonValue(QJsonValue::Null), out);
    default:
        if (m_data[m_pos] == '-' || isDigit(m_data[m_pos]))
            return number(out);
        return unexpected();
    }
}

bool Reader::word(const char *text, const QJsonValue &meaning, QJsonValue *out)
{
    const qsizetype start = m_pos;
    for (const char *c = text; *c; ++c, ++m_pos) {
        if (m_pos >= m_size || m_data[m_pos] != *c) {
            m_pos = start;
            return unexpected();
        }
    }
    *out = meaning;
    return true;
}

bool Reader::object(QJsonValue *out, int depth)
{
    if (depth > m_maxDepth) {
        return fail(m_pos, StrictJson::tr("the values nest deeper than %1 levels, at byte %2")
                               .arg(m_maxDepth)
                               .arg(m_pos));
    }
    ++m_pos; // {
    std::vector<std::pair<QString, QJsonValue>> members;
    QSet<QString> names;
    skipSpace();
    if (m_pos < m_size && m_data[m_pos] == '}') {
        ++m_pos;
        *out = QJsonObject();
        return true;
    }
    for (;;) {
        skipSpace();
        if (m_pos >= m_size || m_data[m_pos] != '"')
            return unexpected();
        const qsizetype nameAt = m_pos;
        QString name;
        if (!string(&name))
            return false;
        if (names.contains(name)) {
            return fail(nameAt,
                        StrictJson::tr("the member name “%1” appears twice in one object, at "
                                       "byte %2")
                            .arg(StrictJson::visible(name))
                            .arg(nameAt));
        }
        names.insert(name);
        skipSpace();
        if (m_pos >= m_size || m_data[m_pos] != ':')
            return unexpected();
        ++m_pos;
        skipSpace();
        QJsonValue member;
        if (!value(&member, depth))
            return false;
        members.emplace_back(std::move(name), std::move(member));
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            break;
        }
        return unexpected();
    }
    // QJsonObject keeps its members sorted: inserting them in order appends each one.
    std::sort(members.begin(), members.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonObject result;
    for (const auto &[name, member] : members)
        result.insert(name, member);
    *out = result;
    return true;
}

bool Reader::array(QJsonValue *out, int depth)
{
    if (depth > m_maxDepth) {
        return fail(m_pos, StrictJson::tr("the values nest deeper than %1 levels, at byte %2")
                               .arg(m_maxDepth)
                               .arg(m_pos));
    }
    ++m_pos; // [
    QJsonArray result;
    skipSpace();
    if (m_pos < m_size && m_data[m_pos] == ']') {
        ++m_pos;
        *out = result;
        return true;
    }
    for (;;) {
        skipSpace();
        QJsonValue item;
        if (!value(&item, depth))
            return false;
        result.append(item);
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            break;
        }
        return unexpected();
    }
    *out = result;
    return true;
}

bool Reader::string(QString *out)
{
    return JsonString::read(QByteArrayView(m_data, m_size), &m_pos, out, &m_error);
}

bool Reader::number(QJsonValue *out)
{
    const qsizetype start = m_pos;
    const auto malformed = [this, start] {
        return fail(start, StrictJson::tr("the number at byte %1 is not written as JSON numbers "
                                          "are (e.g. 12, -3, 0.5, 1e6)")
                               .arg(start));
    };
    if (m_data[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_size || !isDigit(m_data[m_pos]))
        return malformed();
    if (m_data[m_pos] == '0') {
        ++m_pos;
        if (m_pos < m_size && isDigit(m_data[m_pos]))
            return malformed(); // no leading zeros
    } else {
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    bool whole = true;
    if (m_pos < m_size && m_data[m_pos] == '.') {
        whole = false;
        ++m_pos;
        if (m_pos >= m_size || !isDigit(m_data[m_pos]))
            return malformed();
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        whole = false;
        ++m_pos;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_size || !isDigit(m_data[m_pos]))
            return malformed();
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    const QByteArray text = QByteArray::fromRawData(m_data + start, m_pos - start);
    bool ok = false;
    if (whole) {
        const qint64 integer = text.toLongLong(&ok);
        if (ok) {
            *out = QJsonValue(integer);
            return true;
        }
    }
    // Locale-independent; it is not ok when the number overflows or underflows a double.
    const double real = text.toDouble(&ok);
    if (!ok || !std::isfinite(real)) {
        return fail(start, StrictJson::tr("the number at byte %1 is out of range").arg(start));
    }
    *out = QJsonValue(real);
    return true;
}

bool isInvisible(char32_t c)
{
    if (c == U' ')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<QJsonValue> StrictJson::parse(const QByteArray &bytes, Error *error, int maxDepth)
{
    return Reader(bytes, maxDepth).document(error);
}

std::optional<qint64> StrictJson::wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const QCborValue number = QCborValue::fromJsonValue(value);
    if (number.isInteger())
        return number.toInteger();
    constexpr double Exact = 9007199254740992.0; // 2^53
    const double real = value.toDouble();
    if (std::isfinite(real) && std::trunc(real) == real && std::fabs(real) <= Exact)
        return qint64(real);
    return std::nullopt;
}

QString StrictJson::visible(const QString &text, int maxLength)
{
    QString shown;
    int count = 0;
    for (const char32_t c : text.toUcs4()) {
        if (count++ == maxLength) {
            shown += QChar(0x2026);
            break;
        }
        if (isInvisible(c))
            shown += QLatin1Char('<') + JsonString::codePoint(c) + QLatin1Char('>');
        else
            JsonString::appendCodePoint(shown, c);
    }
    return shown;
}
