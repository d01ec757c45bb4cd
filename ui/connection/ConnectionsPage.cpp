#include "connection/ConnectionsPage.h"

#include "common/ConfirmationBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionTableModel.h"
#include "connection/StoreSwitcher.h"
#include "ui_ConnectionsPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>

ConnectionsPage::ConnectionsPage(StoreSwitcher *switcher, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPage>())
    , m_switcher(switcher)
    , m_rows(new ConnectionTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionsPage"));
    QTableView *table = m_ui->connectionTable;
    table->setModel(m_rows);
    table->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(100);
    header->setSectionResizeMode(ConnectionTableModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionTableModel::Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionTableModel::Location, QHeaderView::Stretch);
    header->setSectionResizeMode(ConnectionTableModel::State, QHeaderView::ResizeToContents);
    m_ui->noticeLabel->hide();

    connect(m_ui->addConnectionButton, &QPushButton::clicked, this,
            &ConnectionsPage::addConnection);
    connect(m_ui->editConnectionButton, &QPushButton::clicked, this,
            &ConnectionsPage::editSelected);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectionsPage::openSelected);
    connect(m_ui->forgetConnectionButton, &QPushButton::clicked, this,
            &ConnectionsPage::forgetSelected);
    connect(table, &QTableView::activated, this, &ConnectionsPage::openSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPage::updateActions);
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
    QList<ConnectionRow> rows;
    for (const Connection &connection : m_switcher->connections()->connections()) {
        rows.append({connection, connection.id == m_switcher->currentId(),
                     m_switcher->hasSessionSecret(connection.id)});
    }
    m_rows->setRecords(std::move(rows));
    if (selected) {
        if (const int row = m_rows->rowOfId(selected->id); row >= 0)
            m_ui->connectionTable->selectRow(row);
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
    const std::optional<ConnectionRow> row =
        m_rows->selectedRecord(m_ui->connectionTable->selectionModel());
    return row ? std::optional<Connection>(row->connection) : std::nullopt;
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
