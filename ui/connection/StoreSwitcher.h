#pragma once

#include "connection/ConnectionList.h"
#include "connection/ConnectionSecrets.h"
#include "store/KeyStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <memory>
#include <optional>

class QWidget;
class SecretPromptDialog;

//! Opens the stores of saved connections for the window, one at a time: it finds the
//! connection's secret in the keychain (or asks for it, when there is none or no
//! keychain answers), opens the store, offers to trust a server certificate no authority
//! vouches for (showing its fingerprint), and hands the opened store over with
//! storeChanged(). It owns the open store; the previous one is deleted after the window
//! let go of it. Secrets that no keychain could keep stay in memory for this session.
class StoreSwitcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSwitcher)

public:
    //! Dialogs open over @p dialogParent. Delete the window before the switcher: the
    //! switcher owns the store the window shows.
    StoreSwitcher(ConnectionList *connections, QWidget *dialogParent,
                  int keychainTimeoutMs = ConnectionSecrets::DefaultTimeoutMs);
    ~StoreSwitcher() override;

    ConnectionList *connections() const { return m_connections; }
    //! The open store (nullptr before the first one).
    KeyStore *store() const { return m_store.get(); }
    //! The connection whose store is open.
    QString currentId() const { return m_currentId; }
    bool isConnecting() const { return m_connecting; }

    //! Opens @p id's store and, once it opened, hands it over. Before any store is open,
    //! it is handed over even when it failed to open, so the window can say why.
    void connectTo(const QString &id);
    //! Saves @p connection; a non-empty @p secret goes to the keychain (or, when no
    //! keychain works, is kept for this session only, and notice() says so). Saving the
    //! open connection opens it again with its new settings.
    void save(const Connection &connection, const QString &secret, bool connectNow);
    //! Forgets a connection (not the open one) and deletes its keychain entry.
    void forget(const QString &id);
    //! Whether the secret of @p id is kept for this session only.
    bool hasSessionSecret(const QString &id) const { return m_sessionSecrets.contains(id); }

Q_SIGNALS:
    void connecting(const QString &name);
    //! The store being opened brings its schema up to date: @p done of @p total steps.
    void upgrading(const QString &name, int done, int total);
    //! @p store, named @p name, is open and replaces the previous one.
    void storeChanged(KeyStore *store, const QString &name);
    //! A connection could not be opened; the previous store stays.
    void failed(const QString &message);
    //! Something the user should know that is not an error (shown in the status bar).
    void notice(const QString &message);
    //! A keychain write or delete finished (tests wait for it).
    void secretsSettled();

private:
    void withSecret(const Connection &connection);
    void askSecret(const Connection &connection, const QString &reason, bool keychainWorks);
    void rememberSecret(const Connection &connection, const QString &secret);
    void open(const Connection &connection, const QString &secret);
    void openFinished(const Connection &connection, const QString &secret, const StoreError &error);
    void askTrust(const Connection &connection, const QString &secret,
                  const QSslCertificate &certificate);
    void adopt(const Connection &connection);
    void giveUp(const Connection &connection, const QString &message);

    ConnectionList *m_connections;
    QWidget *m_dialogParent;
    ConnectionSecrets m_secrets;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<KeyStore> m_pending;
    QString m_currentId;
    bool m_connecting = false;
    QHash<QString, QString> m_sessionSecrets;
    //! What the keychain did last time it was asked; unknown before.
    std::optional<bool> m_keychainWorks;
    QPointer<SecretPromptDialog> m_prompt; //!< the open question for a secret, if any
};
