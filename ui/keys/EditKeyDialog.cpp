#include "keys/EditKeyDialog.h"

#include "common/Session.h"
#include "common/Theme.h"
#include "domain/KeyRules.h"
#include "itemmodels/KeyDisplay.h"
#include "store/KeyStore.h"
#include "ui_EditKeyDialog.h"

#include <QPointer>
#include <QPushButton>

EditKeyDialog::EditKeyDialog(Session *session, const QString &keyId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditKeyDialog>())
    , m_session(session)
    , m_keyId(keyId)
{
    m_ui->setupUi(this);
    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save changes"));
    Theme::setEmphasis(m_saveButton, "primary");
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    m_ui->scopeGrid->setCatalog(session->catalog());
    m_ui->scopeGrid->setHeldScopes(session->heldScopes());
    m_ui->conflictFrame->hide();
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditKeyDialog::reject);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &EditKeyDialog::reload);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditKeyDialog::updateSaveButton);
    reload();
}

EditKeyDialog::~EditKeyDialog() = default;

void EditKeyDialog::reload()
{
    setBusy(true, tr("Loading the key…"));
    const QPointer<EditKeyDialog> self(this);
    m_session->store()
        ->key(m_session->actor(), m_keyId)
        .then(m_session->store(), [self](const StoreResult<ApiKey> &result) {
            if (self)
                self->keyArrived(result);
        });
}

void EditKeyDialog::keyArrived(const StoreResult<ApiKey> &result)
{
    setBusy(false);
    if (!result.ok()) {
        showError(tr("The key could not be read: %1").arg(result.error().message()));
        return;
    }
    m_loaded = true;
    m_ui->conflictFrame->hide();
    m_ui->errorLabel->hide();
    showKey(result.value());
    updateSaveButton();
    m_ui->nameEdit->setFocus();
    Q_EMIT keyLoaded();
}

void EditKeyDialog::showKey(const ApiKey &key)
{
    m_key = key;
    setWindowTitle(tr("Edit “%1”").arg(key.name));
    m_ui->nameEdit->setText(key.name);
    m_ui->descriptionEdit->setPlainText(key.description);
    m_ui->typeValueLabel->setText(KeyDisplay::typeText(key.environment));
    m_ui->rolesList->setRoles(m_session->roles(), key.roles, m_session->heldScopes());
    m_ui->scopeGrid->setCheckedScopes(key.scopes);
}

void EditKeyDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void EditKeyDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_ui->busyLabel->setText(what);
    m_ui->busyLabel->setVisible(busy);
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->descriptionEdit),
          static_cast<QWidget *>(m_ui->rolesList), static_cast<QWidget *>(m_ui->scopeGrid),
          static_cast<QWidget *>(m_ui->reloadButton)})
        field->setEnabled(!busy);
    updateSaveButton();
}

void EditKeyDialog::updateSaveButton()
{
    const std::optional<QString> problem = KeyRules::nameProblem(m_ui->nameEdit->text());
    m_saveButton->setEnabled(m_loaded && !m_busy && !problem && m_ui->conflictFrame->isHidden());
    m_saveButton->setToolTip(problem.value_or(QString()));
}

void EditKeyDialog::accept()
{
    if (!m_saveButton->isEnabled())
        return;
    KeyChanges changes;
    changes.id = m_key.id;
    changes.expectedVersion = m_key.version;
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString description = m_ui->descriptionEdit->toPlainText().trimmed();
    if (name != m_key.name)
        changes.name = name;
    if (description != m_key.description)
        changes.description = description;
    const QStringList roles = m_ui->rolesList->checkedRoles();
    if (roles != m_key.roles)
        changes.roles = roles;
    const QStringList scopes = m_ui->scopeGrid->checkedScopes();
    QStringList before = m_key.scopes;
    before.sort();
    QStringList after = scopes;
    after.sort();
    if (after != before)
        changes.scopes = scopes;
    if (!changes.name && !changes.description && !changes.roles && !changes.scopes) {
        QDialog::accept(); // nothing changed: no new version for others to conflict with
        return;
    }

    setBusy(true, tr("Saving…"));
    m_ui->errorLabel->hide();
    const QPointer<EditKeyDialog> self(this);
    m_session->store()
        ->editKey(m_session->actor(), changes)
        .then(m_session->store(), [self](const StoreResult<ApiKey> &result) {
            if (self)
                self->saveAnswered(result);
        });
}

void EditKeyDialog::saveAnswered(const StoreResult<ApiKey> &result)
{
    setBusy(false);
    if (result.ok()) {
        Q_EMIT keySaved(result.value());
        QDialog::accept();
        return;
    }
    const StoreError &error = result.error();
    Q_EMIT saveFailed(error.code(), error.message());
    if (error.code() == StoreError::Code::Conflict) {
        // Keep what the user typed on screen until they choose to reload.
        m_ui->conflictFrame->show();
        m_ui->reloadButton->setFocus();
        updateSaveButton();
        return;
    }
    showError(tr("The key was not saved: %1").arg(error.message()));
}
