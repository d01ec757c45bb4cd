#include "MissingDependency.h"
#include "ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

//! nginx in front of a tiny upstream, with `auth_request` to keyward-server: a valid
//! key with the scope passes, a revoked key gets 401, a key without the scope 403.
//! nginx and the server run on 127.0.0.1 and are stopped by pid.
class TestServerNginx final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void validKeyWithTheScopePasses();
    void missingOrRevokedKeyIsRefused();
    void keyWithoutTheScopeIsForbidden();
    void throttledClientIsToldToRetry();

private:
    static quint16 freePort();
    //! A raw request to nginx from @p from (a 127.x address): the status line and headers.
    QByteArray rawRequest(const QString &from, const QString &token);
    HttpClient::Answer throughNginx(const QByteArray &method, const QString &token);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QProcess m_nginx;
    QString m_base;
    QString m_reader;  //!< documents:read
    QString m_writer;  //!< documents:read + documents:write
    QString m_revoked; //!< documents:read, revoked
};

quint16 TestServerNginx::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestServerNginx::initTestCase()
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (nginx.isEmpty())
        SKIP_MISSING_DEPENDENCY(QStringLiteral("nginx is not installed (nginx-light)"));
    const QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
    int code = -1;
    const QString admin =
        ServerProcess::run({QStringLiteral("init"), QStringLiteral("--database"), database,
                            QStringLiteral("--scope"), QStringLiteral("api_keys:write"),
                            QStringLiteral("--scope"), QStringLiteral("documents:read"),
                            QStringLiteral("--scope"), QStringLiteral("documents:write")},
                           &code);
    QCOMPARE(code, 0);
    QVERIFY(m_server.start({QStringLiteral("--database"), database, QStringLiteral("--trust-proxy"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--max-failures"),
                            QStringLiteral("5")}));
    HttpClient api(m_server.base());
    api.setBearer(admin);
    const auto create = [&api](const QString &name, const QJsonArray &scopes) {
        return api
            .sendJson("POST", QStringLiteral("/v1/keys"),
                      {{QStringLiteral("name"), name}, {QStringLiteral("scopes"), scopes}})
            .json();
    };
    m_reader = create(QStringLiteral("Reader"), {QStringLiteral("documents:read")})
                   .value(QStringLiteral("token"))
                   .toString();
    m_writer = create(QStringLiteral("Writer"),
                      {QStringLiteral("documents:read"), QStringLiteral("documents:write")})
                   .value(QStringLiteral("token"))
                   .toString();
    const QJsonObject revoked =
        create(QStringLiteral("Revoked"), {QStringLiteral("documents:read")});
    m_revoked = revoked.value(QStringLiteral("token")).toString();
    QCOMPARE(api.send("POST", QStringLiteral("/v1/keys/%1/revoke")
                                  .arg(revoked.value(QStringLiteral("key"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toString()))
                 .status,
             200);

    const quint16 port = freePort();
    const quint16 upstream = freePort();
    QFile config(m_dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    const QByteArray temp = m_dir.path().toLocal8Bit();
    config.write(QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    # Reading needs documents:read, anything else documents:write.
    map $request_method $keyward_scope {
        GET documents:read;
        HEAD documents:read;
        default documents:write;
    }
    server {
        listen 127.0.0.1:%2;
        location /documents {
            auth_request /_keyward;
            error_page 500 = @keyward_unavailable;
            auth_request_set $keyward_kid $upstream_http_x_keyward_key_id;
            proxy_set_header X-Keyward-Key-Id $keyward_kid;
            proxy_pass http://127.0.0.1:%3;
        }
        location @keyward_unavailable {
            add_header Retry-After 30 always;
            return 503;
        }
        location = /_keyward {
            internal;
            proxy_pass http://127.0.0.1:%4/v1/authorize;
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
            proxy_set_header X-Keyward-Scope $keyward_scope;
            proxy_set_header X-Real-IP $remote_addr;
        }
    }
    server {
        listen 127.0.0.1:%3;
        location / { return 200 "documents for $http_x_keyward_key_id\n"; }
    }
}
)")
                     .arg(QString::fromLocal8Bit(temp))
                     .arg(port)
                     .arg(upstream)
                     .arg(m_server.port())
                     .toUtf8());
    config.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx,
                  {QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                   QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), config.fileName()});
    QVERIFY(m_nginx.waitForStarted());
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    HttpClient probe(m_base);
    QTRY_VERIFY_WITH_TIMEOUT(probe.get(QStringLiteral("/documents")).status == 401, 10000);
}

void TestServerNginx::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate(); // by pid
        QVERIFY(m_nginx.waitForFinished(10000));
    }
    QVERIFY(m_server.stop());
}

HttpClient::Answer TestServerNginx::throughNginx(const QByteArray &method, const QString &token)
{
    HttpClient client(m_base);
    client.setBearer(token);
    return client.send(method, QStringLiteral("/documents/42"),
                       method == "POST" ? QByteArray("{}") : QByteArray());
}

void TestServerNginx::validKeyWithTheScopePasses()
{
    const HttpClient::Answer read = throughNginx("GET", m_reader);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body, "documents for " + m_reader.mid(9, 12).toLatin1() + '\n');
    QCOMPARE(throughNginx("POST", m_writer).status, 200);
}

void TestServerNginx::missingOrRevokedKeyIsRefused()
{
    const HttpClient::Answer revoked = throughNginx("GET", m_revoked);
    QCOMPARE(revoked.status, 401);
    QVERIFY(revoked.headers.value("www-authenticate").startsWith("Bearer"));
    QCOMPARE(throughNginx("GET", QString()).status, 401);
    QString typo = m_reader;
    typo.back() = typo.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(throughNginx("GET", typo).status, 401);
}

void TestServerNginx::keyWithoutTheScopeIsForbidden()
{
    QCOMPARE(throughNginx("POST", m_reader).status, 403);
    QCOMPARE(throughNginx("DELETE", m_reader).status, 403);
}

QByteArray TestServerNginx::rawRequest(const QString &from, const QString &token)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(from));
    socket.connectToHost(QHostAddress::LocalHost, QUrl(m_base).port());
    if (!socket.waitForConnected(10000))
        return {};
    socket.write("GET /documents/7 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 token.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer.left(answer.indexOf("\r\n\r\n"));
}

void TestServerNginx::throttledClientIsToldToRetry()
{
    // nginx names the client (X-Real-IP); keyward-server throttles that client only.
    const QString client = QStringLiteral("127.0.0.9");
    QString typo = m_reader;
    typo.back() = typo.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    for (int i = 0; i < 5; ++i)
        QVERIFY(rawRequest(client, typo).startsWith("HTTP/1.1 401"));
    const QByteArray throttled = rawRequest(client, m_reader);
    QVERIFY2(throttled.startsWith("HTTP/1.1 503"), throttled.constData());
    QVERIFY(throttled.toLower().contains("retry-after: 30"));
    QVERIFY(rawRequest(QStringLiteral("127.0.0.10"), m_reader).startsWith("HTTP/1.1 200"));
    QCOMPARE(throughNginx("GET", m_reader).status, 200);
    QTRY_VERIFY(m_server.errorOutput().contains(" 127.0.0.9 GET /v1/authorize 429 "));
}

QTEST_GUILESS_MAIN(TestServerNginx)
#include "tst_server_nginx.moc"
