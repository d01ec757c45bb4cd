#include "http/HttpKeyStore.h"

#include "http/HttpCalls.h"
#include "http/HttpRequester.h"

#include <QPromise>
#include <QSaveFile>
#include <memory>

HttpKeyStore::HttpKeyStore(HttpStoreOptions options, QObject *parent)
    : KeyStore(parent)
    , m_requester(new HttpRequester(std::move(options), this))
{
    m_poll.setInterval(m_requester->options().pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &HttpKeyStore::pollForChanges);
    connect(m_requester, &HttpRequester::reachabilityObserved, this,
            [this](bool reachable, const QString &reason) { setReachable(reachable, reason); });
}

HttpKeyStore::~HttpKeyStore()
{
    // Ends the calls in flight while this store is whole, so each future gets its answer.
    delete m_requester;
}

std::optional<ScopeSet> HttpKeyStore::keyScopes() const
{
    return m_keyScopes;
}

QSslCertificate HttpKeyStore::rejectedCertificate() const
{
    return m_requester->rejectedCertificate();
}

template <typename T, typename Convert>
QFuture<StoreResult<T>> HttpKeyStore::request(const Actor &actor, const HttpCall &call,
                                              Convert convert)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<T>(*refusal));
    countBackendCall();
    auto promise = std::make_shared<QPromise<StoreResult<T>>>();
    promise->start();
    QFuture<StoreResult<T>> future = promise->future();
    m_requester->send(call, [promise, convert](const StoreResult<QJsonDocument> &answer) {
        promise->addResult(answer.ok() ? StoreResult<T>(convert(answer.value()))
                                       : StoreResult<T>(answer.error()));
        promise->finish();
    });
    return future;
}

template <typename T, typename Convert>
QFuture<StoreResult<T>> HttpKeyStore::change(const Actor &actor, const HttpCall &call,
                                             Convert convert)
{
    return request<T>(actor, call, [this, convert](const QJsonDocument &answer) {
        T value = convert(answer);
        QTimer::singleShot(0, this, [this] { Q_EMIT changed(); });
        return value;
    });
}

std::optional<StoreError> HttpKeyStore::otherActor(const Actor &actor) const
{
    if (actor.memberId == 0 || actor.memberId == m_memberId)
        return std::nullopt;
    return StoreError::forbidden(
        tr("On keyward-server you act as the connection's key, not as another member."));
}

QFuture<StoreResult<StoreInfo>> HttpKeyStore::open()
{
    // Opening also learns where the change log stands, so that polling notices the
    // very next change made elsewhere.
    auto promise = std::make_shared<QPromise<StoreResult<StoreInfo>>>();
    promise->start();
    QFuture<StoreResult<StoreInfo>> future = promise->future();
    const QUrl server = m_requester->options().server;
    request<StoreInfo>({}, HttpCalls::workspace(), [this, server](const QJsonDocument &answer) {
        m_keyScopes = HttpCalls::keyScopes(answer);
        return HttpCalls::storeInfo(answer, server);
    }).then(this, [this, promise](const StoreResult<StoreInfo> &info) {
        if (!info.ok()) {
            promise->addResult(info);
            promise->finish();
            return;
        }
        m_memberId = info.value().defaultActor.id;
        lastChange({}).then(this, [this, promise, info](const StoreResult<qint64> &change) {
            if (change.ok())
                m_lastChange = change.value();
            if (!m_poll.isActive())
                m_poll.start();
            promise->addResult(info);
            promise->finish();
        });
    });
    return future;
}

QFuture<StoreResult<StoreInfo>> HttpKeyStore::actingAs(const Actor &actor)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<StoreInfo>(*refusal));
    return open();
}

QFuture<StoreResult<StoreInfo>> HttpKeyStore::switchActor(const Actor &actor, qint64 memberId)
{
    // The connection's key decides the member: staying is all there is.
    return actingAs(Actor{memberId, actor.cap, actor.keyId});
}

QFuture<StoreResult<qint64>> HttpKeyStore::lastChange(const Actor &actor)
{
    return request<qint64>(actor, HttpCalls::changes(), HttpCalls::lastChange);
}

void HttpKeyStore::pollForChanges()
{
    if (m_pollInFlight)
        return;
    m_pollInFlight = true;
    // While the server is unreachable the poll is its own retry: one attempt each time,
    // so the recovery shows within an interval.
    const bool wasReachable = isReachable();
    HttpCall call = HttpCalls::changes();
    call.repeatable = wasReachable;
    request<qint64>({}, call, HttpCalls::lastChange)
        .then(this, [this, wasReachable](const StoreResult<qint64> &result) {
            m_pollInFlight = false;
            if (!result.ok())
                return; // the requester has told whether the server was reached
            // A recovery has announced changed() already.
            if (wasReachable && m_lastChange >= 0 && result.value() != m_lastChange)
                Q_EMIT changed();
            m_lastChange = result.value();
        });
}

QFuture<StoreResult<KeyPage>> HttpKeyStore::queryKeys(const Actor &actor, const KeyQuery &query)
{
    return request<KeyPage>(actor, HttpCalls::keys(query), HttpCalls::page);
}

QFuture<StoreResult<KeyCounts>> HttpKeyStore::countKeys(const Actor &actor, const KeyFilter &filter)
{
    return request<KeyCounts>(actor, HttpCalls::countKeys(filter), HttpCalls::counts);
}

QFuture<StoreResult<ApiKey>> HttpKeyStore::key(const Actor &actor, const QString &id)
{
    return request<ApiKey>(actor, HttpCalls::key(id),
                           qOverload<const QJsonDocument &>(HttpCalls::key));
}

QFuture<StoreResult<IssuedKey>> HttpKeyStore::createKey(const Actor &actor, const KeyDraft &draft)
{
    return change<IssuedKey>(actor, HttpCalls::createKey(draft), HttpCalls::issued);
}

QFuture<StoreResult<ApiKey>> HttpKeyStore::editKey(const Actor &actor, const KeyChanges &changes)
{
    return change<ApiKey>(actor, HttpCalls::editKey(changes),
                          qOverload<const QJsonDocument &>(HttpCalls::key));
}

QFuture<StoreResult<IssuedKey>> HttpKeyStore::resetKey(const Actor &actor, const QString &id,
                                                       Grace grace, const QString &idempotencyKey)
{
    return change<IssuedKey>(actor, HttpCalls::resetKey(id, grace, idempotencyKey),
                             HttpCalls::issued);
}

QFuture<StoreResult<ApiKey>> HttpKeyStore::revokeKey(const Actor &actor, const QString &id)
{
    return change<ApiKey>(actor, HttpCalls::revokeKey(id),
                          qOverload<const QJsonDocument &>(HttpCalls::key));
}

QFuture<StoreResult<Done>> HttpKeyStore::deleteKey(const Actor &actor, const QString &id)
{
    return change<Done>(actor, HttpCalls::deleteKey(id),
                        [](const QJsonDocument &) { return Done{}; });
}

QFuture<StoreResult<QList<AuditEvent>>> HttpKeyStore::auditEvents(const Actor &actor,
                                                                  const AuditQuery &query)
{
    return request<QList<AuditEvent>>(actor, HttpCalls::audit(query), HttpCalls::events);
}

QFuture<StoreResult<ScopeCatalog>> HttpKeyStore::scopeCatalog(const Actor &actor)
{
    return request<ScopeCatalog>(actor, HttpCalls::scopes(), HttpCalls::catalog);
}

QFuture<StoreResult<QList<Role>>> HttpKeyStore::roles(const Actor &actor)
{
    return request<QList<Role>>(actor, HttpCalls::roles(),
                                qOverload<const QJsonDocument &>(HttpCalls::roles));
}

QFuture<StoreResult<QList<Member>>> HttpKeyStore::members(const Actor &actor)
{
    return request<QList<Member>>(actor, HttpCalls::members(),
                                  qOverload<const QJsonDocument &>(HttpCalls::members));
}

QFuture<StoreResult<Member>> HttpKeyStore::addMember(const Actor &actor, const Member &member)
{
    return change<Member>(actor, HttpCalls::addMember(member), HttpCalls::member);
}

QFuture<StoreResult<Member>> HttpKeyStore::changeMemberRole(const Actor &actor, qint64 memberId,
                                                            const QString &role)
{
    return change<Member>(actor, HttpCalls::changeMemberRole(memberId, role), HttpCalls::member);
}

QFuture<StoreResult<Role>> HttpKeyStore::saveRole(const Actor &actor, const Role &role)
{
    return change<Role>(actor, HttpCalls::saveRole(role), HttpCalls::role);
}

QFuture<StoreResult<Done>> HttpKeyStore::deleteRole(const Actor &actor, const QString &name)
{
    // The API deletes roles by id: find it first.
    auto promise = std::make_shared<QPromise<StoreResult<Done>>>();
    promise->start();
    QFuture<StoreResult<Done>> future = promise->future();
    roles(actor).then(this, [this, actor, promise, name](const StoreResult<QList<Role>> &found) {
        const auto finish = [promise](const StoreResult<Done> &result) {
            promise->addResult(result);
            promise->finish();
        };
        if (!found.ok())
            return finish(found.error());
        const auto role = std::find_if(found.value().cbegin(), found.value().cend(),
                                       [&name](const Role &r) { return r.name == name; });
        if (role == found.value().cend())
            return finish(StoreError::notFound(tr("There is no role “%1”.").arg(name)));
        change<Done>(actor, HttpCalls::deleteRole(role->id), [](const QJsonDocument &) {
            return Done{};
        }).then(this, finish);
    });
    return future;
}

QFuture<StoreResult<ExportSummary>> HttpKeyStore::exportInventory(const Actor &actor,
                                                                  const KeyFilter &filter,
                                                                  ExportFormat format,
                                                                  const QString &path)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<ExportSummary>(*refusal));
    countBackendCall();
    auto promise = std::make_shared<QPromise<StoreResult<ExportSummary>>>();
    promise->start();
    QFuture<StoreResult<ExportSummary>> future = promise->future();
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        promise->addResult(
            StoreError::unavailable(tr("Cannot write %1: %2").arg(path, file->errorString())));
        promise->finish();
        return future;
    }
    auto keys = std::make_shared<int>(0);
    auto lines = std::make_shared<qint64>(0);
    m_requester->fetch(
        HttpCalls::exportInventory(filter, format),
        [file, keys, lines, promise](const QByteArray &body,
                                     const HttpRequester::Headers &headers) {
            file->write(body);
            // The server streams the export without a length: progress is in keys (a line
            // each, after the CSV header or the JSON opening), of the number it counted when
            // the export began.
            *keys = HttpCalls::exportedKeys(headers);
            *lines += body.count('\n');
            promise->setProgressRange(0, *keys);
            promise->setProgressValue(int(qBound(qint64(0), *lines - 1, qint64(*keys))));
        },
        [promise](qint64, qint64) { return !promise->isCanceled(); },
        [promise, file, keys, path](const StoreResult<QJsonDocument> &answer) {
            if (promise->isCanceled()) { // perhaps after the whole answer arrived
                file->cancelWriting();
                promise->addResult(
                    StoreError::invalid(tr("The export was cancelled; no file was written.")));
            } else if (answer.ok() && file->commit()) {
                promise->addResult(ExportSummary{path, *keys});
            } else {
                file->cancelWriting();
                promise->addResult(
                    answer.ok() ? StoreError::unavailable(
                                      tr("Cannot write %1: %2").arg(path, file->errorString()))
                                : answer.error());
            }
            promise->finish();
        });
    return future;
}

QFuture<StoreResult<Verification>> HttpKeyStore::verifyParsed(const ParsedToken &token,
                                                              const QString &scope)
{
    return request<Verification>({}, HttpCalls::verify(KeyToken::compose(token), scope),
                                 HttpCalls::verification);
}
