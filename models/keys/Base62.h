#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

//! Fixed-width base62 (0-9, A-Z, a-z) for byte strings treated as big-endian numbers.
namespace Base62 {

bool isDigit(QChar c);
//! Encodes @p bytes in exactly @p width digits (zero-padded); @p width must be large enough.
QString encode(const QByteArray &bytes, int width);
QString encodeNumber(quint32 value, int width);
//! The number @p digits spell (at most 10 digits), or nothing when one is not base62.
std::optional<quint64> decodeNumber(QStringView digits);

} // namespace Base62
