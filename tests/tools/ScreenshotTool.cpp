// keyward-screenshots: renders the README's pictures from the real widgets over a
// store with a realistic inventory. Usage: keyward-screenshots OUTPUT_DIR
#include "InventorySeed.h"
#include "KeywardTranslations.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "keys/CreateKeyDialog.h"
#include "keys/RevealKeyDialog.h"
#include "main/MainWindow.h"
#include "sql/SqlKeyStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

bool save(QWidget *widget, const QString &path)
{
    const bool saved = widget->grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write",
                 qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setApplicationName(QStringLiteral("keyward-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    KeywardTranslations::install(&app, QLocale(QLocale::English));
    Theme::apply(&app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: keyward-screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());

    // A newcomer's window: fresh settings (no remembered sizes) and a fresh store.
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    SqlStoreOptions options;
    options.path = dir.filePath(QStringLiteral("acme.db"));
    options.ownerName = QStringLiteral("Olivia Owner");
    options.prefix = QStringLiteral("acme");
    SqlKeyStore store(options);
    if (!InventorySeed::fill(store))
        return 1;

    MainWindow window(&store);
    window.resize(1280, 800);
    window.show();
    auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("keyTable"));
    if (!table || !QTest::qWaitFor([table] { return table->model()->rowCount() >= 10; }, 10000))
        return 1;
    table->setCurrentIndex(table->model()->index(1, 0));
    auto *history = window.findChild<QListWidget *>(QStringLiteral("auditList"));
    if (!history || !QTest::qWaitFor([history] { return history->count() > 0; }, 10000))
        return 1;
    // The owner's permissions arrive with the directory, after the first rows.
    auto *create = window.findChild<QPushButton *>(QStringLiteral("createKeyButton"));
    if (!create || !QTest::qWaitFor([create] { return create->isEnabled(); }, 10000))
        return 1;
    bool ok = save(&window, out.filePath(QStringLiteral("main-window.png")));

    CreateKeyDialog dialog(window.session());
    dialog.show();
    if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
        QTest::keyClicks(name, QStringLiteral("Zapier webhooks"));
    if (auto *roles = dialog.findChild<QListWidget *>(QStringLiteral("rolesList"))) {
        if (roles->count() > 3)
            roles->item(3)->setCheckState(Qt::Checked);
    }
    ok = save(&dialog, out.filePath(QStringLiteral("create-dialog.png"))) && ok;
    dialog.close();

    const IssuedKey issued = InventorySeed::issueOne(store);
    RevealKeyDialog reveal(issued, 30);
    reveal.show();
    ok = save(&reveal, out.filePath(QStringLiteral("reveal-dialog.png"))) && ok;
    reveal.close();
    window.close();
    return ok ? 0 : 1;
}
