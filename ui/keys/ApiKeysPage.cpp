#include "keys/ApiKeysPage.h"

#include "common/BusyIndicator.h"
#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/KeyCellDelegate.h"
#include "keys/KeyDetailsPane.h"
#include "store/KeyStore.h"
#include "ui_ApiKeysPage.h"

#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace {

const QString HeaderStateKey = QStringLiteral("ApiKeysPage/headerState");
const QString SplitterStateKey = QStringLiteral("ApiKeysPage/splitterState");
constexpr int MaxFittedWidth = 220;
constexpr int MaxScopesWidth = 150;
constexpr int DetailsPaneWidth = 300;
constexpr int ColumnPadding = 8;

} // namespace

ApiKeysPage::ApiKeysPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApiKeysPage>())
    , m_session(session)
    , m_model(new ApiKeyTableModel(session->store(), this))
    , m_details(new KeyDetailsPane(session))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_model->setObjectName(QStringLiteral("apiKeyTableModel"));
    m_ui->emptyIllustration->setPixmap(
        QIcon(QStringLiteral(":/illustrations/empty-keys.svg")).pixmap(QSize(240, 160)));
    setupTable();
    setupFilters();
    m_ui->keySplitter->addWidget(m_details);
    m_ui->keySplitter->setStretchFactor(0, 3);
    m_ui->keySplitter->setStretchFactor(1, 1);
    m_ui->keySplitter->setSizes({700, DetailsPaneWidth});
    showView(View::Message);

    connect(m_model, &ApiKeyTableModel::countsChanged, this, &ApiKeysPage::countsArrived);
    connect(m_model, &ApiKeyTableModel::errorOccurred, this, &ApiKeysPage::requestFailed);
    connect(m_model, &ApiKeyTableModel::loadingChanged, m_ui->busyIndicator,
            &BusyIndicator::setBusy);
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &ApiKeysPage::createRequested);
    connect(m_ui->emptyCreateButton, &QPushButton::clicked, this, &ApiKeysPage::createRequested);
    connect(m_ui->emptyConnectLabel, &QLabel::linkActivated, this, &ApiKeysPage::connectRequested);
    m_ui->emptyConnectLabel->hide(); // until someone handles connectRequested()
    connect(this, &ApiKeysPage::currentKeyChanged, this,
            [this] { m_details->setKey(currentKey()); });
    connect(m_session, &Session::opened, this, &ApiKeysPage::sessionOpened);
    connect(m_session, &Session::openFailed, this, [this](const QString &message) {
        showProblem(tr("The store could not be opened: %1").arg(message));
    });
    connect(m_session, &Session::actingMemberChanged, this,
            [this] { m_model->setActor(m_session->actor()); });
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::setConnectOffered(bool offered)
{
    m_ui->emptyConnectLabel->setVisible(offered);
}

void ApiKeysPage::setupTable()
{
    QTableView *table = m_ui->keyTable;
    table->setModel(m_model);
    auto *delegate = new KeyCellDelegate(table);
    table->setItemDelegate(delegate);
    connect(delegate, &KeyCellDelegate::menuRequested, this,
            [this](const QModelIndex &index, const QPoint &globalPosition) {
                m_ui->keyTable->selectRow(index.row());
                Q_EMIT keyMenuRequested(globalPosition);
            });
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &ApiKeysPage::showRowMenu);
    table->installEventFilter(this);
    connect(table, &QAbstractItemView::activated, this, &ApiKeysPage::editRequested);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApiKeysPage::selectionMoved);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPage::selectionMoved);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeysPage::selectionMoved);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ApiKeysPage::selectionMoved);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApiKeysPage::selectionMoved);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ApiKeysPage::selectionMoved);
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
    // The rows can arrive before the table was ever shown: measure with the style
    // sheet's fonts and paddings, not the defaults.
    table->ensurePolished();
    table->viewport()->ensurePolished();
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
    // The table may not be laid out yet (the rows can come before the counts that show
    // it): then it gets what the details pane leaves of the page.
    const int available = table->isVisible() ? table->viewport()->width()
                                             : m_ui->contentStack->width() - DetailsPaneWidth -
                                                   m_ui->keySplitter->handleWidth();
    // The details pane beside the table shows them all for the selected key; status,
    // last use and expiry are what the list is for, so they go last.
    for (const int column :
         {ApiKeyTableModel::CreatedBy, ApiKeyTableModel::Type, ApiKeyTableModel::Created,
          ApiKeyTableModel::Scopes, ApiKeyTableModel::LastUsed}) {
        if (total <= available)
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
    settings.setValue(SplitterStateKey, m_ui->keySplitter->saveState());
}

void ApiKeysPage::restoreSettings(const QSettings &settings)
{
    m_ui->keySplitter->restoreState(settings.value(SplitterStateKey).toByteArray());
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    if (!header->restoreState(settings.value(HeaderStateKey).toByteArray()))
        return;
    m_columnsFitted = true;
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    keepSortableIndicator();
}

void ApiKeysPage::setupFilters()
{
    m_ui->typeFilter->addItem(tr("All types"));
    m_ui->typeFilter->addItem(tr("Test"), int(Environment::Test));
    m_ui->typeFilter->addItem(tr("Live"), int(Environment::Live));
    //: Status filter: keys of any status
    m_ui->statusFilter->addItem(tr("All statuses"));
    m_ui->statusFilter->addItem(tr("Active"), int(KeyStatus::Active));
    m_ui->statusFilter->addItem(tr("Expiring soon"), int(KeyStatus::ExpiringSoon));
    m_ui->statusFilter->addItem(tr("Expired"), int(KeyStatus::Expired));
    m_ui->statusFilter->addItem(tr("Revoked"), int(KeyStatus::Revoked));
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ApiKeysPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ApiKeysPage::applyFilter);
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this, &ApiKeysPage::applyFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &ApiKeysPage::applyFilter);
}

void ApiKeysPage::applyFilter()
{
    m_searchTimer->stop();
    KeyFilter filter = m_model->filter();
    filter.text = m_ui->searchEdit->text().trimmed();
    const QVariant type = m_ui->typeFilter->currentData();
    filter.environment =
        type.isValid() ? std::optional<Environment>(Environment(type.toInt())) : std::nullopt;
    const QVariant status = m_ui->statusFilter->currentData();
    filter.status =
        status.isValid() ? std::optional<KeyStatus>(KeyStatus(status.toInt())) : std::nullopt;
    const KeyFilter &current = m_model->filter();
    if (filter.text == current.text && filter.environment == current.environment &&
        filter.status == current.status)
        return;
    m_model->setFilter(filter);
}

void ApiKeysPage::setCreateAllowed(bool allowed, const QString &toolTip)
{
    for (QPushButton *button : {m_ui->createKeyButton, m_ui->emptyCreateButton}) {
        button->setEnabled(allowed);
        button->setToolTip(toolTip);
    }
}

void ApiKeysPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

std::optional<ApiKey> ApiKeysPage::currentKey() const
{
    const QModelIndexList rows = m_ui->keyTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->keyAt(rows.first().row());
}

void ApiKeysPage::selectionMoved()
{
    Q_EMIT currentKeyChanged();
}

void ApiKeysPage::showRowMenu(const QPoint &position)
{
    QTableView *table = m_ui->keyTable;
    const QModelIndex index = table->indexAt(position);
    if (index.isValid())
        table->selectRow(index.row());
    if (currentKey())
        Q_EMIT keyMenuRequested(table->viewport()->mapToGlobal(position));
}

bool ApiKeysPage::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+F10 and the Menu key open the row's menu, as desktop users expect.
    if (watched == m_ui->keyTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool menuKey = key->key() == Qt::Key_Menu ||
                             (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier);
        if (menuKey) {
            QTableView *table = m_ui->keyTable;
            const QModelIndex current = table->currentIndex();
            if (current.isValid() && !table->selectionModel()->isRowSelected(current.row()))
                table->selectRow(current.row());
            const QRect rect = table->visualRect(table->currentIndex());
            showRowMenu(rect.isValid() ? rect.center() : QPoint(8, 8));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
