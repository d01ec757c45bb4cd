#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <vector>

//! What keyward-server's HTTP engine does with hostile traffic (docs/security.md 6): one
//! answer per request, limits on header blocks and bodies checked before anything is
//! read, slow and idle clients closed, the connection cap and the open-files limit
//! met without spinning, and checks from other clients answered meanwhile.
class TestServerLimits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tooManyHeaderFieldsGet431AndOneAnswer();
    void aHeaderBlockOverTheLimitGets431();
    void aKeyWith99OtherFieldsIsChecked();
    void trailerFieldsCountTowardsTheLimit();
    void pipelinedRequestsAreAnsweredInOrder();
    void aTargetStartingWithTwoSlashesIsAPath();
    void anAnnouncedHugeBodyIsRefusedBeforeItIsRead();
    void aChunkedBodyOverTheLimitIsRefused();
    void aBodyOnARouteThatTakesNoneIsRefused();
    void brokenHttpGets400AndTheConnectionCloses();
    void slowHeadersAreClosedWhileChecksGoOn();
    void idleConnectionsAreClosed();
    void manyIdleConnectionsDoNotHoldUpChecks();
    void scopesAreCheckedBeforeTheyAreEchoed_data();
    void scopesAreCheckedBeforeTheyAreEchoed();
    void atTheConnectionCapNewConnectionsWait();
    void atTheFileLimitTheServerDoesNotSpin();

private:
    struct Exchange {
        QByteArray received;
        bool closed = false;
        //! The status of each answer received, in order (read by their Content-Length).
        QList<int> statuses() const;
        int answers() const { return int(statuses().size()); }
        int status() const { return statuses().value(0); }
    };
    //! Sends @p request on a new connection and reads until the server closes it or
    //! @p quietMs pass without a byte.
    Exchange exchange(const QByteArray &request, int quietMs = 3000) const;
    //! Reads from @p socket until it is closed or @p quietMs pass without a byte.
    static Exchange readAll(QTcpSocket &socket, int quietMs);
    std::unique_ptr<QTcpSocket> connectTo(quint16 port) const;
    //! GET /v1/authorize with the admin key on @p port; its status and how long it took.
    QPair<int, qint64> check(quint16 port) const;
    QByteArray checkRequest(const QByteArray &extraFields = {}) const;

    QTemporaryDir m_dir;
    QString m_database;
    QByteArray m_key;
    ServerProcess m_server; //!< one-second header and idle timeouts
};

QList<int> TestServerLimits::Exchange::statuses() const
{
    QList<int> found;
    qsizetype at = 0;
    while (received.mid(at, 9) == "HTTP/1.1 ") {
        const qsizetype end = received.indexOf("\r\n\r\n", at);
        if (end < 0)
            break;
        found << received.mid(at + 9, 3).toInt();
        const QByteArray head = received.mid(at, end - at).toLower();
        const qsizetype length = head.indexOf("content-length: ");
        const qsizetype bodySize =
            length < 0
                ? 0
                : head.mid(length + 16, head.indexOf('\r', length) - length - 16).toLongLong();
        at = end + 4 + bodySize;
    }
    return found;
}

void TestServerLimits::initTestCase()
{
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("keys.db"));
    m_key = ServerProcess::init(m_database, {QStringLiteral("api_keys:read")}).toLatin1();
    QVERIFY(!m_key.isEmpty());
    QVERIFY(m_server.start(ServerProcess::arguments(m_database) +
                           QStringList{QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                       QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
}

void TestServerLimits::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

std::unique_ptr<QTcpSocket> TestServerLimits::connectTo(quint16 port) const
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        qWarning("cannot connect: %s", qPrintable(socket->errorString()));
    return socket;
}

TestServerLimits::Exchange TestServerLimits::readAll(QTcpSocket &socket, int quietMs)
{
    Exchange result;
    while (socket.state() == QAbstractSocket::ConnectedState) {
        if (!socket.waitForReadyRead(quietMs) && socket.bytesAvailable() == 0) {
            if (socket.state() == QAbstractSocket::ConnectedState)
                break; // quiet: still open
        }
        result.received += socket.readAll();
    }
    result.received += socket.readAll();
    result.closed = socket.state() != QAbstractSocket::ConnectedState;
    return result;
}

TestServerLimits::Exchange TestServerLimits::exchange(const QByteArray &request, int quietMs) const
{
    const std::unique_ptr<QTcpSocket> socket = connectTo(m_server.port());
    socket->write(request);
    socket->flush();
    return readAll(*socket, quietMs);
}

QByteArray TestServerLimits::checkRequest(const QByteArray &extraFields) const
{
    return "GET /v1/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_key +
           "\r\n" + extraFields + "\r\n";
}

QPair<int, qint64> TestServerLimits::check(quint16 port) const
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<QTcpSocket> socket = connectTo(port);
    socket->write("GET /v1/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                  "Authorization: Bearer " +
                  m_key + "\r\n\r\n");
    const Exchange answer = readAll(*socket, 5000);
    return {answer.status(), timer.elapsed()};
}

void TestServerLimits::tooManyHeaderFieldsGet431AndOneAnswer()
{
    QByteArray fields;
    for (int i = 0; i < 101; ++i)
        fields += "X-Pad-" + QByteArray::number(i) + ": x\r\n";
    // A second request hidden in the body must never be answered.
    const QByteArray hidden = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const Exchange answer =
        exchange("POST /v1/keys/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields +
                 "Content-Length: " + QByteArray::number(hidden.size()) + "\r\n\r\n" + hidden);
    QCOMPARE(answer.status(), 431);
    QCOMPARE(answer.answers(), 1);
    QVERIFY(answer.closed);
    QVERIFY(answer.received.contains("\"error\":\"header_fields_too_large\""));
}

void TestServerLimits::aHeaderBlockOverTheLimitGets431()
{
    const Exchange big =
        exchange(checkRequest("X-Big: " + QByteArray(qsizetype{20} * 1024, 'a') + "\r\n"));
    QCOMPARE(big.status(), 431);
    QCOMPARE(big.answers(), 1);
    QVERIFY(big.closed);
    // A 1 MB header line: the same, and the server is still there.
    const Exchange huge = exchange(checkRequest("X-Huge: " + QByteArray(1 << 20, 'a') + "\r\n"));
    QCOMPARE(huge.status(), 431);
    QVERIFY(huge.closed);
    QCOMPARE(check(m_server.port()).first, 200);
}

void TestServerLimits::aKeyWith99OtherFieldsIsChecked()
{
    QByteArray fields;
    for (int i = 0; i < 97; ++i) // with Host, Authorization and Connection: 100 in all
        fields += "X-Pad-" + QByteArray::number(i) + ": x\r\n";
    const Exchange answer = exchange(checkRequest(fields + "Connection: close\r\n"));
    QCOMPARE(answer.status(), 200);
    QCOMPARE(answer.answers(), 1);
}

void TestServerLimits::trailerFieldsCountTowardsTheLimit()
{
    // A chunked body's trailer adds fields after the header was checked: with Host and
    // Transfer-Encoding, 98 trailer fields make 100 (the limit), 99 one too many.
    const auto withTrailer = [](int fields) {
        QByteArray trailer;
        for (int i = 0; i < fields; ++i)
            trailer += "X-Trailer-" + QByteArray::number(i) + ": x\r\n";
        const QByteArray body = R"({"key": "not a key"})";
        return "POST /v1/keys/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               "Transfer-Encoding: chunked\r\n\r\n" +
               QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n" + trailer + "\r\n";
    };
    const Exchange atLimit = exchange(withTrailer(98));
    QCOMPARE(atLimit.answers(), 1);
    QVERIFY(atLimit.status() != 431);
    QVERIFY(atLimit.status() > 0);
    const Exchange past = exchange(withTrailer(99));
    QCOMPARE(past.status(), 431);
    QCOMPARE(past.answers(), 1);
    QVERIFY(past.closed);
}

void TestServerLimits::pipelinedRequestsAreAnsweredInOrder()
{
    const Exchange answer =
        exchange("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + checkRequest() +
                 "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(answer.statuses(), (QList<int>{200, 200, 404}));
}

void TestServerLimits::aTargetStartingWithTwoSlashesIsAPath()
{
    // Not an authority "evil" and the path /v1/authorize: a proxy that filters by path
    // and forwards the original target must see what the server routes.
    const Exchange answer = exchange("GET //evil/v1/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Connection: close\r\nAuthorization: Bearer " +
                                     m_key + "\r\n\r\n");
    QCOMPARE(answer.status(), 404);
}

void TestServerLimits::anAnnouncedHugeBodyIsRefusedBeforeItIsRead()
{
    const qint64 before = m_server.residentKiB();
    QVERIFY(before > 0);
    const std::unique_ptr<QTcpSocket> socket = connectTo(m_server.port());
    socket->write("POST /v1/keys/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n");
    QVERIFY(socket->waitForReadyRead(5000)); // answered before a byte of the body was sent
    QVERIFY(socket->peek(12).startsWith("HTTP/1.1 413"));
    // The client goes on sending anyway (up to 256 MiB): nothing of it is kept.
    const QByteArray chunk(1 << 20, 'x');
    for (int i = 0; i < 256 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write(chunk);
        socket->waitForBytesWritten(2000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(socket->state() != QAbstractSocket::ConnectedState ||
                                 !socket->waitForBytesWritten(100),
                             10000);
    const qint64 growth = m_server.residentKiB() - before;
    QVERIFY2(growth < qint64{64} * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(growth)));
    QCOMPARE(check(m_server.port()).first, 200);
}

void TestServerLimits::aChunkedBodyOverTheLimitIsRefused()
{
    const QByteArray chunk(8192, 'a');
    QByteArray body;
    for (int i = 0; i < 4; ++i)
        body += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    const Exchange answer = exchange("POST /v1/keys/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Transfer-Encoding: chunked\r\n\r\n" +
                                     body + "0\r\n\r\n");
    QCOMPARE(answer.status(), 413);
    QCOMPARE(answer.answers(), 1);
    QVERIFY(answer.closed);
}

void TestServerLimits::aBodyOnARouteThatTakesNoneIsRefused()
{
    const Exchange answer = exchange("GET /v1/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Content-Length: 10\r\n\r\n0123456789");
    QCOMPARE(answer.status(), 413);
    QVERIFY(answer.closed);
}

void TestServerLimits::brokenHttpGets400AndTheConnectionCloses()
{
    const Exchange garbage = exchange("HELLO\r\n\r\n");
    QCOMPARE(garbage.status(), 400);
    QVERIFY(garbage.closed);
    // Two lengths that disagree: a classic smuggling attempt.
    const Exchange lengths = exchange("POST /v1/keys/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                      "Content-Length: 5\r\nContent-Length: 40\r\n\r\nhello");
    QCOMPARE(lengths.status(), 400);
    QCOMPARE(lengths.answers(), 1);
    QVERIFY(lengths.closed);
}

void TestServerLimits::slowHeadersAreClosedWhileChecksGoOn()
{
    const std::unique_ptr<QTcpSocket> slow = connectTo(m_server.port());
    slow->write("GET /healthz HTTP/1.1\r\n");
    QTimer trickle;
    int sent = 0;
    connect(&trickle, &QTimer::timeout, slow.get(),
            [&] { slow->write(QByteArray("X-Slow-") + QByteArray::number(sent++) + ": y\r\n"); });
    trickle.start(100); // a field every 100 ms: never idle, never done
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 500) {
        const auto [status, elapsedMs] = check(m_server.port());
        QCOMPARE(status, 200);
        QVERIFY2(elapsedMs < 100, qPrintable(QStringLiteral("%1 ms").arg(elapsedMs)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(slow->state() != QAbstractSocket::ConnectedState, 5000);
    QVERIFY(timer.elapsed() >= 900); // the header timeout is a second
    QVERIFY(!slow->readAll().contains("200"));
}

void TestServerLimits::idleConnectionsAreClosed()
{
    const std::unique_ptr<QTcpSocket> socket = connectTo(m_server.port());
    socket->write(checkRequest());
    QVERIFY(socket->waitForReadyRead(5000));
    QVERIFY(socket->readAll().startsWith("HTTP/1.1 200"));
    QTRY_VERIFY_WITH_TIMEOUT(socket->state() != QAbstractSocket::ConnectedState, 5000);
    // A connection that never sends anything is closed too.
    const std::unique_ptr<QTcpSocket> silent = connectTo(m_server.port());
    QTRY_VERIFY_WITH_TIMEOUT(silent->state() != QAbstractSocket::ConnectedState, 5000);
}

void TestServerLimits::manyIdleConnectionsDoNotHoldUpChecks()
{
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    idle.reserve(200);
    for (int i = 0; i < 200; ++i)
        idle.push_back(connectTo(m_server.port()));
    for (int i = 0; i < 5; ++i) {
        const auto [status, elapsedMs] = check(m_server.port());
        QCOMPARE(status, 200);
        QVERIFY2(elapsedMs < 100, qPrintable(QStringLiteral("%1 ms").arg(elapsedMs)));
    }
}

void TestServerLimits::scopesAreCheckedBeforeTheyAreEchoed_data()
{
    QTest::addColumn<QByteArray>("scope");
    QTest::newRow("carriage return") << QByteArray("documents:write\rSet-Cookie: evil=1");
    QTest::newRow("control byte") << QByteArray("documents:read\x01");
    QTest::newRow("quote") << QByteArray("documents:read\", error=\"x");
    QTest::newRow("no action") << QByteArray("documents");
    QTest::newRow("unknown action") << QByteArray("documents:own");
    QTest::newRow("upper case") << QByteArray("Documents:read");
}

void TestServerLimits::scopesAreCheckedBeforeTheyAreEchoed()
{
    QFETCH(QByteArray, scope);
    const Exchange answer =
        exchange(checkRequest("X-Keyward-Scope: " + scope + "\r\nConnection: close\r\n"));
    QCOMPARE(answer.status(), 400);
    QVERIFY(!answer.received.contains("Set-Cookie"));
    QVERIFY(!answer.received.contains("evil"));
    const qsizetype end = answer.received.indexOf("\r\n\r\n");
    QVERIFY(!answer.received.left(end).contains("scope="));
    // A scope that is one is checked as before.
    QCOMPARE(
        exchange(checkRequest("X-Keyward-Scope: documents:read\r\nConnection: close\r\n")).status(),
        403);
}

void TestServerLimits::atTheConnectionCapNewConnectionsWait()
{
    ServerProcess capped;
    QVERIFY(capped.start(ServerProcess::arguments(m_database) +
                         QStringList{QStringLiteral("--max-connections"), QStringLiteral("4")}));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(connectTo(capped.port()));
        held.back()->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(held.back()->waitForReadyRead(5000)); // accepted and answered: kept alive
        held.back()->readAll();
    }
    const std::unique_ptr<QTcpSocket> waiting = connectTo(capped.port()); // in the backlog
    waiting->write(checkRequest("Connection: close\r\n"));
    QVERIFY(!waiting->waitForReadyRead(500)); // not accepted while four are open
    held.front()->close();
    QVERIFY(waiting->waitForReadyRead(5000));
    QVERIFY(waiting->readAll().startsWith("HTTP/1.1 200"));
    QVERIFY(capped.stop());
}

void TestServerLimits::atTheFileLimitTheServerDoesNotSpin()
{
    ServerProcess limited;
    limited.setFileLimit(64);
    // An explicit cap above what the descriptors allow: accepting runs out of files.
    QVERIFY(limited.start(ServerProcess::arguments(m_database) +
                          QStringList{QStringLiteral("--max-connections"), QStringLiteral("1000"),
                                      QStringLiteral("--threads"), QStringLiteral("2")}));
    QCOMPARE(check(limited.port()).first, 200);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 80; ++i) {
        held.push_back(connectTo(limited.port()));
        held.back()->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }
    QTRY_VERIFY_WITH_TIMEOUT(limited.errorOutput().contains("cannot accept connections"), 10000);
    const qint64 cpuBefore = limited.cpuMilliseconds();
    QElapsedTimer window;
    window.start();
    QVERIFY(!held.back()->waitForReadyRead(1000)); // out of files: it waits
    const qint64 cpuUsed = limited.cpuMilliseconds() - cpuBefore;
    QVERIFY2(
        cpuUsed * 4 < window.elapsed(),
        qPrintable(QStringLiteral("%1 ms of CPU in %2 ms").arg(cpuUsed).arg(window.elapsed())));
    held.clear(); // the files come back: it recovers
    // A server that died on the way says why (its standard error) instead of "refused".
    QTRY_VERIFY2_WITH_TIMEOUT(check(limited.port()).first == 200,
                              limited.errorOutput().right(2000).constData(), 10000);
    QVERIFY(limited.stop());
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
