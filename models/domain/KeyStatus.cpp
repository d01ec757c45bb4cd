#include "domain/KeyStatus.h"

KeyStatus keyStatusAt(const QDateTime &revokedAt, const QDateTime &expiresAt, const QDateTime &now)
{
    if (revokedAt.isValid())
        return KeyStatus::Revoked;
    if (!expiresAt.isValid())
        return KeyStatus::Active;
    if (expiresAt <= now)
        return KeyStatus::Expired;
    if (expiresAt <= now.addDays(ExpiringSoonDays))
        return KeyStatus::ExpiringSoon;
    return KeyStatus::Active;
}

QString keyStatusName(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::ExpiringSoon:
        return QStringLiteral("expiring");
    case KeyStatus::Expired:
        return QStringLiteral("expired");
    case KeyStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<KeyStatus> keyStatusFromName(const QString &name)
{
    for (auto status :
         {KeyStatus::Active, KeyStatus::ExpiringSoon, KeyStatus::Expired, KeyStatus::Revoked}) {
        if (keyStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}
