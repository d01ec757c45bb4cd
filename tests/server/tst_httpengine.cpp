#include "http/HttpEngine.h"
#include "http/HttpHandler.h"

#include <QFuture>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>
#include <vector>

namespace {

//! One Offloaded route, /slow: the first request to it holds its worker until the
//! test lets it go; the rest answer at once.
class SlowHandler final : public HttpHandler {
public:
    QSemaphore entered;
    QSemaphore release;

    Route route(HttpMethod, const QString &path) const override
    {
        if (path == QLatin1String("/slow"))
            return {0, 0, Lane::Offloaded, {}};
        return {};
    }
    HttpResponse handle(const HttpRequest &, const Route &route) override
    {
        if (route.index == 0 && m_calls.fetch_add(1) == 0) {
            entered.release();
            release.acquire();
        }
        return HttpResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("done"));
    }
    HttpResponse refusal(HttpStatus status, const QString &, const Refused &) override
    {
        return HttpResponse(status);
    }

private:
    std::atomic<int> m_calls{0};
};

//! A body of @p pieces pieces of @p size bytes each ('a', 'b', ...), or a failure after
//! the first @p failAfter of them; counts what it was asked for, and says when it is gone.
class CountingSource final : public HttpBodySource {
public:
    struct Tally {
        std::atomic<int> pulls{0};
        std::atomic<bool> destroyed{false};
    };

    CountingSource(std::shared_ptr<Tally> tally, int pieces, int size, int failAfter = -1)
        : m_tally(std::move(tally))
        , m_pieces(pieces)
        , m_size(size)
        , m_failAfter(failAfter)
    {
    }
    ~CountingSource() override { m_tally->destroyed = true; }

    std::optional<QByteArray> next() override
    {
        const int index = m_tally->pulls.fetch_add(1);
        if (index == m_failAfter)
            return std::nullopt;
        if (index >= m_pieces)
            return QByteArray();
        return QByteArray(m_size, char('a' + index % 26));
    }

private:
    std::shared_ptr<Tally> m_tally;
    const int m_pieces;
    const int m_size;
    const int m_failAfter;
};

//! /stream answers with a CountingSource made as the test sets it up; /plain with a word.
class StreamHandler final : public HttpHandler {
public:
    std::shared_ptr<CountingSource::Tally> tally = std::make_shared<CountingSource::Tally>();
    int pieces = 3;
    int size = 5;
    int failAfter = -1;

    Route route(HttpMethod, const QString &path) const override
    {
        if (path == QLatin1String("/stream"))
            return {0, 0, Lane::Offloaded, {}};
        if (path == QLatin1String("/plain"))
            return {1, 0, Lane::Offloaded, {}};
        return {};
    }
    HttpResponse handle(const HttpRequest &, const Route &route) override
    {
        if (route.index == 1)
            return HttpResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("plain"));
        return HttpResponse(QByteArrayLiteral("text/plain"),
                            std::make_shared<CountingSource>(tally, pieces, size, failAfter));
    }
    HttpResponse refusal(HttpStatus status, const QString &, const Refused &) override
    {
        return HttpResponse(status);
    }
};

bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

} // namespace

//! The engine's own life: starting, serving, and above all stopping while work is queued.
class TestHttpEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersOnTheWorkerLane();
    void stoppingWithRequestsWaitingForAWorkerEndsCleanly();
    void stopTwiceAndDestroyAfterwards();
    void aStreamedBodyGoesOutInChunks();
    void aStreamedBodyOverHttp10EndsWithTheConnection();
    void headAsksTheSourceForNothing();
    void aSourceThatFailsLeavesTheBodyUnfinished();
    void aStalledReaderIsCutOffWithoutTheRestBeingMade();

private:
    //! Everything an engine serving @p handler sends back on one connection, until it
    //! closes it, for @p requests.
    static QByteArray servedBy(StreamHandler &handler, const QByteArray &requests);
};

void TestHttpEngine::answersOnTheWorkerLane()
{
    SlowHandler handler;
    handler.release.release(); // the first request does not wait
    HttpEngine engine(handler, HttpLimits{}, 1, 1);
    QString error;
    const quint16 port = engine.listen(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(port != 0, qPrintable(error));

    QTcpSocket client;
    QVERIFY(connectTo(client, port));
    client.write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("done"), 10000);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
}

void TestHttpEngine::stoppingWithRequestsWaitingForAWorkerEndsCleanly()
{
    SlowHandler handler;
    HttpLimits limits;
    limits.drainTimeout = std::chrono::milliseconds(0); // the stop does not wait for answers
    auto engine = std::make_unique<HttpEngine>(handler, limits, 2, 1);
    QString error;
    const quint16 port = engine->listen(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(port != 0, qPrintable(error));

    // One request holds the only worker; the others queue behind it, each holding its
    // connection (and a socket on one of the I/O threads).
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 6; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(connectTo(*clients.back(), port));
        clients.back()->write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(clients.back()->waitForBytesWritten(5000));
        if (i == 0)
            QVERIFY(handler.entered.tryAcquire(1, 10000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(engine->openConnections(), 6, 10000);

    // The stop closes the listening socket first, then waits for the worker.
    QFuture<void> stopped = QtConcurrent::run([&engine] { engine->stop(); });
    // Should a check below fail, the worker is let go and the stop awaited all the same:
    // the engine is not destroyed under a running stop, and the test ends.
    const auto letGo = qScopeGuard([&] {
        handler.release.release(); // one permit too many does no harm: only the first call waits
        stopped.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(
        [port] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            return !probe.waitForConnected(1000);
        }(),
        10000);
    handler.release.release();
    QTRY_VERIFY_WITH_TIMEOUT(stopped.isFinished(), 10000);

    // Everything the engine held (queued requests, their connections, its timers) is
    // gone before the threads they lived on: destroying the engine now is safe, and
    // every client sees its connection end.
    engine.reset();
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestHttpEngine::stopTwiceAndDestroyAfterwards()
{
    SlowHandler handler;
    HttpEngine engine(handler, HttpLimits{}, 2, 2);
    QString error;
    QVERIFY2(engine.listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
    engine.stop();
    engine.stop();
    QCOMPARE(engine.openConnections(), 0);
}

QByteArray TestHttpEngine::servedBy(StreamHandler &handler, const QByteArray &requests)
{
    HttpEngine engine(handler, HttpLimits{}, 1, 1);
    QString error;
    const quint16 port = engine.listen(QHostAddress::LocalHost, 0, &error);
    QTcpSocket client;
    if (port == 0 || !connectTo(client, port)) {
        qWarning("cannot serve: %s", qPrintable(error));
        return {};
    }
    client.write(requests);
    QByteArray received;
    while (client.state() == QAbstractSocket::ConnectedState && client.waitForReadyRead(10000))
        received += client.readAll();
    return received + client.readAll();
}

void TestHttpEngine::aStreamedBodyGoesOutInChunks()
{
    StreamHandler handler;
    // Two requests on one connection: the streamed body ends with its last chunk, and the
    // connection is kept for the next request.
    const QByteArray received =
        servedBy(handler, "GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                          "GET /plain HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const QByteArray expected = "HTTP/1.1 200 OK\r\n"
                                "Content-Type: text/plain\r\n"
                                "Transfer-Encoding: chunked\r\n"
                                "\r\n"
                                "5\r\naaaaa\r\n"
                                "5\r\nbbbbb\r\n"
                                "5\r\nccccc\r\n"
                                "0\r\n\r\n"
                                "HTTP/1.1 200 OK\r\n"
                                "Content-Type: text/plain\r\n"
                                "Connection: close\r\n"
                                "Content-Length: 5\r\n"
                                "\r\n"
                                "plain";
    QCOMPARE(received, expected);
    QCOMPARE(handler.tally->pulls.load(), 4); // three pieces and the end
    QTRY_VERIFY(handler.tally->destroyed.load());
}

void TestHttpEngine::aStreamedBodyOverHttp10EndsWithTheConnection()
{
    StreamHandler handler;
    handler.size = 20000; // a piece as long as its hex size is not

    // HTTP/1.0 knows no chunks, and the client asked to keep the connection: the body
    // has no length, so the server closes the connection where it ends.
    const QByteArray received =
        servedBy(handler, "GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const QByteArray head = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n";
    QCOMPARE(received.left(head.size()), head);
    QCOMPARE(received.mid(head.size()),
             QByteArray(20000, 'a') + QByteArray(20000, 'b') + QByteArray(20000, 'c'));
}

void TestHttpEngine::headAsksTheSourceForNothing()
{
    StreamHandler handler;

    QCOMPARE(
        servedBy(handler, "HEAD /stream HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        QByteArrayLiteral("HTTP/1.1 200 OK\r\n"
                          "Content-Type: text/plain\r\n"
                          "Connection: close\r\n"
                          "Transfer-Encoding: chunked\r\n"
                          "\r\n"));
    QTRY_VERIFY(handler.tally->destroyed.load());
    QCOMPARE(handler.tally->pulls.load(), 0);
}

void TestHttpEngine::aSourceThatFailsLeavesTheBodyUnfinished()
{
    StreamHandler handler;
    handler.failAfter = 2;

    // The client asked to keep the connection and sent a second request: the server
    // closes it after the two pieces it had, without the last chunk, and answers nothing
    // more, so that no client takes the cut-off body for the whole one.
    const QByteArray received = servedBy(handler, "GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                                  "GET /plain HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(received.endsWith("\r\n\r\n5\r\naaaaa\r\n5\r\nbbbbb\r\n"), received.constData());
    QCOMPARE(received.count("HTTP/1.1 "), 1);
}

void TestHttpEngine::aStalledReaderIsCutOffWithoutTheRestBeingMade()
{
    // A thousand pieces of a MiB for a client that reads nothing: the server makes the
    // next piece only once the last one is written, so it stops at what the sockets'
    // buffers hold; the write timeout then ends the connection and drops the source.
    StreamHandler handler;
    handler.pieces = 1000;
    handler.size = 1024 * 1024;
    HttpLimits limits;
    limits.writeTimeout = std::chrono::milliseconds(300);
    HttpEngine engine(handler, limits, 1, 1);
    QString error;
    const quint16 port = engine.listen(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(port != 0, qPrintable(error));

    QTcpSocket client;
    client.setReadBufferSize(qint64{64} * 1024); // Qt stops reading from the socket there
    QVERIFY(connectTo(client, port));
    client.write("GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(client.waitForBytesWritten(5000));
    QTRY_VERIFY_WITH_TIMEOUT(handler.tally->destroyed.load(), 20000);
    QVERIFY2(handler.tally->pulls.load() < 64,
             qPrintable(QStringLiteral("%1 pieces made").arg(handler.tally->pulls.load())));
}

QTEST_GUILESS_MAIN(TestHttpEngine)
#include "tst_httpengine.moc"
