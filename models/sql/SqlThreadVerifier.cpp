#include "sql/SqlThreadVerifier.h"

#include "sql/SqlKeyStore.h"

namespace {

constexpr int HandoverIntervalMs = 1000;
constexpr qint64 RetryAfterFailureMs = 1000;

} // namespace

SqlThreadVerifier::SqlThreadVerifier(SqlKeyStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_connection(store.options())
    , m_verifier(m_connection)
{
    m_handover.setInterval(HandoverIntervalMs);
    connect(&m_handover, &QTimer::timeout, this, &SqlThreadVerifier::handOverUsage);
    m_handover.start();
}

SqlThreadVerifier::~SqlThreadVerifier()
{
    handOverUsage();
}

StoreResult<Verification> SqlThreadVerifier::verify(const QString &token, const QString &scope)
{
    const std::optional<ParsedToken> parsed = KeyToken::parse(token);
    if (!parsed) {
        Verification malformed;
        malformed.reason = QStringLiteral("malformed");
        return malformed;
    }
    // A change made through the store in this process is seen at once, not only once
    // the database announces it.
    const quint64 changes = m_store.localChanges();
    if (changes != m_seenChanges) {
        m_verifier.forgetKeys();
        m_seenChanges = changes;
    }
    // After a failure, the store is left alone for a moment instead of making every
    // request wait for a connection timeout.
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < RetryAfterFailureMs)
        return StoreError::unavailable(tr("The key store is unavailable."));
    try {
        m_connection.open();
        const QDateTime now = m_store.now().toUTC();
        m_sinceFailure.invalidate();
        return m_verifier.verify(*parsed, scope, now);
    } catch (const StoreError &error) {
        m_connection.close(); // opened again, as a new session, after the pause
        m_sinceFailure.start();
        return error;
    }
}

void SqlThreadVerifier::handOverUsage()
{
    if (m_verifier.hasPendingUsage())
        m_store.addUsage(m_verifier.takeUsage());
}
