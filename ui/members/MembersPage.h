#pragma once

#include "domain/Directory.h"

#include <QWidget>
#include <memory>
#include <optional>

class MemberTableModel;
class Session;

namespace Ui {
class MembersPage;
}

//! Settings > Members: who is in the workspace and with which role; add a member,
//! change a member's role, and choose the member you act as (a local store has no
//! sign-in, so every change is made as the member chosen here).
class MembersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPage)

public:
    explicit MembersPage(Session *session, QWidget *parent = nullptr);
    ~MembersPage() override;

    std::optional<Member> selectedMember() const;
    bool selectMember(const QString &name);

    void addMember();
    void changeSelectedRole();

private:
    void reload();
    void fillActingAs();
    void actingAsChosen(int index);
    void updateActions();

    std::unique_ptr<Ui::MembersPage> m_ui;
    Session *m_session;
    MemberTableModel *m_members;
    QString m_pendingSelection; //!< select this one when it appears
};
