#pragma once

#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <QUrlQuery>
#include <optional>

class JsonBody;
class HttpRequest;

//! Turns the management API's query strings, JSON bodies and headers into the
//! store's requests. Each reader returns nullopt and a message on bad input.
class KeyRequests final {
    Q_DECLARE_TR_FUNCTIONS(KeyRequests)

public:
    static constexpr int MaxPageSize = 500;

    //! `search, type, status, role, created_by` (and, for listing, `sort, order, limit,
    //! cursor`); any other parameter is refused.
    static std::optional<KeyFilter> filter(const QUrlQuery &url, const QStringList &alsoAllowed,
                                           QString *problem);
    static std::optional<KeyQuery> page(const QUrlQuery &url, QString *problem);
    static std::optional<AuditQuery> audit(const QUrlQuery &url, QString *problem);

    //! `name, description, type, roles, scopes, expires_at | never_expires`.
    static KeyDraft draft(JsonBody &body);
    //! `name, description, roles, scopes`; absent fields stay as they are.
    static KeyChanges changes(JsonBody &body);

    //! The version in `If-Match: "N"`; nullopt with an empty @p problem when absent.
    static std::optional<int> ifMatch(const HttpRequest &request, QString *problem);
    //! `Idempotency-Key`, or an empty string.
    static QString idempotencyKey(const HttpRequest &request);
};
