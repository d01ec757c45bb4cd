#pragma once

#include <QByteArray>
#include <QString>

//! The secret that seals idempotency rows (IdempotencySeal): 32 random bytes in a file of
//! their own, never in the store, so that the store's files together with an idempotency
//! key do not give back the key it issued.
namespace SealSecret {

constexpr int Size = 32;

//! Where the desktop app, the CLI and keyward-server keep it unless told otherwise:
//! `seal.key` under QStandardPaths::AppConfigLocation, beside the settings and away from
//! the data folder that holds the local store.
QString defaultPath();

//! The secret in @p path; a file that does not exist is created first, readable by its
//! owner only, with 32 bytes from the system's CSPRNG. Two processes creating it at once
//! end up with the same secret. Empty, with a sentence in @p error, when the file cannot
//! be read or created or does not hold exactly 32 bytes.
QByteArray loadOrCreate(const QString &path, QString *error);

} // namespace SealSecret
