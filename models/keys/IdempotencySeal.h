#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

//! Lets a retried create or reset return the key it made the first time, without the
//! store's files ever giving that key back: the store keeps only a digest of the caller's
//! idempotency key and the issued key sealed with a secret kept outside the store
//! (SealSecret).
//!
//! Format 1: a version byte, a 16-byte random salt, the token encrypted with HMAC-SHA256
//! in counter mode, and a 32-byte HMAC-SHA256 tag over all of it. Both keys derive from
//! HMAC(secret, salt ‖ idempotency key), so neither the idempotency key nor the database
//! alone opens a row, and a wrong secret is told apart from a good one.
namespace IdempotencySeal {

//! What the store keeps to recognise a retry.
QByteArray keyDigest(const QString &idempotencyKey);
QByteArray seal(const QString &token, const QString &idempotencyKey, const QByteArray &secret);
//! The sealed token; nothing when @p sealed was sealed with another secret or idempotency
//! key, was changed, or is in a format this version does not know.
std::optional<QString> open(const QByteArray &sealed, const QString &idempotencyKey,
                            const QByteArray &secret);
//! True for 16–255 printable ASCII characters (a UUID, say).
bool isValidKey(const QString &idempotencyKey);

} // namespace IdempotencySeal
