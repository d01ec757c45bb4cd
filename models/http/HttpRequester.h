#pragma once

#include "http/HttpStoreOptions.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <functional>

class QNetworkReply;

//! One management-API call to keyward-server, and its answer.
struct HttpCall {
    QByteArray method = QByteArrayLiteral("GET");
    QString path; //!< with the query, e.g. /v1/keys?limit=100
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    //! Safe to send again after a failure that may have reached the server: reads, and
    //! writes that carry an Idempotency-Key.
    bool repeatable = false;
};

//! Sends HttpCalls with the connection's key, a timeout, retries with backoff for
//! repeatable calls, and the certificate pinning of the connection; turns every
//! failure into the store's one error model. Lives on the thread that uses the store.
class HttpRequester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRequester)

public:
    using Done = std::function<void(const StoreResult<QJsonDocument> &result)>;
    using Download = std::function<bool(qint64 received, qint64 total)>; //!< false: cancel
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Sink = std::function<void(const QByteArray &body, const Headers &headers)>;

    explicit HttpRequester(HttpStoreOptions options, QObject *parent = nullptr);

    void send(const HttpCall &call, Done done);
    //! As send(), handing a successful answer's raw body and headers to @p sink first.
    void fetch(const HttpCall &call, Sink sink, Download progress, Done done);
    const HttpStoreOptions &options() const { return m_options; }

    //! The error a status and a server's `{"error", "message"}` body amount to.
    static StoreError errorFor(int status, const QJsonDocument &body);

private:
    QNetworkReply *start(const HttpCall &call);
    void attempt(const HttpCall &call, int attemptNumber, Done done, Sink sink, Download progress);
    bool acceptPinned(QNetworkReply *reply, const QList<QSslError> &errors);

    HttpStoreOptions m_options;
    QNetworkAccessManager m_network;
};
