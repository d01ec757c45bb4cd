#include "members/RoleChoices.h"

#include "common/Session.h"
#include "itemmodels/DirectoryModels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>

namespace RoleChoices {

void fill(QComboBox *combo, const Session *session, const QString &current)
{
    combo->clear();
    const ScopeSet held = session->heldScopes();
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    int chosen = -1;
    for (const Role &role : session->roles()) {
        const QString shown = role.builtIn ? shownRoleText(role.name) : role.name;
        combo->addItem(shown, role.name);
        const ScopeSet scopes(role.scopes.cbegin(), role.scopes.cend());
        const bool reachable = held.contains(scopes);
        if (model && !reachable) {
            QStandardItem *item = model->item(combo->count() - 1);
            item->setEnabled(false);
            item->setToolTip(QCoreApplication::translate(
                "RoleChoices",
                "Your role lacks some of this role's scopes, so you cannot give it."));
        }
        if (reachable && (chosen < 0 || role.name == current))
            chosen = combo->count() - 1;
    }
    combo->setCurrentIndex(chosen);
}

QString current(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace RoleChoices
