#include "keys/ApiKeysPage.h"

#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/KeyCellDelegate.h"
#include "sql/SqlStoreOptions.h"
#include "store/KeyStore.h"
#include "ui_ApiKeysPage.h"

#include <QDir>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace {

const QString HeaderStateKey = QStringLiteral("ApiKeysPage/headerState");
constexpr int MaxFittedWidth = 220;
constexpr int MaxScopesWidth = 150;
constexpr int ColumnPadding = 8;

} // namespace

ApiKeysPage::ApiKeysPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApiKeysPage>())
    , m_session(session)
    , m_model(new ApiKeyTableModel(session->store(), this))
{
    m_ui->setupUi(this);
    m_model->setObjectName(QStringLiteral("apiKeyTableModel"));
    m_ui->emptyIllustration->setPixmap(
        QIcon(QStringLiteral(":/illustrations/empty-keys.svg")).pixmap(QSize(240, 160)));
    setupTable();
    showView(View::Message);

    connect(m_model, &ApiKeyTableModel::countsChanged, this, &ApiKeysPage::countsArrived);
    connect(m_model, &ApiKeyTableModel::errorOccurred, this, &ApiKeysPage::requestFailed);
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &ApiKeysPage::showCreateHint);
    connect(m_ui->emptyCreateButton, &QPushButton::clicked, this, &ApiKeysPage::showCreateHint);
    connect(m_session, &Session::opened, this, &ApiKeysPage::sessionOpened);
    connect(m_session, &Session::openFailed, this, [this](const QString &message) {
        showProblem(tr("The store could not be opened: %1").arg(message));
    });
    connect(m_session, &Session::actingMemberChanged, this,
            [this] { m_model->setActor(m_session->actor()); });
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::setupTable()
{
    QTableView *table = m_ui->keyTable;
    table->setModel(m_model);
    table->setItemDelegate(new KeyCellDelegate(table));
    table->verticalHeader()->setDefaultSectionSize(40);
    QHeaderView *header = table->horizontalHeader();
    header->setObjectName(QStringLiteral("keyTableHeader"));
    header->setAccessibleName(tr("Columns"));
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ApiKeysPage::showColumnMenu);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ApiKeysPage::keepSortableIndicator);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeysPage::fitColumnsOnce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ApiKeysPage::fitColumnsOnce);
}

void ApiKeysPage::fitColumnsOnce()
{
    // Column widths follow the first keys shown, unless the user's own were restored.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QTableView *table = m_ui->keyTable;
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    int total = 0;
    for (int column = 0; column < ApiKeyTableModel::ColumnCount; ++column) {
        const int cap = column == ApiKeyTableModel::Scopes ? MaxScopesWidth : MaxFittedWidth;
        header->resizeSection(column, qMin(header->sectionSize(column) + ColumnPadding, cap));
        total += header->sectionSize(column);
    }
    // Where the window is narrow, the columns people need least start hidden (the
    // hint already says test or live); the header's context menu shows them again.
    for (const int column :
         {ApiKeyTableModel::CreatedBy, ApiKeyTableModel::Type, ApiKeyTableModel::Created}) {
        if (total <= table->viewport()->width())
            break;
        total -= header->sectionSize(column);
        header->setSectionHidden(column, true);
    }
}

void ApiKeysPage::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.setAccessibleName(tr("Columns to show"));
    for (int column = ApiKeyTableModel::Name + 1; column < ApiKeyTableModel::ColumnCount;
         ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void ApiKeysPage::sessionOpened()
{
    m_storeLocation = m_session->info().location;
    m_model->setActor(m_session->actor());
}

void ApiKeysPage::showProblem(const QString &message)
{
    m_ui->messageLabel->setText(message);
    showView(View::Message);
}

ApiKeysPage::View ApiKeysPage::view() const
{
    QWidget *current = m_ui->contentStack->currentWidget();
    if (current == m_ui->tablePage)
        return View::Table;
    if (current == m_ui->emptyPage)
        return View::Empty;
    return View::Message;
}

void ApiKeysPage::showView(View view)
{
    switch (view) {
    case View::Message:
        m_ui->contentStack->setCurrentWidget(m_ui->messagePage);
        break;
    case View::Table:
        m_ui->contentStack->setCurrentWidget(m_ui->tablePage);
        break;
    case View::Empty:
        m_ui->contentStack->setCurrentWidget(m_ui->emptyPage);
        break;
    }
}

void ApiKeysPage::countsArrived(int total, int expiringSoon)
{
    showView(total == 0 ? View::Empty : View::Table);
    Q_EMIT countsChanged(total, expiringSoon);
}

void ApiKeysPage::requestFailed(const QString &message)
{
    if (view() == View::Message)
        showProblem(tr("The API keys could not be loaded: %1").arg(message));
    Q_EMIT errorOccurred(message);
}

void ApiKeysPage::keepSortableIndicator()
{
    // The store cannot sort by every column; put the arrow back where the order is.
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    if (!ApiKeyTableModel::sortFieldFor(header->sortIndicatorSection()))
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ApiKeysPage::saveSettings(QSettings &settings) const
{
    settings.setValue(HeaderStateKey, m_ui->keyTable->horizontalHeader()->saveState());
}

void ApiKeysPage::restoreSettings(const QSettings &settings)
{
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    if (!header->restoreState(settings.value(HeaderStateKey).toByteArray()))
        return;
    m_columnsFitted = true;
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    keepSortableIndicator();
}

QString ApiKeysPage::createCommand() const
{
    QString command = QStringLiteral("keyward-cli");
    if (!m_storeLocation.isEmpty() &&
        QDir::cleanPath(m_storeLocation) != QDir::cleanPath(defaultLocalStorePath())) {
        command += QStringLiteral(" --store '%1'").arg(m_storeLocation);
    }
    //: An example key name in a command line; keep the quotes
    return command + QStringLiteral(" create --name ") + tr("'CRM integration'") +
           QStringLiteral(" --role Developer");
}

void ApiKeysPage::showCreateHint()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Create API key"),
                                tr("For now, create keys with keyward-cli"), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("createKeyHint"));
    box->setAccessibleName(tr("How to create an API key"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(
        tr("Keys cannot be created in this window yet. Run this command in a terminal; the new "
           "key appears in this list by itself:") +
        QStringLiteral("<pre>%1</pre>").arg(createCommand().toHtmlEscaped()) +
        tr("The command prints the key once. Store it somewhere safe right away."));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}
