#include "sql/SqlThreadVerifier.h"

#include "sql/SqlKeyStore.h"

namespace {

constexpr qint64 RetryAfterFailureMs = 1000;

} // namespace

SqlThreadVerifier::SqlThreadVerifier(SqlKeyStore &store,
                                     std::chrono::microseconds outsideChangeWindow)
    : m_store(store)
    , m_connection(store.options())
    , m_verifier(m_connection, outsideChangeWindow)
{
    m_connection.setListening(false); // no event loop here: the store's count tells
}

SqlThreadVerifier::~SqlThreadVerifier()
{
    QHash<QString, QDateTime> usage = takeUsage();
    if (!usage.isEmpty())
        m_store.addUsage(usage);
}

bool SqlThreadVerifier::ready(StoreError *error)
{
    // A change made through the store in this process (or announced to it by another
    // PostgreSQL session) is seen at once, not only once the database says so.
    const quint64 changes = m_store.changeCount();
    if (changes != m_seenChanges) {
        m_verifier.forgetKeys();
        m_seenChanges = changes;
    }
    // After a failure, the store is left alone for a moment instead of making every
    // request wait for a connection timeout.
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < RetryAfterFailureMs) {
        *error = StoreError::unavailable(tr("The key store is unavailable."));
        return false;
    }
    try {
        m_connection.open();
        m_sinceFailure.invalidate();
        return true;
    } catch (const StoreError &failure) {
        m_connection.close(); // opened again, as a new session, after the pause
        m_sinceFailure.start();
        *error = failure;
        return false;
    }
}

StoreResult<Verification> SqlThreadVerifier::verify(const QString &token, const QString &scope)
{
    const std::optional<ParsedToken> parsed = KeyToken::parse(token);
    if (!parsed) {
        Verification malformed;
        malformed.reason = QStringLiteral("malformed");
        return malformed;
    }
    StoreError error = StoreError::unavailable(QString());
    if (!ready(&error))
        return error;
    try {
        const std::lock_guard lock(m_usageMutex);
        return m_verifier.verify(*parsed, scope, m_store.now().toUTC());
    } catch (const StoreError &failure) {
        m_connection.close();
        m_sinceFailure.start();
        return failure;
    }
}

StoreResult<Done> SqlThreadVerifier::probe()
{
    StoreError error = StoreError::unavailable(QString());
    if (!ready(&error))
        return error;
    try {
        // A read of the file (or the database), not only of the connection.
        m_connection.scalar(QStringLiteral("SELECT count(*) FROM workspaces"));
        return Done{};
    } catch (const StoreError &failure) {
        m_connection.close();
        m_sinceFailure.start();
        return failure;
    }
}

QHash<QString, QDateTime> SqlThreadVerifier::takeUsage()
{
    const std::lock_guard lock(m_usageMutex);
    return m_verifier.takeUsage();
}
