#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

//! The lifecycle state of a key at a given moment. Mutually exclusive.
enum class KeyStatus { Active, ExpiringSoon, Expired, Revoked };

//! A key expiring within this many days is "expiring soon".
inline constexpr int ExpiringSoonDays = 30;

KeyStatus keyStatusAt(const QDateTime &revokedAt, const QDateTime &expiresAt, const QDateTime &now);
//! Stable machine name: active, expiring, expired, revoked.
QString keyStatusName(KeyStatus status);
std::optional<KeyStatus> keyStatusFromName(const QString &name);
