#pragma once

#include "domain/Directory.h"
#include "itemmodels/RecordTableModel.h"

#include <QCoreApplication>

//! A built-in role's name or description in the user's language. Built-in roles are
//! stored in English; custom ones are shown as they were written.
QString shownRoleText(const QString &stored);

//! Settings > Members' table: name, email and role of each member.
class MemberTableModel final : public RecordTableModel<Member> {
    Q_DECLARE_TR_FUNCTIONS(MemberTableModel)

public:
    enum Column { Name, Email, RoleColumn, ColumnCount };

    explicit MemberTableModel(QObject *parent = nullptr);

    //! The row of the member with @p id; -1 when none.
    int rowOfId(qint64 id) const;
    //! The row of the member named @p name; -1 when none.
    int rowOfName(const QString &name) const;

protected:
    QVariant cell(const Member &member, int column, int role) const override;
};

//! Settings > Roles' table: name, description, kind and number of scopes of each role.
class RoleTableModel final : public RecordTableModel<Role> {
    Q_DECLARE_TR_FUNCTIONS(RoleTableModel)

public:
    enum Column { Name, Description, Kind, Scopes, ColumnCount };

    explicit RoleTableModel(QObject *parent = nullptr);

    //! The row of the role named @p name; -1 when none.
    int rowOfName(const QString &name) const;

protected:
    QVariant cell(const Role &role, int column, int itemRole) const override;
};
