#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

//! Reads the API key from a request's headers: exactly one `Authorization: Bearer
//! <key>` header (the scheme is case-insensitive, RFC 7235). Keys are never taken
//! from the URL.
namespace BearerToken {

enum class Problem {
    Missing,   //!< no Authorization header at all
    Malformed, //!< several headers, another scheme (Basic), or no token
};

struct Result {
    QString token;
    std::optional<Problem> problem;
};

Result fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace BearerToken
