#pragma once

#include "domain/Directory.h"

#include <QDialog>
#include <memory>

class Session;

namespace Ui {
class RoleDialog;
}

//! Creates, edits or shows a role: name, description and its scopes. Built-in roles
//! (and every role, for a member without teammates:write) open read-only. Save runs
//! in the store; the dialog closes when the store agrees and shows its error if not.
class RoleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDialog)

public:
    //! A Role with id 0 creates a new one.
    RoleDialog(Session *session, const Role &role, QWidget *parent = nullptr);
    ~RoleDialog() override;

    bool isReadOnly() const { return m_readOnly; }

    void accept() override;

Q_SIGNALS:
    //! The store saved the role (created or edited).
    void roleSaved(const Role &role);

private:
    void setupReadOnly(const QString &why);
    void updateSaveButton();
    void saveArrived(bool ok, const Role &saved, const QString &message);

    std::unique_ptr<Ui::RoleDialog> m_ui;
    Session *m_session;
    Role m_role;
    bool m_readOnly = false;
    bool m_saving = false;
};
