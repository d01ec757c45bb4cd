#include "keys/KeyToken.h"

#include "keys/Base62.h"
#include "keys/Crc32.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <array>

namespace {

constexpr int SecretBytes = 32;

QString checksumOf(QStringView body)
{
    return Base62::encodeNumber(crc32(body.toLatin1()), KeyToken::ChecksumLength);
}

bool allBase62(QStringView text)
{
    for (QChar c : text) {
        if (!Base62::isDigit(c))
            return false;
    }
    return true;
}

} // namespace

QString KeyToken::generateKid()
{
    QString kid;
    kid.reserve(KidLength);
    for (int i = 0; i < KidLength; ++i)
        kid += Base62::encodeNumber(QRandomGenerator::system()->bounded(62U), 1);
    return kid;
}

QString KeyToken::generate(const QString &vendor, Environment environment, const QString &kid)
{
    std::array<quint32, SecretBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), SecretBytes);
    const QString secret = Base62::encode(bytes, SecretLength);
    bytes.fill('\0');

    const QString body = vendor + QLatin1Char('_') + environmentName(environment) +
                         QLatin1Char('_') + kid + QLatin1Char('_') + secret;
    return body + checksumOf(body);
}

QString KeyToken::compose(const ParsedToken &parts)
{
    const QString body = parts.vendor + QLatin1Char('_') + environmentName(parts.environment) +
                         QLatin1Char('_') + parts.kid + QLatin1Char('_') + parts.secret;
    return body + checksumOf(body);
}

std::optional<ParsedToken> KeyToken::parse(QStringView token)
{
    if (token.size() < MinLength || token.size() > MaxLength)
        return std::nullopt;
    for (QChar c : token) {
        if (c != QLatin1Char('_') && !Base62::isDigit(c))
            return std::nullopt;
    }
    const auto parts = token.split(QLatin1Char('_'));
    if (parts.size() != 4)
        return std::nullopt;
    const QString vendor = parts[0].toString();
    const auto environment = environmentFromName(parts[1].toString());
    const QStringView kid = parts[2];
    const QStringView tail = parts[3];
    if (!isValidVendor(vendor) || !environment || !isValidKid(kid) ||
        tail.size() != SecretLength + ChecksumLength || !allBase62(tail)) {
        return std::nullopt;
    }
    const QStringView body = token.left(token.size() - ChecksumLength);
    if (checksumOf(body) != token.right(ChecksumLength))
        return std::nullopt;
    return ParsedToken{vendor, *environment, kid.toString(), tail.left(SecretLength).toString()};
}

bool KeyToken::isValidVendor(const QString &vendor)
{
    if (vendor.size() < 2 || vendor.size() > 12)
        return false;
    if (vendor[0] < QLatin1Char('a') || vendor[0] > QLatin1Char('z'))
        return false;
    for (QChar c : vendor) {
        const bool lower = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!lower && !digit)
            return false;
    }
    return true;
}

bool KeyToken::isValidKid(QStringView kid)
{
    return kid.size() == KidLength && allBase62(kid);
}

QString KeyToken::hint(QStringView token)
{
    const int kidEnd = token.lastIndexOf(QLatin1Char('_'));
    if (kidEnd < 0 || token.size() < 4)
        return {};
    return token.left(kidEnd).toString() + QChar(0x2026) + token.right(4).toString();
}

QByteArray KeyToken::digest(const QString &secret)
{
    return QCryptographicHash::hash(secret.toLatin1(), QCryptographicHash::Sha256);
}

namespace {

thread_local quint64 t_comparisons = 0;

} // namespace

bool KeyToken::digestsEqual(const QByteArray &a, const QByteArray &b)
{
    ++t_comparisons;
    if (a.size() != b.size())
        return false;
    quint8 difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<quint8>(a[i] ^ b[i]);
    return difference == 0;
}

quint64 KeyToken::digestComparisonsOnThisThread()
{
    return t_comparisons;
}
