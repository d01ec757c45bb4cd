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
