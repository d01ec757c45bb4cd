#pragma once

#include <QString>
#include <QVariant>
#include <optional>

//! Where a page of keys ends, as the opaque cursor a caller sends back for the next
//! page: the last key's sort value and its kid, as base64url of a JSON array. It comes
//! back from outside (a query string, a scripted call), so decode() checks everything:
//! the length, base64url, strict JSON, a value of the sort's type (a string, or a whole
//! number that is exact in a qint64) and a well-formed kid.
struct PageCursor {
    enum class Kind { Text, Number };

    static constexpr qsizetype MaxLength = 2048;

    QVariant sortValue; //!< a QString or a qint64
    QString kid;

    QString encode() const;
    static std::optional<PageCursor> decode(QStringView cursor, Kind kind);
};
