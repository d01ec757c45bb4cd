#include "main/StoreStatus.h"

#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "main/StoreBanner.h"

#include <QLabel>

namespace {

constexpr int FirstReopenMs = 5000;
constexpr int MaxReopenMs = 60000;

} // namespace

StoreStatus::StoreStatus(StoreBanner *banner, QLabel *statusLabel, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_statusLabel(statusLabel)
{
    connect(m_banner, &StoreBanner::retryRequested, this, &StoreStatus::retry);
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &StoreStatus::reopen);
}

StoreStatus::~StoreStatus() = default;

void StoreStatus::showConnecting(const QString &name)
{
    m_statusLabel->setText(name.isEmpty() ? tr("Opening the store…")
                                          : tr("Connecting to “%1”…").arg(name));
}

void StoreStatus::follow(Session *session, ApiKeysPage *keys, const QString &name)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_keys)
        disconnect(m_keys, nullptr, this, nullptr);
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_session = session;
    m_store = session->store();
    m_keys = keys;
    m_name = name;
    m_info.reset();
    m_banner->hide();
    m_reopen.stop();
    m_reopenDelayMs = FirstReopenMs;
    connect(keys, &ApiKeysPage::countsChanged, this, &StoreStatus::countsArrived);
    connect(session, &Session::opened, this, &StoreStatus::sessionOpened);
    connect(session, &Session::openFailed, this, &StoreStatus::sessionFailed);
    connect(session, &Session::reachabilityChanged, this, &StoreStatus::reachabilityChanged);
    connect(m_store, &KeyStore::upgrading, this, &StoreStatus::upgradeProgressed);
    m_statusLabel->setText(name.isEmpty() ? tr("Opening the store…")
                                          : tr("Opening “%1”…").arg(name));
    m_statusLabel->setToolTip(QString());
    Q_EMIT titleChanged(name);
}

QString StoreStatus::storeName() const
{
    if (!m_name.isEmpty())
        return m_name;
    return m_info ? m_info->displayName : QString();
}

QString StoreStatus::upgradeText(const QString &name, int done, int total)
{
    const int percent = total > 0 ? qBound(0, done * 100 / total, 100) : 0;
    //: Status line while a store's tables and indexes are brought up to date
    return name.isEmpty() ? tr("Preparing the store for this version of Keyward… %1%").arg(percent)
                          : tr("Preparing “%1” for this version of Keyward… %2%")
                                .arg(name, QString::number(percent));
}

void StoreStatus::showUpgrading(const QString &name, int done, int total)
{
    m_statusLabel->setText(upgradeText(name, done, total));
}

void StoreStatus::upgradeProgressed(int done, int total)
{
    if (!m_info) // once open, nothing is waiting for it
        showUpgrading(storeName(), done, total);
}

void StoreStatus::sessionFailed(const QString &message)
{
    m_statusLabel->setText(tr("“%1” could not be opened.").arg(storeName()));
    m_banner->showProblem(
        tr("The store could not be opened: %1\nKeyward tries again by itself.").arg(message));
    m_reopen.start(m_reopenDelayMs);
    m_reopenDelayMs = qMin(m_reopenDelayMs * 2, MaxReopenMs);
    Q_EMIT storeOpened(false);
}

void StoreStatus::sessionOpened()
{
    m_info = m_session->info();
    m_banner->hide();
    m_reopen.stop();
    Q_EMIT titleChanged(storeName());
    m_statusLabel->setToolTip(m_info->location);
    // The counts can arrive first, while the session tells its listeners one by one.
    if (const std::optional<KeyCounts> counts = m_keys->model()->counts())
        countsArrived(counts->total, counts->expiringSoon);
    else
        m_statusLabel->setText(storeName());
    Q_EMIT storeOpened(true);
}

void StoreStatus::reachabilityChanged(bool reachable)
{
    if (reachable) {
        m_banner->hide();
        Q_EMIT messageShown(tr("“%1” can be reached again.").arg(storeName()));
        return;
    }
    m_banner->showProblem(
        tr("“%1” cannot be reached: %2\nYou are seeing the data loaded last. Changes are "
           "paused until the store answers again; Keyward keeps trying.")
            .arg(storeName(), m_session->store()->unreachableReason()));
}

void StoreStatus::retry()
{
    if (!m_session)
        return;
    m_banner->setRetrying(true);
    if (!m_session->isOpen()) {
        m_session->open();
        return;
    }
    KeyStore *store = m_session->store();
    store->lastChange(m_session->actor())
        .then(store, [banner = QPointer<StoreBanner>(m_banner)](const StoreResult<qint64> &) {
            if (banner)
                banner->setRetrying(false); // hidden by now when the store answered
        });
}

void StoreStatus::reopen()
{
    if (!m_session || m_session->isOpen())
        return;
    m_banner->setRetrying(true);
    m_session->open();
}

void StoreStatus::countsArrived(int total, int expiringSoon)
{
    const QString name = storeName();
    if (total == 0) {
        m_statusLabel->setText(tr("%1  ·  No API keys").arg(name));
        return;
    }
    //: Status bar: store name, number of keys, how many expire within 30 days
    m_statusLabel->setText(tr("%1  ·  %Ln key(s)", nullptr, total).arg(name) +
                           tr("  ·  %Ln expiring within 30 days", nullptr, expiringSoon));
}
