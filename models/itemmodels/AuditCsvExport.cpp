#include "itemmodels/AuditCsvExport.h"

#include "exchange/AuditCsv.h"
#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

//! The file being written, used by one pool thread at a time.
struct AuditCsvExport::File {
    explicit File(const QString &path)
        : path(path)
    {
    }

    //! Opens the file when it is not open yet, appends @p text and commits when @p last.
    //! An empty result, or why it failed.
    QString append(const QByteArray &text, bool last)
    {
        if (!file) {
            file = std::make_unique<QSaveFile>(path);
            if (!file->open(QIODevice::WriteOnly))
                return failure();
            PrivateFiles::keepToOwner(*file);
        }
        if (file->write(text) != text.size() || (last && !file->commit()))
            return failure();
        return {};
    }

    QString failure() const
    {
        return QCoreApplication::translate("AuditCsv", "Cannot write %1: %2")
            .arg(path, file->errorString());
    }

    const QString path;
    std::unique_ptr<QSaveFile> file; //!< destroyed uncommitted, it leaves nothing behind
};

AuditCsvExport::AuditCsvExport(KeyStore *store, const Actor &actor, const AuditQuery &query,
                               const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actor(actor)
    , m_query(query)
    , m_file(std::make_shared<File>(path))
{
    m_query.limit = PageSize;
    m_query.beforeId = 0;
    m_query.afterId = 0;
}

AuditCsvExport::~AuditCsvExport() = default;

void AuditCsvExport::start()
{
    if (m_running)
        return;
    m_running = true;
    readPage();
}

void AuditCsvExport::cancel()
{
    m_canceled = true;
}

void AuditCsvExport::readPage()
{
    // The store is the context (it outlives its requests); the export may not.
    m_store->auditEvents(m_actor, m_query)
        .then(m_store, [self = QPointer<AuditCsvExport>(this)](
                           const StoreResult<QList<AuditEvent>> &result) {
            if (self)
                self->pageArrived(result);
        });
}

void AuditCsvExport::pageArrived(const StoreResult<QList<AuditEvent>> &result)
{
    if (!result.ok()) {
        stepDone(result.error().message(), true);
        return;
    }
    const QList<AuditEvent> &events = result.value();
    if (!events.isEmpty())
        m_query.beforeId = events.constLast().id;
    writePage(events, events.size() < PageSize);
}

void AuditCsvExport::writePage(const QList<AuditEvent> &events, bool last)
{
    if (m_canceled) {
        stepDone(tr("The export was cancelled; no file was written."), true);
        return;
    }
    const bool first = m_written == 0 && !m_file->file;
    QFuture<QString> done = QtConcurrent::run([file = m_file, events, last, first] {
        QString text = first ? AuditCsv::header() : QString();
        for (const AuditEvent &event : events)
            text += AuditCsv::row(event);
        return file->append(text.toUtf8(), last);
    });
    m_written += int(events.size());
    // The application outlives the job; the export may not.
    done.then(qApp, [self = QPointer<AuditCsvExport>(this), last](const QString &error) {
        if (self)
            self->stepDone(error, last);
    });
}

void AuditCsvExport::stepDone(const QString &error, bool last)
{
    if (!error.isEmpty() || last) {
        m_running = false;
        if (!error.isEmpty()) {
            // The partial file goes, on a pool thread: removing it touches the disk.
            QThreadPool::globalInstance()->start(
                [file = std::exchange(m_file, {})] { file->file.reset(); });
        }
        Q_EMIT finished(error);
        return;
    }
    Q_EMIT progressed(m_written);
    readPage();
}
