#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace KeywardTranslations {

//! Installs the translations for @p locale on @p app: Qt's own (qtbase_<lang>, from
//! QLibraryInfo::TranslationsPath, when present) and Keyward's, embedded under :/i18n.
//! Returns the files it loaded. Both executables call it before building any UI.
QStringList install(QCoreApplication *app, const QLocale &locale = QLocale::system());

} // namespace KeywardTranslations
