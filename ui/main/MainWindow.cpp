#include "main/MainWindow.h"

#include "common/PlaceholderPage.h"
#include "common/Session.h"
#include "keys/ApiKeysPage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
constexpr int ErrorMessageMs = 10000;

} // namespace

MainWindow::MainWindow(KeyStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(new Session(store, this))
    , m_keysPage(new ApiKeysPage(m_session))
    , m_statusLabel(new QLabel)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    m_keysPage->setObjectName(QStringLiteral("apiKeysPage"));
    addPage(Page::ApiKeys, tr("API Keys"), QStringLiteral(":/icons/nav-keys.svg"), m_keysPage);
    addPlaceholders();

    m_statusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Store summary"));
    m_statusLabel->setText(tr("Opening the store…"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_keysPage, &ApiKeysPage::countsChanged, this, &MainWindow::countsArrived);
    connect(m_keysPage, &ApiKeysPage::errorOccurred, this, &MainWindow::showError);
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
    m_ui->pageStack->addWidget(widget);
    if (page == Page::ApiKeys)
        m_ui->navigationList->setCurrentItem(item);
}

void MainWindow::addPlaceholders()
{
    struct Placeholder {
        Page page;
        QString title;
        QString description;
        QString icon;
        QString objectName;
    };
    const QList<Placeholder> pages = {
        {Page::Roles, tr("Roles"), tr("Named sets of scopes that you give to members and keys."),
         QStringLiteral(":/icons/nav-roles.svg"), QStringLiteral("rolesPage")},
        {Page::Members, tr("Members"),
         tr("The people in this workspace and the role each of them has."),
         QStringLiteral(":/icons/nav-members.svg"), QStringLiteral("membersPage")},
        {Page::AuditLog, tr("Audit log"),
         tr("Every change to keys, roles and members: who made it, and when."),
         QStringLiteral(":/icons/nav-audit.svg"), QStringLiteral("auditLogPage")},
        {Page::Preferences, tr("Preferences"), tr("How Keyward behaves on this computer."),
         QStringLiteral(":/icons/nav-preferences.svg"), QStringLiteral("preferencesPage")},
    };
    for (const Placeholder &placeholder : pages) {
        auto *widget = new PlaceholderPage(placeholder.title, placeholder.description);
        widget->setObjectName(placeholder.objectName);
        addPage(placeholder.page, placeholder.title, placeholder.icon, widget);
    }
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
