#include "FuzzCheck.h"
#include "keys/KeyToken.h"

#include <QRegularExpression>

//! KeyToken::parse over any text: it never crashes; what it accepts matches the format in
//! docs/design.md, is what compose() makes of its parts, and stops parsing when any one
//! character changes (the checksum).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression Format(
        QStringLiteral("^[a-z][a-z0-9]{1,11}_(test|live)_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"));
    static const QString Base62 =
        QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    const QByteArray bytes = fuzzBytes(data, size);
    for (const QString &token : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        KeyToken::hint(token);
        KeyToken::isValidKid(token);
        KeyToken::isValidVendor(token);
        const std::optional<ParsedToken> parsed = KeyToken::parse(token);
        if (!parsed)
            continue;
        FUZZ_CHECK(Format.match(token).hasMatch(), token);
        FUZZ_CHECK(KeyToken::compose(*parsed) == token, token);
        FUZZ_CHECK(KeyToken::isValidKid(parsed->kid) && KeyToken::isValidVendor(parsed->vendor),
                   token);
        FUZZ_CHECK(parsed->secret.size() == KeyToken::SecretLength, token);
        FUZZ_CHECK(KeyToken::hint(token).startsWith(token.left(token.indexOf(parsed->kid))), token);
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token.at(i) == QLatin1Char('_'))
                continue;
            QString changed = token;
            const qsizetype was = Base62.indexOf(token.at(i));
            changed[i] = Base62.at((was + 1 + uchar(bytes.at(i % bytes.size())) % 61) % 62);
            FUZZ_CHECK(!KeyToken::parse(changed), changed);
        }
    }
    return 0;
}
