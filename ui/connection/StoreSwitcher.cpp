#include "connection/StoreSwitcher.h"

#include "common/ConfirmationBox.h"
#include "connection/SecretPromptDialog.h"
#include "domain/SystemUser.h"
#include "http/HttpKeyStore.h"
#include "keys/SealSecret.h"
#include "sql/SqlKeyStore.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QPointer>

namespace {

std::unique_ptr<KeyStore> storeFor(const Connection &connection, const QString &secret)
{
    switch (connection.kind) {
    case Connection::Kind::Server: {
        HttpStoreOptions options;
        options.server = connection.server;
        options.token = secret;
        options.pinnedCertificateSha256 = connection.pinnedCertificateSha256;
        return std::make_unique<HttpKeyStore>(options);
    }
    case Connection::Kind::Postgres: {
        SqlStoreOptions options;
        options.postgres = connection.postgres;
        options.postgres->password = secret;
        options.sealSecretPath = SealSecret::defaultPath();
        options.osUser = SystemUser::name();
        return std::make_unique<SqlKeyStore>(options);
    }
    case Connection::Kind::LocalFile:
        break;
    }
    SqlStoreOptions options;
    options.path = connection.path;
    // The CLI's too: a retry from either gets its key back.
    options.sealSecretPath = SealSecret::defaultPath();
    options.osUser = SystemUser::name(); // nobody signs in to a local store
    return std::make_unique<SqlKeyStore>(options);
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

} // namespace

StoreSwitcher::StoreSwitcher(ConnectionList *connections, QWidget *dialogParent,
                             int keychainTimeoutMs)
    : m_connections(connections)
    , m_dialogParent(dialogParent)
    , m_secrets(keychainTimeoutMs)
{
}

StoreSwitcher::~StoreSwitcher() = default;

void StoreSwitcher::connectTo(const QString &id)
{
    const Connection *found = m_connections->find(id);
    if (!found || m_connecting || (id == m_currentId && m_store))
        return;
    m_connecting = true;
    Q_EMIT connecting(found->name);
    withSecret(*found);
}

void StoreSwitcher::withSecret(const Connection &connection)
{
    if (!connection.needsSecret()) {
        open(connection, QString());
        return;
    }
    if (m_sessionSecrets.contains(connection.id)) {
        open(connection, m_sessionSecrets.value(connection.id));
        return;
    }
    // A keychain job can outlive the switcher: the application is the continuation's
    // context, as the store is for store calls, and self says whether to go on.
    const QPointer<StoreSwitcher> self(this);
    m_secrets.read(connection.id).then(qApp, [self, connection](const StoreResult<QString> &read) {
        if (!self)
            return;
        if (read.ok()) {
            self->m_keychainWorks = true;
            self->open(connection, read.value());
            return;
        }
        const bool keychainWorks = read.error().code() == StoreError::Code::NotFound;
        self->m_keychainWorks = keychainWorks;
        const QString reason =
            keychainWorks
                ? tr("No %1 is stored for this connection.").arg(connection.secretName())
                : tr("%1 Keyward asks each time it connects and never writes the %2 to a file.")
                      .arg(read.error().message(), connection.secretName());
        self->askSecret(connection, reason, keychainWorks);
    });
}

void StoreSwitcher::askSecret(const Connection &connection, const QString &reason,
                              bool keychainWorks)
{
    auto *dialog = new SecretPromptDialog(connection, reason, keychainWorks, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt = dialog;
    connect(dialog, &SecretPromptDialog::secretEntered, this,
            [this, connection](const QString &secret, bool remember) {
                if (remember)
                    rememberSecret(connection, secret);
                else
                    m_sessionSecrets.insert(connection.id, secret);
                open(connection, secret);
            });
    connect(dialog, &SecretPromptDialog::cancelled, this, [this, connection] {
        giveUp(connection, tr("Not connected to “%1”: no %2 was entered.")
                               .arg(connection.name, connection.secretName()));
    });
    dialog->open();
}

void StoreSwitcher::rememberSecret(const Connection &connection, const QString &secret)
{
    // Until the keychain confirms, this session can use the secret anyway.
    m_sessionSecrets.insert(connection.id, secret);
    const QPointer<StoreSwitcher> self(this);
    m_secrets.write(connection.id, secret)
        .then(qApp, [self, connection](const StoreResult<Done> &written) {
            if (!self)
                return;
            self->m_keychainWorks = written.ok();
            if (self->m_prompt)
                self->m_prompt->setKeychainWorks(written.ok());
            if (written.ok()) {
                self->m_sessionSecrets.remove(connection.id);
            } else {
                Q_EMIT self->notice(
                    tr("The %1 of “%2” could not be stored in the system keychain (%3). Keyward "
                       "keeps it for this session only and will ask for it next time.")
                        .arg(connection.secretName(), connection.name, written.error().message()));
            }
            Q_EMIT self->secretsSettled();
        });
}

void StoreSwitcher::save(const Connection &connection, const QString &secret, bool connectNow)
{
    m_connections->save(connection);
    if (!secret.isEmpty()) {
        m_sessionSecrets.remove(connection.id);
        rememberSecret(connection, secret);
    }
    if (connection.id == m_currentId && m_store && !m_connecting) {
        // The open connection changed: open it again as it is now. If that fails, the
        // store opened before stays.
        m_connecting = true;
        Q_EMIT connecting(connection.name);
        withSecret(connection);
        return;
    }
    if (connectNow)
        connectTo(connection.id);
}

void StoreSwitcher::forget(const QString &id)
{
    if (id == m_currentId || id == Connection::DefaultLocalId)
        return;
    m_sessionSecrets.remove(id);
    m_connections->remove(id);
    const QPointer<StoreSwitcher> self(this);
    m_secrets.remove(id).then(qApp, [self](const StoreResult<Done> &removed) {
        if (!self)
            return;
        if (!removed.ok()) {
            Q_EMIT self->notice(
                tr("The connection is forgotten, but its keychain entry could not be deleted: "
                   "%1")
                    .arg(removed.error().message()));
        }
        Q_EMIT self->secretsSettled();
    });
}

void StoreSwitcher::open(const Connection &connection, const QString &secret)
{
    if (m_pending)
        m_pending.release()->deleteLater(); // a refused attempt: its answers may be under way
    m_pending = storeFor(connection, secret);
    KeyStore *store = m_pending.get();
    connect(store, &KeyStore::upgrading, this, [this, name = connection.name](int done, int total) {
        Q_EMIT upgrading(name, done, total);
    });
    const QPointer<StoreSwitcher> self(this);
    store->open().then(store,
                       [self, store, connection, secret](const StoreResult<StoreInfo> &result) {
                           if (!self || self->m_pending.get() != store)
                               return;
                           if (result.ok())
                               self->adopt(connection);
                           else
                               self->openFinished(connection, secret, result.error());
                       });
}

void StoreSwitcher::openFinished(const Connection &connection, const QString &secret,
                                 const StoreError &error)
{
    if (const auto *http = qobject_cast<HttpKeyStore *>(m_pending.get())) {
        const QSslCertificate certificate = http->rejectedCertificate();
        if (!certificate.isNull()) {
            askTrust(connection, secret, certificate);
            return;
        }
    }
    if (error.code() == StoreError::Code::Forbidden && connection.needsSecret()) {
        // The stored key was refused (revoked, expired, mistyped): ask for a new one.
        m_sessionSecrets.remove(connection.id);
        askSecret(connection, error.message(), m_keychainWorks.value_or(true));
        return;
    }
    if (!m_store) {
        adopt(connection); // the window says why it could not open, and retries
        return;
    }
    giveUp(connection, tr("“%1” could not be opened: %2").arg(connection.name, error.message()));
}

void StoreSwitcher::askTrust(const Connection &connection, const QString &secret,
                             const QSslCertificate &certificate)
{
    const QString subject = certificate.subjectDisplayName();
    const QString issuer = certificate.issuerDisplayName();
    //: %1 the certificate's subject, %2 its issuer, %3 its end date, %4 the SHA-256 fingerprint
    const QString details =
        tr("Issued to: %1\nIssued by: %2\nValid until: %3\nSHA-256 fingerprint:\n%4\n\n"
           "Compare the fingerprint with the one your server's administrator gave you. If "
           "they match, Keyward will trust this certificate, and only this one, for “%5”.")
            .arg(subject, issuer,
                 QLocale().toString(certificate.expiryDate().toUTC(), QLocale::ShortFormat),
                 fingerprint(certificate), connection.name);
    // With a pin, whoever vouches for this certificate: it is not the one trusted before.
    const QString question =
        connection.pinnedCertificateSha256.isEmpty()
            ? tr("No authority this computer trusts vouches for the certificate of %1.")
                  .arg(connection.server.host())
            : tr("%1 shows another certificate than the one this connection trusts. It may "
                 "have been renewed, or someone may be in between (a proxy that inspects "
                 "TLS, a certificate issued by mistake).")
                  .arg(connection.server.host());
    QMessageBox *box = ConfirmationBox::open(
        m_dialogParent,
        {QStringLiteral("trustCertificateQuestion"), tr("Untrusted certificate"), question, details,
         tr("Trust this certificate")},
        [this, connection, secret, certificate] {
            Connection trusted = connection;
            trusted.pinnedCertificateSha256 = certificate.digest(QCryptographicHash::Sha256);
            m_connections->save(trusted);
            open(trusted, secret);
        });
    QAbstractButton *trust = box->findChild<QAbstractButton *>(QStringLiteral("confirmButton"));
    connect(
        box, &QMessageBox::buttonClicked, this,
        [this, connection, trust](QAbstractButton *clicked) {
            if (clicked == trust)
                return;
            giveUp(
                connection,
                tr("Not connected to “%1”: its certificate was not trusted.").arg(connection.name));
        });
}

void StoreSwitcher::adopt(const Connection &connection)
{
    std::unique_ptr<KeyStore> previous = std::move(m_store);
    m_store = std::move(m_pending);
    m_currentId = connection.id;
    m_connecting = false;
    m_connections->setCurrent(connection.id);
    Q_EMIT storeChanged(m_store.get(), connection.name);
    // The window has let go of it; its last answers may still be on their way.
    if (previous)
        previous.release()->deleteLater();
}

void StoreSwitcher::giveUp(const Connection &connection, const QString &message)
{
    if (m_pending)
        m_pending.release()->deleteLater();
    m_connecting = false;
    if (!m_store && connection.id != Connection::DefaultLocalId) {
        // Nothing is open yet: the local store instead of an empty window.
        Q_EMIT notice(message);
        connectTo(Connection::DefaultLocalId);
        return;
    }
    Q_EMIT failed(message);
}
