#pragma once

#include "common/Preferences.h"
#include "store/KeyStore.h"

#include <QObject>

//! The open store and who acts in it: what every page and dialog of the window needs.
//!
//! It opens the store, keeps a snapshot of the directory (scope catalog, roles,
//! members) that it refreshes when the store changes, and holds the acting member —
//! the owner by default; on a local store the Members page can act as someone else.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    //! @p store must outlive the session.
    explicit Session(KeyStore *store, QObject *parent = nullptr);
    ~Session() override;

    KeyStore *store() const { return m_store; }
    //! The user's preferences (clipboard timeout, create defaults, language).
    Preferences *preferences() const { return m_preferences; }
    //! Opens the store; emits opened() or openFailed().
    void open();
    bool isOpen() const { return m_open; }
    //! Whether the store answered its last call (see KeyStore::isReachable()).
    bool isReachable() const;
    //! Whether changes can be made now: the store is open and reachable. While it is
    //! not, the pages keep showing what they loaded, read-only.
    bool canChange() const { return m_open && isReachable(); }
    //! Whether the store decides who acts (a keyward-server connection acts as its key's
    //! member), so the acting member cannot be chosen.
    bool actorIsFixed() const;
    //! Valid once opened() was emitted.
    const StoreInfo &info() const { return m_info; }

    const Member &actingMember() const { return m_actingMember; }
    //! The actor for store calls: the acting member.
    Actor actor() const;
    //! Acts as @p member from now on, once the store has recorded the switch in the audit
    //! log (a local store has no sign-in); then emits actingMemberChanged(), or
    //! actingMemberRefused() with the store's reason and nothing changes.
    void actAs(const Member &member);
    //! Takes @p member as the acting member without recording a switch: for keeping the
    //! acting member's role current, and for tests that set a scene. The window switches
    //! with actAs().
    void setActingMember(const Member &member);

    const ScopeCatalog &catalog() const { return m_catalog; }
    const QList<Role> &roles() const { return m_roles; }
    const QList<Member> &members() const { return m_members; }
    //! Why members() is empty although the store has members: the store refused to list
    //! them (on keyward-server, a key without teammates:read). Empty when it listed them.
    QString membersHiddenReason() const { return m_membersHiddenReason; }
    //! The scopes the acting member's role grants (what they can hand out), on a
    //! keyward-server connection no more than its key's.
    ScopeSet heldScopes() const;
    bool holds(const QString &scope) const { return heldScopes().contains(scope); }
    //! The scopes of @p role, or none for an unknown role.
    ScopeSet roleScopes(const QString &role) const;

    //! Reads catalog, roles and members again; emits directoryChanged() when done.
    void reloadDirectory();

Q_SIGNALS:
    void opened();
    void openFailed(const QString &message);
    void actingMemberChanged();
    void actingMemberRefused(const QString &message);
    void directoryChanged();
    //! The store became unreachable, or reachable again (then the data is read again).
    void reachabilityChanged(bool reachable);

private:
    void openArrived(const StoreResult<StoreInfo> &result);
    void membersArrived(const StoreResult<QList<Member>> &result);

    KeyStore *m_store;
    Preferences *m_preferences;
    bool m_open = false;
    StoreInfo m_info;
    Member m_actingMember;
    ScopeCatalog m_catalog;
    QList<Role> m_roles;
    QList<Member> m_members;
    QString m_membersHiddenReason;
    quint64 m_directoryGeneration = 0; //!< a newer reload makes older answers stale
    int m_pendingDirectoryReads = 0;
};
