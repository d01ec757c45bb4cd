#include "FuzzCheck.h"
#include "keys/KeyToken.h"
#include "sql/PageCursor.h"

#include <cstring>

//! PageCursor: any text a caller sends decodes or is refused without a crash or an
//! overflowing cast; what decodes encodes to a cursor that decodes the same; and every
//! cursor the store writes (any name up to 100 characters, any whole number) reads back.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (const PageCursor::Kind kind : {PageCursor::Kind::Text, PageCursor::Kind::Number}) {
        for (const QString &text : {QString::fromLatin1(bytes), QString::fromUtf8(bytes)}) {
            const std::optional<PageCursor> cursor = PageCursor::decode(text, kind);
            if (!cursor)
                continue;
            FUZZ_CHECK(KeyToken::isValidKid(cursor->kid), cursor->kid);
            const std::optional<PageCursor> again = PageCursor::decode(cursor->encode(), kind);
            FUZZ_CHECK(again && again->kid == cursor->kid && again->sortValue == cursor->sortValue,
                       text);
        }
    }

    const QString kid = QStringLiteral("AbCdEfGhIjKl");
    // A name is text: 100 UTF-16 units, but never half of a surrogate pair (left() may cut
    // one; a name the store holds came through UTF-8, which has no lone surrogates).
    QString name = QString::fromUtf8(bytes).left(100);
    if (!name.isEmpty() && name.back().isHighSurrogate())
        name.chop(1);
    const std::optional<PageCursor> named =
        PageCursor::decode(PageCursor{name, kid}.encode(), PageCursor::Kind::Text);
    FUZZ_CHECK(named && named->sortValue.toString() == name && named->kid == kid, name);
    if (size >= sizeof(qint64)) {
        qint64 number = 0;
        std::memcpy(&number, data, sizeof number);
        const std::optional<PageCursor> numbered =
            PageCursor::decode(PageCursor{number, kid}.encode(), PageCursor::Kind::Number);
        FUZZ_CHECK(numbered && numbered->sortValue.toLongLong() == number, QString::number(number));
    }
    return 0;
}
