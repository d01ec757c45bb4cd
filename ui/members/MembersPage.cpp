#include "members/MembersPage.h"

#include "common/Session.h"
#include "domain/Scope.h"
#include "itemmodels/DirectoryModels.h"
#include "members/AddMemberDialog.h"
#include "members/ChangeRoleDialog.h"
#include "ui_MembersPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

MembersPage::MembersPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MembersPage>())
    , m_session(session)
    , m_members(new MemberTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("membersPage"));
    m_ui->actingErrorLabel->hide();
    QTableView *table = m_ui->memberTable;
    table->setModel(m_members);
    table->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(120);
    header->setSectionResizeMode(MemberTableModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MemberTableModel::Email, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(m_ui->changeRoleButton, &QPushButton::clicked, this, &MembersPage::changeSelectedRole);
    connect(table, &QTableView::activated, this, &MembersPage::changeSelectedRole);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateActions);
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
    m_members->setRecords(m_session->members());
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
        m_ui->actingAsCombo->addItem(tr("%1 (%2)").arg(member.name, shownRoleText(member.role)),
                                     member.id);
        if (member.id == acting.id)
            m_ui->actingAsCombo->setCurrentIndex(m_ui->actingAsCombo->count() - 1);
    }
    if (m_ui->actingAsCombo->count() == 0 && !acting.name.isEmpty()) {
        // The members could not be listed; who acts is known all the same.
        m_ui->actingAsCombo->addItem(tr("%1 (%2)").arg(acting.name, shownRoleText(acting.role)),
                                     acting.id);
    }
    const QString summary =
        acting.name.isEmpty()
            ? tr("Loading members…")
            : tr("You are acting as <b>%1</b> (%2)")
                  .arg(acting.name.toHtmlEscaped(), shownRoleText(acting.role).toHtmlEscaped());
    m_ui->actingSummaryLabel->setText(summary);
}

void MembersPage::actingAsChosen(int index)
{
    const int row = m_members->rowOfId(m_ui->actingAsCombo->itemData(index).toLongLong());
    if (row >= 0)
        m_session->actAs(m_members->recordAt(row)); // recorded in the audit log first
}

std::optional<Member> MembersPage::selectedMember() const
{
    return m_members->selectedRecord(m_ui->memberTable->selectionModel());
}

bool MembersPage::selectMember(const QString &name)
{
    const int row = m_members->rowOfName(name);
    if (row < 0)
        return false;
    m_ui->memberTable->selectRow(row);
    return true;
}

void MembersPage::updateActions()
{
    const bool reachable = m_session->isReachable();
    const bool canManage = m_session->holds(TeamScopes::Write) && reachable;
    const QString why =
        !reachable ? tr("The store cannot be reached right now.")
                   : tr("You are acting as %1 (%2), whose role does not include the %3 scope.")
                         .arg(m_session->actingMember().name,
                              shownRoleText(m_session->actingMember().role), TeamScopes::Write);
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
