#include "BearerToken.h"
#include "FuzzCheck.h"

//! BearerToken::fromHeaders over any header block ("name: value" lines): it never
//! crashes, and a token comes back only from exactly one Authorization header with the
//! Bearer scheme, short, without spaces, exactly as sent.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> authorizations;
    for (const QByteArray &line : fuzzBytes(data, size).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? line : line.left(colon);
        const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        headers.append({name, value});
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            authorizations << value;
    }
    const BearerToken::Result result = BearerToken::fromHeaders(headers);
    if (authorizations.isEmpty()) {
        FUZZ_CHECK(result.problem == BearerToken::Problem::Missing, result.token);
        return 0;
    }
    if (result.problem) {
        FUZZ_CHECK(result.token.isEmpty(), result.token);
        return 0;
    }
    FUZZ_CHECK(authorizations.size() == 1, QString::number(authorizations.size()));
    const QByteArray value = authorizations.first().trimmed();
    FUZZ_CHECK(value.size() <= 512, QString::number(value.size()));
    FUZZ_CHECK(value.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0,
               QString::fromLatin1(value));
    FUZZ_CHECK(!result.token.isEmpty() && !result.token.contains(QLatin1Char(' ')), result.token);
    FUZZ_CHECK(result.token.toLatin1() == value.mid(7).trimmed(), result.token);
    return 0;
}
