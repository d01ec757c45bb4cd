#include "roles/RolesPage.h"

#include "common/Session.h"
#include "domain/Scope.h"
#include "itemmodels/DirectoryModels.h"
#include "roles/RoleDialog.h"
#include "ui_RolesPage.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

RolesPage::RolesPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RolesPage>())
    , m_session(session)
    , m_roles(new RoleTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rolesPage"));
    m_ui->errorLabel->hide();
    QTableView *table = m_ui->roleTable;
    table->setModel(m_roles);
    table->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(RoleTableModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoleTableModel::Description, QHeaderView::Stretch);
    header->setSectionResizeMode(RoleTableModel::Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoleTableModel::Scopes, QHeaderView::ResizeToContents);

    connect(m_ui->newRoleButton, &QPushButton::clicked, this, &RolesPage::newRole);
    connect(m_ui->editRoleButton, &QPushButton::clicked, this, &RolesPage::editSelectedRole);
    connect(m_ui->deleteRoleButton, &QPushButton::clicked, this, &RolesPage::deleteSelectedRole);
    connect(table, &QTableView::activated, this, &RolesPage::editSelectedRole);
    // Delete on a selected row asks, as the button does.
    auto *deleteAction = new QAction(tr("Delete role"), table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RolesPage::deleteSelectedRole);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RolesPage::updateActions);
    connect(m_session, &Session::directoryChanged, this, &RolesPage::reload);
    connect(m_session, &Session::reachabilityChanged, this, &RolesPage::updateActions);
    connect(m_session, &Session::actingMemberChanged, this, [this] {
        m_ui->errorLabel->hide(); // it was said to someone else
        reload();
    });
    reload();
}

RolesPage::~RolesPage() = default;

void RolesPage::reload()
{
    const std::optional<Role> selected = selectedRole();
    m_roles->setRecords(m_session->roles());
    if (!m_pendingSelection.isEmpty() && selectRole(m_pendingSelection))
        m_pendingSelection.clear();
    else if (selected)
        selectRole(selected->name);
    updateActions();
}

std::optional<Role> RolesPage::selectedRole() const
{
    return m_roles->selectedRecord(m_ui->roleTable->selectionModel());
}

bool RolesPage::selectRole(const QString &name)
{
    const int row = m_roles->rowOfName(name);
    if (row < 0)
        return false;
    m_ui->roleTable->selectRow(row);
    return true;
}

void RolesPage::updateActions()
{
    const bool reachable = m_session->isReachable();
    const bool canManage = m_session->holds(TeamScopes::Write) && reachable;
    const std::optional<Role> role = selectedRole();
    const QString why =
        !reachable ? tr("The store cannot be reached right now.")
                   : tr("You are acting as %1 (%2), whose role does not include the %3 scope.")
                         .arg(m_session->actingMember().name, m_session->actingMember().role,
                              TeamScopes::Write);
    m_ui->permissionLabel->setVisible(!canManage);
    m_ui->permissionLabel->setText(tr("Roles can only be viewed. %1").arg(why));

    m_ui->newRoleButton->setEnabled(canManage);
    m_ui->newRoleButton->setToolTip(canManage ? tr("Create a custom role") : why);

    const bool editable = canManage && role && !role->builtIn;
    m_ui->editRoleButton->setEnabled(role.has_value());
    m_ui->editRoleButton->setText(editable ? tr("Edit…") : tr("View…"));
    m_ui->editRoleButton->setAccessibleName(editable ? tr("Edit the selected role")
                                                     : tr("View the selected role"));

    m_ui->deleteRoleButton->setEnabled(editable && !m_deleting);
    if (!canManage)
        m_ui->deleteRoleButton->setToolTip(why);
    else if (role && role->builtIn)
        m_ui->deleteRoleButton->setToolTip(tr("Built-in roles cannot be deleted."));
    else
        m_ui->deleteRoleButton->setToolTip(tr("Delete the selected custom role"));
}

void RolesPage::newRole()
{
    if (m_session->holds(TeamScopes::Write) && m_session->canChange())
        openDialog(Role{});
}

void RolesPage::editSelectedRole()
{
    if (const std::optional<Role> role = selectedRole())
        openDialog(*role);
}

void RolesPage::openDialog(const Role &role)
{
    m_ui->errorLabel->hide();
    auto *dialog = new RoleDialog(m_session, role, this);
    dialog->setObjectName(QStringLiteral("roleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleDialog::roleSaved, this, [this](const Role &saved) {
        // The store's changed() makes the session re-read the directory; the role
        // is selected once it is listed.
        m_pendingSelection = saved.name;
        reload();
    });
    dialog->open();
}

void RolesPage::deleteSelectedRole()
{
    const std::optional<Role> role = selectedRole();
    if (!role || role->builtIn || !m_session->holds(TeamScopes::Write) || !m_session->canChange() ||
        m_deleting)
        return;
    m_ui->errorLabel->hide();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete role?"),
                        tr("Delete the role “%1”?").arg(role->name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteRoleConfirmation"));
    box->setAccessibleName(tr("Delete role?"));
    box->setInformativeText(tr("Members and keys can no longer be given this role. This cannot "
                               "be undone."));
    QPushButton *remove = box->addButton(tr("Delete role"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteRoleButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Role &target = *role;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, target](QAbstractButton *b) {
        if (b == remove)
            confirmed(target);
    });
    box->open();
    cancel->setFocus();
}

void RolesPage::confirmed(const Role &role)
{
    m_deleting = true;
    updateActions();
    KeyStore *store = m_session->store();
    const QString name = role.name;
    store->deleteRole(m_session->actor(), name)
        .then(store, [self = QPointer<RolesPage>(this), name](const StoreResult<Done> &result) {
            if (!self)
                return;
            self->m_deleting = false;
            self->updateActions();
            if (!result.ok()) {
                self->showError(result.error().message());
                return;
            }
            Q_EMIT self->roleDeleted(name);
        });
}

void RolesPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}
