#include "store/KeyStore.h"

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{
}

KeyStore::~KeyStore() = default;

QFuture<StoreResult<Verification>> KeyStore::verify(const QString &token, const QString &scope)
{
    const std::optional<ParsedToken> parsed = KeyToken::parse(token);
    if (!parsed) {
        Verification verification;
        verification.reason = QStringLiteral("malformed");
        return QtFuture::makeReadyFuture(StoreResult<Verification>(verification));
    }
    return verifyParsed(*parsed, scope);
}

void KeyStore::setReachable(bool reachable, const QString &reason)
{
    const QString newReason = reachable ? QString() : reason;
    if (reachable == m_reachable && newReason == m_unreachableReason)
        return;
    const bool flipped = reachable != m_reachable;
    m_reachable = reachable;
    m_unreachableReason = newReason;
    if (!flipped)
        return;
    Q_EMIT reachabilityChanged(reachable);
    if (reachable)
        Q_EMIT changed(); // what happened meanwhile was not seen
}
