#include "ServerProcess.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

//! Failed verifications are throttled per client address, over HTTP against the real
//! server: 429 with Retry-After for the address that failed too often (for every key,
//! so guessing learns nothing), valid traffic from other addresses unaffected, and
//! behind a trusted proxy the address it names is the one that counts.
class TestServerThrottle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void failuresFromOneAddressAreThrottled();
    void otherAddressesAreServed();
    void managementCallsCountToo();
    void trustedProxyNamesTheClient();

private:
    struct Reply {
        int status = 0;
        QByteArray head;
    };
    //! A raw HTTP/1.1 request from @p from (any 127.x address) to the server.
    Reply request(const QString &from, const QByteArray &path, const QByteArray &token,
                  const QByteArray &extraHeaders = {});
    static QByteArray badKey(int i);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QByteArray m_valid;
};

void TestServerThrottle::initTestCase()
{
    const QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
    int code = -1;
    m_valid =
        ServerProcess::run({QStringLiteral("init"), QStringLiteral("--database"), database}, &code)
            .toLatin1();
    QCOMPARE(code, 0);
    QVERIFY(m_server.start({QStringLiteral("--database"), database,
                            QStringLiteral("--max-failures"), QStringLiteral("5"),
                            QStringLiteral("--trust-proxy"), QStringLiteral("127.0.0.3")}));
}

void TestServerThrottle::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

QByteArray TestServerThrottle::badKey(int i)
{
    return QByteArrayLiteral("key_live_AAAAAAAAAAAA_") + QByteArray(48, 'B') +
           QByteArray::number(i % 10);
}

TestServerThrottle::Reply TestServerThrottle::request(const QString &from, const QByteArray &path,
                                                      const QByteArray &token,
                                                      const QByteArray &extraHeaders)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(from)))
        qWarning("cannot bind %s: %s", qPrintable(from), qPrintable(socket.errorString()));
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    if (!socket.waitForConnected(10000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                 "\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && !answer.contains("\r\n\r\n")) {
        socket.waitForReadyRead(10000);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    Reply reply;
    reply.head = answer.left(answer.indexOf("\r\n\r\n"));
    reply.status = answer.mid(9, 3).toInt(); // "HTTP/1.1 401 ..."
    return reply;
}

void TestServerThrottle::failuresFromOneAddressAreThrottled()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(request(QStringLiteral("127.0.0.1"), "/v1/authorize", badKey(i)).status, 401);
    const Reply throttled = request(QStringLiteral("127.0.0.1"), "/v1/authorize", badKey(5));
    QCOMPARE(throttled.status, 429);
    const int retryAfter =
        throttled.head.mid(throttled.head.toLower().indexOf("retry-after:") + 12, 4)
            .trimmed()
            .toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 12, throttled.head.constData());
    // While throttled, even the right key is not looked at: guessing gains nothing.
    QCOMPARE(request(QStringLiteral("127.0.0.1"), "/v1/authorize", m_valid).status, 429);
}

void TestServerThrottle::otherAddressesAreServed()
{
    QCOMPARE(request(QStringLiteral("127.0.0.2"), "/v1/authorize", m_valid).status, 200);
    QCOMPARE(request(QStringLiteral("127.0.0.2"), "/v1/authorize", badKey(0)).status, 401);
    QCOMPARE(request(QStringLiteral("127.0.0.2"), "/v1/authorize", m_valid).status, 200);
}

void TestServerThrottle::managementCallsCountToo()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(request(QStringLiteral("127.0.0.4"), "/v1/keys", badKey(i)).status, 401);
    QCOMPARE(request(QStringLiteral("127.0.0.4"), "/v1/keys", m_valid).status, 200);
    QCOMPARE(request(QStringLiteral("127.0.0.4"), "/v1/keys", badKey(4)).status, 401);
    QCOMPARE(request(QStringLiteral("127.0.0.4"), "/v1/keys", m_valid).status, 429);
}

void TestServerThrottle::trustedProxyNamesTheClient()
{
    const QByteArray attacker = "X-Real-IP: 203.0.113.9\r\n";
    const QByteArray customer = "X-Real-IP: 198.51.100.20\r\n";
    for (int i = 0; i < 5; ++i)
        QCOMPARE(request(QStringLiteral("127.0.0.3"), "/v1/authorize", badKey(i), attacker).status,
                 401);
    QCOMPARE(request(QStringLiteral("127.0.0.3"), "/v1/authorize", m_valid, attacker).status, 429);
    QCOMPARE(request(QStringLiteral("127.0.0.3"), "/v1/authorize", m_valid, customer).status, 200);
    // An untrusted peer cannot pick its address: 127.0.0.5 is judged as itself.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(request(QStringLiteral("127.0.0.5"), "/v1/authorize", badKey(i), customer).status,
                 401);
    QCOMPARE(request(QStringLiteral("127.0.0.5"), "/v1/authorize", m_valid, customer).status, 429);
    QCOMPARE(request(QStringLiteral("127.0.0.3"), "/v1/authorize", m_valid, customer).status, 200);
    QTRY_VERIFY(m_server.errorOutput().contains(" 203.0.113.9 GET /v1/authorize 429 "));
}

QTEST_GUILESS_MAIN(TestServerThrottle)
#include "tst_server_throttle.moc"
