#pragma once

#include "domain/ApiKey.h"
#include "domain/Scope.h"
#include "store/StoreError.h"

#include <QDialog>
#include <memory>

class QPushButton;

class Session;
struct KeyDraft;

namespace Ui {
class CreateKeyDialog;
}

//! Settings > API Keys > Create: name, description, test/live type, expiry, roles and
//! scopes, checked as you type. Creating runs in the store; on success keyCreated()
//! is emitted and the dialog closes — the caller then reveals the key (RevealKeyDialog).
//! On failure the form stays as it was and the store's message is shown inside.
//!
//! Ticking a role ticks its scopes in the grid; they stay ticked while the role is.
//! The key is then sent the role and only the scopes ticked directly, so it follows
//! later changes to the role.
class CreateKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyDialog)

public:
    explicit CreateKeyDialog(Session *session, QWidget *parent = nullptr);
    ~CreateKeyDialog() override;

    //! Validates, then asks the store to create the key; closes once it did.
    void accept() override;
    //! Ignored while the store is creating the key, so its one reveal is not lost.
    void reject() override;

Q_SIGNALS:
    //! The store created the key; @p issued holds its token, to be shown exactly once.
    void keyCreated(const IssuedKey &issued);

private:
    void setupExpiry();
    void setupTabOrder();
    void loadDirectory();
    void gridChanged();
    void syncGrid();
    void togglePermissions();
    void updatePermissions();
    void validate();
    bool isInputValid() const;
    KeyDraft draft() const;
    void setBusy(bool busy);
    void createFinished(const StoreResult<IssuedKey> &result);

    ScopeSet tickedRoleScopes() const;

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    Session *m_session;
    ScopeSet m_directScopes; //!< ticked in the grid by the user, not through a role
    QString m_idempotencyKey;
    QDateTime m_openedAt; //!< expiry days count from here, the same on every retry
    bool m_nameTouched = false;
    bool m_submitTried = false;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_busy = false;
    bool m_syncing = false;
};
