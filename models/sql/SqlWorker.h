#pragma once

#include "sql/SqlBackend.h"

#include <QObject>
#include <QTimer>
#include <memory>

//! Owns the SqlBackend on the store's worker thread: runs jobs, flushes batched
//! last-used times and watches for changes made by other processes.
class SqlWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlWorker)

public:
    explicit SqlWorker(SqlStoreOptions options);
    ~SqlWorker() override;

    //! Runs @p job against the opened backend; a thrown StoreError becomes the result.
    template <typename T, typename Job> StoreResult<T> run(Job &job)
    {
        try {
            m_backend->ensureOpen();
            startTimers();
            return StoreResult<T>(job(*m_backend));
        } catch (const StoreError &error) {
            return StoreResult<T>(error);
        }
    }

    void flushUsage();
    void addUsage(const QHash<QString, QDateTime> &usage);

Q_SIGNALS:
    void changed();

private:
    void startTimers();
    void pollForChanges();

    SqlStoreOptions m_options;
    std::unique_ptr<SqlBackend> m_backend;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_usageTimer = nullptr;
};
