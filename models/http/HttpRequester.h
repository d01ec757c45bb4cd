#pragma once

#include "http/HttpStoreOptions.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <functional>
#include <memory>

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
//! failure into the store's one error model, and tells after each answer whether the
//! server was reached. Lives on the thread that uses the store.
class HttpRequester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRequester)

public:
    using Done = std::function<void(const StoreResult<QJsonDocument> &result)>;
    using Download = std::function<bool(qint64 received, qint64 total)>; //!< false: cancel
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Sink = std::function<void(const QByteArray &body, const Headers &headers)>;

    explicit HttpRequester(HttpStoreOptions options, QObject *parent = nullptr);
    //! Ends the calls still in flight: each one's Done gets an "unavailable" error.
    ~HttpRequester() override;

    void send(const HttpCall &call, const Done &done);
    //! As send(), handing a successful answer's raw body to @p sink piece by piece as it
    //! arrives, with the headers; @p done then says whether the body came whole.
    void fetch(const HttpCall &call, const Sink &sink, const Download &progress, const Done &done);
    const HttpStoreOptions &options() const { return m_options; }
    //! The server's own certificate when the most recent answer was a refused TLS
    //! handshake: no authority vouches for it, or the connection has a pin and it is not
    //! the pinned one (whoever vouches for it); null otherwise. Lets the user see its
    //! fingerprint and choose to trust it for the connection.
    QSslCertificate rejectedCertificate() const { return m_rejectedCertificate; }

    //! The error a status and a server's `{"error", "message"}` body amount to.
    static StoreError errorFor(int status, const QJsonDocument &body);
    //! Why no call goes to @p server: anything but https://, or http:// to another
    //! computer, where the key and every answer would cross the network in clear text
    //! (http:// stays for 127.0.0.1, localhost and ::1). Empty when calls may go there.
    static QString addressProblem(const QUrl &server);

Q_SIGNALS:
    //! After each call's final answer (not after a cancelled one, which says nothing of
    //! the server): false with the reason when the server could not be reached or could
    //! not serve it (no answer, TLS failure, 5xx, 429); true for any other answer.
    void reachabilityObserved(bool reachable, const QString &reason);

private:
    //! Sends @p call; a certificate other than the pinned one aborts it before the
    //! request is sent, and is left in @p notPinned.
    QNetworkReply *start(const HttpCall &call, const std::shared_ptr<QSslCertificate> &notPinned);
    void attempt(const HttpCall &call, int attemptNumber, const Done &done, const Sink &sink,
                 const Download &progress);
    bool acceptPinned(QNetworkReply *reply, const QList<QSslError> &errors);
    //! Records what @p reply showed of the server (@p notPinned: the certificate it was
    //! refused for), then hands @p result to @p done.
    void finish(QNetworkReply *reply, const QSslCertificate &notPinned,
                const StoreResult<QJsonDocument> &result, const Done &done);
    QString unreachableMessage(QNetworkReply *reply, const QSslCertificate &notPinned) const;

    HttpStoreOptions m_options;
    QNetworkAccessManager m_network;
    QSslCertificate m_rejectedCertificate;
    bool m_closing = false; //!< in the destructor: replies aborted now end their calls
};
