#include "http/HttpRequester.h"

#include "store/LoopbackHost.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <memory>

namespace {

constexpr int BackoffMs = 250;

QString serverMessage(const QJsonDocument &body)
{
    return body.object().value(QStringLiteral("message")).toString();
}

//! The server's own (leaf) certificate when @p reply failed in the TLS handshake, or
//! @p notPinned when the handshake succeeded with a certificate other than the pinned one.
QSslCertificate rejectedBy(QNetworkReply *reply, const QSslCertificate &notPinned)
{
    if (!notPinned.isNull())
        return notPinned;
    if (reply->error() != QNetworkReply::SslHandshakeFailedError)
        return QSslCertificate();
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    return chain.isEmpty() ? QSslCertificate() : chain.first();
}

} // namespace

HttpRequester::HttpRequester(HttpStoreOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_network.setAutoDeleteReplies(true);
}

HttpRequester::~HttpRequester()
{
    // The calls still in flight end now, while every member is alive, each with an
    // answer for its caller (rather than one that runs inside the network manager's
    // destructor, or none at all).
    m_closing = true;
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

QNetworkReply *HttpRequester::start(const HttpCall &call,
                                    const std::shared_ptr<QSslCertificate> &notPinned)
{
    QUrl url = m_options.server;
    const qsizetype question = call.path.indexOf(QLatin1Char('?'));
    url.setPath(call.path.left(question));
    if (question >= 0)
        url.setQuery(call.path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + m_options.token.toLatin1());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, call.method, call.body);
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        if (acceptPinned(reply, errors))
            reply->ignoreSslErrors(errors);
    });
    // A pin means that certificate and no other, also when an authority this computer
    // trusts vouches for another one (a TLS-inspecting proxy, a mis-issued certificate).
    // encrypted() comes after the handshake and before any byte of the request.
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, notPinned] {
        if (m_options.pinnedCertificateSha256.isEmpty())
            return;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() &&
            peer.digest(QCryptographicHash::Sha256) == m_options.pinnedCertificateSha256)
            return;
        *notPinned = peer.isNull() ? QSslCertificate() : peer;
        reply->abort();
    });
    return reply;
}

bool HttpRequester::acceptPinned(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (m_options.pinnedCertificateSha256.isEmpty() || errors.isEmpty())
        return false;
    const QSslCertificate certificate = errors.first().certificate();
    return !certificate.isNull() &&
           certificate.digest(QCryptographicHash::Sha256) == m_options.pinnedCertificateSha256 &&
           reply->sslConfiguration().peerCertificate() == certificate;
}

void HttpRequester::send(const HttpCall &call, const Done &done)
{
    attempt(call, 0, done, nullptr, nullptr);
}

void HttpRequester::fetch(const HttpCall &call, const Sink &sink, const Download &progress,
                          const Done &done)
{
    attempt(call, 0, done, sink, progress);
}

void HttpRequester::attempt(const HttpCall &call, int attemptNumber, const Done &done,
                            const Sink &sink, const Download &progress)
{
    if (const QString problem = addressProblem(m_options.server); !problem.isEmpty()) {
        // Refused before anything is sent: no byte of the key leaves in clear text.
        QTimer::singleShot(0, this, [done, problem] { done(StoreError::invalid(problem)); });
        return;
    }
    auto notPinned = std::make_shared<QSslCertificate>();
    QNetworkReply *reply = start(call, notPinned);
    auto cancelled = std::make_shared<bool>(false); // by the caller, not by the timeout
    if (sink) {
        // A successful answer's body goes to the sink as it arrives (an export of a million
        // keys never sits here whole); any other answer is read once it is complete.
        connect(reply, &QIODevice::readyRead, reply, [reply, sink] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                sink(reply->readAll(), reply->rawHeaderPairs());
        });
    }
    if (progress) {
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [reply, progress, cancelled](qint64 received, qint64 total) {
                    if (!progress(received, total)) {
                        *cancelled = true;
                        reply->abort();
                    }
                });
    }
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, call, attemptNumber, done, sink, progress, cancelled, notPinned] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status == 0) {
                if (m_closing) {
                    // Says nothing of the server, so no reachability, and no retry.
                    done(StoreError::unavailable(
                        tr("The connection to keyward-server at %1 was closed before it "
                           "answered.")
                            .arg(m_options.server.toDisplayString())));
                    return;
                }
                if (*cancelled) {
                    done(StoreError::invalid(tr("The export was cancelled; no file was written.")));
                    return;
                }
                if (!notPinned->isNull()) {
                    // Nothing was sent, and another try would meet the same certificate.
                    finish(reply, *notPinned,
                           StoreError::unavailable(unreachableMessage(reply, *notPinned)), done);
                    return;
                }
                // Nothing came back: the request may or may not have been carried out.
                if (call.repeatable && attemptNumber < m_options.readRetries) {
                    QTimer::singleShot(BackoffMs << attemptNumber, this,
                                       [this, call, attemptNumber, done, sink, progress] {
                                           attempt(call, attemptNumber + 1, done, sink, progress);
                                       });
                    return;
                }
                finish(reply, QSslCertificate(),
                       StoreError::unavailable(unreachableMessage(reply, QSslCertificate())), done);
                return;
            }
            if (status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError) {
                // The server answered, then the connection ended before the body did (it
                // stopped an export it could not finish): what came is not the answer.
                finish(reply, QSslCertificate(),
                       StoreError::unavailable(
                           tr("The answer from keyward-server at %1 was cut off: %2")
                               .arg(m_options.server.toDisplayString(), reply->errorString())),
                       done);
                return;
            }
            if (status >= 200 && status < 300) {
                if (sink) {
                    sink(body, reply->rawHeaderPairs());
                    finish(reply, QSslCertificate(), QJsonDocument(), done);
                    return;
                }
                finish(reply, QSslCertificate(), QJsonDocument::fromJson(body), done);
                return;
            }
            finish(reply, QSslCertificate(), errorFor(status, QJsonDocument::fromJson(body)), done);
        });
}

void HttpRequester::finish(QNetworkReply *reply, const QSslCertificate &notPinned,
                           const StoreResult<QJsonDocument> &result, const Done &done)
{
    m_rejectedCertificate = rejectedBy(reply, notPinned);
    // Refusals (4xx) come from a server that answered: only "unavailable" means it did not.
    const bool reachable = result.ok() || result.error().code() != StoreError::Code::Unavailable;
    Q_EMIT reachabilityObserved(reachable, reachable ? QString() : result.error().message());
    done(result);
}

QString HttpRequester::unreachableMessage(QNetworkReply *reply,
                                          const QSslCertificate &notPinned) const
{
    QString message =
        tr("Cannot reach keyward-server at %1: %2")
            .arg(m_options.server.toDisplayString(),
                 notPinned.isNull() ? reply->errorString()
                                    : tr("its certificate is not the one this connection "
                                         "trusts, although an authority vouches for it."));
    const QSslCertificate certificate = rejectedBy(reply, notPinned);
    if (!certificate.isNull()) {
        message +=
            QLatin1Char(' ') + tr("Its certificate's SHA-256 fingerprint is %1.")
                                   .arg(QString::fromLatin1(
                                       certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return message;
}

QString HttpRequester::addressProblem(const QUrl &server)
{
    const QString scheme = server.scheme();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(server.host()))
            return {};
        return tr("keyward-server at %1 is on another computer: Keyward reaches it only over "
                  "https://, since over http:// the admin key and every answer would cross the "
                  "network unencrypted. Plain http:// is for a server on this computer only "
                  "(127.0.0.1, localhost or ::1).")
            .arg(server.toDisplayString(QUrl::RemoveUserInfo));
    }
    return tr("Keyward reaches keyward-server over https:// (or http:// on this computer "
              "only), not “%1”.")
        .arg(server.toDisplayString(QUrl::RemoveUserInfo));
}

StoreError HttpRequester::errorFor(int status, const QJsonDocument &body)
{
    const QString message = serverMessage(body);
    switch (status) {
    case 400:
    case 428:
        return StoreError::invalid(message.isEmpty() ? tr("The server refused the request.")
                                                     : message);
    case 401:
        return StoreError::forbidden(
            tr("keyward-server did not accept this connection's key: it is wrong, expired or "
               "revoked. Edit the connection and enter a valid key."));
    case 403:
        return StoreError::forbidden(message.isEmpty() ? tr("The connection's key may not do this.")
                                                       : message);
    case 404:
        return StoreError::notFound(message.isEmpty() ? tr("Not found on the server.") : message);
    case 409:
    case 412:
        return StoreError::conflict(message.isEmpty() ? tr("Someone else changed this meanwhile.")
                                                      : message);
    case 429:
        return StoreError::unavailable(message);
    default:
        break;
    }
    return StoreError::unavailable(tr("keyward-server answered %1: %2")
                                       .arg(status)
                                       .arg(message.isEmpty() ? tr("no details") : message));
}
