#include "members/MembersPage.h"

#include "common/Session.h"
#include "domain/Scope.h"
#include "members/AddMemberDialog.h"
#include "members/ChangeRoleDialog.h"
#include "ui_MembersPage.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSignalBlocker>

namespace {

constexpr int MemberIdRole = Qt::UserRole;

QString roleText(const QString &role)
{
    // Built-in role names are stored in English; custom ones have no translation.
    return QCoreApplication::translate("SqlSchema", role.toUtf8().constData());
}

} // namespace

MembersPage::MembersPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MembersPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("membersPage"));
    m_ui->actingErrorLabel->hide();
    QTableWidget *table = m_ui->memberTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Role")});
    table->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(120);
    header->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Email, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(m_ui->changeRoleButton, &QPushButton::clicked, this, &MembersPage::changeSelectedRole);
    connect(table, &QTableWidget::activated, this, &MembersPage::changeSelectedRole);
    connect(table, &QTableWidget::itemSelectionChanged, this, &MembersPage::updateActions);
    connect(m_ui->actingAsCombo, &QComboBox::activated, this, &MembersPage::actingAsChosen);
    connect(m_session, &Session::directoryChanged, this, &MembersPage::reload);
    connect(m_session, &Session::actingMemberChanged, this, [this] {
        m_ui->actingErrorLabel->hide();
        reload();
    });
    connect(m_session, &Session::actingMemberRefused, this, [this](const QString &message) {
        m_ui->actingErrorLabel->setText(
            tr("You still act as %1: %2").arg(m_session->actingMember().name, message));
        m_ui->actingErrorLabel->show();
        fillActingAs(); // back to the member who acts
    });
    connect(m_session, &Session::reachabilityChanged, this, &MembersPage::updateActions);
    connect(m_session, &Session::opened, this, &MembersPage::reload);
    reload();
}

MembersPage::~MembersPage() = default;

void MembersPage::reload()
{
    const std::optional<Member> selected = selectedMember();
    QTableWidget *table = m_ui->memberTable;
    const QList<Member> &members = m_session->members();
    table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const Member &member = members.at(row);
        //: Members table: the member has no email address
        const QString email = member.email.isEmpty() ? tr("—") : member.email;
        const QStringList texts = {member.name, email, roleText(member.role)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(MemberIdRole, member.id);
            table->setItem(row, column, item);
        }
    }
    if (!m_pendingSelection.isEmpty() && selectMember(m_pendingSelection))
        m_pendingSelection.clear();
    else if (selected)
        selectMember(selected->name);
    const QString hidden = m_session->membersHiddenReason();
    m_ui->membersHiddenLabel->setVisible(!hidden.isEmpty());
    m_ui->membersHiddenLabel->setText(
        tr("The members cannot be listed: %1 Keys and roles are shown as usual, and each "
           "key still names who created it. A key with the teammates:read scope lists the "
           "members.")
            .arg(hidden));
    fillActingAs();
    updateActions();
}

void MembersPage::fillActingAs()
{
    const QSignalBlocker blocker(m_ui->actingAsCombo);
    m_ui->actingAsCombo->clear();
    const Member &acting = m_session->actingMember();
    for (const Member &member : m_session->members()) {
        //: Acting-as choice: a member's name and role
        m_ui->actingAsCombo->addItem(tr("%1 (%2)").arg(member.name, roleText(member.role)),
                                     member.id);
        if (member.id == acting.id)
            m_ui->actingAsCombo->setCurrentIndex(m_ui->actingAsCombo->count() - 1);
    }
    if (m_ui->actingAsCombo->count() == 0 && !acting.name.isEmpty()) {
        // The members could not be listed; who acts is known all the same.
        m_ui->actingAsCombo->addItem(tr("%1 (%2)").arg(acting.name, roleText(acting.role)),
                                     acting.id);
    }
    const QString summary = acting.name.isEmpty() ? tr("Loading members…")
                                                  : tr("You are acting as <b>%1</b> (%2)")
                                                        .arg(acting.name.toHtmlEscaped(),
                                                             roleText(acting.role).toHtmlEscaped());
    m_ui->actingSummaryLabel->setText(summary);
}

void MembersPage::actingAsChosen(int index)
{
    const qint64 id = m_ui->actingAsCombo->itemData(index).toLongLong();
    for (const Member &member : m_session->members()) {
        if (member.id == id) {
            m_session->actAs(member); // recorded in the audit log first
            return;
        }
    }
}

std::optional<Member> MembersPage::selectedMember() const
{
    const QList<QTableWidgetItem *> items = m_ui->memberTable->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(MemberIdRole).toLongLong();
    for (const Member &member : m_session->members()) {
        if (member.id == id)
            return member;
    }
    return std::nullopt;
}

bool MembersPage::selectMember(const QString &name)
{
    const QList<Member> &members = m_session->members();
    for (int row = 0; row < members.size(); ++row) {
        if (members.at(row).name == name) {
            m_ui->memberTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void MembersPage::updateActions()
{
    const bool reachable = m_session->isReachable();
    const bool canManage = m_session->holds(TeamScopes::Write) && reachable;
    const QString why =
        !reachable ? tr("The store cannot be reached right now.")
                   : tr("You are acting as %1 (%2), whose role does not include the %3 scope.")
                         .arg(m_session->actingMember().name,
                              roleText(m_session->actingMember().role), TeamScopes::Write);
    // On keyward-server the connection's key decides who acts.
    m_ui->actingAsCombo->setEnabled(!m_session->actorIsFixed());
    m_ui->actingAsCombo->setToolTip(
        m_session->actorIsFixed()
            ? tr("On a Keyward server you act as the member whose key the connection uses.")
            : QString());
    m_ui->actingNoteLabel->setText(
        m_session->actorIsFixed()
            ? tr("On a Keyward server you act as the member whose admin key this connection "
                 "uses. The server records every change with that member and the key.")
            : tr("A local store has no sign-in: choose the member whose name and role your "
                 "changes carry. Each switch is recorded in the audit log, and every change "
                 "names your user account on this computer too."));
    m_ui->permissionLabel->setVisible(!canManage && !m_session->actingMember().name.isEmpty());
    m_ui->permissionLabel->setText(tr("Members can only be viewed. %1").arg(why));
    m_ui->addMemberButton->setEnabled(canManage);
    m_ui->addMemberButton->setToolTip(canManage ? tr("Add a person to this workspace") : why);
    m_ui->changeRoleButton->setEnabled(canManage && selectedMember().has_value());
    m_ui->changeRoleButton->setToolTip(canManage ? tr("Give the selected member another role")
                                                 : why);
}

void MembersPage::addMember()
{
    if (!m_session->holds(TeamScopes::Write) || !m_session->canChange())
        return;
    auto *dialog = new AddMemberDialog(m_session, this);
    dialog->setObjectName(QStringLiteral("addMemberDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddMemberDialog::memberAdded, this, [this](const Member &member) {
        // Selected once the session's directory lists the new member.
        m_pendingSelection = member.name;
        reload();
    });
    dialog->open();
}

void MembersPage::changeSelectedRole()
{
    const std::optional<Member> member = selectedMember();
    if (!member || !m_session->holds(TeamScopes::Write) || !m_session->canChange())
        return;
    auto *dialog = new ChangeRoleDialog(m_session, *member, this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
