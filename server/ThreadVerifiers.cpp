#include "ThreadVerifiers.h"

#include "sql/SqlKeyStore.h"
#include "sql/SqlThreadVerifier.h"

#include <algorithm>
#include <unordered_map>

namespace {

constexpr int HandoverIntervalMs = 1000;
// A revoke another program commits to a SQLite store is enforced by every check that
// starts a millisecond after it; within that millisecond, a thread's checks share one
// read of data_version instead of queueing for SQLite's locks (SqlVerifier).
constexpr std::chrono::milliseconds OutsideChangeWindow{1};

} // namespace

//! A thread's verifiers, one per ThreadVerifiers it used; closed when the thread ends.
struct ThreadVerifierSlot {
    std::unordered_map<ThreadVerifiers *, std::unique_ptr<SqlThreadVerifier>> verifiers;

    ~ThreadVerifierSlot()
    {
        for (auto &[owner, verifier] : verifiers)
            owner->forget(verifier.get());
    }
};

namespace {

thread_local ThreadVerifierSlot t_slot;

} // namespace

ThreadVerifiers::ThreadVerifiers(SqlKeyStore &store)
    : m_store(store)
{
    m_handover.setInterval(HandoverIntervalMs);
    QObject::connect(&m_handover, &QTimer::timeout, &m_handover, [this] { handOverUsage(); });
    m_handover.start();
}

ThreadVerifiers::~ThreadVerifiers()
{
    // A verifier of this (main) thread, if it checked anything itself, goes now.
    if (const auto found = t_slot.verifiers.find(this); found != t_slot.verifiers.end()) {
        std::unique_ptr<SqlThreadVerifier> verifier = std::move(found->second);
        t_slot.verifiers.erase(found);
        forget(verifier.get());
    }
    handOverUsage();
}

SqlThreadVerifier &ThreadVerifiers::current()
{
    std::unique_ptr<SqlThreadVerifier> &slot = t_slot.verifiers[this];
    if (!slot) {
        slot = std::make_unique<SqlThreadVerifier>(m_store, OutsideChangeWindow);
        const std::lock_guard lock(m_mutex);
        m_verifiers.push_back(slot.get());
    }
    return *slot;
}

void ThreadVerifiers::handOverUsage()
{
    QHash<QString, QDateTime> usage;
    {
        const std::lock_guard lock(m_mutex);
        for (SqlThreadVerifier *verifier : m_verifiers) {
            const QHash<QString, QDateTime> taken = verifier->takeUsage();
            for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
                QDateTime &latest = usage[it.key()];
                latest = std::max(latest, it.value());
            }
        }
    }
    if (!usage.isEmpty())
        m_store.addUsage(usage);
}

void ThreadVerifiers::forget(SqlThreadVerifier *verifier)
{
    const std::lock_guard lock(m_mutex);
    m_verifiers.erase(std::remove(m_verifiers.begin(), m_verifiers.end(), verifier),
                      m_verifiers.end());
}
