#include "KeywardTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

//! Loads the best match of @p name for @p locale from @p folder and installs it.
bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name,
                const QString &folder)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator)) {
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList KeywardTranslations::install(QCoreApplication *app, const QLocale &locale)
{
    QStringList loaded;
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (installOne(app, locale, QStringLiteral("qtbase"), qtFolder))
        loaded << QStringLiteral("qtbase");
    // English is the source language; its file only spells out plural forms ("%n key(s)").
    if (installOne(app, locale, QStringLiteral("keyward"), QStringLiteral(":/i18n")) ||
        installOne(app, QLocale(QLocale::English), QStringLiteral("keyward"),
                   QStringLiteral(":/i18n"))) {
        loaded << QStringLiteral("keyward");
    }
    return loaded;
}
