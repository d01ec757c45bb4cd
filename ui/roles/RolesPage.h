#pragma once

#include "domain/Directory.h"

#include <QWidget>
#include <memory>
#include <optional>

class QMessageBox;
class RoleTableModel;
class Session;

namespace Ui {
class RolesPage;
}

//! Settings > Roles: the workspace's roles (built-in and custom) with their scopes.
//! New role and Edit open RoleDialog; Delete asks first and shows the store's answer
//! when keys or members still use the role. Changing roles needs teammates:write.
class RolesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesPage)

public:
    explicit RolesPage(Session *session, QWidget *parent = nullptr);
    ~RolesPage() override;

    //! The role in the selected row, if any.
    std::optional<Role> selectedRole() const;
    //! Selects the row of the role named @p name; false when there is none.
    bool selectRole(const QString &name);

    void newRole();
    void editSelectedRole();
    void deleteSelectedRole();

Q_SIGNALS:
    //! The store deleted a role (after the user confirmed).
    void roleDeleted(const QString &name);

private:
    void reload();
    void updateActions();
    void openDialog(const Role &role);
    void confirmed(const Role &role);
    void showError(const QString &message);

    std::unique_ptr<Ui::RolesPage> m_ui;
    Session *m_session;
    RoleTableModel *m_roles;
    QString m_pendingSelection; //!< select this one when it appears
    bool m_deleting = false;
};
