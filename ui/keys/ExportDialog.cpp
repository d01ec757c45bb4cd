#include "keys/ExportDialog.h"

#include "common/Theme.h"
#include "ui_ExportDialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <optional>

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}

bool isFiltered(const KeyFilter &filter)
{
    return !filter.text.isEmpty() || filter.environment || filter.status ||
           !filter.role.isEmpty() || !filter.createdBy.isEmpty();
}

} // namespace

ExportDialog::ExportDialog(const KeyFilter &currentFilter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_currentFilter(currentFilter)
{
    m_ui->setupUi(this);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Export…"));
    ok->setObjectName(QStringLiteral("exportButton"));
    ok->setAccessibleName(tr("Choose a file and export"));
    Theme::setEmphasis(ok, "primary");
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    m_ui->filteredKeysRadio->setEnabled(isFiltered(currentFilter));
    if (!isFiltered(currentFilter))
        m_ui->filteredKeysRadio->setToolTip(tr("No search or filter is set on the list."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

ExportFormat ExportDialog::format() const
{
    return m_ui->jsonRadio->isChecked() ? ExportFormat::Json : ExportFormat::Csv;
}

void ExportDialog::accept()
{
    if (std::optional<QString> next = std::exchange(nextFileName(), std::nullopt)) {
        fileChosen(*next);
        return;
    }
    const bool json = format() == ExportFormat::Json;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *files = new QFileDialog(this, tr("Export inventory"), folder);
    files->setObjectName(QStringLiteral("exportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    files->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    files->selectFile(json ? QStringLiteral("api-keys.json") : QStringLiteral("api-keys.csv"));
    connect(files, &QFileDialog::fileSelected, this, &ExportDialog::fileChosen);
    files->open();
}

void ExportDialog::fileChosen(const QString &path)
{
    if (path.isEmpty())
        return;
    const KeyFilter filter = m_ui->filteredKeysRadio->isChecked() ? m_currentFilter : KeyFilter{};
    Q_EMIT exportRequested(filter, format(), path);
    QDialog::accept();
}
