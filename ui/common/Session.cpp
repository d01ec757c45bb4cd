#include "common/Session.h"

#include "http/HttpKeyStore.h"

#include <QPointer>

Session::Session(KeyStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_preferences(new Preferences(this))
{
    connect(m_store, &KeyStore::changed, this, [this] {
        if (m_open)
            reloadDirectory();
    });
    connect(m_store, &KeyStore::reachabilityChanged, this, &Session::reachabilityChanged);
}

Session::~Session() = default;

void Session::open()
{
    // The store is the continuation's context: it outlives its requests (see KeyStore).
    m_store->open().then(m_store,
                         [self = QPointer<Session>(this)](const StoreResult<StoreInfo> &result) {
                             if (self)
                                 self->openArrived(result);
                         });
}

bool Session::isReachable() const
{
    return m_store->isReachable();
}

bool Session::actorIsFixed() const
{
    return qobject_cast<const HttpKeyStore *>(m_store) != nullptr;
}

Actor Session::actor() const
{
    return Actor{m_actingMember.id, std::nullopt};
}

void Session::actAs(const Member &member)
{
    if (member.id == m_actingMember.id)
        return;
    m_store->switchActor(actor(), member.id)
        .then(m_store, [self = QPointer<Session>(this)](const StoreResult<StoreInfo> &result) {
            if (!self)
                return;
            if (result.ok())
                self->setActingMember(result.value().defaultActor);
            else
                Q_EMIT self->actingMemberRefused(result.error().message());
        });
}

void Session::setActingMember(const Member &member)
{
    if (member.id == m_actingMember.id && member.role == m_actingMember.role)
        return;
    m_actingMember = member;
    Q_EMIT actingMemberChanged();
}

ScopeSet Session::heldScopes() const
{
    ScopeSet held = roleScopes(m_actingMember.role);
    // On keyward-server the connection's key acts, never beyond its own scopes.
    if (const auto *http = qobject_cast<const HttpKeyStore *>(m_store)) {
        if (const std::optional<ScopeSet> cap = http->keyScopes())
            held.intersect(*cap);
    }
    return held;
}

ScopeSet Session::roleScopes(const QString &role) const
{
    for (const Role &candidate : m_roles) {
        if (candidate.name == role)
            return ScopeSet(candidate.scopes.cbegin(), candidate.scopes.cend());
    }
    return {};
}

void Session::reloadDirectory()
{
    const QPointer<Session> self(this);
    const quint64 generation = ++m_directoryGeneration;
    m_pendingDirectoryReads = 3;
    // Answers of an older reload are dropped, so directoryChanged() comes once, after the
    // newest catalog, roles and members have all arrived.
    const auto current = [self, generation] {
        return self && self->m_directoryGeneration == generation;
    };
    const auto arrived = [self] {
        if (--self->m_pendingDirectoryReads == 0)
            Q_EMIT self->directoryChanged();
    };
    m_store->scopeCatalog(actor()).then(
        m_store, [current, arrived, self](const StoreResult<ScopeCatalog> &result) {
            if (!current())
                return;
            if (result.ok())
                self->m_catalog = result.value();
            arrived();
        });
    m_store->roles(actor()).then(m_store,
                                 [current, arrived, self](const StoreResult<QList<Role>> &result) {
                                     if (!current())
                                         return;
                                     if (result.ok())
                                         self->m_roles = result.value();
                                     arrived();
                                 });
    m_store->members(actor()).then(
        m_store, [current, arrived, self](const StoreResult<QList<Member>> &result) {
            if (!current())
                return;
            self->membersArrived(result);
            arrived();
        });
}

void Session::openArrived(const StoreResult<StoreInfo> &result)
{
    if (!result.ok()) {
        Q_EMIT openFailed(result.error().message());
        return;
    }
    m_info = result.value();
    m_actingMember = m_info.defaultActor;
    m_open = true;
    Q_EMIT opened();
    reloadDirectory();
}

void Session::membersArrived(const StoreResult<QList<Member>> &result)
{
    if (!result.ok()) {
        // Refused for good (a key that may not read the team): nothing to show, and the
        // pages say why. Any other failure keeps what was read before.
        if (result.error().code() == StoreError::Code::Forbidden) {
            m_members.clear();
            m_membersHiddenReason = result.error().message();
        }
        return;
    }
    m_membersHiddenReason.clear();
    m_members = result.value();
    // Keep the acting member's role current: another admin may have changed it.
    for (const Member &member : std::as_const(m_members)) {
        if (member.id == m_actingMember.id)
            setActingMember(member);
    }
}
