// keyward-screenshots: renders the README's pictures from the real widgets over a
// store with a realistic inventory. Usage: keyward-screenshots OUTPUT_DIR
#include "InventorySeed.h"
#include "KeywardTranslations.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionList.h"
#include "connection/SecretPromptDialog.h"
#include "connection/StoreSwitcher.h"
#include "keys/CreateKeyDialog.h"
#include "keys/RevealKeyDialog.h"
#include "main/MainWindow.h"
#include "main/StoreBanner.h"
#include "sql/SqlKeyStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
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

    // The window as the application opens it: through the saved connections.
    ConnectionList connections;
    Connection shared = Connection::create(Connection::Kind::Server);
    shared.name = QStringLiteral("Production (shared)");
    shared.server = QUrl(QStringLiteral("https://keys.acme.example:8420"));
    connections.save(shared);
    Connection database = Connection::create(Connection::Kind::Postgres);
    database.name = QStringLiteral("Staging database");
    database.postgres.host = QStringLiteral("db.staging.acme.example");
    database.postgres.user = QStringLiteral("keyward");
    connections.save(database);
    const Connection local = connections.localFile(options.path);
    MainWindow window;
    StoreSwitcher switcher(&connections, &window);
    window.setSwitcher(&switcher);
    window.resize(1280, 800);
    window.show();
    switcher.connectTo(local.id);
    if (!QTest::qWaitFor([&window] { return window.session() && window.session()->isOpen(); },
                         10000))
        return 1;
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

    window.showPage(MainWindow::Page::Roles);
    ok = save(&window, out.filePath(QStringLiteral("roles-page.png"))) && ok;
    window.showPage(MainWindow::Page::Members);
    ok = save(&window, out.filePath(QStringLiteral("members-page.png"))) && ok;
    window.showPage(MainWindow::Page::Connections);
    ok = save(&window, out.filePath(QStringLiteral("connections-page.png"))) && ok;
    ConnectionDialog add(shared, true, &window);
    add.setWindowModality(Qt::NonModal);
    add.show();
    // A PostgreSQL database on another computer with a TLS mode that can be downgraded:
    // the dialog says what that would expose.
    auto typeInto = [&add](const char *field, const QString &text) {
        if (auto *edit = add.findChild<QLineEdit *>(QLatin1String(field)))
            QTest::keyClicks(edit, text);
    };
    typeInto("nameEdit", QStringLiteral("Production inventory"));
    if (auto *kind = add.findChild<QComboBox *>(QStringLiteral("kindCombo")))
        kind->setCurrentIndex(2);
    typeInto("hostEdit", QStringLiteral("db.example.com"));
    typeInto("userEdit", QStringLiteral("keyward_admin"));
    if (auto *tls = add.findChild<QComboBox *>(QStringLiteral("sslModeCombo")))
        tls->setCurrentIndex(tls->findData(QStringLiteral("prefer")));
    ok = save(&add, out.filePath(QStringLiteral("connection-dialog.png"))) && ok;
    add.close();
    SecretPromptDialog prompt(shared,
                              QStringLiteral("The system keychain did not answer. Keyward asks "
                                             "each time it connects and never writes the admin "
                                             "key to a file."),
                              false, &window);
    prompt.setWindowModality(Qt::NonModal);
    prompt.show();
    ok = save(&prompt, out.filePath(QStringLiteral("secret-prompt.png"))) && ok;
    prompt.close();

    window.showPage(MainWindow::Page::ApiKeys);
    // As the window shows a store it cannot reach (here staged: the file is fine).
    window.banner()->showProblem(
        QStringLiteral("“acme.db” cannot be reached: The key store is busy: another program is "
                       "writing to it. Try again.\nYou are seeing the data loaded last. Changes "
                       "are paused until the store answers again; Keyward keeps trying."));
    ok = save(&window, out.filePath(QStringLiteral("unreachable.png"))) && ok;
    window.close();
    return ok ? 0 : 1;
}
