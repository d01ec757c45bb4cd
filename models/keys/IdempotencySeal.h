#pragma once

#include <QByteArray>
#include <QString>

//! Lets a retried create or reset return the key it made the first time, without the
//! store ever holding that key: the key is sealed with a keystream derived from the
//! caller's idempotency key, of which the store keeps only a digest.
namespace IdempotencySeal {

//! What the store keeps to recognise a retry.
QByteArray keyDigest(const QString &idempotencyKey);
QByteArray seal(const QString &token, const QString &idempotencyKey);
QString open(const QByteArray &sealed, const QString &idempotencyKey);
//! True for 16–255 printable ASCII characters (a UUID, say).
bool isValidKey(const QString &idempotencyKey);

} // namespace IdempotencySeal
