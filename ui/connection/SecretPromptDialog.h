#pragma once

#include "connection/Connection.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SecretPromptDialog;
}

//! Asks for a connection's secret (a server's admin key, a database password) when the
//! keychain has none, cannot be reached, or the stored one was refused. It says why it
//! asks; "remember" is offered only when a keychain works, and nothing typed here is
//! ever written to a file.
class SecretPromptDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPromptDialog)

public:
    //! @p reason: why Keyward asks; @p keychainWorks: offer to remember the secret.
    SecretPromptDialog(const Connection &connection, const QString &reason, bool keychainWorks,
                       QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    //! Offers to remember the secret, or stops offering it: what the keychain did may be
    //! learnt while the question is open.
    void setKeychainWorks(bool works);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    //! The user entered @p secret; @p remember: store it in the keychain.
    void secretEntered(const QString &secret, bool remember);
    void cancelled();

private:
    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
    Connection m_connection;
};
