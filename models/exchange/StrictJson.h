#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <optional>

//! A strict RFC 8259 reader for bytes from outside (request bodies, page cursors).
//! QJsonDocument is lenient: the last of two equal member names wins, lone surrogate
//! escapes and unknown escapes such as `\c` pass, a byte order mark is skipped. This
//! reader refuses all of them: the input is valid UTF-8 with no byte order mark, member
//! names are unique in their object, only the JSON escapes appear, surrogate escapes come
//! in pairs, strings hold no control characters, nesting stops at a depth limit, and a
//! number too large for a double is an error. Whole numbers that fit a qint64 are kept
//! exactly (QJsonValue holds them as integers), so a field can be range-checked before
//! anything is cast. Every error names the problem and its byte offset.
class StrictJson final {
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    static constexpr int DefaultMaxDepth = 32;

    struct Error {
        qsizetype offset = 0; //!< the byte where the problem is
        QString message;      //!< e.g. "the member name “key” appears twice, at byte 23"
    };

    //! The value that @p bytes hold (any JSON value), or nullopt and @p error.
    static std::optional<QJsonValue> parse(const QByteArray &bytes, Error *error,
                                           int maxDepth = DefaultMaxDepth);

    //! @p value as a qint64 when it is a whole number that a qint64 holds exactly, found
    //! without a cast that could overflow: parse() keeps such numbers as integers, and a
    //! double is whole and exact only up to 2^53. Nullopt for anything else (1e300, 0.5).
    static std::optional<qint64> wholeNumber(const QJsonValue &value);

    //! @p text as a person can read it in a message: at most @p maxLength characters,
    //! with control, format, separator and private characters written as U+XXXX.
    static QString visible(const QString &text, int maxLength = 40);
};
