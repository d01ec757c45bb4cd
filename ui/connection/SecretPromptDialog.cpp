#include "connection/SecretPromptDialog.h"

#include "common/Theme.h"
#include "keys/KeyToken.h"
#include "ui_SecretPromptDialog.h"

#include <QPushButton>

SecretPromptDialog::SecretPromptDialog(const Connection &connection, const QString &reason,
                                       bool keychainWorks, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretPromptDialog>())
    , m_connection(connection)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretPromptDialog"));
    setWindowTitle(tr("Connect to “%1”").arg(connection.name));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    const QString secretName = connection.secretName();
    //: %1 is "admin key" or "database password"; %2 the connection's name; %3 where it is
    m_ui->questionLabel->setText(
        tr("Enter the %1 for “%2” (%3).").arg(secretName, connection.name, connection.location()));
    m_ui->questionLabel->setTextFormat(Qt::PlainText);
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setTextFormat(Qt::PlainText);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    m_ui->secretLabel->setText(connection.kind == Connection::Kind::Server ? tr("Admin &key")
                                                                           : tr("Pass&word"));
    m_ui->secretEdit->setAccessibleName(secretName);
    setKeychainWorks(keychainWorks);
    m_ui->problemLabel->hide();

    QPushButton *connectButton =
        m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    Theme::setEmphasis(connectButton, "primary");
    connectButton->setDefault(true);
    QPushButton *cancel = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretPromptDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretPromptDialog::reject);
    m_ui->secretEdit->setFocus();
}

SecretPromptDialog::~SecretPromptDialog() = default;

void SecretPromptDialog::setKeychainWorks(bool works)
{
    m_ui->rememberCheck->setVisible(works);
    m_ui->rememberCheck->setChecked(works);
}

void SecretPromptDialog::accept()
{
    const QString secret = m_connection.kind == Connection::Kind::Server
                               ? m_ui->secretEdit->text().trimmed()
                               : m_ui->secretEdit->text();
    QString problem;
    if (secret.isEmpty())
        problem = tr("Enter the %1.").arg(m_connection.secretName());
    else if (m_connection.kind == Connection::Kind::Server && !KeyToken::parse(secret))
        problem = tr("This is not a Keyward key. Paste the whole admin key, e.g. key_live_….");
    if (!problem.isEmpty()) {
        m_ui->problemLabel->setText(problem);
        m_ui->problemLabel->show();
        return;
    }
    const bool remember = !m_ui->rememberCheck->isHidden() && m_ui->rememberCheck->isChecked();
    m_ui->secretEdit->clear();
    QDialog::accept();
    Q_EMIT secretEntered(secret, remember);
}

void SecretPromptDialog::reject()
{
    m_ui->secretEdit->clear();
    QDialog::reject();
    Q_EMIT cancelled();
}
