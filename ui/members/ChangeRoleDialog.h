#pragma once

#include "domain/Directory.h"

#include <QDialog>
#include <memory>

class Session;

namespace Ui {
class ChangeRoleDialog;
}

//! Gives a member another role. The store refuses to demote the last Owner or to
//! hand out a role beyond the acting member's own; the dialog shows why and stays open.
class ChangeRoleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeRoleDialog)

public:
    ChangeRoleDialog(Session *session, const Member &member, QWidget *parent = nullptr);
    ~ChangeRoleDialog() override;

    void accept() override;

Q_SIGNALS:
    void roleChanged(const Member &member);

private:
    void updateButton();
    void changeArrived(bool ok, const Member &member, const QString &message);

    std::unique_ptr<Ui::ChangeRoleDialog> m_ui;
    Session *m_session;
    Member m_member;
    bool m_saving = false;
};
