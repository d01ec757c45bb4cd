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

QTEST_GUILESS_MAIN(TestHttpEngine)
#include "tst_httpengine.moc"
