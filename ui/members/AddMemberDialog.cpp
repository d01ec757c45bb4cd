#include "members/AddMemberDialog.h"

#include "common/Session.h"
#include "common/Theme.h"
#include "members/RoleChoices.h"
#include "ui_AddMemberDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

AddMemberDialog::AddMemberDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddMemberDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    RoleChoices::fill(m_ui->roleCombo, session, QStringLiteral("Viewer"));
    QPushButton *add = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    add->setText(tr("Add member"));
    add->setAccessibleName(tr("Add member"));
    add->setObjectName(QStringLiteral("addMemberOkButton"));
    Theme::setEmphasis(add, "primary");
    // The button box polished its buttons already; let the style sheet see the property.
    add->style()->unpolish(add);
    add->style()->polish(add);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("addMemberCancelButton"));

    resize(width(), sizeHint().height()); // no empty band above the buttons

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddMemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddMemberDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AddMemberDialog::validate);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &AddMemberDialog::validate);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &AddMemberDialog::validate);
    validate();
    m_ui->nameEdit->setFocus();
}

AddMemberDialog::~AddMemberDialog() = default;

bool AddMemberDialog::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    const QString trimmed = email.trimmed();
    return trimmed.isEmpty() || (trimmed.size() <= 254 && address.match(trimmed).hasMatch());
}

void AddMemberDialog::validate()
{
    const QString email = m_ui->emailEdit->text().trimmed();
    const bool emailOk = isPlausibleEmail(email);
    if (!emailOk) {
        m_ui->errorLabel->setText(
            tr("“%1” is not an email address. Enter one like name@example.com, or leave it empty.")
                .arg(email));
    }
    m_ui->errorLabel->setVisible(!emailOk);
    const bool valid = !m_ui->nameEdit->text().trimmed().isEmpty() && emailOk &&
                       !RoleChoices::current(m_ui->roleCombo).isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_saving);
}

void AddMemberDialog::accept()
{
    if (m_saving || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Member member{0, m_ui->nameEdit->text().trimmed(), m_ui->emailEdit->text().trimmed(),
                        RoleChoices::current(m_ui->roleCombo)};
    m_saving = true;
    validate();
    KeyStore *store = m_session->store();
    store->addMember(m_session->actor(), member)
        .then(store, [self = QPointer<AddMemberDialog>(this)](const StoreResult<Member> &result) {
            if (!self)
                return;
            if (result.ok())
                self->addArrived(true, result.value(), QString());
            else
                self->addArrived(false, {}, result.error().message());
        });
}

void AddMemberDialog::addArrived(bool ok, const Member &member, const QString &message)
{
    m_saving = false;
    validate();
    if (!ok) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        return;
    }
    Q_EMIT memberAdded(member);
    QDialog::accept();
}
