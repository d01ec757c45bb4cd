#include "sql/SqlKeyStore.h"

#include "sql/SqlWorker.h"

#include <QPromise>
#include <memory>

SqlKeyStore::SqlKeyStore(SqlStoreOptions options, QObject *parent)
    : KeyStore(parent)
    , m_options(options)
    , m_worker(new SqlWorker(std::move(options), &m_noticedChanges))
{
    if (m_options.clock)
        setClock(m_options.clock);
    m_thread.setObjectName(QStringLiteral("keyward-sql"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SqlWorker::changed, this, &KeyStore::changed);
    connect(m_worker, &SqlWorker::upgradeProgressed, this, &KeyStore::upgrading);
    // Queued: the worker tells from its thread, setReachable() runs on the store's.
    connect(m_worker, &SqlWorker::reachabilityObserved, this,
            [this](bool reachable, const QString &reason) { setReachable(reachable, reason); });
    m_thread.start();
}

SqlKeyStore::~SqlKeyStore()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename T, typename Job> QFuture<StoreResult<T>> SqlKeyStore::dispatch(Job job)
{
    countBackendCall();
    auto promise = std::make_shared<QPromise<StoreResult<T>>>();
    QFuture<StoreResult<T>> future = promise->future();
    promise->start();
    SqlWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, promise, job = std::move(job)]() mutable {
            if (promise->isCanceled()) {
                promise->finish();
                return;
            }
            auto bound = [&job, &promise](SqlBackend &backend) { return job(backend, *promise); };
            promise->addResult(worker->run<T>(bound));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

template <typename T, typename Job> QFuture<StoreResult<T>> SqlKeyStore::dispatchChange(Job job)
{
    SqlWorker *worker = m_worker;
    std::atomic<quint64> *changes = &m_localChanges;
    return dispatch<T>([worker, changes, job = std::move(job)](SqlBackend &backend, auto &promise) {
        auto result = job(backend, promise);
        backend.forgetVerifiedKeys();
        ++*changes;
        Q_EMIT worker->changed();
        return result;
    });
}

QFuture<StoreResult<StoreInfo>> SqlKeyStore::open()
{
    return dispatch<StoreInfo>([](SqlBackend &backend, auto &) { return backend.info(); });
}

QFuture<StoreResult<StoreInfo>> SqlKeyStore::actingAs(const Actor &actor)
{
    return dispatch<StoreInfo>(
        [=](SqlBackend &backend, auto &) { return backend.actingAs(actor); });
}

QFuture<StoreResult<StoreInfo>> SqlKeyStore::switchActor(const Actor &actor, qint64 memberId)
{
    return dispatchChange<StoreInfo>(
        [=](SqlBackend &backend, auto &) { return backend.switchActor(actor, memberId); });
}

QFuture<StoreResult<qint64>> SqlKeyStore::lastChange(const Actor &actor)
{
    return dispatch<qint64>([=](SqlBackend &backend, auto &) { return backend.lastChange(actor); });
}

QFuture<StoreResult<KeyPage>> SqlKeyStore::queryKeys(const Actor &actor, const KeyQuery &query)
{
    return dispatch<KeyPage>(
        [=](SqlBackend &backend, auto &) { return backend.queryKeys(actor, query); });
}

QFuture<StoreResult<KeyCounts>> SqlKeyStore::countKeys(const Actor &actor, const KeyFilter &filter)
{
    return dispatch<KeyCounts>(
        [=](SqlBackend &backend, auto &) { return backend.countKeys(actor, filter); });
}

QFuture<StoreResult<ApiKey>> SqlKeyStore::key(const Actor &actor, const QString &id)
{
    return dispatch<ApiKey>([=](SqlBackend &backend, auto &) { return backend.key(actor, id); });
}

QFuture<StoreResult<IssuedKey>> SqlKeyStore::createKey(const Actor &actor, const KeyDraft &draft)
{
    return dispatchChange<IssuedKey>(
        [=](SqlBackend &backend, auto &) { return backend.createKey(actor, draft); });
}

QFuture<StoreResult<ApiKey>> SqlKeyStore::editKey(const Actor &actor, const KeyChanges &changes)
{
    return dispatchChange<ApiKey>(
        [=](SqlBackend &backend, auto &) { return backend.editKey(actor, changes); });
}

QFuture<StoreResult<IssuedKey>> SqlKeyStore::resetKey(const Actor &actor, const QString &id,
                                                      Grace grace, const QString &idempotencyKey)
{
    return dispatchChange<IssuedKey>([=](SqlBackend &backend, auto &) {
        return backend.resetKey(actor, id, grace, idempotencyKey);
    });
}

QFuture<StoreResult<ApiKey>> SqlKeyStore::revokeKey(const Actor &actor, const QString &id)
{
    return dispatchChange<ApiKey>(
        [=](SqlBackend &backend, auto &) { return backend.revokeKey(actor, id); });
}

QFuture<StoreResult<Done>> SqlKeyStore::deleteKey(const Actor &actor, const QString &id)
{
    return dispatchChange<Done>([=](SqlBackend &backend, auto &) {
        backend.deleteKey(actor, id);
        return Done{};
    });
}

QFuture<StoreResult<QList<AuditEvent>>> SqlKeyStore::auditEvents(const Actor &actor,
                                                                 const AuditQuery &query)
{
    return dispatch<QList<AuditEvent>>(
        [=](SqlBackend &backend, auto &) { return backend.auditEvents(actor, query); });
}

QFuture<StoreResult<ScopeCatalog>> SqlKeyStore::scopeCatalog(const Actor &actor)
{
    return dispatch<ScopeCatalog>(
        [=](SqlBackend &backend, auto &) { return backend.scopeCatalog(actor); });
}

QFuture<StoreResult<QList<Role>>> SqlKeyStore::roles(const Actor &actor)
{
    return dispatch<QList<Role>>([=](SqlBackend &backend, auto &) { return backend.roles(actor); });
}

QFuture<StoreResult<QList<Member>>> SqlKeyStore::members(const Actor &actor)
{
    return dispatch<QList<Member>>(
        [=](SqlBackend &backend, auto &) { return backend.members(actor); });
}

QFuture<StoreResult<Member>> SqlKeyStore::addMember(const Actor &actor, const Member &member)
{
    return dispatchChange<Member>(
        [=](SqlBackend &backend, auto &) { return backend.addMember(actor, member); });
}

QFuture<StoreResult<Member>> SqlKeyStore::changeMemberRole(const Actor &actor, qint64 memberId,
                                                           const QString &role)
{
    return dispatchChange<Member>([=](SqlBackend &backend, auto &) {
        return backend.changeMemberRole(actor, memberId, role);
    });
}

QFuture<StoreResult<Role>> SqlKeyStore::saveRole(const Actor &actor, const Role &role)
{
    return dispatchChange<Role>(
        [=](SqlBackend &backend, auto &) { return backend.saveRole(actor, role); });
}

QFuture<StoreResult<Done>> SqlKeyStore::deleteRole(const Actor &actor, const QString &name)
{
    return dispatchChange<Done>([=](SqlBackend &backend, auto &) {
        backend.deleteRole(actor, name);
        return Done{};
    });
}

QFuture<StoreResult<ExportSummary>> SqlKeyStore::exportInventory(const Actor &actor,
                                                                 const KeyFilter &filter,
                                                                 ExportFormat format,
                                                                 const QString &path)
{
    // An export is audited, so the audit log changes too.
    return dispatchChange<ExportSummary>([=](SqlBackend &backend, auto &promise) {
        JobControl control;
        control.isCanceled = [&promise] { return promise.isCanceled(); };
        control.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        return backend.exportInventory(actor, filter, format, path, control);
    });
}

QFuture<StoreResult<ExportStart>>
SqlKeyStore::startExport(const Actor &actor, const KeyFilter &filter, ExportFormat format)
{
    return dispatchChange<ExportStart>(
        [=](SqlBackend &backend, auto &) { return backend.startExport(actor, filter, format); });
}

QFuture<StoreResult<KeyPage>> SqlKeyStore::exportPage(const Actor &actor, const KeyFilter &filter,
                                                      const ExportStart &start,
                                                      const QString &after)
{
    return dispatch<KeyPage>([=](SqlBackend &backend, auto &) {
        return backend.exportPage(actor, filter, start, after);
    });
}

QFuture<StoreResult<StoreInfo>>
SqlKeyStore::addWorkspace(const QString &name, const QString &prefix, const QString &ownerName)
{
    return dispatchChange<StoreInfo>(
        [=](SqlBackend &backend, auto &) { return backend.addWorkspace(name, prefix, ownerName); });
}

void SqlKeyStore::addUsage(const QHash<QString, QDateTime> &usage)
{
    SqlWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, usage] { worker->addUsage(usage); }, Qt::QueuedConnection);
}

void SqlKeyStore::flushUsage()
{
    SqlWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->flushUsage(); }, Qt::BlockingQueuedConnection);
}

QFuture<StoreResult<Verification>> SqlKeyStore::verifyParsed(const ParsedToken &token,
                                                             const QString &scope)
{
    return dispatch<Verification>(
        [=](SqlBackend &backend, auto &) { return backend.verify(token, scope); });
}
