#include "CliApplication.h"
#include "KeywardTranslations.h"
#include "store/PrivateFiles.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    PrivateFiles::restrictUmask(); // the store, exports, the sealing secret: the user's alone
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same local store.
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    KeywardTranslations::install(&app);

    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
