#include "common/Preferences.h"

#include "store/PrivateFiles.h"

#include <QSettings>

namespace {

const QString ClipboardKey = QStringLiteral("Preferences/clipboardTimeoutSeconds");
const QString ExpiryKey = QStringLiteral("Preferences/defaultExpiryDays");
const QString EnvironmentKey = QStringLiteral("Preferences/defaultEnvironment");
const QString LanguageKey = QStringLiteral("Preferences/language");

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    // Made before the first write, readable by the user only: QSettings keeps the mode
    // of the file it replaces, whatever the umask.
    QString error;
    if (!PrivateFiles::createIfMissing(QSettings().fileName(), &error))
        qWarning("%s", qPrintable(error));
}

Preferences::~Preferences() = default;

int Preferences::clipboardTimeoutSeconds() const
{
    const int seconds = QSettings().value(ClipboardKey, DefaultClipboardSeconds).toInt();
    return qBound(MinClipboardSeconds, seconds, MaxClipboardSeconds);
}

void Preferences::setClipboardTimeoutSeconds(int seconds)
{
    QSettings().setValue(ClipboardKey, qBound(MinClipboardSeconds, seconds, MaxClipboardSeconds));
    Q_EMIT changed();
}

int Preferences::defaultExpiryDays() const
{
    const int days = QSettings().value(ExpiryKey, DefaultExpiryDays).toInt();
    return days < 0 ? DefaultExpiryDays : days;
}

void Preferences::setDefaultExpiryDays(int days)
{
    QSettings().setValue(ExpiryKey, qMax(0, days));
    Q_EMIT changed();
}

Environment Preferences::defaultEnvironment() const
{
    return environmentFromName(QSettings().value(EnvironmentKey).toString())
        .value_or(Environment::Test);
}

void Preferences::setDefaultEnvironment(Environment environment)
{
    QSettings().setValue(EnvironmentKey, environmentName(environment));
    Q_EMIT changed();
}

QString Preferences::language() const
{
    return QSettings().value(LanguageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
    Q_EMIT changed();
}
