#pragma once

#include "domain/Directory.h"

#include <QDialog>
#include <memory>

class Session;

namespace Ui {
class AddMemberDialog;
}

//! Adds a member to the workspace: name, email and role. "Add member" is enabled
//! once the input is valid; the store's refusal (a duplicate name, a role out of
//! reach) is shown in the dialog, which then stays open.
class AddMemberDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddMemberDialog)

public:
    explicit AddMemberDialog(Session *session, QWidget *parent = nullptr);
    ~AddMemberDialog() override;

    //! Whether @p email is empty or looks like an address (the store checks it again).
    static bool isPlausibleEmail(const QString &email);

    void accept() override;

Q_SIGNALS:
    void memberAdded(const Member &member);

private:
    void validate();
    void addArrived(bool ok, const Member &member, const QString &message);

    std::unique_ptr<Ui::AddMemberDialog> m_ui;
    Session *m_session;
    bool m_saving = false;
};
