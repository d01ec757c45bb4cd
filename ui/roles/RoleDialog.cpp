#include "roles/RoleDialog.h"

#include "common/Session.h"
#include "common/Theme.h"
#include "domain/Scope.h"
#include "ui_RoleDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QStyle>

RoleDialog::RoleDialog(Session *session, const Role &role, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoleDialog>())
    , m_session(session)
    , m_role(role)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->builtInNoteLabel->hide();
    m_ui->scopeGrid->setCatalog(session->catalog());
    m_ui->scopeGrid->setHeldScopes(session->heldScopes());
    m_ui->scopeGrid->setCheckedScopes(role.scopes);
    m_ui->nameEdit->setText(role.name);
    m_ui->descriptionEdit->setText(role.description);
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveRoleButton"));
    Theme::setEmphasis(save, "primary");
    // The button box polished its buttons already; let the style sheet see the property.
    save->style()->unpolish(save);
    save->style()->polish(save);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelRoleButton"));

    const QString title = role.id == 0 ? tr("New role") : tr("Edit role “%1”").arg(role.name);
    if (role.builtIn) {
        setupReadOnly(tr("Built-in roles cannot be changed. Create a custom role to choose "
                         "other scopes."));
    } else if (!session->holds(TeamScopes::Write)) {
        setupReadOnly(tr("You need the %1 scope to change roles; your role (%2) does not have it.")
                          .arg(TeamScopes::Write, session->actingMember().role));
    }
    const QString shown = m_readOnly ? tr("Role “%1”").arg(role.name) : title;
    setWindowTitle(shown);
    setAccessibleName(shown);
    m_ui->headingLabel->setText(shown);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RoleDialog::updateSaveButton);
    updateSaveButton();
    (m_readOnly ? static_cast<QWidget *>(m_ui->scopeGrid) : m_ui->nameEdit)->setFocus();
}

RoleDialog::~RoleDialog() = default;

void RoleDialog::setupReadOnly(const QString &why)
{
    m_readOnly = true;
    m_ui->builtInNoteLabel->setText(why);
    m_ui->builtInNoteLabel->show();
    m_ui->nameEdit->setEnabled(false);
    m_ui->descriptionEdit->setEnabled(false);
    m_ui->scopeGrid->setReadOnly(true);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeRoleButton"));
    close->setAccessibleName(tr("Close"));
}

void RoleDialog::updateSaveButton()
{
    if (QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save))
        save->setEnabled(!m_saving && !m_ui->nameEdit->text().trimmed().isEmpty());
}

void RoleDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    if (m_saving || m_ui->nameEdit->text().trimmed().isEmpty())
        return;
    Role role = m_role;
    role.name = m_ui->nameEdit->text().trimmed();
    role.description = m_ui->descriptionEdit->text().trimmed();
    role.scopes = m_ui->scopeGrid->checkedScopes();
    m_saving = true;
    updateSaveButton();
    m_ui->errorLabel->hide();
    KeyStore *store = m_session->store();
    store->saveRole(m_session->actor(), role)
        .then(store, [self = QPointer<RoleDialog>(this)](const StoreResult<Role> &result) {
            if (!self)
                return;
            if (result.ok())
                self->saveArrived(true, result.value(), QString());
            else
                self->saveArrived(false, {}, result.error().message());
        });
}

void RoleDialog::saveArrived(bool ok, const Role &saved, const QString &message)
{
    m_saving = false;
    updateSaveButton();
    if (!ok) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        return;
    }
    Q_EMIT roleSaved(saved);
    QDialog::accept();
}
