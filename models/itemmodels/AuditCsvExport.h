#pragma once

#include "domain/AuditEvent.h"
#include "store/KeyQuery.h"
#include "store/KeyStore.h"

#include <QObject>
#include <memory>

//! Writes every audit event that matches a query to a CSV file (AuditCsv's format),
//! newest first, a page at a time: the store reads a page, a pool thread appends its
//! rows to the file, and only then is the next page asked for. Memory holds one page
//! whatever the size of the log, and neither the store's thread nor the window's waits
//! on the disk. The file appears complete, readable by its owner only, or not at all
//! (QSaveFile). The store must outlive the export.
class AuditCsvExport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCsvExport)

public:
    static constexpr int PageSize = 1000;

    AuditCsvExport(KeyStore *store, const Actor &actor, const AuditQuery &query,
                   const QString &path, QObject *parent = nullptr);
    ~AuditCsvExport() override;

    void start();
    //! Stops after the page being read or written; finished() then says so and no file
    //! is left.
    void cancel();
    int written() const { return m_written; }
    //! cancel() was called: the export ended, or will, without a file.
    bool isCanceled() const { return m_canceled; }

Q_SIGNALS:
    //! @p written events are in the file so far.
    void progressed(int written);
    //! The export ended: @p error is empty when the whole file is written, otherwise a
    //! sentence a person can act on.
    void finished(const QString &error);

private:
    struct File;

    void readPage();
    void pageArrived(const StoreResult<QList<AuditEvent>> &result);
    //! Appends @p events on a pool thread (opening the file first, committing it when
    //! @p last), then goes on with stepDone().
    void writePage(const QList<AuditEvent> &events, bool last);
    void stepDone(const QString &error, bool last);

    KeyStore *m_store;
    Actor m_actor;
    AuditQuery m_query;
    std::shared_ptr<File> m_file;
    int m_written = 0;
    bool m_canceled = false;
    bool m_running = false;
};
