#pragma once

#include "domain/Environment.h"

#include <QByteArray>
#include <QString>
#include <optional>

//! The parts of a well-formed key `<vendor>_<env>_<kid>_<secret><crc>`.
struct ParsedToken {
    QString vendor;
    Environment environment = Environment::Test;
    QString kid;
    QString secret; //!< 43 base62 characters
};

//! Generates and parses API key tokens (see docs/design.md, "Key format").
namespace KeyToken {

inline constexpr int KidLength = 12;
inline constexpr int SecretLength = 43;
inline constexpr int ChecksumLength = 6;
inline constexpr int MinLength = 2 + 1 + 4 + 1 + KidLength + 1 + SecretLength + ChecksumLength;
inline constexpr int MaxLength = MinLength + 10;

//! A new random kid: 12 base62 characters from the OS CSPRNG.
QString generateKid();
//! A complete token for @p kid, with a fresh 256-bit secret from the OS CSPRNG.
QString generate(const QString &vendor, Environment environment, const QString &kid);
//! The token @p parts came from (its checksum recomputed): for a store that passes
//! keys on, such as one that asks keyward-server.
QString compose(const ParsedToken &parts);
//! Checks length, then charset and structure, then the checksum. No store access.
std::optional<ParsedToken> parse(QStringView token);
//! True for a vendor prefix: 2–12 of [a-z0-9], starting with a letter.
bool isValidVendor(QStringView vendor);
//! True for 12 base62 characters.
bool isValidKid(QStringView kid);
//! vendor_env_kid…last4: identifies a key without revealing it.
QString hint(QStringView token);
//! The SHA-256 digest of a secret; the only form in which a secret is stored.
QByteArray digest(const QString &secret);
//! Compares two digests in time independent of their contents.
bool digestsEqual(const QByteArray &a, const QByteArray &b);
//! How many digestsEqual() calls this thread made: lets tests check that every check
//! does the same work whatever the key's state.
quint64 digestComparisonsOnThisThread();

} // namespace KeyToken
