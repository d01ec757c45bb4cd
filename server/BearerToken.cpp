#include "BearerToken.h"

namespace {

// The longest token worth reading: longer input is malformed before any parsing.
constexpr qsizetype MaxHeaderLength = 512;

} // namespace

BearerToken::Result BearerToken::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            values << value;
    }
    if (values.isEmpty())
        return {{}, Problem::Missing};
    const QByteArray value = values.first().trimmed();
    if (values.size() > 1 || value.size() > MaxHeaderLength)
        return {{}, Problem::Malformed};
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {{}, Problem::Malformed};
    const QByteArray token = value.mid(space + 1).trimmed();
    if (token.isEmpty() || token.contains(' '))
        return {{}, Problem::Malformed};
    return {QString::fromLatin1(token), std::nullopt};
}
