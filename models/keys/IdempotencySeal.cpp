#include "keys/IdempotencySeal.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {

QByteArray keystream(const QString &idempotencyKey, qsizetype length)
{
    QByteArray stream;
    for (quint8 block = 0; stream.size() < length; ++block) {
        stream +=
            QMessageAuthenticationCode::hash(QByteArrayLiteral("keyward-seal") + char(block),
                                             idempotencyKey.toUtf8(), QCryptographicHash::Sha256);
    }
    return stream.left(length);
}

QByteArray xorWith(QByteArray data, const QByteArray &stream)
{
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(data[i] ^ stream[i]);
    return data;
}

} // namespace

QByteArray IdempotencySeal::keyDigest(const QString &idempotencyKey)
{
    return QCryptographicHash::hash(QByteArrayLiteral("keyward-idempotency:") +
                                        idempotencyKey.toUtf8(),
                                    QCryptographicHash::Sha256);
}

QByteArray IdempotencySeal::seal(const QString &token, const QString &idempotencyKey)
{
    const QByteArray plain = token.toLatin1();
    return xorWith(plain, keystream(idempotencyKey, plain.size()));
}

QString IdempotencySeal::open(const QByteArray &sealed, const QString &idempotencyKey)
{
    return QString::fromLatin1(xorWith(sealed, keystream(idempotencyKey, sealed.size())));
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
