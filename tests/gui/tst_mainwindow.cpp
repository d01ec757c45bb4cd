#include "BulkSeed.h"
#include "GuiTest.h"
#include "KeywardTranslations.h"
#include "StoreFixture.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using GuiTest::child;

//! The main window on a fresh and on a filled store: title, empty state, table,
//! status line, navigation, header sorting and remembered settings.
class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void firstStartCreatesTheStoreAndShowsTheEmptyState();
    void createButtonsOpenTheCreateDialog();
    void showsKeysAndCountsThem();
    void leavesTheEmptyStateWhenAKeyArrives();
    void theStatusBarGroupsDigitsAsTheLocaleDoes();
    void navigationSwitchesPages();
    void headerSortsInTheStore();
    void remembersGeometryAndColumns();
    void saysWhyTheStoreDidNotOpen();

private:
    //! Opens a window on @p store, shown, and waits until the store answered.
    static std::unique_ptr<MainWindow> openWindow(KeyStore *store);
    static QString statusText(QWidget *window);

    QTemporaryDir m_settings;
};

std::unique_ptr<MainWindow> TestMainWindow::openWindow(KeyStore *store)
{
    auto window = std::make_unique<MainWindow>(store);
    window->show();
    MainWindow *shown = window.get();
    if (!QTest::qWaitFor([shown] { return shown->storeInfo().has_value(); }, 10000))
        qWarning("The store did not answer in time");
    return window;
}

QString TestMainWindow::statusText(QWidget *window)
{
    return child<QLabel>(window, "storeStatusLabel")->text();
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    GuiTest::initSettings(m_settings.path());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Keyward")); // as the app does
    // The first start below removes the default store: this test's own, not another's.
    QVERIFY(GuiTest::useOwnHome(m_settings.path()));
    // English plural forms ("3 keys"), through the loader the executables use.
    QVERIFY(KeywardTranslations::install(qApp, QLocale(QLocale::English))
                .contains(QStringLiteral("keyward")));
}

void TestMainWindow::cleanup()
{
    QSettings().clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows)
        QVERIFY2(!widget->isVisible(), qPrintable(widget->objectName()));
}

void TestMainWindow::firstStartCreatesTheStoreAndShowsTheEmptyState()
{
    // The first start uses the default store, which does not exist yet.
    const QString path = defaultLocalStorePath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    SqlStoreOptions options;
    options.path = path;
    SqlKeyStore store(options);
    // Creating the tables is a migration, and the status line follows it. Connected
    // before the window, this runs before the window hears of the same step, so it
    // reads what the step before made of the status line.
    QStringList statusLines;
    connect(&store, &KeyStore::upgrading, &store, [&statusLines] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *label = top->findChild<QLabel *>(QStringLiteral("storeStatusLabel")))
                statusLines << label->text();
        }
    });
    std::unique_ptr<MainWindow> window = openWindow(&store);

    QVERIFY(QFile::exists(path));
    QVERIFY2(statusLines.size() >= 2, qPrintable(statusLines.join(u'|')));
    QVERIFY2(statusLines.at(1).startsWith(
                 QStringLiteral("Preparing the store for this version of Keyward… ")) ||
                 statusLines.at(1).startsWith(QStringLiteral("Preparing “")),
             qPrintable(statusLines.at(1)));
    QVERIFY(statusLines.at(1).endsWith(u'%'));
    QVERIFY2(window->windowTitle().contains(QStringLiteral("keyward.db")),
             qPrintable(window->windowTitle()));
    // Qt appends the application's display name; the title must not say it again.
    QVERIFY(!window->windowTitle().contains(QGuiApplication::applicationDisplayName()));
    ApiKeysPage *page = window->apiKeysPage();
    QTRY_COMPARE(page->view(), ApiKeysPage::View::Empty);
    QVERIFY(child<QWidget>(window.get(), "emptyPage")->isVisible());
    QVERIFY(child<QLabel>(window.get(), "emptyTitle")->isVisible());
    QCOMPARE(child<QLabel>(window.get(), "emptyTitle")->text(), QStringLiteral("No API keys yet"));
    auto *create = child<QPushButton>(window.get(), "emptyCreateButton");
    QVERIFY(create->isVisible());
    QTRY_VERIFY(create->isEnabled()); // once the acting member's scopes are known
    QVERIFY(!child<QTableView>(window.get(), "keyTable")->isVisible());
    QTRY_VERIFY(statusText(window.get()).contains(QStringLiteral("No API keys")));
    QVERIFY(statusText(window.get()).contains(QStringLiteral("keyward.db")));
    window->close();
}

void TestMainWindow::createButtonsOpenTheCreateDialog()
{
    StoreFixture fixture;
    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    QTRY_COMPARE(window->apiKeysPage()->view(), ApiKeysPage::View::Empty);
    QTRY_VERIFY(child<QPushButton>(window.get(), "emptyCreateButton")->isEnabled());
    for (const char *name : {"emptyCreateButton", "createKeyButton"}) {
        QTest::mouseClick(child<QPushButton>(window.get(), name), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())));
        QCOMPARE(dialog->objectName(), QStringLiteral("CreateKeyDialog"));
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QPointer<QDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(!guard); // deleted on close
    }
    window->close();
}

void TestMainWindow::showsKeysAndCountsThem()
{
    StoreFixture fixture;
    fixture.create(QStringLiteral("CRM sync"));
    fixture.create(QStringLiteral("ERP invoices"), {}, Environment::Live);
    KeyDraft soon;
    soon.name = QStringLiteral("Partner script");
    soon.expiresAt = fixture.clock.now().addDays(10);
    QVERIFY(await(fixture.store->createKey({}, soon)).ok());

    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    QVERIFY(window->windowTitle().contains(QStringLiteral("keys.db")));
    QTRY_COMPARE(window->apiKeysPage()->view(), ApiKeysPage::View::Table);
    auto *table = child<QTableView>(window.get(), "keyTable");
    QVERIFY(table->isVisible());
    QTRY_COMPARE(table->model()->rowCount(), 3); // the counts may arrive before the rows
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << table->model()->index(row, ApiKeyTableModel::Name).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("CRM sync"), QStringLiteral("ERP invoices"),
                                 QStringLiteral("Partner script")}));
    QVERIFY(!child<QWidget>(window.get(), "emptyPage")->isVisible());
    QTRY_VERIFY2(statusText(window.get()).contains(QStringLiteral("3 keys")),
                 qPrintable(statusText(window.get())));
    const QString status = statusText(window.get());
    QVERIFY2(status.contains(QStringLiteral("1 expiring within 30 days")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("keys.db")));
    window->close();
}

void TestMainWindow::leavesTheEmptyStateWhenAKeyArrives()
{
    StoreFixture fixture;
    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    QTRY_COMPARE(window->apiKeysPage()->view(), ApiKeysPage::View::Empty);
    fixture.create(QStringLiteral("First key"));
    QTRY_COMPARE(window->apiKeysPage()->view(), ApiKeysPage::View::Table);
    QTRY_VERIFY(statusText(window.get()).contains(QStringLiteral("1 key")));
    QTRY_COMPARE(child<QTableView>(window.get(), "keyTable")->model()->rowCount(), 1);
    window->close();
}

void TestMainWindow::theStatusBarGroupsDigitsAsTheLocaleDoes()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StoreFixture fixture;
    QVERIFY(await(fixture.store->open()).ok());
    QVERIFY(bulkSeedKeys(fixture.path(), 1234, fixture.clock.now()));
    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    QTRY_VERIFY2(statusText(window.get()).contains(QStringLiteral("1,234 keys")),
                 qPrintable(statusText(window.get())));
    window->close();
    window.reset();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    window = openWindow(fixture.store.get());
    QTRY_VERIFY2(statusText(window.get()).contains(QStringLiteral("1.234 keys")),
                 qPrintable(statusText(window.get())));
    window->close();
    QLocale::setDefault(before);
}

void TestMainWindow::navigationSwitchesPages()
{
    StoreFixture fixture;
    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    auto *navigation = child<QListWidget>(window.get(), "navigationList");
    auto *stack = child<QStackedWidget>(window.get(), "pageStack");
    QCOMPARE(navigation->count(), 6);
    // Without saved connections to switch between, there is no Connections page.
    QVERIFY(navigation->item(int(MainWindow::Page::Connections))->isHidden());
    QCOMPARE(window->currentPage(), MainWindow::Page::ApiKeys);
    const QList<QPair<MainWindow::Page, QString>> pages = {
        {MainWindow::Page::Roles, QStringLiteral("rolesPage")},
        {MainWindow::Page::Members, QStringLiteral("membersPage")},
        {MainWindow::Page::AuditLog, QStringLiteral("auditLogPage")},
        {MainWindow::Page::Preferences, QStringLiteral("preferencesPage")},
        {MainWindow::Page::ApiKeys, QStringLiteral("apiKeysPage")},
    };
    for (const auto &[page, objectName] : pages) {
        QListWidgetItem *item = navigation->item(int(page));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(item).center());
        QCOMPARE(window->currentPage(), page);
        // Settings pages sit in a scroll area; the API Keys page scrolls its own table.
        QWidget *current = stack->currentWidget();
        QWidget *shown = current->objectName() == objectName
                             ? current
                             : current->findChild<QWidget *>(objectName);
        QVERIFY2(shown, qPrintable(objectName));
        QVERIFY(shown->isVisible());
        auto *title = shown->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QCOMPARE(title->text(), item->text());
    }
    window->close();
}

void TestMainWindow::headerSortsInTheStore()
{
    StoreFixture fixture;
    for (const char *name : {"Bravo", "Alpha", "Charlie"})
        fixture.create(QString::fromLatin1(name));
    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    QTRY_COMPARE(window->apiKeysPage()->view(), ApiKeysPage::View::Table);
    auto *table = child<QTableView>(window.get(), "keyTable");
    ApiKeyTableModel *model = window->apiKeysPage()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QHeaderView *header = table->horizontalHeader();
    const auto clickSection = [header](int section) {
        QVERIFY(!header->isSectionHidden(section));
        const QPoint point(header->sectionViewportPosition(section) + 10, header->height() / 2);
        QVERIFY(header->viewport()->rect().contains(point));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
    };

    clickSection(ApiKeyTableModel::Name);
    QCOMPARE(model->sortColumn(), int(ApiKeyTableModel::Name));
    const auto firstName = [model] {
        return model->index(0, ApiKeyTableModel::Name).data().toString();
    };
    const QString first = firstName();
    QTRY_VERIFY(!model->isLoading());
    const Qt::SortOrder order = model->sortOrder();
    QTRY_COMPARE(firstName(),
                 order == Qt::AscendingOrder ? QStringLiteral("Alpha") : QStringLiteral("Charlie"));
    Q_UNUSED(first)
    clickSection(ApiKeyTableModel::Name);
    QTRY_COMPARE(firstName(),
                 order == Qt::AscendingOrder ? QStringLiteral("Charlie") : QStringLiteral("Alpha"));

    // The store cannot sort by scopes: the arrow stays where the order is. (Scopes may
    // start hidden beside the details pane; show it next to the name.)
    header->setSectionHidden(ApiKeyTableModel::Scopes, false);
    header->moveSection(header->visualIndex(ApiKeyTableModel::Scopes), 1);
    clickSection(ApiKeyTableModel::Scopes);
    QCOMPARE(header->sortIndicatorSection(), int(ApiKeyTableModel::Name));
    QCOMPARE(model->sortColumn(), int(ApiKeyTableModel::Name));
    window->close();
}

void TestMainWindow::remembersGeometryAndColumns()
{
    StoreFixture fixture;
    fixture.create(QStringLiteral("Only key"));
    {
        std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
        window->resize(1000, 640);
        auto *table = child<QTableView>(window.get(), "keyTable");
        QTRY_COMPARE(table->model()->rowCount(), 1); // columns are fitted to the first rows
        table->horizontalHeader()->resizeSection(ApiKeyTableModel::Name, 321);
        table->sortByColumn(ApiKeyTableModel::Expires, Qt::AscendingOrder);
        window->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
    std::unique_ptr<MainWindow> window = openWindow(fixture.store.get());
    QCOMPARE(window->size(), QSize(1000, 640));
    auto *table = child<QTableView>(window.get(), "keyTable");
    QCOMPARE(table->horizontalHeader()->sectionSize(ApiKeyTableModel::Name), 321);
    QCOMPARE(window->apiKeysPage()->model()->sortColumn(), int(ApiKeyTableModel::Expires));
    QCOMPARE(window->apiKeysPage()->model()->sortOrder(), Qt::AscendingOrder);
    window->close();
}

void TestMainWindow::saysWhyTheStoreDidNotOpen()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SqlStoreOptions options;
    options.path = blocker.fileName() + QStringLiteral("/keys.db");
    SqlKeyStore store(options);
    MainWindow window(&store); // the answer may come before the constructor returns
    window.show();
    auto *message = child<QLabel>(&window, "messageLabel");
    QTRY_VERIFY2(message->text().contains(QStringLiteral("could not be opened")),
                 qPrintable(message->text()));
    QVERIFY(!window.storeInfo());
    QCOMPARE(window.apiKeysPage()->view(), ApiKeysPage::View::Message);
    QVERIFY(message->isVisible());
    QVERIFY(window.windowTitle().isEmpty()); // Qt shows the display name alone
    window.close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
