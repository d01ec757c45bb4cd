#include "common/RoleChecklist.h"

#include "domain/KeyRules.h"

RoleChecklist::RoleChecklist(QWidget *parent)
    : QListWidget(parent)
{
    connect(this, &QListWidget::itemChanged, this, &RoleChecklist::checkedRolesChanged);
}

void RoleChecklist::setRoles(const QList<Role> &roles, const QStringList &checked,
                             const ScopeSet &held)
{
    const QSignalBlocker blocker(this);
    clear();
    QList<Role> listed = roles;
    for (const QString &name : checked) {
        const bool known = std::any_of(listed.cbegin(), listed.cend(),
                                       [&name](const Role &role) { return role.name == name; });
        if (!known)
            listed.append(Role{0, name, QString(), false, QStringList()});
    }
    for (const Role &role : std::as_const(listed)) {
        auto *item = new QListWidgetItem(role.name, this);
        item->setData(Qt::UserRole, role.name);
        item->setData(Qt::AccessibleTextRole, role.name);
        const bool isChecked = checked.contains(role.name);
        const ScopeSet scopes(role.scopes.cbegin(), role.scopes.cend());
        const std::optional<QString> missing = KeyRules::firstMissing(scopes, held);
        if (missing && !isChecked) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setToolTip(
                tr("Your role does not include %1, which this role grants.").arg(*missing));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setToolTip(role.description);
        }
        item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList RoleChecklist::checkedRoles() const
{
    QStringList names;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *entry = item(row);
        if (entry->checkState() == Qt::Checked)
            names << entry->data(Qt::UserRole).toString();
    }
    return names;
}
