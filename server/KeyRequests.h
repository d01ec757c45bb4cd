#pragma once

#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <QUrlQuery>
#include <optional>

class JsonBody;

//! Turns the management API's query strings, JSON bodies and headers into the
//! store's requests. Each reader returns nullopt and a message on bad input. They take
//! plain values (a QUrlQuery, a header's bytes), never the HTTP engine's request.
class KeyRequests final {
    Q_DECLARE_TR_FUNCTIONS(KeyRequests)

public:
    static constexpr int MaxPageSize = 500;

    //! `search, type, status, role, created_by` (and, for listing, `sort, order, limit,
    //! cursor`); any other parameter, or one given twice, is refused.
    static std::optional<KeyFilter> filter(const QUrlQuery &url, const QStringList &alsoAllowed,
                                           QString *problem);
    static std::optional<KeyQuery> page(const QUrlQuery &url, QString *problem);
    static std::optional<AuditQuery> audit(const QUrlQuery &url, QString *problem);

    //! `name, description, type, roles, scopes, expires_at | never_expires` (not both).
    static KeyDraft draft(JsonBody &body);
    //! `name, description, roles, scopes`; absent fields stay as they are.
    static KeyChanges changes(JsonBody &body);

    //! The version in an `If-Match: "N"` header's value; nullopt with an empty @p problem
    //! when absent, and with a @p problem for anything but one quoted version.
    static std::optional<int> ifMatch(const QByteArray &headerValue, QString *problem);
    //! The `Idempotency-Key` header's value, or an empty string (the store checks it).
    static QString idempotencyKey(const QByteArray &headerValue);
};
