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
#include <QSettings>
#include <utility>

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
    navigationItem(Page::Connections)->setHidden(true);

    m_statusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Store summary"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    connect(m_ui->navigationList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (item)
                    showPage(item->data(Qt::UserRole).value<Page>());
            });
    connect(m_status, &StoreStatus::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_status, &StoreStatus::storeOpened, this, &MainWindow::storeOpened);
    connect(m_status, &StoreStatus::messageShown, this, &MainWindow::showMessage);
    buildMenus();
    restoreSettings();
    m_ui->navigationList->setCurrentItem(navigationItem(Page::ApiKeys));
    if (store)
        setStore(store);
    else
        showConnecting(QString());
}

MainWindow::~MainWindow() = default;

void MainWindow::addNavigationItem(Page page, const QString &title, const QString &iconPath)
{
    auto *item = new QListWidgetItem(QIcon(iconPath), title, m_ui->navigationList);
    item->setData(Qt::AccessibleTextRole, title);
    item->setData(Qt::UserRole, QVariant::fromValue(page));
}

QListWidgetItem *MainWindow::navigationItem(Page page) const
{
    for (int row = 0; row < m_ui->navigationList->count(); ++row) {
        QListWidgetItem *item = m_ui->navigationList->item(row);
        if (item->data(Qt::UserRole).value<Page>() == page)
            return item;
    }
    Q_UNREACHABLE();
    return nullptr;
}

void MainWindow::setSwitcher(StoreSwitcher *switcher)
{
    m_switcher = switcher;
    auto *page = new ConnectionsPage(switcher);
    QWidget *holder = StorePages::scrolled(page);
    m_ui->pageStack->insertWidget(m_ui->pageStack->indexOf(m_connectionsPage), holder);
    m_ui->pageStack->removeWidget(m_connectionsPage);
    delete m_connectionsPage;
    m_connectionsPage = holder;
    navigationItem(Page::Connections)->setHidden(false);
    m_connectionsAction->setVisible(true);
    m_switchMenu->menuAction()->setVisible(true);
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
    m_pages = new StorePages(store, this);
    m_ui->pageStack->addWidget(m_pages);
    m_pages->addToMenus(m_fileMenu, m_fileStoreAnchor, m_keyMenu, m_findAction);
    showKeyMenu(true);

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

void MainWindow::dropPages()
{
    if (!m_pages)
        return;
    QSettings settings;
    m_pages->keysPage()->saveSettings(settings);
    m_pages->removeFromMenus();
    showKeyMenu(false);
    m_ui->pageStack->removeWidget(m_pages);
    m_pages->hide();
    // Later: a continuation of the old store, or the menu that chose the switch, may be
    // running now.
    std::exchange(m_pages, nullptr)->deleteLater();
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

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_connectionsAction =
        m_fileMenu->addAction(tr("&Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                              this, [this] { showPage(Page::Connections); });
    m_connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    m_switchMenu = m_fileMenu->addMenu(tr("&Switch store"));
    m_switchMenu->setObjectName(QStringLiteral("switchStoreMenu"));
    connect(m_switchMenu, &QMenu::aboutToShow, this, [this] { fillSwitchMenu(m_switchMenu); });
    // Only with saved connections to switch between (setSwitcher()).
    m_connectionsAction->setVisible(false);
    m_switchMenu->menuAction()->setVisible(false);
    m_fileStoreAnchor = m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    m_keyMenu = menuBar()->addMenu(tr("&Key"));
    m_keyMenu->setObjectName(QStringLiteral("keyMenu"));
    m_findAction = m_keyMenu->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        if (!apiKeysPage())
            return;
        showPage(Page::ApiKeys);
        apiKeysPage()->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    showKeyMenu(false); // until a store is open (setStore())

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Keyward"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showKeyMenu(bool shown)
{
    m_keyMenu->menuAction()->setVisible(shown);
    m_findAction->setEnabled(shown);
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
    if (page == Page::Connections) {
        widget = m_connectionsPage;
    } else if (m_pages && m_pages->has(page)) {
        m_pages->showPage(page);
        widget = m_pages;
    }
    m_ui->pageStack->setCurrentWidget(widget);
    QListWidgetItem *item = navigationItem(page);
    if (m_ui->navigationList->currentItem() != item)
        m_ui->navigationList->setCurrentItem(item);
}

MainWindow::Page MainWindow::currentPage() const
{
    const QListWidgetItem *item = m_ui->navigationList->currentItem();
    return item ? item->data(Qt::UserRole).value<Page>() : Page::ApiKeys;
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
