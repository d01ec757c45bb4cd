#pragma once

#include "http/HttpMessage.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

//! The JSON answers keyward-server gives, in one place so that every route says the
//! same thing the same way: `{"error": CODE, "message": TEXT}` for every refusal.
class HttpReplies final {
    Q_DECLARE_TR_FUNCTIONS(HttpReplies)

public:
    using Status = HttpStatus;

    static HttpResponse json(const QJsonObject &body, Status status = Status::Ok);
    static HttpResponse json(const QJsonArray &body, Status status = Status::Ok);
    static HttpResponse error(Status status, const QString &code, const QString &message);
    //! The error code for a refusal of the engine's: "payload_too_large" for 413, ...
    static QString codeFor(Status status);

    //! The one answer for every key that does not authenticate, whatever the reason.
    static HttpResponse unauthorized(bool tokenPresented);
    //! 403 with `WWW-Authenticate: Bearer error="insufficient_scope"` naming @p scope.
    static HttpResponse insufficientScope(const QString &scope);
    static HttpResponse badRequest(const QString &message);
    static HttpResponse tooManyRequests(int retryAfterSeconds);
    static HttpResponse notFound();
    //! 503 that says no more than that: for callers who have not authenticated.
    static HttpResponse storeUnavailable();
    //! The status that fits the store's error: 400, 404, 409, 403 or 503.
    static HttpResponse fromStoreError(const StoreError &error);
};
