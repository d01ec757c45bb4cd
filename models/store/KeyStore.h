#pragma once

#include "domain/AuditEvent.h"
#include "domain/Clock.h"
#include "domain/Directory.h"
#include "keys/KeyToken.h"
#include "store/KeyQuery.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <chrono>

//! What a store is and who acts in it by default.
struct StoreInfo {
    QString displayName; //!< for window titles and status bars, e.g. "keyward.db"
    QString location;    //!< file path or URL
    Workspace workspace;
    Member defaultActor; //!< the owner created with the store
};

//! The one asynchronous interface to every store: local SQLite, PostgreSQL, keyward-server.
//!
//! Every call returns at once; its result arrives through the QFuture. On the GUI
//! thread use QFuture::then with the *store* as the context object (it outlives its
//! requests; Qt 6.4 asserts on a context destroyed first) and a QPointer to the
//! receiving widget inside the continuation. The continuation may run synchronously,
//! inside then(), when the result is already there. Filtering, sorting and paging run
//! in the store. changed() is emitted after any change, including changes made by
//! another process or administrator.
class KeyStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    using Grace = std::chrono::seconds;

    explicit KeyStore(QObject *parent = nullptr);
    ~KeyStore() override;

    //! Opens the store, creating and migrating it when needed.
    virtual QFuture<StoreResult<StoreInfo>> open() = 0;

    //! Who @p actor is: their workspace, and themselves as StoreInfo::defaultActor.
    virtual QFuture<StoreResult<StoreInfo>> actingAs(const Actor &actor) = 0;
    //! The person at the keyboard goes on as member @p memberId instead of @p actor: on a
    //! local store, where nobody signs in, this is how someone acts as another member, so
    //! it is audited (act_as). Returns who they act as now. A store whose credentials
    //! decide the member (keyward-server) refuses another one.
    virtual QFuture<StoreResult<StoreInfo>> switchActor(const Actor &actor, qint64 memberId) = 0;
    //! Grows with every audited change in @p actor's workspace: cheap to poll.
    virtual QFuture<StoreResult<qint64>> lastChange(const Actor &actor) = 0;

    virtual QFuture<StoreResult<KeyPage>> queryKeys(const Actor &actor, const KeyQuery &query) = 0;
    virtual QFuture<StoreResult<KeyCounts>> countKeys(const Actor &actor,
                                                      const KeyFilter &filter) = 0;
    virtual QFuture<StoreResult<ApiKey>> key(const Actor &actor, const QString &id) = 0;

    virtual QFuture<StoreResult<IssuedKey>> createKey(const Actor &actor,
                                                      const KeyDraft &draft) = 0;
    virtual QFuture<StoreResult<ApiKey>> editKey(const Actor &actor, const KeyChanges &changes) = 0;
    virtual QFuture<StoreResult<IssuedKey>>
    resetKey(const Actor &actor, const QString &id, Grace grace, const QString &idempotencyKey) = 0;
    virtual QFuture<StoreResult<ApiKey>> revokeKey(const Actor &actor, const QString &id) = 0;
    virtual QFuture<StoreResult<Done>> deleteKey(const Actor &actor, const QString &id) = 0;

    //! Parses @p token first: a malformed token is answered without touching the store.
    QFuture<StoreResult<Verification>> verify(const QString &token, const QString &scope);

    virtual QFuture<StoreResult<QList<AuditEvent>>> auditEvents(const Actor &actor,
                                                                const AuditQuery &query) = 0;
    virtual QFuture<StoreResult<ScopeCatalog>> scopeCatalog(const Actor &actor) = 0;
    virtual QFuture<StoreResult<QList<Role>>> roles(const Actor &actor) = 0;
    virtual QFuture<StoreResult<QList<Member>>> members(const Actor &actor) = 0;
    //! Adds a member with a role (needs teammates:write); audited as member_add.
    virtual QFuture<StoreResult<Member>> addMember(const Actor &actor, const Member &member) = 0;
    //! Gives a member another role (needs teammates:write; never the last Owner away).
    virtual QFuture<StoreResult<Member>> changeMemberRole(const Actor &actor, qint64 memberId,
                                                          const QString &role) = 0;
    //! Creates (Role::id 0) or edits a custom role; audited as role_create / role_edit.
    virtual QFuture<StoreResult<Role>> saveRole(const Actor &actor, const Role &role) = 0;
    //! Deletes a custom role no key or member uses; otherwise a conflict naming them.
    virtual QFuture<StoreResult<Done>> deleteRole(const Actor &actor, const QString &name) = 0;

    //! Writes the inventory matching @p filter to @p path atomically. Reports progress
    //! through the future and stops, writing nothing, when the future is cancelled.
    virtual QFuture<StoreResult<ExportSummary>> exportInventory(const Actor &actor,
                                                                const KeyFilter &filter,
                                                                ExportFormat format,
                                                                const QString &path) = 0;

    //! The store's clock, in UTC: what decides statuses and expiry in the models and the
    //! window (injected by tests through the store's options).
    QDateTime now() const { return m_clock(); }

    //! How many requests reached the store's backend (not the malformed-token fast path).
    quint64 backendCalls() const { return m_backendCalls.load(); }

    //! False once a call failed because the store could not be reached (network or
    //! database down, server overloaded); true again after the next call that reached
    //! it. While unreachable the store keeps trying on its own, so it recovers without
    //! any further request. Read on the store's thread.
    bool isReachable() const { return m_reachable; }
    //! Why the store is unreachable, in words a person can act on; empty when reachable.
    QString unreachableReason() const { return m_unreachableReason; }

Q_SIGNALS:
    //! The store's content changed (here or elsewhere): models should refresh.
    void changed();
    //! isReachable() changed. After a recovery, changed() follows.
    void reachabilityChanged(bool reachable);
    //! The store brings its schema up to date before it opens (a new store, or one made
    //! by an older Keyward): @p done of @p total steps. Building the search index of a
    //! million keys takes seconds. Only stores that migrate send it.
    void upgrading(int done, int total);

protected:
    //! Records whether the last call reached the store; emits reachabilityChanged() (and
    //! changed() on recovery) when that differs from before. Call on the store's thread.
    void setReachable(bool reachable, const QString &reason = QString());

    virtual QFuture<StoreResult<Verification>> verifyParsed(const ParsedToken &token,
                                                            const QString &scope) = 0;
    void countBackendCall() { ++m_backendCalls; }
    //! Replaces the system clock; for stores whose options carry one.
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Clock m_clock = systemClock();
    std::atomic<quint64> m_backendCalls{0};
    bool m_reachable = true;
    QString m_unreachableReason;
};

Q_DECLARE_METATYPE(StoreError)
