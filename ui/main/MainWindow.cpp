#include "main/MainWindow.h"

#include "common/Session.h"
#include "connection/ConnectionsPage.h"
#include "connection/StoreSwitcher.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyActions.h"
#include "main/StoreBanner.h"
#include "main/StorePages.h"
#include "main/StoreStatus.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
constexpr int ErrorMessageMs = 10000;
constexpr int InfoMessageMs = 6000;

} // namespace

MainWindow::MainWindow(KeyStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_banner(new StoreBanner)
    , m_waitingPage(new QLabel)
    , m_connectionsPage(new QWidget)
    , m_statusLabel(new QLabel)
    , m_status(new StoreStatus(m_banner, m_statusLabel, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    m_ui->contentLayout->insertWidget(0, m_banner);
    m_waitingPage->setObjectName(QStringLiteral("waitingPage"));
    m_waitingPage->setAlignment(Qt::AlignCenter);
    m_waitingPage->setWordWrap(true);
    m_ui->pageStack->addWidget(m_waitingPage);
    m_ui->pageStack->addWidget(m_connectionsPage);

    addNavigationItem(Page::ApiKeys, tr("API Keys"), QStringLiteral(":/icons/nav-keys.svg"));
    addNavigationItem(Page::Roles, tr("Roles"), QStringLiteral(":/icons/nav-roles.svg"));
    addNavigationItem(Page::Members, tr("Members"), QStringLiteral(":/icons/nav-members.svg"));
    addNavigationItem(Page::AuditLog, tr("Audit log"), QStringLiteral(":/icons/nav-audit.svg"));
    addNavigationItem(Page::Connections, tr("Connections"),
                      QStringLiteral(":/icons/nav-connections.svg"));
    addNavigationItem(Page::Preferences, tr("Preferences"),
                      QStringLiteral(":/icons/nav-preferences.svg"));
    m_ui->navigationList->item(int(Page::Connections))->setHidden(true);

    m_statusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Store summary"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this,
            [this](int row) { showPage(Page(row)); });
    connect(m_status, &StoreStatus::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_status, &StoreStatus::storeOpened, this, &MainWindow::storeOpened);
    connect(m_status, &StoreStatus::messageShown, this, &MainWindow::showMessage);
    restoreSettings();
    m_ui->navigationList->setCurrentRow(int(Page::ApiKeys));
    if (store)
        setStore(store);
    else
        showConnecting(QString());
}

MainWindow::~MainWindow() = default;

void MainWindow::addNavigationItem(Page page, const QString &title, const QString &iconPath)
{
    Q_ASSERT(m_ui->navigationList->count() == int(page));
    auto *item = new QListWidgetItem(QIcon(iconPath), title, m_ui->navigationList);
    item->setData(Qt::AccessibleTextRole, title);
}

QWidget *MainWindow::scrollable(QWidget *page) const
{
    // A narrow window scrolls a wide page instead of refusing to shrink.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

void MainWindow::setSwitcher(StoreSwitcher *switcher)
{
    m_switcher = switcher;
    auto *page = new ConnectionsPage(switcher);
    QWidget *holder = scrollable(page);
    m_ui->pageStack->insertWidget(m_ui->pageStack->indexOf(m_connectionsPage), holder);
    m_ui->pageStack->removeWidget(m_connectionsPage);
    delete m_connectionsPage;
    m_connectionsPage = holder;
    m_ui->navigationList->item(int(Page::Connections))->setHidden(false);
    if (m_pages)
        m_pages->keysPage()->setConnectOffered(true);
    connect(switcher, &StoreSwitcher::storeChanged, this,
            [this](KeyStore *store, const QString &name) { setStore(store, name); });
    connect(switcher, &StoreSwitcher::connecting, this, [this](const QString &name) {
        if (!m_pages)
            showConnecting(name);
        else
            showMessage(tr("Connecting to “%1”…").arg(name));
    });
    connect(switcher, &StoreSwitcher::upgrading, this,
            [this](const QString &name, int done, int total) {
                if (!m_pages) {
                    m_status->showUpgrading(name, done, total);
                    m_waitingPage->setText(m_statusLabel->text());
                } else {
                    showMessage(StoreStatus::upgradeText(name, done, total));
                }
            });
    connect(switcher, &StoreSwitcher::failed, this, &MainWindow::showActionError);
    rebuildMenus();
    showPage(currentPage());
}

void MainWindow::showConnecting(const QString &name)
{
    m_status->showConnecting(name);
    m_waitingPage->setText(m_statusLabel->text());
    showPage(currentPage());
}

void MainWindow::setStore(KeyStore *store, const QString &name)
{
    closeStoreDialogs();
    dropPages();
    m_pages = std::make_unique<StorePages>(store, this);
    placePages();
    rebuildMenus();

    ApiKeysPage *keys = m_pages->keysPage();
    KeyActions *actions = m_pages->keyActions();
    Session *session = m_pages->session();
    m_status->follow(session, keys, name);
    connect(keys, &ApiKeysPage::errorOccurred, this, &MainWindow::showError);
    keys->setConnectOffered(m_switcher != nullptr);
    connect(keys, &ApiKeysPage::connectRequested, this, [this] {
        showPage(Page::Connections);
        if (auto *page = m_connectionsPage->findChild<ConnectionsPage *>())
            page->addConnection();
    });
    connect(actions, &KeyActions::errorOccurred, this, &MainWindow::showActionError);
    connect(actions, &KeyActions::statusMessage, this, &MainWindow::showMessage);
    keys->restoreSettings(QSettings());
    showPage(currentPage());
    session->open();
}

void MainWindow::placePages()
{
    const QList<QWidget *> pages = m_pages->pages();
    int index = 0;
    for (QWidget *page : pages) {
        // The key table scrolls by itself.
        m_ui->pageStack->insertWidget(index++, page == pages.first() ? page : scrollable(page));
    }
}

void MainWindow::dropPages()
{
    if (!m_pages)
        return;
    QSettings settings;
    m_pages->keysPage()->saveSettings(settings);
    // Everything on the stack but the waiting and Connections pages belongs to the store.
    for (int index = m_ui->pageStack->count() - 1; index >= 0; --index) {
        QWidget *widget = m_ui->pageStack->widget(index);
        if (widget == m_waitingPage || widget == m_connectionsPage)
            continue;
        m_ui->pageStack->removeWidget(widget);
        widget->hide();
        widget->deleteLater();
    }
    // Later, after the pages: a continuation of the old store may be running now.
    m_pages.release()->deleteLater();
}

void MainWindow::closeStoreDialogs()
{
    // They act on the store being replaced.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            dialog->hide();
            dialog->deleteLater();
        }
    }
}

void MainWindow::rebuildMenus()
{
    // Later: the switch may have been chosen from one of these menus.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setObjectName(QString()); // nobody finds them any more
    for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        menu->deleteLater();
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    if (m_switcher) {
        QAction *connections =
            file->addAction(tr("&Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                            this, [this] { showPage(Page::Connections); });
        connections->setObjectName(QStringLiteral("connectionsAction"));
        QMenu *switchMenu = file->addMenu(tr("&Switch store"));
        switchMenu->setObjectName(QStringLiteral("switchStoreMenu"));
        connect(switchMenu, &QMenu::aboutToShow, this,
                [this, switchMenu] { fillSwitchMenu(switchMenu); });
        fillSwitchMenu(switchMenu);
        file->addSeparator();
    }
    if (m_pages)
        file->addAction(m_pages->keyActions()->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    if (m_pages) {
        KeyActions *actions = m_pages->keyActions();
        QMenu *key = menuBar()->addMenu(tr("&Key"));
        key->setObjectName(QStringLiteral("keyMenu"));
        key->addAction(actions->createAction());
        key->addSeparator();
        actions->addKeyActions(key);
        key->addSeparator();
        QAction *search = key->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
            showPage(Page::ApiKeys);
            apiKeysPage()->focusSearch();
        });
        search->setObjectName(QStringLiteral("findAction"));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Keyward"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::fillSwitchMenu(QMenu *menu)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    const QString current = m_switcher->currentId();
    for (const Connection &connection : m_switcher->connections()->connections()) {
        QAction *action = menu->addAction(connection.name);
        action->setCheckable(true);
        action->setChecked(connection.id == current);
        action->setToolTip(connection.location());
        action->setActionGroup(group);
        const QString id = connection.id;
        connect(action, &QAction::triggered, this, [this, id] { m_switcher->connectTo(id); });
    }
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Keyward"),
                                tr("Keyward %1").arg(QStringLiteral(KEYWARD_VERSION)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Issue and look after the API keys of your company's API: create, reveal once, "
           "edit, reset, revoke, delete and export."));
    box->open();
}

void MainWindow::showMessage(const QString &message)
{
    m_ui->statusBar->showMessage(message, InfoMessageMs);
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = m_waitingPage;
    if (page == Page::Connections)
        widget = m_connectionsPage;
    else if (m_pages)
        widget = m_ui->pageStack->widget(page == Page::Preferences ? int(Page::AuditLog) + 1
                                                                   : int(page));
    m_ui->pageStack->setCurrentWidget(widget);
    if (m_ui->navigationList->currentRow() != int(page))
        m_ui->navigationList->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_ui->navigationList->currentRow()));
}

ApiKeysPage *MainWindow::apiKeysPage() const
{
    return m_pages ? m_pages->keysPage() : nullptr;
}

KeyActions *MainWindow::keyActions() const
{
    return m_pages ? m_pages->keyActions() : nullptr;
}

Session *MainWindow::session() const
{
    return m_pages ? m_pages->session() : nullptr;
}

QString MainWindow::storeName() const
{
    return m_status->storeName();
}

const std::optional<StoreInfo> &MainWindow::storeInfo() const
{
    return m_status->info();
}

void MainWindow::showError(const QString &message)
{
    m_ui->statusBar->showMessage(message, ErrorMessageMs);
}

void MainWindow::showActionError(const QString &message)
{
    showError(message);
    // Someone revoking a leaked key must not miss that it failed.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Keyward"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("actionErrorBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize room = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(qMin(1360, room.width() * 19 / 20), qMin(820, room.height() * 19 / 20));
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (m_pages)
        m_pages->keysPage()->saveSettings(settings);
}
