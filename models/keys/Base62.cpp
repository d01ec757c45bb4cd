#include "keys/Base62.h"

#include <vector>

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

} // namespace

bool Base62::isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

QString Base62::encode(const QByteArray &bytes, int width)
{
    // Long division of the big-endian number by 62, one output digit at a time.
    std::vector<quint8> number(bytes.cbegin(), bytes.cend());
    QString digits(width, QLatin1Char('0'));
    for (int position = width - 1; position >= 0; --position) {
        quint32 remainder = 0;
        for (quint8 &byte : number) {
            const quint32 value = (remainder << 8) | byte;
            byte = static_cast<quint8>(value / 62);
            remainder = value % 62;
        }
        digits[position] = QLatin1Char(Alphabet[remainder]);
    }
    return digits;
}

std::optional<quint64> Base62::decodeNumber(QStringView digits)
{
    Q_ASSERT(digits.size() <= 10); // 62^10 < 2^64
    quint64 value = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        quint64 digit = 0;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'A' && u <= u'Z')
            digit = u - u'A' + 10;
        else if (u >= u'a' && u <= u'z')
            digit = u - u'a' + 36;
        else
            return std::nullopt;
        value = value * 62 + digit;
    }
    return value;
}

QString Base62::encodeNumber(quint32 value, int width)
{
    QString digits(width, QLatin1Char('0'));
    for (int position = width - 1; position >= 0; --position) {
        digits[position] = QLatin1Char(Alphabet[value % 62]);
        value /= 62;
    }
    return digits;
}
