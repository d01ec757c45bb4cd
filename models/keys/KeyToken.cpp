#include "keys/KeyToken.h"

#include "keys/Base62.h"
#include "keys/Crc32.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <array>
#include <memory>
#include <openssl/evp.h>

namespace {

constexpr int SecretBytes = 32;
constexpr int DigestLength = 32; // SHA-256

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
    // Every check parses a token: its characters are tested once, copied to bytes on the
    // stack for the checksum, and the checksum is read as a number, not spelled again.
    std::array<char, MaxLength> bytes{};
    std::array<qsizetype, 3> separators{};
    qsizetype separatorCount = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token[i];
        if (c == QLatin1Char('_')) {
            if (separatorCount == qsizetype(separators.size()))
                return std::nullopt;
            separators[separatorCount++] = i;
        } else if (!Base62::isDigit(c)) {
            return std::nullopt;
        }
        bytes[std::size_t(i)] = char(c.unicode());
    }
    if (separatorCount != qsizetype(separators.size()))
        return std::nullopt;
    const QStringView vendor = token.first(separators[0]);
    const QStringView environmentPart =
        token.sliced(separators[0] + 1, separators[1] - separators[0] - 1);
    const QStringView kid = token.sliced(separators[1] + 1, separators[2] - separators[1] - 1);
    const QStringView tail = token.sliced(separators[2] + 1);
    const std::optional<Environment> environment = environmentFromName(environmentPart);
    if (!isValidVendor(vendor) || !environment || !isValidKid(kid) ||
        tail.size() != SecretLength + ChecksumLength) {
        return std::nullopt;
    }
    const qsizetype bodySize = token.size() - ChecksumLength;
    const std::optional<quint64> checksum = Base62::decodeNumber(token.sliced(bodySize));
    if (!checksum || *checksum != crc32(QByteArrayView(bytes.data(), bodySize)))
        return std::nullopt;
    return ParsedToken{vendor.toString(), *environment, kid.toString(),
                       tail.first(SecretLength).toString()};
}

bool KeyToken::isValidVendor(QStringView vendor)
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
    const qsizetype kidEnd = token.lastIndexOf(QLatin1Char('_'));
    if (kidEnd < 0 || token.size() < 4)
        return {};
    return token.left(kidEnd).toString() + QChar(0x2026) + token.right(4).toString();
}

QByteArray KeyToken::digest(const QString &secret)
{
    // OpenSSL's SHA-256 (with the processor's SHA instructions where it has them) takes a
    // fifth of the time of QCryptographicHash's portable code, on every check. The
    // algorithm is fetched once; each thread keeps its context.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const QByteArray bytes = secret.toLatin1();
    QByteArray result(DigestLength, Qt::Uninitialized);
    unsigned int size = 0;
    const bool hashed =
        sha256 && context && EVP_DigestInit_ex2(context.get(), sha256, nullptr) &&
        EVP_DigestUpdate(context.get(), bytes.constData(), std::size_t(bytes.size())) &&
        EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(result.data()),
                           &size) &&
        size == DigestLength;
    if (!hashed) // OpenSSL without SHA-256 (a restricted provider): the same digest, slower
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return result;
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
