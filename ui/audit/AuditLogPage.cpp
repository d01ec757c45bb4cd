#include "audit/AuditLogPage.h"

#include "common/Session.h"
#include "itemmodels/AuditCsvExport.h"
#include "itemmodels/AuditTableModel.h"
#include "ui_AuditLogPage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <utility>

namespace {

QString &nextFileName()
{
    static QString path;
    return path;
}

} // namespace

AuditLogPage::AuditLogPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogPage>())
    , m_session(session)
    , m_model(new AuditTableModel(session->store(), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("auditLogPage"));
    m_model->setObjectName(QStringLiteral("auditTableModel"));
    m_ui->errorLabel->hide();
    m_ui->auditTable->setModel(m_model);
    m_ui->auditTable->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *header = m_ui->auditTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int widths[AuditTableModel::Details] = {160, 140, 150, 170, 130};
    for (int column = 0; column < AuditTableModel::Details; ++column)
        header->resizeSection(column, widths[column]);

    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-30));
    m_ui->toDateEdit->setDate(today);
    m_ui->dateFilterCheck->setToolTip(tr("Show only events between these days (both included)"));
    fillActions();
    fillMembers();

    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_ui->memberCombo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_ui->keyIdEdit, &QLineEdit::textChanged, this, &AuditLogPage::applyFilters);
    connect(m_ui->dateFilterCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyFilters();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &AuditLogPage::clearFilters);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &AuditLogPage::cancelExport);

    connect(m_model, &AuditTableModel::loaded, this, &AuditLogPage::updateStatus);
    connect(m_model, &AuditTableModel::loadingChanged, this, &AuditLogPage::updateStatus);
    connect(m_model, &AuditTableModel::errorOccurred, this, &AuditLogPage::showError);
    connect(m_session, &Session::directoryChanged, this, &AuditLogPage::fillMembers);
    connect(m_session, &Session::opened, this, [this] { m_model->setActor(m_session->actor()); });
    connect(m_session, &Session::actingMemberChanged, this,
            [this] { m_model->setActor(m_session->actor()); });
    m_model->setQuery(query());
    if (m_session->isOpen())
        m_model->setActor(m_session->actor());
    updateStatus();
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::fillActions()
{
    //: Audit log filter: no filter on the action
    m_ui->actionCombo->addItem(tr("All actions"), QString());
    for (const QString &code : AuditTableModel::actionCodes())
        m_ui->actionCombo->addItem(AuditTableModel::actionText(code), code);
}

void AuditLogPage::fillMembers()
{
    const QString current = m_ui->memberCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->memberCombo);
    m_ui->memberCombo->clear();
    //: Audit log filter: changes by any member
    m_ui->memberCombo->addItem(tr("All members"), QString());
    for (const Member &member : m_session->members())
        m_ui->memberCombo->addItem(member.name, member.name);
    m_ui->memberCombo->setCurrentIndex(qMax(0, m_ui->memberCombo->findData(current)));
}

AuditQuery AuditLogPage::query() const
{
    AuditQuery query;
    query.action = m_ui->actionCombo->currentData().toString();
    query.actor = m_ui->memberCombo->currentData().toString();
    query.keyId = m_ui->keyIdEdit->text().trimmed();
    if (m_ui->dateFilterCheck->isChecked()) {
        // Days are the user's local days; the store compares UTC, "to" is exclusive.
        query.from = QDateTime(m_ui->fromDateEdit->date(), QTime(0, 0)).toUTC();
        query.to = QDateTime(m_ui->toDateEdit->date().addDays(1), QTime(0, 0)).toUTC();
    }
    return query;
}

void AuditLogPage::applyFilters()
{
    m_ui->toDateEdit->setMinimumDate(m_ui->fromDateEdit->date());
    m_ui->errorLabel->hide();
    m_model->setQuery(query());
}

void AuditLogPage::clearFilters()
{
    {
        const QSignalBlocker actions(m_ui->actionCombo);
        const QSignalBlocker members(m_ui->memberCombo);
        const QSignalBlocker key(m_ui->keyIdEdit);
        const QSignalBlocker dates(m_ui->dateFilterCheck);
        m_ui->actionCombo->setCurrentIndex(0);
        m_ui->memberCombo->setCurrentIndex(0);
        m_ui->keyIdEdit->clear();
        m_ui->dateFilterCheck->setChecked(false);
        m_ui->fromDateEdit->setEnabled(false);
        m_ui->toDateEdit->setEnabled(false);
    }
    applyFilters();
}

void AuditLogPage::updateStatus()
{
    const int rows = m_model->rowCount();
    QString text;
    if (m_model->isLoading() && rows == 0)
        text = tr("Loading events…");
    else if (rows == 0)
        text = tr("No events match these filters.");
    else if (m_model->hasMore())
        text = tr("Showing the newest %Ln event(s); older ones load as you scroll down.", nullptr,
                  rows);
    else
        text = tr("Events shown: %Ln", nullptr, rows);
    m_ui->statusLabel->setText(text);
    m_ui->exportButton->setEnabled(rows > 0 && !m_export);
    m_ui->cancelExportButton->setVisible(m_export);
}

void AuditLogPage::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

void AuditLogPage::exportCsv()
{
    if (m_export || m_model->rowCount() == 0)
        return;
    if (!nextFileName().isEmpty()) {
        writeCsv(std::exchange(nextFileName(), QString()));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Suggested file name of an audit log export
    const QString name = tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export audit log"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditLogPage::writeCsv);
    dialog->open();
}

void AuditLogPage::writeCsv(const QString &path)
{
    m_ui->errorLabel->hide();
    // Every event the filters match, not only the pages read so far: the export reads
    // the store a page at a time and writes on a pool thread.
    auto *job =
        new AuditCsvExport(m_session->store(), m_session->actor(), m_model->query(), path, this);
    m_export = job;
    updateStatus();
    connect(job, &AuditCsvExport::progressed, this, [this](int written) {
        m_ui->statusLabel->setText(tr("Exporting… %Ln event(s) written.", nullptr, written));
    });
    connect(job, &AuditCsvExport::finished, this, [this, job, path](const QString &error) {
        job->deleteLater();
        exportArrived(path, error, job->written(), job->isCanceled());
    });
    job->start();
}

void AuditLogPage::cancelExport()
{
    if (m_export)
        m_export->cancel();
    m_ui->cancelExportButton->setEnabled(false);
}

void AuditLogPage::exportArrived(const QString &path, const QString &error, int written,
                                 bool canceled)
{
    m_export.clear();
    m_ui->cancelExportButton->setEnabled(true);
    updateStatus();
    if (!error.isEmpty()) {
        if (canceled)
            m_ui->statusLabel->setText(error); // what the user asked for, not a failure
        else
            showError(error);
        Q_EMIT exportFinished(false, error);
        return;
    }
    m_ui->statusLabel->setText(
        tr("Exported %Ln event(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(path)));
    Q_EMIT exportFinished(true, path);
}

void AuditLogPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}
