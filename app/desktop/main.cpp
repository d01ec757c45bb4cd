// keyward: the desktop application. Parses the command line, loads translations
// and the theme, opens the store and shows the main window.
#include "KeywardTranslations.h"
#include "common/Preferences.h"
#include "common/Theme.h"
#include "main/MainWindow.h"
#include "sql/SqlKeyStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setApplicationName(QStringLiteral("keyward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("keyward"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    // The language chosen in Preferences, or the system's.
    const QString language = Preferences().language();
    KeywardTranslations::install(&app, language.isEmpty() ? QLocale::system() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Issue and look after your API keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QApplication::translate("main", "The SQLite store to open (default: %1).")
            .arg(defaultLocalStorePath()),
        QApplication::translate("main", "path"));
    parser.addOption(storeOption);
    parser.process(app);

    Theme::apply(&app);

    SqlStoreOptions options;
    options.path = parser.isSet(storeOption) ? parser.value(storeOption) : defaultLocalStorePath();
    SqlKeyStore store(options);
    MainWindow window(&store);
    window.show();
    return app.exec();
}
