#pragma once

#include <QString>

class QComboBox;
class Session;

//! Fills a role combo box for the member dialogs: every role of the session, with the
//! ones the acting member cannot hand out (they lack one of its scopes) disabled.
namespace RoleChoices {

void fill(QComboBox *combo, const Session *session, const QString &current);
//! The role name of the combo's current item.
QString current(const QComboBox *combo);

} // namespace RoleChoices
