#pragma once

#include "sql/SqlBackend.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

//! Owns the SqlBackend on the store's worker thread: runs jobs, flushes batched
//! last-used times, purges expired idempotency rows, watches for changes made by other
//! processes, and tells the store
//! whether the database can be reached (probing it while it cannot).
class SqlWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlWorker)

public:
    //! @p noticed counts the changes other sessions announce, as they arrive.
    SqlWorker(SqlStoreOptions options, std::atomic<quint64> *noticed);
    ~SqlWorker() override;

    //! Runs @p job against the opened backend; a thrown StoreError becomes the result.
    template <typename T, typename Job> StoreResult<T> run(Job &job)
    {
        try {
            m_backend->ensureOpen();
            startTimers();
            StoreResult<T> result(job(*m_backend));
            observe(true);
            return result;
        } catch (const StoreError &error) {
            failed(error);
            return StoreResult<T>(error);
        }
    }

    void flushUsage();
    void purgeExpiredRetries();
    void addUsage(const QHash<QString, QDateTime> &usage);

Q_SIGNALS:
    void changed();
    //! A migration is running as the store opens; emitted on the worker's thread.
    void upgradeProgressed(int done, int total);
    //! The worker's view of whether the database can be reached changed; emitted on the
    //! worker's thread, for a queued connection to the store.
    void reachabilityObserved(bool reachable, const QString &reason);

private:
    void startTimers();
    void pollForChanges();
    //! While unreachable: reconnects if needed and tries a cheap read.
    void probe();
    //! An unavailable store is unreachable; any other error came from a store that answered.
    void failed(const StoreError &error);
    void observe(bool reachable, const QString &reason = QString());

    SqlStoreOptions m_options;
    std::unique_ptr<SqlBackend> m_backend;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_usageTimer = nullptr;
    QTimer *m_purgeTimer = nullptr;
    bool m_reachable = true; //!< as last told to the store
    QString m_unreachableReason;
};
