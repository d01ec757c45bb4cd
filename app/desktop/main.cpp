// keyward: the desktop application. Parses the command line, loads translations
// and the theme, opens the store and shows the main window.
#include "KeywardTranslations.h"
#include "common/Preferences.h"
#include "common/Theme.h"
#include "connection/ConnectionList.h"
#include "connection/StoreSwitcher.h"
#include "main/MainWindow.h"
#include "store/PrivateFiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <memory>

int main(int argc, char *argv[])
{
    PrivateFiles::restrictUmask(); // settings, exports, the store: the user's alone
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
        QApplication::translate("main", "Open this SQLite store, and keep it among the connections "
                                        "(default: the last connection opened, at first %1).")
            .arg(defaultLocalStorePath()),
        QApplication::translate("main", "path"));
    parser.addOption(storeOption);
    parser.process(app);

    Theme::apply(&app);

    ConnectionList connections;
    if (parser.isSet(storeOption))
        connections.setCurrent(connections.localFile(parser.value(storeOption)).id);
    auto window = std::make_unique<MainWindow>();
    StoreSwitcher switcher(&connections, window.get());
    window->setSwitcher(&switcher);
    window->show();
    switcher.connectTo(connections.current().id);
    const int status = QApplication::exec();
    window.reset(); // before the switcher deletes the store the window shows
    return status;
}
