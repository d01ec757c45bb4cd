#pragma once

#include "http/HttpStoreOptions.h"
#include "store/KeyStore.h"

#include <QSslCertificate>
#include <QTimer>

struct HttpCall;
class HttpRequester;
class QJsonDocument;

//! keyward-server as a store, through its management API (Qt Network): paging,
//! filtering and sorting run on the server; every call is asynchronous; create and
//! reset carry an Idempotency-Key (the draft's, or a new one), so the requester may
//! send them again after a dropped reply without making a second key; edits carry
//! If-Match, and a stale version comes back as a conflict, as in the SQL store.
//! Reads are retried with backoff. Other administrators' changes are noticed by
//! polling GET /v1/changes; the poll goes on while the server cannot be reached, so
//! the store notices by itself when it can be again.
//!
//! It acts as the connection's key, which acts for its member: open() names that
//! member, and a call for any other member is refused. Use it on one thread (the GUI
//! thread): answers arrive through that thread's event loop.
class HttpKeyStore final : public KeyStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpKeyStore)

public:
    explicit HttpKeyStore(HttpStoreOptions options, QObject *parent = nullptr);
    ~HttpKeyStore() override;

    QFuture<StoreResult<StoreInfo>> open() override;
    QFuture<StoreResult<StoreInfo>> actingAs(const Actor &actor) override;
    QFuture<StoreResult<StoreInfo>> switchActor(const Actor &actor, qint64 memberId) override;
    QFuture<StoreResult<qint64>> lastChange(const Actor &actor) override;
    QFuture<StoreResult<KeyPage>> queryKeys(const Actor &actor, const KeyQuery &query) override;
    QFuture<StoreResult<KeyCounts>> countKeys(const Actor &actor, const KeyFilter &filter) override;
    QFuture<StoreResult<ApiKey>> key(const Actor &actor, const QString &id) override;
    QFuture<StoreResult<IssuedKey>> createKey(const Actor &actor, const KeyDraft &draft) override;
    QFuture<StoreResult<ApiKey>> editKey(const Actor &actor, const KeyChanges &changes) override;
    QFuture<StoreResult<IssuedKey>> resetKey(const Actor &actor, const QString &id, Grace grace,
                                             const QString &idempotencyKey) override;
    QFuture<StoreResult<ApiKey>> revokeKey(const Actor &actor, const QString &id) override;
    QFuture<StoreResult<Done>> deleteKey(const Actor &actor, const QString &id) override;
    QFuture<StoreResult<QList<AuditEvent>>> auditEvents(const Actor &actor,
                                                        const AuditQuery &query) override;
    QFuture<StoreResult<ScopeCatalog>> scopeCatalog(const Actor &actor) override;
    QFuture<StoreResult<QList<Role>>> roles(const Actor &actor) override;
    QFuture<StoreResult<QList<Member>>> members(const Actor &actor) override;
    QFuture<StoreResult<Member>> addMember(const Actor &actor, const Member &member) override;
    QFuture<StoreResult<Member>> changeMemberRole(const Actor &actor, qint64 memberId,
                                                  const QString &role) override;
    QFuture<StoreResult<Role>> saveRole(const Actor &actor, const Role &role) override;
    QFuture<StoreResult<Done>> deleteRole(const Actor &actor, const QString &name) override;
    QFuture<StoreResult<ExportSummary>> exportInventory(const Actor &actor, const KeyFilter &filter,
                                                        ExportFormat format,
                                                        const QString &path) override;

    //! The server's certificate when the last answer was a TLS handshake it failed (no
    //! authority vouches for it, or it is not the pinned one); null otherwise. Trusting
    //! it means a new store with HttpStoreOptions::pinnedCertificateSha256 set to its
    //! SHA-256 digest.
    QSslCertificate rejectedCertificate() const;
    //! The scopes of the connection's key, once open(): the connection can do no more,
    //! whatever its member's role grants.
    std::optional<ScopeSet> keyScopes() const;

protected:
    QFuture<StoreResult<Verification>> verifyParsed(const ParsedToken &token,
                                                    const QString &scope) override;

private:
    //! Sends @p call for @p actor (refused for another member) and converts the answer.
    template <typename T, typename Convert>
    QFuture<StoreResult<T>> request(const Actor &actor, const HttpCall &call, Convert convert);
    //! As request(), and announces the change.
    template <typename T, typename Convert>
    QFuture<StoreResult<T>> change(const Actor &actor, const HttpCall &call, Convert convert);
    //! A refusal when @p actor is someone other than the connection's member.
    std::optional<StoreError> otherActor(const Actor &actor) const;
    void pollForChanges();

    HttpRequester *m_requester = nullptr;
    std::optional<ScopeSet> m_keyScopes;
    qint64 m_memberId = 0; //!< the member the connection's key acts for, once open
    qint64 m_lastChange = -1;
    bool m_pollInFlight = false; //!< one poll at a time, however slow the server
    QTimer m_poll;
};
