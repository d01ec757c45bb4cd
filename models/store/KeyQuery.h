#pragma once

#include "domain/ApiKey.h"

#include <QList>
#include <QString>
#include <optional>

//! Which keys a query returns. Every field is optional; all given ones must match.
struct KeyFilter {
    QString text; //!< substring of name, description or id (case-insensitive)
    std::optional<Environment> environment;
    std::optional<KeyStatus> status;
    QString role;      //!< keys that carry this role
    QString createdBy; //!< keys created by this member (name)
};

enum class KeySortField { Name, Type, Status, Created, CreatedBy, LastUsed, Expires };

//! A page request: filter, order and a cursor. Runs in the store, never in the GUI.
struct KeyQuery {
    KeyFilter filter;
    KeySortField sortField = KeySortField::Created;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    QString after; //!< opaque cursor from the previous page; empty for the first page
    int limit = 100;
};

//! One page of keys and the cursor for the next (empty when there is no more).
struct KeyPage {
    QList<ApiKey> keys;
    QString nextCursor;
};

//! What a page of the inventory adds up to, for status lines.
struct KeyCounts {
    int total = 0;
    int expiringSoon = 0;
};

//! Changes to a key. Unset fields stay as they are; the type cannot change.
struct KeyChanges {
    QString id;
    int expectedVersion = 0; //!< the version the caller read; a different one is a conflict
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QStringList> roles;
    std::optional<QStringList> scopes;
};

//! What to create. A null expiresAt with neverExpires false means the default (one year).
struct KeyDraft {
    QString name;
    QString description;
    Environment environment = Environment::Test;
    QStringList roles;
    QStringList scopes;
    QDateTime expiresAt;
    bool neverExpires = false;
    QString idempotencyKey; //!< a retry with the same key returns the same result
};

//! The answer to "may this token do this?". The reason is for records, never the caller.
struct Verification {
    enum class Outcome { Valid, Unauthenticated, Forbidden };
    Outcome outcome = Outcome::Unauthenticated;
    QString keyId;
    QString workspace;
    std::optional<Environment> environment;
    QStringList scopes;  //!< the key's effective scopes, when valid
    qint64 memberId = 0; //!< internal: the member the key acts for, when it authenticated
    QString reason;      //!< internal: malformed, unknown, revoked, expired, missing scope…
};

//! Which audit events to return, newest first.
struct AuditQuery {
    QString keyId;
    QString action;
    QString actor;
    QDateTime from;
    QDateTime to;
    //! Paging by event id, newest first: only events older than @p beforeId (the next page
    //! down), or newer than @p afterId (what happened since); 0 for no bound.
    qint64 beforeId = 0;
    qint64 afterId = 0;
    int limit = 1000;
};

enum class ExportFormat { Csv, Json };

//! What an export wrote.
struct ExportSummary {
    QString path;
    int keyCount = 0;
};

//! An export as the store recorded it (its audit event): how many keys its filter
//! selected then, and the time at which every page of it reads their statuses.
struct ExportStart {
    int keyCount = 0;
    QDateTime at;
};
