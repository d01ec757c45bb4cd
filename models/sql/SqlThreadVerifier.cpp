#include "sql/SqlThreadVerifier.h"

#include "sql/SqlKeyStore.h"

namespace {

constexpr int HandoverIntervalMs = 1000;

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
    try {
        m_connection.open();
        const auto &clock = m_store.options().clock;
        const QDateTime now = clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
        return m_verifier.verify(*parsed, scope, now);
    } catch (const StoreError &error) {
        m_connection.close(); // opened again by the next check
        return error;
    }
}

void SqlThreadVerifier::handOverUsage()
{
    if (m_verifier.hasPendingUsage())
        m_store.addUsage(m_verifier.takeUsage());
}
