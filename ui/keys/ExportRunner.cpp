#include "keys/ExportRunner.h"

#include "common/Session.h"
#include "store/KeyStore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>

namespace {

constexpr int ShowAfterMs = 500;

} // namespace

ExportRunner::ExportRunner(Session *session, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_progress(new QProgressDialog(parent))
{
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowTitle(tr("Export inventory"));
    m_progress->setLabelText(tr("Exporting the key inventory…"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(ShowAfterMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 100);
    m_progress->reset(); // no automatic show before start()
}

ExportRunner::~ExportRunner()
{
    delete m_progress;
}

void ExportRunner::start(const KeyFilter &filter, ExportFormat format, const QString &path)
{
    KeyStore *store = m_session->store();
    QFuture<StoreResult<ExportSummary>> future =
        store->exportInventory(m_session->actor(), filter, format, path);
    auto *watcher = new QFutureWatcher<StoreResult<ExportSummary>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        if (m_progress)
            m_progress->hide();
        const QFuture<StoreResult<ExportSummary>> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0) {
            Q_EMIT cancelled();
        } else if (const StoreResult<ExportSummary> &result = done.result(); result.ok()) {
            Q_EMIT exported(tr("Exported %Ln key(s) to %1", nullptr, result.value().keyCount)
                                .arg(QDir::toNativeSeparators(result.value().path)));
        } else {
            Q_EMIT failed(tr("The inventory was not exported to %1: %2")
                              .arg(QDir::toNativeSeparators(path), result.error().message()));
        }
        deleteLater();
    });
    m_progress->setValue(0); // starts the minimum-duration timer
    watcher->setFuture(future);
}
