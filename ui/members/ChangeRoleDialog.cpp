#include "members/ChangeRoleDialog.h"

#include "common/Session.h"
#include "common/Theme.h"
#include "members/RoleChoices.h"
#include "ui_ChangeRoleDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QStyle>

ChangeRoleDialog::ChangeRoleDialog(Session *session, const Member &member, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeRoleDialog>())
    , m_session(session)
    , m_member(member)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    const QString title = tr("Change the role of %1").arg(member.name);
    setWindowTitle(title);
    setAccessibleName(title);
    m_ui->introLabel->setText(
        tr("%1 has the role %2 now. The new role decides what they can do from now on.")
            .arg(member.name, member.role));
    RoleChoices::fill(m_ui->roleCombo, session, member.role);
    QPushButton *change = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    change->setText(tr("Change role"));
    change->setAccessibleName(tr("Change role"));
    change->setObjectName(QStringLiteral("changeRoleOkButton"));
    Theme::setEmphasis(change, "primary");
    // The button box polished its buttons already; let the style sheet see the property.
    change->style()->unpolish(change);
    change->style()->polish(change);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("changeRoleCancelButton"));

    resize(width(), sizeHint().height()); // no empty band above the buttons

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangeRoleDialog::reject);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this,
            &ChangeRoleDialog::updateButton);
    updateButton();
    m_ui->roleCombo->setFocus();
}

ChangeRoleDialog::~ChangeRoleDialog() = default;

void ChangeRoleDialog::updateButton()
{
    const QString role = RoleChoices::current(m_ui->roleCombo);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_saving && !role.isEmpty() && role != m_member.role);
}

void ChangeRoleDialog::accept()
{
    const QString role = RoleChoices::current(m_ui->roleCombo);
    if (m_saving || role.isEmpty() || role == m_member.role)
        return;
    m_saving = true;
    updateButton();
    m_ui->errorLabel->hide();
    KeyStore *store = m_session->store();
    store->changeMemberRole(m_session->actor(), m_member.id, role)
        .then(store, [self = QPointer<ChangeRoleDialog>(this)](const StoreResult<Member> &result) {
            if (!self)
                return;
            if (result.ok())
                self->changeArrived(true, result.value(), QString());
            else
                self->changeArrived(false, {}, result.error().message());
        });
}

void ChangeRoleDialog::changeArrived(bool ok, const Member &member, const QString &message)
{
    m_saving = false;
    updateButton();
    if (!ok) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        return;
    }
    Q_EMIT roleChanged(member);
    QDialog::accept();
}
