#include "keys/IdempotencySeal.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

namespace {

constexpr char Version = 1;
constexpr qsizetype SaltSize = 16;
constexpr qsizetype TagSize = 32;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

struct RowKeys {
    QByteArray encryption;
    QByteArray authentication;
};

RowKeys rowKeys(const QByteArray &secret, const QByteArray &salt, const QString &idempotencyKey)
{
    const QByteArray row =
        hmac(secret, QByteArrayLiteral("keyward-seal-1") + salt + idempotencyKey.toUtf8());
    return {hmac(row, QByteArrayLiteral("encrypt")), hmac(row, QByteArrayLiteral("authenticate"))};
}

QByteArray keystream(const QByteArray &key, qsizetype length)
{
    QByteArray stream;
    for (quint32 block = 0; stream.size() < length; ++block) {
        char counter[sizeof block];
        qToBigEndian(block, counter);
        stream += hmac(key, QByteArray(counter, sizeof counter));
    }
    return stream.left(length);
}

QByteArray xorWith(QByteArray data, const QByteArray &stream)
{
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(data[i] ^ stream[i]);
    return data;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0; // constant time: every byte is looked at
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = static_cast<char>(difference | (a[i] ^ b[i]));
    return difference == 0;
}

} // namespace

QByteArray IdempotencySeal::keyDigest(const QString &idempotencyKey)
{
    return QCryptographicHash::hash(QByteArrayLiteral("keyward-idempotency:") +
                                        idempotencyKey.toUtf8(),
                                    QCryptographicHash::Sha256);
}

QByteArray IdempotencySeal::seal(const QString &token, const QString &idempotencyKey,
                                 const QByteArray &secret)
{
    quint32 words[SaltSize / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray salt(reinterpret_cast<const char *>(words), SaltSize);
    const RowKeys keys = rowKeys(secret, salt, idempotencyKey);
    const QByteArray plain = token.toLatin1();
    QByteArray sealed = Version + salt + xorWith(plain, keystream(keys.encryption, plain.size()));
    sealed += hmac(keys.authentication, sealed);
    return sealed;
}

std::optional<QString> IdempotencySeal::open(const QByteArray &sealed,
                                             const QString &idempotencyKey,
                                             const QByteArray &secret)
{
    if (sealed.size() < 1 + SaltSize + TagSize || sealed.front() != Version)
        return std::nullopt;
    const QByteArray body = sealed.left(sealed.size() - TagSize);
    const RowKeys keys = rowKeys(secret, sealed.mid(1, SaltSize), idempotencyKey);
    if (!sameBytes(hmac(keys.authentication, body), sealed.right(TagSize)))
        return std::nullopt;
    const QByteArray cipher = body.mid(1 + SaltSize);
    return QString::fromLatin1(xorWith(cipher, keystream(keys.encryption, cipher.size())));
}

bool IdempotencySeal::isValidKey(const QString &idempotencyKey)
{
    if (idempotencyKey.size() < 16 || idempotencyKey.size() > 255)
        return false;
    for (QChar c : idempotencyKey) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}
