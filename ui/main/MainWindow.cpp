#include "main/MainWindow.h"

#include "audit/AuditLogPage.h"
#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyActions.h"
#include "members/MembersPage.h"
#include "preferences/PreferencesPage.h"
#include "roles/RolesPage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
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
    , m_session(new Session(store, this))
    , m_keysPage(new ApiKeysPage(m_session))
    , m_keyActions(new KeyActions(m_session, m_keysPage, this))
    , m_statusLabel(new QLabel)
{
    m_ui->setupUi(this);
    setupMenus();
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    m_keysPage->setObjectName(QStringLiteral("apiKeysPage"));
    addPage(Page::ApiKeys, tr("API Keys"), QStringLiteral(":/icons/nav-keys.svg"), m_keysPage);
    addSettingsPages();

    m_statusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Store summary"));
    m_statusLabel->setText(tr("Opening the store…"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_keysPage, &ApiKeysPage::countsChanged, this, &MainWindow::countsArrived);
    connect(m_keysPage, &ApiKeysPage::errorOccurred, this, &MainWindow::showError);
    connect(m_keyActions, &KeyActions::errorOccurred, this, &MainWindow::showActionError);
    connect(m_keyActions, &KeyActions::statusMessage, this, &MainWindow::showMessage);
    restoreSettings();

    connect(m_session, &Session::opened, this, &MainWindow::sessionOpened);
    connect(m_session, &Session::openFailed, this, &MainWindow::sessionFailed);
    m_session->open();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, const QString &iconPath, QWidget *widget)
{
    Q_ASSERT(m_ui->pageStack->count() == int(page));
    auto *item = new QListWidgetItem(QIcon(iconPath), title, m_ui->navigationList);
    item->setData(Qt::AccessibleTextRole, title);
    if (page == Page::ApiKeys) {
        m_ui->pageStack->addWidget(widget); // the table scrolls by itself
    } else {
        // A narrow window scrolls a wide page instead of refusing to shrink.
        auto *scroll = new QScrollArea;
        scroll->setObjectName(widget->objectName() + QStringLiteral("Scroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(widget);
        m_ui->pageStack->addWidget(scroll);
    }
    if (page == Page::ApiKeys)
        m_ui->navigationList->setCurrentItem(item);
}

void MainWindow::addSettingsPages()
{
    addPage(Page::Roles, tr("Roles"), QStringLiteral(":/icons/nav-roles.svg"),
            new RolesPage(m_session));
    addPage(Page::Members, tr("Members"), QStringLiteral(":/icons/nav-members.svg"),
            new MembersPage(m_session));
    addPage(Page::AuditLog, tr("Audit log"), QStringLiteral(":/icons/nav-audit.svg"),
            new AuditLogPage(m_session));
    addPage(Page::Preferences, tr("Preferences"), QStringLiteral(":/icons/nav-preferences.svg"),
            new PreferencesPage(m_session));
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_keyActions->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *key = menuBar()->addMenu(tr("&Key"));
    key->setObjectName(QStringLiteral("keyMenu"));
    key->addAction(m_keyActions->createAction());
    key->addSeparator();
    m_keyActions->addKeyActions(key);
    key->addSeparator();
    QAction *search = key->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        showPage(Page::ApiKeys);
        m_keysPage->focusSearch();
    });
    search->setObjectName(QStringLiteral("findAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Keyward"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
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
    m_ui->navigationList->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStack->currentIndex());
}

void MainWindow::sessionFailed(const QString &message)
{
    Q_UNUSED(message); // the API Keys page shows it where the user looks
    m_statusLabel->setText(tr("The store could not be opened."));
    Q_EMIT storeOpened(false);
}

void MainWindow::sessionOpened()
{
    m_info = m_session->info();
    //: Window title: the application, a dash and the store's name
    setWindowTitle(tr("Keyward — %1").arg(m_info->displayName));
    // The counts can arrive first, while the session tells its listeners one by one.
    if (const std::optional<KeyCounts> counts = m_keysPage->model()->counts())
        countsArrived(counts->total, counts->expiringSoon);
    else
        m_statusLabel->setText(m_info->displayName);
    Q_EMIT storeOpened(true);
}

void MainWindow::countsArrived(int total, int expiringSoon)
{
    const QString name = m_info ? m_info->displayName : QString();
    if (total == 0) {
        m_statusLabel->setText(tr("%1  ·  No API keys").arg(name));
        return;
    }
    //: Status bar: store name, number of keys, how many expire within 30 days
    m_statusLabel->setText(tr("%1  ·  %n key(s)", nullptr, total).arg(name) +
                           tr("  ·  %n expiring within 30 days", nullptr, expiringSoon));
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
    m_keysPage->restoreSettings(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    m_keysPage->saveSettings(settings);
}
