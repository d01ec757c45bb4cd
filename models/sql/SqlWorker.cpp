#include "sql/SqlWorker.h"

SqlWorker::SqlWorker(SqlStoreOptions options)
    : m_options(std::move(options))
    , m_backend(std::make_unique<SqlBackend>(m_options))
{
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
}

void SqlWorker::pollForChanges()
{
    try {
        if (m_backend->externalChangeSeen())
            Q_EMIT changed();
    } catch (const StoreError &) {
        // The next real request reports the problem where the user is.
    }
}
