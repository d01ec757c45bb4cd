#include "connection/ConnectionDialog.h"

#include "common/Theme.h"
#include "keys/KeyToken.h"
#include "ui_ConnectionDialog.h"

#include <QFileDialog>
#include <QPushButton>

namespace {

//! libpq's sslmode values, in the order offered.
const QStringList SslModes = {QStringLiteral("prefer"), QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
                              QStringLiteral("disable")};

} // namespace

ConnectionDialog::ConnectionDialog(const Connection &connection, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_connection(connection)
    , m_isNew(isNew)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(isNew ? tr("Add connection") : tr("Edit connection"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setupKinds();

    m_ui->nameEdit->setText(connection.name);
    m_ui->nameEdit->setMaxLength(100);
    m_ui->pathEdit->setText(connection.path);
    m_ui->serverUrlEdit->setText(connection.server.toString());
    m_ui->hostEdit->setText(connection.kind == Connection::Kind::Postgres ? connection.postgres.host
                                                                          : QString());
    m_ui->portSpin->setValue(connection.postgres.port);
    m_ui->databaseEdit->setText(connection.postgres.database);
    m_ui->userEdit->setText(connection.postgres.user);
    const int mode = int(SslModes.indexOf(connection.postgres.sslMode));
    m_ui->sslModeCombo->setCurrentIndex(mode < 0 ? 0 : mode);
    if (!isNew) {
        const QString keep = tr("Unchanged (kept in the system keychain)");
        m_ui->adminKeyEdit->setPlaceholderText(keep);
        m_ui->passwordEdit->setPlaceholderText(keep);
    }
    // The default local store is always there; only its name could change.
    const bool fixed = connection.id == Connection::DefaultLocalId;
    m_ui->kindCombo->setEnabled(isNew);
    m_ui->pathEdit->setReadOnly(fixed);
    m_ui->browseButton->setVisible(!fixed);
    showPinned();
    m_ui->problemLabel->hide();

    QPushButton *save = m_ui->buttonBox->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    connect(save, &QPushButton::clicked, this, [this] { finish(false); });
    if (isNew) {
        QPushButton *connectButton =
            m_ui->buttonBox->addButton(tr("Save and &connect"), QDialogButtonBox::ActionRole);
        connectButton->setObjectName(QStringLiteral("connectButton"));
        Theme::setEmphasis(connectButton, "primary");
        connectButton->setDefault(true);
        connect(connectButton, &QPushButton::clicked, this, [this] { finish(true); });
    } else {
        save->setDefault(true);
    }
    QPushButton *cancel = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Save and Connect are handled above; the box's accepted() would run accept() twice.
    disconnect(m_ui->buttonBox, nullptr, this, nullptr);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::kindChosen);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_ui->forgetPinButton, &QPushButton::clicked, this, [this] {
        m_connection.pinnedCertificateSha256.clear();
        showPinned();
    });
    m_ui->kindCombo->setCurrentIndex(int(connection.kind));
    kindChosen();
    m_ui->nameEdit->setFocus();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setupKinds()
{
    for (Connection::Kind kind :
         {Connection::Kind::LocalFile, Connection::Kind::Server, Connection::Kind::Postgres})
        m_ui->kindCombo->addItem(Connection::kindName(kind));
    m_ui->sslModeCombo->addItem(tr("Use TLS when the server offers it"));
    m_ui->sslModeCombo->addItem(tr("Require TLS"));
    m_ui->sslModeCombo->addItem(tr("Require TLS and a certificate from a trusted authority"));
    m_ui->sslModeCombo->addItem(tr("Require TLS and a certificate for this host name"));
    m_ui->sslModeCombo->addItem(tr("No TLS"));
}

void ConnectionDialog::kindChosen()
{
    m_ui->kindStack->setCurrentIndex(m_ui->kindCombo->currentIndex());
    m_ui->problemLabel->hide();
}

void ConnectionDialog::browse()
{
    auto *files = new QFileDialog(this, tr("Store file"), m_ui->pathEdit->text());
    files->setObjectName(QStringLiteral("storeFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setOption(
        QFileDialog::DontConfirmOverwrite); // an existing store is opened, not replaced
    files->setNameFilters({tr("Keyward stores (*.db)"), tr("All files (*)")});
    files->setDefaultSuffix(QStringLiteral("db"));
    connect(files, &QFileDialog::fileSelected, m_ui->pathEdit, &QLineEdit::setText);
    files->open();
}

void ConnectionDialog::showPinned()
{
    const bool pinned = !m_connection.pinnedCertificateSha256.isEmpty();
    m_ui->pinnedLabel->setVisible(pinned);
    m_ui->forgetPinButton->setVisible(pinned);
    if (pinned) {
        m_ui->pinnedLabel->setText(
            tr("This connection trusts the certificate with the SHA-256 fingerprint %1.")
                .arg(QString::fromLatin1(m_connection.pinnedCertificateSha256.toHex(':'))));
    }
}

Connection ConnectionDialog::connection() const
{
    Connection connection = m_connection;
    connection.name = m_ui->nameEdit->text().trimmed();
    connection.kind = Connection::Kind(m_ui->kindCombo->currentIndex());
    connection.path = m_ui->pathEdit->text().trimmed();
    connection.server = QUrl(m_ui->serverUrlEdit->text().trimmed(), QUrl::StrictMode);
    connection.postgres.host = m_ui->hostEdit->text().trimmed();
    connection.postgres.port = m_ui->portSpin->value();
    connection.postgres.database = m_ui->databaseEdit->text().trimmed();
    connection.postgres.user = m_ui->userEdit->text().trimmed();
    connection.postgres.sslMode = SslModes.value(m_ui->sslModeCombo->currentIndex());
    if (connection.server != m_connection.server)
        connection.pinnedCertificateSha256.clear(); // a pin belongs to one server
    return connection;
}

QString ConnectionDialog::secret() const
{
    switch (Connection::Kind(m_ui->kindCombo->currentIndex())) {
    case Connection::Kind::Server:
        return m_ui->adminKeyEdit->text().trimmed();
    case Connection::Kind::Postgres:
        return m_ui->passwordEdit->text();
    case Connection::Kind::LocalFile:
        break;
    }
    return {};
}

QString ConnectionDialog::problem() const
{
    const Connection edited = connection();
    QString problem = edited.problem();
    if (problem.isEmpty() && edited.kind == Connection::Kind::Server && !secret().isEmpty() &&
        !KeyToken::parse(secret()))
        problem = tr("This is not a Keyward key. Paste the whole admin key, e.g. key_live_….");
    return problem;
}

void ConnectionDialog::accept()
{
    finish(false);
}

void ConnectionDialog::finish(bool connectNow)
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_ui->problemLabel->setText(why);
        m_ui->problemLabel->show();
        return;
    }
    Q_EMIT saved(connection(), secret(), connectNow);
    QDialog::accept();
    // The secret leaves with saved(); the fields do not keep it.
    m_ui->adminKeyEdit->clear();
    m_ui->passwordEdit->clear();
}
