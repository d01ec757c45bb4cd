#include "keys/ResetKeyDialog.h"

#include "common/Session.h"
#include "common/Theme.h"
#include "store/KeyStore.h"
#include "ui_ResetKeyDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QUuid>

ResetKeyDialog::ResetKeyDialog(Session *session, const ApiKey &key, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetKeyDialog>())
    , m_session(session)
    , m_key(key)
    , m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setTextFormat(Qt::PlainText); // a key's name is never markup
    m_ui->titleLabel->setText(tr("Reset “%1”?").arg(key.name));
    m_resetButton = m_ui->buttonBox->addButton(tr("Reset key"), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setAccessibleName(tr("Reset key"));
    Theme::setEmphasis(m_resetButton, "danger");
    m_resetButton->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);

    //: How long the current secret keeps working after a reset
    m_ui->graceCombo->addItem(tr("Immediately"), 0);
    m_ui->graceCombo->addItem(tr("In 1 hour"), 3600);
    m_ui->graceCombo->addItem(tr("In 24 hours"), 24 * 3600);
    m_ui->graceCombo->addItem(tr("In 7 days"), 7 * 24 * 3600);
    m_ui->graceCombo->setCurrentIndex(2);

    const bool live = key.environment == Environment::Live;
    m_ui->confirmNameLabel->setVisible(live);
    m_ui->confirmNameEdit->setVisible(live);
    m_ui->liveHintLabel->setVisible(live);
    //: Asks the admin to type a live key's name before its reset
    m_ui->confirmNameLabel->setTextFormat(Qt::PlainText);
    // The label has a buddy, so a single & in the name would become a mnemonic.
    m_ui->confirmNameLabel->setText(
        tr("&Type “%1” to confirm:").arg(QString(key.name).replace(u'&', QStringLiteral("&&"))));
    m_ui->errorLabel->hide();

    connect(m_ui->confirmNameEdit, &QLineEdit::textChanged, this, &ResetKeyDialog::updateButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResetKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ResetKeyDialog::reject);
    updateButton();
    adjustSize();
    cancel->setFocus();
}

ResetKeyDialog::~ResetKeyDialog() = default;

void ResetKeyDialog::updateButton()
{
    const bool confirmed = m_key.environment != Environment::Live ||
                           m_ui->confirmNameEdit->text().trimmed() == m_key.name;
    m_resetButton->setEnabled(confirmed && !m_busy);
    m_resetButton->setToolTip(confirmed ? QString()
                                        : tr("Type the key's name to confirm the reset."));
}

void ResetKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->graceCombo->setEnabled(!busy);
    m_ui->confirmNameEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButton();
}

void ResetKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ResetKeyDialog::accept()
{
    if (!m_resetButton->isEnabled())
        return;
    setBusy(true);
    m_ui->errorLabel->hide();
    const KeyStore::Grace grace(m_ui->graceCombo->currentData().toInt());
    const QPointer<ResetKeyDialog> self(this);
    m_session->store()
        ->resetKey(m_session->actor(), m_key.id, grace, m_idempotencyKey)
        .then(m_session->store(), [self](const StoreResult<IssuedKey> &result) {
            if (!self)
                return;
            self->setBusy(false);
            if (!result.ok()) {
                // Without an answer the reset may have happened; this dialog repeats it.
                const bool unanswered = result.error().code() == StoreError::Code::Unavailable;
                self->m_ui->errorLabel->setText(
                    unanswered ? tr("The store did not confirm the reset: %1\nPress Reset again "
                                    "once it can be reached: the same reset is repeated, never a "
                                    "second one.")
                                     .arg(result.error().message())
                               : tr("The key was not reset: %1").arg(result.error().message()));
                self->m_ui->errorLabel->show();
                return;
            }
            const IssuedKey &issued = result.value();
            self->QDialog::accept();
            Q_EMIT self->keyReset(issued);
        });
}
