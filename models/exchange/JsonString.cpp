#include "exchange/JsonString.h"

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

//! One string, from its opening quote at *pos to just past its closing quote.
class StringReader final {
public:
    StringReader(QByteArrayView bytes, qsizetype *pos, StrictJson::Error *error)
        : m_data(bytes.data())
        , m_size(bytes.size())
        , m_pos(*pos)
        , m_error(*error)
    {
    }

    bool string(QString *out);

private:
    bool escape(QString *out);
    bool hexQuad(qsizetype at, char32_t *out);
    bool utf8(QString *out);
    bool fail(qsizetype offset, const QString &message)
    {
        m_error = {offset, message};
        return false;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype &m_pos;
    StrictJson::Error &m_error;
};

bool StringReader::string(QString *out)
{
    const qsizetype start = m_pos;
    ++m_pos; // "
    for (;;) {
        if (m_pos >= m_size) {
            return fail(
                start, StrictJson::tr("the string that starts at byte %1 does not end").arg(start));
        }
        const uchar c = uchar(m_data[m_pos]);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            if (!escape(out))
                return false;
        } else if (c < 0x20) {
            return fail(m_pos, StrictJson::tr("the control character %1 must be escaped, at "
                                              "byte %2")
                                   .arg(JsonString::codePoint(c))
                                   .arg(m_pos));
        } else if (c < 0x80) {
            out->append(QLatin1Char(char(c)));
            ++m_pos;
        } else if (!utf8(out)) {
            return false;
        }
    }
}

bool StringReader::escape(QString *out)
{
    const qsizetype at = m_pos;
    if (m_pos + 1 >= m_size)
        return fail(at, StrictJson::tr("the text ends inside an escape, at byte %1").arg(at));
    const char kind = m_data[m_pos + 1];
    m_pos += 2;
    switch (kind) {
    case '"':
    case '\\':
    case '/':
        out->append(QLatin1Char(kind));
        return true;
    case 'b':
        out->append(QLatin1Char('\b'));
        return true;
    case 'f':
        out->append(QLatin1Char('\f'));
        return true;
    case 'n':
        out->append(QLatin1Char('\n'));
        return true;
    case 'r':
        out->append(QLatin1Char('\r'));
        return true;
    case 't':
        out->append(QLatin1Char('\t'));
        return true;
    case 'u':
        break;
    default: {
        const uchar shown = uchar(kind);
        return fail(at, StrictJson::tr("“\\%1” is not a JSON escape (use \\\" \\\\ \\/ \\b \\f "
                                       "\\n \\r \\t or \\uXXXX), at byte %2")
                            .arg(shown >= 0x21 && shown < 0x7F
                                     ? QString(QLatin1Char(kind))
                                     : QStringLiteral("0x%1").arg(shown, 2, 16, QLatin1Char('0')))
                            .arg(at));
    }
    }
    char32_t unit = 0;
    if (!hexQuad(at, &unit))
        return false;
    if (QChar::isLowSurrogate(unit)) {
        return fail(at, StrictJson::tr("\\u%1 is a lone low surrogate, at byte %2")
                            .arg(uint(unit), 4, 16, QLatin1Char('0'))
                            .arg(at));
    }
    if (!QChar::isHighSurrogate(unit)) {
        JsonString::appendCodePoint(*out, unit);
        return true;
    }
    const auto unpaired = [this, at, unit] {
        return fail(at, StrictJson::tr("\\u%1 is a high surrogate without a low surrogate "
                                       "(\\uDC00 to \\uDFFF) after it, at byte %2")
                            .arg(uint(unit), 4, 16, QLatin1Char('0'))
                            .arg(at));
    };
    if (m_pos + 1 >= m_size || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
        return unpaired();
    m_pos += 2;
    char32_t low = 0;
    if (!hexQuad(m_pos - 2, &low))
        return false;
    if (!QChar::isLowSurrogate(low))
        return unpaired();
    JsonString::appendCodePoint(*out, QChar::surrogateToUcs4(char16_t(unit), char16_t(low)));
    return true;
}

bool StringReader::hexQuad(qsizetype at, char32_t *out)
{
    char32_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = m_pos < m_size ? hexValue(m_data[m_pos]) : -1;
        if (digit < 0) {
            return fail(at,
                        StrictJson::tr("\\u needs four hexadecimal digits, at byte %1").arg(at));
        }
        unit = unit * 16 + char32_t(digit);
        ++m_pos;
    }
    *out = unit;
    return true;
}

bool StringReader::utf8(QString *out)
{
    // RFC 3629's table: no overlong forms, no surrogates, nothing above U+10FFFF.
    const qsizetype at = m_pos;
    const uchar lead = uchar(m_data[m_pos]);
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    char32_t c = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    }
    bool valid = length > 0 && at + length <= m_size;
    for (int i = 1; valid && i < length; ++i) {
        const uchar next = uchar(m_data[at + i]);
        valid = next >= (i == 1 ? low : 0x80) && next <= (i == 1 ? high : 0xBF);
        c = (c << 6) | (next & 0x3F);
    }
    if (!valid)
        return fail(at, StrictJson::tr("the text is not valid UTF-8 at byte %1").arg(at));
    JsonString::appendCodePoint(*out, c);
    m_pos += length;
    return true;
}

} // namespace

QString JsonString::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

void JsonString::appendCodePoint(QString &text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text.append(QChar(QChar::highSurrogate(c)));
        text.append(QChar(QChar::lowSurrogate(c)));
    } else {
        text.append(QChar(char16_t(c)));
    }
}

bool JsonString::read(QByteArrayView bytes, qsizetype *pos, QString *out, StrictJson::Error *error)
{
    return StringReader(bytes, pos, error).string(out);
}
