#include "connection/ConnectionSecrets.h"

#include <QPromise>
#include <QTimer>
#include <functional>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

QString serviceName()
{
    return QCoreApplication::applicationName().isEmpty() ? QStringLiteral("keyward")
                                                         : QCoreApplication::applicationName();
}

//! Runs @p job and answers once: with what @p finish makes of the finished job, or with
//! a timeout, after which @p timedOut runs (the job itself goes on: QtKeychain cannot
//! stop it). The job deletes itself whenever it ends.
template <typename T, typename Finish>
QFuture<StoreResult<T>> run(QKeychain::Job *job, int timeoutMs, Finish finish,
                            const std::function<void()> &timedOut = {})
{
    auto promise = std::make_shared<QPromise<StoreResult<T>>>();
    promise->start();
    QFuture<StoreResult<T>> future = promise->future();
    auto answered = std::make_shared<bool>(false);
    const auto answer = [promise, answered](const StoreResult<T> &result) {
        if (std::exchange(*answered, true))
            return;
        promise->addResult(result);
        promise->finish();
    };
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file instead of the keychain
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [answer, finish](QKeychain::Job *done) { answer(finish(done)); });
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [answer, timedOut] {
        // First, so that what it starts comes before anything started on the answer.
        if (timedOut)
            timedOut();
        answer(StoreError::unavailable(ConnectionSecrets::tr(
            "The system keychain did not answer. Unlock it, or enter the secret for this "
            "session only.")));
    });
    timer->start(timeoutMs);
    job->start();
    return future;
}

StoreError keychainError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return StoreError::notFound(
            ConnectionSecrets::tr("No secret is stored for this connection."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return StoreError::forbidden(ConnectionSecrets::tr("The system keychain refused access: %1")
                                         .arg(job->errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return StoreError::unavailable(
            ConnectionSecrets::tr(
                "There is no working system keychain (%1). Keyward will ask for the secret each "
                "session and store it nowhere.")
                .arg(job->errorString()));
    default:
        break;
    }
    return StoreError::unavailable(
        ConnectionSecrets::tr("The system keychain failed: %1").arg(job->errorString()));
}

} // namespace

ConnectionSecrets::ConnectionSecrets(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QFuture<StoreResult<QString>> ConnectionSecrets::read(const QString &connectionId) const
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(connectionId);
    return run<QString>(job, m_timeoutMs, [](QKeychain::Job *done) -> StoreResult<QString> {
        if (done->error() != QKeychain::NoError)
            return keychainError(done);
        return static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
    });
}

QFuture<StoreResult<Done>> ConnectionSecrets::write(const QString &connectionId,
                                                    const QString &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(connectionId);
    job->setTextData(secret);
    return run<Done>(
        job, m_timeoutMs,
        [](QKeychain::Job *done) -> StoreResult<Done> {
            if (done->error() != QKeychain::NoError)
                return keychainError(done);
            return Done{};
        },
        [connectionId] { undoLateWrite(connectionId); });
}

void ConnectionSecrets::undoLateWrite(const QString &connectionId)
{
    // The answer was "not stored", yet the write goes on and may still store the secret
    // once the keychain wakes up. QtKeychain runs its jobs one after another, in the
    // order they were started: this delete runs right after the write ends, however it
    // ends, and before any call made after this answer. So the entry ends up the way
    // the answer said.
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(connectionId);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            qWarning("A keychain write that timed out could not be undone: %s",
                     qPrintable(done->errorString()));
    });
    job->start();
}

QFuture<StoreResult<Done>> ConnectionSecrets::remove(const QString &connectionId) const
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(connectionId);
    return run<Done>(job, m_timeoutMs, [](QKeychain::Job *done) -> StoreResult<Done> {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            return keychainError(done);
        return Done{};
    });
}
