#include "sql/SqlWorker.h"

SqlWorker::SqlWorker(SqlStoreOptions options, std::atomic<quint64> *noticed)
    : m_options(std::move(options))
    , m_backend(std::make_unique<SqlBackend>(m_options))
{
    m_backend->onNotification([noticed] { ++*noticed; });
    m_backend->onUpgradeProgress(
        [this](int done, int total) { Q_EMIT upgradeProgressed(done, total); });
}

SqlWorker::~SqlWorker()
{
    flushUsage();
}

void SqlWorker::flushUsage()
{
    try {
        m_backend->flushUsage();
    } catch (const StoreError &error) {
        qWarning("Could not record last-used times: %s", qPrintable(error.message()));
    }
}

void SqlWorker::purgeExpiredRetries()
{
    try {
        m_backend->purgeExpiredRetries();
    } catch (const StoreError &error) {
        qWarning("Could not purge expired idempotency rows: %s", qPrintable(error.message()));
    }
}

void SqlWorker::addUsage(const QHash<QString, QDateTime> &usage)
{
    m_backend->addUsage(usage);
    startTimers(); // the batch is written by the usage timer
}

void SqlWorker::startTimers()
{
    if (m_pollTimer)
        return;
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &SqlWorker::pollForChanges);
    m_pollTimer->start(m_options.pollIntervalMs);
    m_usageTimer = new QTimer(this);
    connect(m_usageTimer, &QTimer::timeout, this, &SqlWorker::flushUsage);
    m_usageTimer->start(m_options.usageFlushIntervalMs);
    m_purgeTimer = new QTimer(this);
    connect(m_purgeTimer, &QTimer::timeout, this, &SqlWorker::purgeExpiredRetries);
    m_purgeTimer->start(m_options.purgeIntervalMs);
}

void SqlWorker::pollForChanges()
{
    if (!m_reachable) {
        probe(); // a recovery announces changed() through the store
        return;
    }
    try {
        if (m_backend->externalChangeSeen())
            Q_EMIT changed();
    } catch (const StoreError &error) {
        failed(error);
    }
}

void SqlWorker::probe()
{
    try {
        m_backend->ensureOpen();
        m_backend->probe();
        observe(true);
    } catch (const StoreError &error) {
        failed(error);
    }
}

void SqlWorker::failed(const StoreError &error)
{
    if (error.code() != StoreError::Code::Unavailable) {
        observe(true);
        return;
    }
    m_backend->dropLostConnection();
    observe(false, error.message());
}

void SqlWorker::observe(bool reachable, const QString &reason)
{
    // Told only when it changes: one queued signal per change, not one per job.
    if (reachable == m_reachable && reason == m_unreachableReason)
        return;
    m_reachable = reachable;
    m_unreachableReason = reason;
    Q_EMIT reachabilityObserved(reachable, reason);
}
