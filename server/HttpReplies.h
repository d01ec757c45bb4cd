#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

//! The JSON answers keyward-server gives, in one place so that every route says the
//! same thing the same way: `{"error": CODE, "message": TEXT}` for every refusal.
class HttpReplies final {
    Q_DECLARE_TR_FUNCTIONS(HttpReplies)

public:
    using Status = QHttpServerResponse::StatusCode;

    static QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);
    static QHttpServerResponse json(const QJsonArray &body, Status status = Status::Ok);
    static QHttpServerResponse error(Status status, const QString &code, const QString &message);

    //! The one answer for every key that does not authenticate, whatever the reason.
    static QHttpServerResponse unauthorized(bool tokenPresented);
    //! 403 with `WWW-Authenticate: Bearer error="insufficient_scope"` naming @p scope.
    static QHttpServerResponse insufficientScope(const QString &scope);
    static QHttpServerResponse badRequest(const QString &message);
    static QHttpServerResponse tooManyRequests(int retryAfterSeconds);
    static QHttpServerResponse notFound();
    //! 503 that says no more than that: for callers who have not authenticated.
    static QHttpServerResponse storeUnavailable();
    //! The status that fits the store's error: 400, 404, 409, 403 or 503.
    static QHttpServerResponse fromStoreError(const StoreError &error);
};
