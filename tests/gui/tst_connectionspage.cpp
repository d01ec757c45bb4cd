#include "DesktopApp.h"
#include "GuiTest.h"
#include "StoreFixture.h"
#include "connection/ConnectionDialog.h"
#include "keys/KeyActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <algorithm>

using namespace GuiTest;

//! Settings > Connections with local files (the remote kinds have their own tests):
//! adding a connection through its dialog, with clear messages for bad input;
//! switching the open store in the running window, which then names it in its title
//! and status bar; File > Switch store; forgetting; and what survives a restart. Also
//! what the dialog lets through to another computer: no admin key over http://, and no
//! database password with a TLS mode that can give it away unless the user insists.
class TestConnectionsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void firstStartOpensTheLocalStore();
    void firstStartSaysItPreparesTheStore();
    void emptyPageOffersASharedStore();
    void dialogExplainsBadInput();
    void dialogRefusesCleartextToAnotherComputer();
    void postgresVerifiesAnotherComputerUnlessToldOtherwise();
    void olderConnectionsGetTheSaferDefault();
    void addsAndSwitchesToALocalFile();
    void switchesFromTheFileMenu();
    void editingTheOpenConnectionAppliesAtOnce();
    void forgetsAfterAsking();
    void remembersConnectionsAndTheOpenOneButNoSecret();

private:
    //! Adds a local-file connection through the dialog; presses @p buttonName.
    static void addLocal(DesktopApp &app, const QString &name, const QString &path,
                         const char *buttonName);
    QTemporaryDir m_settings;
};

void TestConnectionsPage::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
    QVERIFY(useOwnHome(m_settings.path())); // "This computer" is this test's own
}

void TestConnectionsPage::cleanup()
{
    QSettings().clear();
    QTRY_VERIFY(noVisibleWindows());
}

void TestConnectionsPage::addLocal(DesktopApp &app, const QString &name, const QString &path,
                                   const char *buttonName)
{
    app.window->showPage(MainWindow::Page::Connections);
    QTest::mouseClick(app.child<QPushButton>("addConnectionButton"), Qt::LeftButton);
    auto *dialog = waitForModal<ConnectionDialog>();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(0);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    pathEdit->clear();
    QTest::keyClicks(pathEdit, path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(buttonName)),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestConnectionsPage::firstStartOpensTheLocalStore()
{
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    QCOMPARE(app.window->windowTitle(), QStringLiteral("This computer"));
    QTRY_VERIFY(app.status().startsWith(QStringLiteral("This computer")));
    QCOMPARE(app.window->session()->info().location, defaultLocalStorePath());
    // The Connections page lists it as open, and it cannot be forgotten.
    app.window->showPage(MainWindow::Page::Connections);
    auto *table = app.child<QTableView>("connectionTable");
    QCOMPARE(GuiTest::rowCount(table), 1);
    QCOMPARE(GuiTest::cellText(table, 0, ConnectionTableModel::State), QStringLiteral("Open"));
    table->selectRow(0);
    QVERIFY(!app.child<QPushButton>("forgetConnectionButton")->isEnabled());
    QVERIFY(!app.child<QPushButton>("connectButton")->isEnabled());
    app.window->close();
}

void TestConnectionsPage::firstStartSaysItPreparesTheStore()
{
    const QString path = defaultLocalStorePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    DesktopApp app(DesktopApp::Start::Idle);
    QStringList lines; // what the status line said at each step (the window's slot ran first)
    connect(&app.switcher, &StoreSwitcher::upgrading, this,
            [&lines, &app](const QString &, int, int) { lines << app.status(); });
    app.switcher.connectTo(app.connections.current().id);
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'|')));
    for (const QString &line : std::as_const(lines)) {
        QVERIFY2(line.startsWith(
                     QStringLiteral("Preparing “This computer” for this version of Keyward… ")),
                 qPrintable(line));
    }
    QVERIFY2(lines.last().endsWith(QStringLiteral("100%")), qPrintable(lines.last()));
    QVERIFY(QFile::exists(path));
    app.window->close();
}

void TestConnectionsPage::emptyPageOffersASharedStore()
{
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    QTRY_COMPARE(app.window->apiKeysPage()->view(), ApiKeysPage::View::Empty);
    auto *link = app.child<QLabel>("emptyConnectLabel");
    QVERIFY(link->isVisible());
    Q_EMIT link->linkActivated(QStringLiteral("connect"));
    auto *dialog = waitForModal<ConnectionDialog>();
    QVERIFY(dialog);
    QCOMPARE(app.window->currentPage(), MainWindow::Page::Connections);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add connection"));
    dialog->reject();
    app.window->close();
}

void TestConnectionsPage::dialogExplainsBadInput()
{
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    app.window->showPage(MainWindow::Page::Connections);
    QTest::mouseClick(app.child<QPushButton>("addConnectionButton"), Qt::LeftButton);
    auto *dialog = waitForModal<ConnectionDialog>();
    QVERIFY(dialog);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    const auto refused = [&](const QString &expected) {
        QTest::mouseClick(save, Qt::LeftButton);
        return dialog->isVisible() && problem->isVisible() && problem->text().contains(expected);
    };
    QCOMPARE(kind->currentIndex(), 1); // a new connection is most often a shared server
    QVERIFY(refused(QStringLiteral("name")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("   Production   "));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    QTest::keyClicks(url, QStringLiteral("keys.example.com:8420"));
    QVERIFY(refused(QStringLiteral("https://")));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://admin:secret@keys.example.com:8420"));
    QVERIFY(refused(QStringLiteral("no user, password")));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://keys.example.com:8420"));
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("adminKeyEdit"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::keyClicks(key, QStringLiteral("'; DROP TABLE keys;--"));
    QVERIFY(refused(QStringLiteral("not a Keyward key")));

    kind->setCurrentIndex(2);
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->clear();
    QVERIFY(refused(QStringLiteral("host")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit")),
                     QStringLiteral("db.example.com"));
    QVERIFY(refused(QStringLiteral("user")));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->echoMode(),
             QLineEdit::Password);
    // Nothing was saved while the input was refused.
    QCOMPARE(app.connections.connections().size(), 1);
    dialog->reject();
    app.window->close();
}

//! Connections > Add connection, with the dialog's widgets to @p fill.
static ConnectionDialog *openAddDialog(DesktopApp &app)
{
    app.window->showPage(MainWindow::Page::Connections);
    QTest::mouseClick(app.child<QPushButton>("addConnectionButton"), Qt::LeftButton);
    return waitForModal<ConnectionDialog>();
}

void TestConnectionsPage::dialogRefusesCleartextToAnotherComputer()
{
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    const auto trySave = [&app](const QString &url, QString *problemText) {
        ConnectionDialog *dialog = openAddDialog(app);
        if (!dialog)
            return false;
        child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), url);
        QTest::keyClicks(child<QLineEdit>(dialog, "serverUrlEdit"), url);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        auto *problem = child<QLabel>(dialog, "problemLabel");
        *problemText = problem->isVisible() ? problem->text() : QString();
        const bool saved = !dialog->isVisible();
        if (!saved)
            dialog->reject();
        return saved;
    };
    QString problem;
    for (const char *elsewhere : {"http://keys.example.com:8420", "http://192.0.2.7:8420"}) {
        QVERIFY2(!trySave(QString::fromLatin1(elsewhere), &problem), elsewhere);
        QVERIFY2(problem.contains(QStringLiteral("another computer")) &&
                     problem.contains(QStringLiteral("https://")),
                 qPrintable(problem));
    }
    QCOMPARE(app.connections.connections().size(), 1); // nothing saved
    // This computer may be reached over plain http://, by address or by name.
    for (const char *here : {"http://127.0.0.1:8420", "http://localhost:8420", "http://[::1]:8420",
                             "https://keys.example.com:8420"})
        QVERIFY2(trySave(QString::fromLatin1(here), &problem), qPrintable(problem));
    QCOMPARE(app.connections.connections().size(), 5);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    app.window->close();
}

void TestConnectionsPage::postgresVerifiesAnotherComputerUnlessToldOtherwise()
{
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    ConnectionDialog *dialog = openAddDialog(app);
    QVERIFY(dialog);
    child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(2);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Team database"));
    auto *host = child<QLineEdit>(dialog, "hostEdit");
    host->clear();
    QTest::keyClicks(host, QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("keyward"));
    auto *tls = child<QComboBox>(dialog, "sslModeCombo");
    auto *warning = child<QLabel>(dialog, "tlsWarningLabel");
    auto *insist = child<QCheckBox>(dialog, "weakTlsCheck");
    auto *problem = child<QLabel>(dialog, "problemLabel");
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(!tls->accessibleName().isEmpty() && !insist->accessibleName().isEmpty() &&
            !warning->accessibleName().isEmpty());

    // The default checks the certificate of a database on another computer: no warning.
    QCOMPARE(tls->currentData().toString(), QString());
    QVERIFY(tls->currentText().startsWith(QStringLiteral("Automatic")));
    QCOMPARE(dialog->connection().postgres.effectiveSslMode(), QStringLiteral("verify-full"));
    QVERIFY(!warning->isVisible());
    QVERIFY(!insist->isVisible());

    // A mode that can give the password away: said plainly, and saving needs a yes.
    for (const char *weak : {"prefer", "allow", "disable"}) {
        tls->setCurrentIndex(tls->findData(QString::fromLatin1(weak)));
        QVERIFY2(warning->isVisible(), weak);
        QVERIFY2(warning->text().contains(QStringLiteral("db.example.com")) &&
                     warning->text().contains(QStringLiteral("password")),
                 qPrintable(warning->text()));
        QVERIFY(insist->isVisible());
        QVERIFY(!insist->isChecked());
        // All of it is readable: the label has the height its wrapped text needs.
        QVERIFY2(warning->height() >= warning->heightForWidth(warning->width()), weak);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(dialog->isVisible() && problem->isVisible() &&
                     problem->text().contains(QStringLiteral("TLS mode")),
                 qPrintable(problem->text()));
    }
    QCOMPARE(app.connections.connections().size(), 1);
    // The same mode on this computer is no risk: no warning.
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    QVERIFY(!warning->isVisible());
    QVERIFY(!insist->isVisible());
    host->clear();
    QTest::keyClicks(host, QStringLiteral("db.example.com"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("prefer")));
    QVERIFY(warning->isVisible());
    insist->setChecked(true);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const std::optional<Connection> saved = app.saved(QStringLiteral("Team database"));
    QVERIFY(saved);
    QCOMPARE(saved->postgres.sslMode, QStringLiteral("prefer"));
    QCOMPARE(ConnectionList().find(saved->id)->postgres.sslMode, QStringLiteral("prefer"));

    // A second one left on the default keeps it, for the next start too.
    dialog = openAddDialog(app);
    QVERIFY(dialog);
    child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(2);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Verified database"));
    child<QLineEdit>(dialog, "hostEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("keyward"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const std::optional<Connection> verified = app.saved(QStringLiteral("Verified database"));
    QVERIFY(verified);
    const Connection *reloaded = ConnectionList().find(verified->id);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->postgres.sslMode, QString());
    QCOMPARE(reloaded->postgres.effectiveSslMode(), QStringLiteral("verify-full"));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    app.window->close();
}

void TestConnectionsPage::olderConnectionsGetTheSaferDefault()
{
    // Saved by an older Keyward, whose dialog preset libpq's "prefer" for everyone.
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("connections"), 2);
        const QList<std::pair<QString, QString>> saved = {
            {QStringLiteral("old-default"), QStringLiteral("prefer")},
            {QStringLiteral("old-chosen"), QStringLiteral("require")}};
        for (int index = 0; index < saved.size(); ++index) {
            settings.setArrayIndex(index);
            settings.setValue(QStringLiteral("id"), saved.at(index).first);
            settings.setValue(QStringLiteral("name"), saved.at(index).first);
            settings.setValue(QStringLiteral("kind"), QStringLiteral("postgresql"));
            settings.setValue(QStringLiteral("host"), QStringLiteral("db.example.com"));
            settings.setValue(QStringLiteral("user"), QStringLiteral("keyward"));
            settings.setValue(QStringLiteral("sslMode"), saved.at(index).second);
        }
        settings.endArray();
    }
    ConnectionList connections;
    QCOMPARE(connections.find(QStringLiteral("old-default"))->postgres.effectiveSslMode(),
             QStringLiteral("verify-full"));
    QCOMPARE(connections.find(QStringLiteral("old-chosen"))->postgres.effectiveSslMode(),
             QStringLiteral("require"));
}

void TestConnectionsPage::addsAndSwitchesToALocalFile()
{
    StoreFixture other; // a second store, with a key the default one does not have
    other.create(QStringLiteral("Only in the team file"));
    other.store.reset(); // closed: the window opens it on its own
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    addLocal(app, QStringLiteral("Team file"), other.path(), "connectButton");
    QVERIFY(app.waitUntilShows(QStringLiteral("Team file")));
    QCOMPARE(app.window->windowTitle(), QStringLiteral("Team file"));
    QTRY_VERIFY2(app.status().startsWith(QStringLiteral("Team file")) &&
                     app.status().contains(QStringLiteral("1 key")),
                 qPrintable(app.status()));
    QTRY_COMPARE(app.window->apiKeysPage()->model()->rowCount(), 1);
    QCOMPARE(app.window->apiKeysPage()->model()->keyAt(0).name,
             QStringLiteral("Only in the team file"));
    QCOMPARE(app.window->session()->info().location, other.path());
    QCOMPARE(app.connections.current().name, QStringLiteral("Team file"));
    // The page marks the open connection; the default one can be opened again.
    const int team = app.rowOf(QStringLiteral("Team file"));
    QVERIFY(team > 0);
    auto *table = app.child<QTableView>("connectionTable");
    QCOMPARE(GuiTest::cellText(table, team, ConnectionTableModel::State), QStringLiteral("Open"));
    table->selectRow(app.rowOf(QStringLiteral("This computer")));
    QTest::mouseClick(app.child<QPushButton>("connectButton"), Qt::LeftButton);
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    QCOMPARE(app.window->session()->info().location, defaultLocalStorePath());
    app.window->close();
}

void TestConnectionsPage::switchesFromTheFileMenu()
{
    StoreFixture other;
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    addLocal(app, QStringLiteral("Second file"), other.path(), "saveButton");
    // Saved, not opened.
    QCOMPARE(app.connections.current().id, Connection::DefaultLocalId);
    QCOMPARE(app.window->storeName(), QStringLiteral("This computer"));

    auto *keyMenu = app.window->menuBar()->findChild<QMenu *>(QStringLiteral("keyMenu"));
    QVERIFY(keyMenu);
    auto *menu = app.window->menuBar()->findChild<QMenu *>(QStringLiteral("switchStoreMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *second = nullptr;
    QAction *local = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Second file"))
            second = action;
        if (action->text() == QStringLiteral("This computer"))
            local = action;
    }
    QVERIFY(local);
    QVERIFY(local->isChecked());
    QVERIFY(second);
    QVERIFY(!second->isChecked());
    second->trigger();
    QVERIFY(app.waitUntilShows(QStringLiteral("Second file")));
    QCOMPARE(app.window->windowTitle(), QStringLiteral("Second file"));
    // The same menus, holding the new store's commands and none of the old one's.
    QCOMPARE(app.window->menuBar()->findChild<QMenu *>(QStringLiteral("keyMenu")), keyMenu);
    QCOMPARE(app.window->menuBar()->actions().size(), 3);
    KeyActions *actions = app.window->keyActions();
    QCOMPARE(keyMenu->actions(), actions->keyMenuActions() << keyMenu->actions().constLast());
    QCOMPARE(keyMenu->actions().constLast()->objectName(), QStringLiteral("findAction"));
    const QList<QAction *> fileActions = app.child<QMenu>("fileMenu")->actions();
    QCOMPARE(std::count_if(fileActions.cbegin(), fileActions.cend(),
                           [](const QAction *action) {
                               return action->objectName() == QLatin1String("exportAction");
                           }),
             1);
    QVERIFY(fileActions.contains(actions->exportAction()));
    QTRY_VERIFY(actions->createAction()->isEnabled());
    app.window->close();
}

void TestConnectionsPage::editingTheOpenConnectionAppliesAtOnce()
{
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    app.window->showPage(MainWindow::Page::Connections);
    auto *table = app.child<QTableView>("connectionTable");
    table->selectRow(app.rowOf(QStringLiteral("This computer")));
    QTest::mouseClick(app.child<QPushButton>("editConnectionButton"), Qt::LeftButton);
    auto *dialog = waitForModal<ConnectionDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit connection"));
    // The default store's place and kind are fixed; its name is not.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"))->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("My laptop"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY(app.waitUntilShows(QStringLiteral("My laptop")));
    QCOMPARE(app.window->windowTitle(), QStringLiteral("My laptop"));
    QCOMPARE(GuiTest::cellText(table, app.rowOf(QStringLiteral("My laptop")),
                               ConnectionTableModel::State),
             QStringLiteral("Open"));
    app.window->close();
    // Kept for the next start, still at the default place.
    const ConnectionList next;
    QCOMPARE(next.current().name, QStringLiteral("My laptop"));
    QCOMPARE(next.current().path, defaultLocalStorePath());
}

void TestConnectionsPage::forgetsAfterAsking()
{
    StoreFixture other;
    other.create(QStringLiteral("Kept"));
    DesktopApp app;
    QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
    addLocal(app, QStringLiteral("Old file"), other.path(), "saveButton");
    auto *table = app.child<QTableView>("connectionTable");
    table->selectRow(app.rowOf(QStringLiteral("Old file")));
    auto *forget = app.child<QPushButton>("forgetConnectionButton");
    QVERIFY(forget->isEnabled());

    QTest::mouseClick(forget, Qt::LeftButton);
    auto *box = waitForModal<QMessageBox>();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("forgetConnectionConfirmation"));
    QVERIFY(box->informativeText().contains(QStringLiteral("not touched")));
    QTRY_VERIFY(box->findChild<QPushButton *>(QStringLiteral("cancelButton"))->hasFocus());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(app.rowOf(QStringLiteral("Old file")) > 0);

    table->selectRow(app.rowOf(QStringLiteral("Old file")));
    QTest::mouseClick(forget, Qt::LeftButton);
    box = waitForModal<QMessageBox>();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(app.rowOf(QStringLiteral("Old file")), -1);
    QCOMPARE(ConnectionList().connections().size(), 1);
    // The file itself stays.
    QVERIFY(QFile::exists(other.path()));
    app.window->close();
}

void TestConnectionsPage::remembersConnectionsAndTheOpenOneButNoSecret()
{
    StoreFixture other;
    {
        DesktopApp app;
        QVERIFY(app.waitUntilShows(QStringLiteral("This computer")));
        addLocal(app, QStringLiteral("Team file"), other.path(), "connectButton");
        QVERIFY(app.waitUntilShows(QStringLiteral("Team file")));
        // A server connection saved with a key: the key goes to the keychain or, with
        // none here, stays in memory; never to the settings.
        Connection server = Connection::create(Connection::Kind::Server);
        server.name = QStringLiteral("Shared");
        server.server = QUrl(QStringLiteral("https://keys.example.com:8420"));
        app.switcher.save(server, QStringLiteral("key_live_NOT0A0REAL0KEY0for0settings0test"),
                          false);
        app.window->close();
    }
    DesktopApp next; // the next start
    QVERIFY(next.waitUntilShows(QStringLiteral("Team file")));
    QCOMPARE(next.connections.connections().size(), 3);
    const std::optional<Connection> shared = next.saved(QStringLiteral("Shared"));
    QVERIFY(shared);
    QCOMPARE(shared->server, QUrl(QStringLiteral("https://keys.example.com:8420")));
    QSettings().sync();
    QDirIterator files(m_settings.path(), QDir::Files, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("NOT0A0REAL0KEY"), qPrintable(file.fileName()));
        ++read;
    }
    QVERIFY(read > 0);
    next.window->close();
}

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
