#include "itemmodels/KeyDisplay.h"

#include <QLocale>
#include <QtMath>

QString KeyDisplay::statusText(const ApiKey &key, const QDateTime &now)
{
    switch (key.statusAt(now)) {
    case KeyStatus::Active:
        //: A key's status
        return tr("Active");
    case KeyStatus::ExpiringSoon:
        return tr("Expires in %n day(s)", nullptr, daysUntil(key.expiresAt, now));
    case KeyStatus::Expired:
        //: A key's status
        return tr("Expired");
    case KeyStatus::Revoked:
        //: A key's status
        return tr("Revoked");
    }
    return {};
}

QString KeyDisplay::statusDetail(const ApiKey &key, const QDateTime &now)
{
    switch (key.statusAt(now)) {
    case KeyStatus::Active:
        if (!key.expiresAt.isValid())
            return tr("Active; never expires");
        return tr("Active until %1").arg(longTimeText(key.expiresAt));
    case KeyStatus::ExpiringSoon:
        return tr("Expires on %1").arg(longTimeText(key.expiresAt));
    case KeyStatus::Expired:
        return tr("Expired on %1").arg(longTimeText(key.expiresAt));
    case KeyStatus::Revoked:
        return tr("Revoked on %1").arg(longTimeText(key.revokedAt));
    }
    return {};
}

QColor KeyDisplay::statusColor(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QColor(0x1a, 0x7f, 0x37);
    case KeyStatus::ExpiringSoon:
        return QColor(0x9a, 0x67, 0x00);
    case KeyStatus::Expired:
        return QColor(0xcf, 0x22, 0x2e);
    case KeyStatus::Revoked:
        return QColor(0x6e, 0x77, 0x81);
    }
    return {};
}

QString KeyDisplay::typeText(Environment environment)
{
    //: The type (environment) of a key
    return environment == Environment::Live ? tr("Live") : tr("Test");
}

QString KeyDisplay::scopeSummary(const QStringList &scopes)
{
    if (scopes.isEmpty())
        return tr("No scopes");
    if (scopes.size() == 1)
        return scopes.constFirst();
    return tr("%n scope(s)", nullptr, int(scopes.size()));
}

QString KeyDisplay::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString KeyDisplay::dateText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString KeyDisplay::longTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString KeyDisplay::expiresText(const QDateTime &expiresAt)
{
    //: Expiry of a key that does not expire
    return expiresAt.isValid() ? dateText(expiresAt) : tr("Never");
}

QString KeyDisplay::lastUsedText(const QDateTime &lastUsedAt)
{
    return lastUsedAt.isValid() ? timeText(lastUsedAt) : tr("Never used");
}

int KeyDisplay::daysUntil(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(time);
    return qMax(1, int(qCeil(double(seconds) / (24 * 60 * 60))));
}
