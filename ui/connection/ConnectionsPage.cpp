#include "connection/ConnectionsPage.h"

#include "common/ConfirmationBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/StoreSwitcher.h"
#include "ui_ConnectionsPage.h"

#include <QHeaderView>
#include <QPushButton>

namespace {

constexpr int ConnectionIdRole = Qt::UserRole;

} // namespace

ConnectionsPage::ConnectionsPage(StoreSwitcher *switcher, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPage>())
    , m_switcher(switcher)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionsPage"));
    QTableWidget *table = m_ui->connectionTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Store"), tr("Where"), tr("State")});
    table->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(100);
    header->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Location, QHeaderView::Stretch);
    header->setSectionResizeMode(State, QHeaderView::ResizeToContents);
    m_ui->noticeLabel->hide();

    connect(m_ui->addConnectionButton, &QPushButton::clicked, this,
            &ConnectionsPage::addConnection);
    connect(m_ui->editConnectionButton, &QPushButton::clicked, this,
            &ConnectionsPage::editSelected);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectionsPage::openSelected);
    connect(m_ui->forgetConnectionButton, &QPushButton::clicked, this,
            &ConnectionsPage::forgetSelected);
    connect(table, &QTableWidget::activated, this, &ConnectionsPage::openSelected);
    connect(table, &QTableWidget::itemSelectionChanged, this, &ConnectionsPage::updateActions);
    connect(m_switcher->connections(), &ConnectionList::changed, this, &ConnectionsPage::reload);
    connect(m_switcher, &StoreSwitcher::connecting, this, &ConnectionsPage::reload);
    connect(m_switcher, &StoreSwitcher::storeChanged, this, &ConnectionsPage::reload);
    connect(m_switcher, &StoreSwitcher::failed, this, &ConnectionsPage::reload);
    connect(m_switcher, &StoreSwitcher::notice, this, &ConnectionsPage::showNotice);
    // A keychain write or delete decides whether a secret is kept for this session only.
    connect(m_switcher, &StoreSwitcher::secretsSettled, this, &ConnectionsPage::reload);
    reload();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::reload()
{
    const std::optional<Connection> selected = selectedConnection();
    QTableWidget *table = m_ui->connectionTable;
    const QList<Connection> &connections = m_switcher->connections()->connections();
    table->setRowCount(int(connections.size()));
    int row = 0;
    for (const Connection &connection : connections) {
        const bool open = connection.id == m_switcher->currentId();
        const QString state = open ? tr("Open")
                              : m_switcher->hasSessionSecret(connection.id)
                                  ? tr("Secret kept for this session")
                                  : QString();
        const QStringList cells = {connection.name, connection.kindName(), connection.location(),
                                   state};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(ConnectionIdRole, connection.id);
            cell->setToolTip(connection.location());
            if (open) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            table->setItem(row, column, cell);
        }
        if (selected && selected->id == connection.id)
            table->selectRow(row);
        ++row;
    }
    updateActions();
}

void ConnectionsPage::updateActions()
{
    const std::optional<Connection> selected = selectedConnection();
    const bool open = selected && selected->id == m_switcher->currentId();
    const bool busy = m_switcher->isConnecting();
    m_ui->connectButton->setEnabled(selected && !open && !busy);
    m_ui->connectButton->setToolTip(open ? tr("This store is open.")
                                         : tr("Work on the selected connection's store"));
    m_ui->editConnectionButton->setEnabled(selected.has_value());
    const bool fixed = selected && selected->id == Connection::DefaultLocalId;
    m_ui->forgetConnectionButton->setEnabled(selected && !open && !fixed);
    m_ui->forgetConnectionButton->setToolTip(
        fixed  ? tr("The store on this computer is always there.")
        : open ? tr("Open another store first.")
               : tr("Forget the connection and delete its secret from the keychain"));
}

std::optional<Connection> ConnectionsPage::selectedConnection() const
{
    const QList<QTableWidgetItem *> items = m_ui->connectionTable->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const Connection *found =
        m_switcher->connections()->find(items.first()->data(ConnectionIdRole).toString());
    return found ? std::optional<Connection>(*found) : std::nullopt;
}

void ConnectionsPage::addConnection()
{
    Connection fresh = Connection::create(Connection::Kind::Server);
    auto *dialog = new ConnectionDialog(fresh, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::saved, m_switcher, &StoreSwitcher::save);
    dialog->open();
}

void ConnectionsPage::editSelected()
{
    const std::optional<Connection> connection = selectedConnection();
    if (!connection)
        return;
    auto *dialog = new ConnectionDialog(*connection, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::saved, m_switcher, &StoreSwitcher::save);
    dialog->open();
}

void ConnectionsPage::openSelected()
{
    if (const std::optional<Connection> connection = selectedConnection())
        m_switcher->connectTo(connection->id);
}

void ConnectionsPage::forgetSelected()
{
    const std::optional<Connection> connection = selectedConnection();
    if (!connection || !m_ui->forgetConnectionButton->isEnabled())
        return;
    const QString id = connection->id;
    const QString secretNote =
        connection->needsSecret()
            ? tr(" Its %1 is deleted from the system keychain.").arg(connection->secretName())
            : QString();
    ConfirmationBox::open(this,
                          {QStringLiteral("forgetConnectionConfirmation"), tr("Forget connection?"),
                           tr("Forget “%1”?").arg(connection->name),
                           tr("Keyward no longer lists it.%1 The store itself and its keys are "
                              "not touched.")
                               .arg(secretNote),
                           tr("Forget connection")},
                          [this, id] { m_switcher->forget(id); });
}

void ConnectionsPage::showNotice(const QString &message)
{
    m_ui->noticeLabel->setText(message);
    m_ui->noticeLabel->show();
}
