#include "connection/ConnectionDialog.h"

#include "common/Theme.h"
#include "keys/KeyToken.h"
#include "ui_ConnectionDialog.h"

#include <QFileDialog>
#include <QPushButton>

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
    const int mode = m_ui->sslModeCombo->findData(connection.postgres.sslMode);
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
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &ConnectionDialog::showTlsWarning);
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::showTlsWarning);
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
    // libpq's sslmode values; the empty one is Keyward's default.
    QComboBox *tls = m_ui->sslModeCombo;
    tls->addItem(tr("Automatic: verify the certificate of a database on another computer"),
                 QString());
    tls->addItem(tr("Require TLS and a certificate for this host name"),
                 QStringLiteral("verify-full"));
    tls->addItem(tr("Require TLS and a certificate from a trusted authority"),
                 QStringLiteral("verify-ca"));
    tls->addItem(tr("Require TLS, without checking the certificate"), QStringLiteral("require"));
    tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    tls->addItem(tr("Use TLS only when the server insists"), QStringLiteral("allow"));
    tls->addItem(tr("No TLS"), QStringLiteral("disable"));
    tls->setItemData(0,
                     tr("Verifies the certificate and host name (verify-full) of a database on "
                        "another computer; on this computer, libpq's default."),
                     Qt::ToolTipRole);
}

void ConnectionDialog::kindChosen()
{
    m_ui->kindStack->setCurrentIndex(m_ui->kindCombo->currentIndex());
    m_ui->problemLabel->hide();
    showTlsWarning();
}

bool ConnectionDialog::tlsIsWeak() const
{
    const Connection edited = connection();
    return edited.kind == Connection::Kind::Postgres && edited.postgres.isRemote() &&
           PostgresTarget::isWeakSslMode(edited.postgres.effectiveSslMode());
}

void ConnectionDialog::showTlsWarning()
{
    const bool weak = tlsIsWeak();
    m_ui->tlsWarningLabel->setVisible(weak);
    m_ui->weakTlsCheck->setVisible(weak);
    if (!weak) {
        m_ui->weakTlsCheck->setChecked(false); // asked again for the next weak choice
        return;
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    m_ui->tlsWarningLabel->setText(
        m_ui->sslModeCombo->currentData().toString() == QLatin1String("disable")
            ? tr("With no TLS, the database password and the whole key inventory cross the "
                 "network to %1 unencrypted: anyone on the way can read them.")
                  .arg(host)
            : tr("With this TLS mode, an attacker on the way to %1 can turn TLS off or pose "
                 "as the database: the password and the key inventory would reach them "
                 "readable. Choose “Automatic” or a mode that checks the certificate.")
                  .arg(host));
    // Wrapped text needs more height than the dialog's minimum size says, and the stacked
    // pages do not pass height-for-width on: give the label the height it needs at the
    // width of its column (the TLS box's, which is laid out), and grow to it.
    QLabel *warning = m_ui->tlsWarningLabel;
    warning->setMinimumHeight(warning->heightForWidth(m_ui->sslModeCombo->width()));
    for (QWidget *box = warning->parentWidget(); box; box = box->parentWidget()) {
        if (box->layout())
            box->layout()->activate(); // inside out, so that each sees its content's size
        if (box == this)
            break;
    }
    const int needed = minimumSizeHint().height();
    if (isVisible() && needed > height())
        resize(width(), needed);
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
    connection.postgres.sslMode = m_ui->sslModeCombo->currentData().toString();
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
    if (problem.isEmpty() && tlsIsWeak() && !m_ui->weakTlsCheck->isChecked())
        problem = tr("Choose a TLS mode that checks the database's certificate, or tick “Send "
                     "the password with this TLS mode anyway” if this network is yours alone.");
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
