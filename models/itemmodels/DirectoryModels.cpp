#include "itemmodels/DirectoryModels.h"

QString shownRoleText(const QString &stored)
{
    // The built-in texts are in the SqlSchema context (the schema writes them).
    return QCoreApplication::translate("SqlSchema", stored.toUtf8().constData());
}

MemberTableModel::MemberTableModel(QObject *parent)
    : RecordTableModel({tr("Name"), tr("Email"), tr("Role")}, parent)
{
}

int MemberTableModel::rowOfId(qint64 id) const
{
    return rowWhere([id](const Member &member) { return member.id == id; });
}

int MemberTableModel::rowOfName(const QString &name) const
{
    return rowWhere([&name](const Member &member) { return member.name == name; });
}

QVariant MemberTableModel::cell(const Member &member, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return member.name;
    case Email:
        //: Members table: the member has no email address
        return member.email.isEmpty() ? tr("—") : member.email;
    case RoleColumn:
        return shownRoleText(member.role);
    default:
        return {};
    }
}

RoleTableModel::RoleTableModel(QObject *parent)
    : RecordTableModel({tr("Name"), tr("Description"),
                        //: Roles table column: built-in or custom
                        tr("Kind"), tr("Scopes")},
                       parent)
{
}

int RoleTableModel::rowOfName(const QString &name) const
{
    return rowWhere([&name](const Role &role) { return role.name == name; });
}

QVariant RoleTableModel::cell(const Role &role, int column, int itemRole) const
{
    const auto shown = [&role](const QString &text) {
        return role.builtIn ? shownRoleText(text) : text;
    };
    if (itemRole == Qt::ToolTipRole) {
        if (column == Description)
            return shown(role.description);
        if (column == Scopes)
            return role.scopes.join(QLatin1Char('\n'));
        return {};
    }
    if (itemRole != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return shown(role.name);
    case Description:
        return shown(role.description);
    case Kind:
        return role.builtIn ? tr("Built-in") : tr("Custom");
    case Scopes:
        return QString::number(role.scopes.size());
    default:
        return {};
    }
}
