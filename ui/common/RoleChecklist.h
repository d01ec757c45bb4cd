#pragma once

#include "domain/Directory.h"

#include <QListWidget>

//! The roles of a key, ticked in a list: the create and edit dialogs' "Roles" field.
//!
//! It lists the workspace's roles, and any role the key has that the directory does not
//! know (yet), so that nothing disappears. A role granting a scope the acting member
//! lacks cannot be ticked (its tooltip names the scope), but one the key already has can
//! still be unticked. Each item keeps the role's name in Qt::UserRole.
class RoleChecklist final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleChecklist)

public:
    explicit RoleChecklist(QWidget *parent = nullptr);

    //! Lists @p roles with @p checked ticked, for a member who holds @p held.
    void setRoles(const QList<Role> &roles, const QStringList &checked, const ScopeSet &held);
    //! The ticked roles' names, in the list's order.
    QStringList checkedRoles() const;

Q_SIGNALS:
    //! A role was ticked or unticked.
    void checkedRolesChanged();
};
