#pragma once

#include "exchange/StrictJson.h"

#include <QByteArrayView>
#include <QString>

//! JSON strings for StrictJson, read strictly: only the JSON escapes, surrogate escapes
//! in pairs, valid UTF-8 (RFC 3629: no overlong forms, no encoded surrogates, nothing
//! above U+10FFFF), no raw control characters.
namespace JsonString {

//! Reads the string whose opening quote is at @p *pos and moves @p *pos past its closing
//! quote; false with @p error (offset and message) when it is not a strict JSON string.
bool read(QByteArrayView bytes, qsizetype *pos, QString *out, StrictJson::Error *error);
//! "U+FEFF", "U+E0041".
QString codePoint(char32_t c);
//! Appends @p c, as a surrogate pair when it is above U+FFFF.
void appendCodePoint(QString &text, char32_t c);

} // namespace JsonString
