#include "BulkSeed.h"
#include "Sanitizers.h"
#include "ServerProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <optional>

//! Checks never wait for management work: an export of 200,000 keys is streamed while
//! checks on other connections are answered at once, and it is read from the store only
//! as fast as its client takes it; SIGTERM during a stream of creates loses none that
//! were answered.
class TestServerLanes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checksAreAnsweredWhileAnExportRuns();
    void anExportIsReadAsItsClientTakesIt();
    void sigtermDuringCreatesLosesNoneThatWereAnswered();

private:
    //! One answer read off a kept-alive connection: its status and body.
    struct Answer {
        int status = 0;
        QByteArray body;
    };
    //! The next whole answer in @p buffer (removed from it), or nullopt while incomplete.
    static std::optional<Answer> takeAnswer(QByteArray *buffer);
    static std::unique_ptr<QTcpSocket> connectTo(quint16 port);
    //! GET /v1/authorize on a new connection; its status and how long it took.
    QPair<int, qint64> check() const;

    QTemporaryDir m_dir;
    QString m_database;
    QByteArray m_key;
    ServerProcess m_server;
};

namespace {

constexpr int ExportedKeys = 200000;

QByteArray createRequest(const QByteArray &key, int number)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"),
                                                       QStringLiteral("Drained %1").arg(number)}})
                                .toJson(QJsonDocument::Compact);
    return "POST /v1/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

void TestServerLanes::initTestCase()
{
    const QString file = m_dir.filePath(QStringLiteral("keys.db"));
    m_database = QStringLiteral("sqlite:") + file;
    m_key = ServerProcess::init(m_database,
                                {QStringLiteral("api_keys:read"), QStringLiteral("api_keys:write")})
                .toLatin1();
    QVERIFY(!m_key.isEmpty());
    // The seeded keys' expiry does not matter here: an export lists every status.
    QVERIFY(bulkSeedKeys(file, ExportedKeys, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_server.start(ServerProcess::arguments(m_database)));
}

void TestServerLanes::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

std::unique_ptr<QTcpSocket> TestServerLanes::connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        qWarning("cannot connect: %s", qPrintable(socket->errorString()));
    return socket;
}

std::optional<TestServerLanes::Answer> TestServerLanes::takeAnswer(QByteArray *buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0 || !buffer->startsWith("HTTP/1.1 "))
        return std::nullopt;
    const QString head = QString::fromLatin1(buffer->left(end + 2));
    Answer answer{buffer->mid(9, 3).toInt(), {}};
    static const QRegularExpression chunked(QStringLiteral("(?i)\r\ntransfer-encoding: *chunked"));
    if (chunked.match(head).hasMatch()) {
        // Chunks: a hex size line, the bytes, CRLF; the body ends with a chunk of size 0.
        qsizetype at = end + 4;
        for (;;) {
            const qsizetype line = buffer->indexOf("\r\n", at);
            if (line < 0)
                return std::nullopt;
            bool ok = false;
            const qsizetype size = buffer->mid(at, line - at).toLongLong(&ok, 16);
            if (!ok || buffer->size() < line + 2 + size + 2)
                return std::nullopt;
            answer.body += buffer->mid(line + 2, size);
            at = line + 2 + size + 2;
            if (size == 0)
                break;
        }
        buffer->remove(0, at);
        return answer;
    }
    static const QRegularExpression length(QStringLiteral("(?i)\r\ncontent-length: *(\\d+)"));
    const QRegularExpressionMatch match = length.match(head);
    const qsizetype size = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (buffer->size() < end + 4 + size)
        return std::nullopt;
    answer.body = buffer->mid(end + 4, size);
    buffer->remove(0, end + 4 + size);
    return answer;
}

QPair<int, qint64> TestServerLanes::check() const
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<QTcpSocket> socket = connectTo(m_server.port());
    socket->write("GET /v1/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                  "Authorization: Bearer " +
                  m_key + "\r\n\r\n");
    QByteArray received;
    std::optional<Answer> answer;
    while (!answer && socket->waitForReadyRead(10000)) {
        received += socket->readAll();
        answer = takeAnswer(&received);
    }
    return {answer ? answer->status : 0, timer.elapsed()};
}

void TestServerLanes::checksAreAnsweredWhileAnExportRuns()
{
    const qint64 memoryBefore = m_server.anonymousKiB();
    QVERIFY(memoryBefore > 0);
    const std::unique_ptr<QTcpSocket> exporter = connectTo(m_server.port());
    exporter->write("GET /v1/export?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Authorization: Bearer " +
                    m_key + "\r\n\r\n");
    QByteArray received;
    std::optional<Answer> exported;
    int checksDuringTheExport = 0;
    qint64 slowestCheck = 0;
    qint64 mostMemory = memoryBefore;
    QElapsedTimer timer;
    timer.start();
    // Read what the export has sent so far, then check a key, until the export is done.
    while (!exported && timer.elapsed() < 300000) {
        if (exporter->bytesAvailable() || exporter->waitForReadyRead(5)) {
            received += exporter->readAll();
            exported = takeAnswer(&received);
            if (exported)
                break;
        }
        QVERIFY2(exporter->state() == QAbstractSocket::ConnectedState, "the export was cut off");
        const QPair<int, qint64> answer = check();
        QCOMPARE(answer.first, 200);
        slowestCheck = std::max(slowestCheck, answer.second);
        ++checksDuringTheExport;
        mostMemory = std::max(mostMemory, m_server.anonymousKiB());
    }
    QVERIFY(exported);
    QCOMPARE(exported->status, 200);
    // Every key and the header line arrived.
    QCOMPARE(exported->body.count('\n'), ExportedKeys + 2);
    QVERIFY2(checksDuringTheExport >= 3,
             qPrintable(QStringLiteral("%1 checks during the export").arg(checksDuringTheExport)));
    // A check waits for no management call (generous for a loaded 2-core machine and
    // the sanitizer build; checks alone take about a millisecond).
    QVERIFY2(slowestCheck < 1000,
             qPrintable(QStringLiteral("a check took %1 ms").arg(slowestCheck)));
    // The export went out as it was read: the server's heap grew by far less than it.
    // (Not measurable under AddressSanitizer; the plain build checks it.)
    if (underAddressSanitizer())
        return;
    const qint64 growthKiB = mostMemory - memoryBefore;
    const qint64 exportKiB = exported->body.size() / 1024;
    QVERIFY2(
        growthKiB < exportKiB / 4,
        qPrintable(
            QStringLiteral("heap grew %1 KiB for a %2 KiB export").arg(growthKiB).arg(exportKiB)));
}

void TestServerLanes::anExportIsReadAsItsClientTakesIt()
{
    // The client reads the export's first bytes, then nothing. The server stops once the
    // sockets' buffers are full (a few MiB of a 50 MiB export): no other call waits for
    // it, and a key created meanwhile that sorts last is in the export, since its keys
    // are read only as the client takes them (a file written first could not hold it).
    const std::unique_ptr<QTcpSocket> exporter = connectTo(m_server.port());
    exporter->setReadBufferSize(qint64{64} * 1024);
    exporter->write("GET /v1/export?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Authorization: Bearer " +
                    m_key + "\r\n\r\n");
    QByteArray received;
    while (!received.contains("\r\n\r\n") && exporter->waitForReadyRead(10000))
        received += exporter->read(4096);
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    QVERIFY(received.contains("\r\nTransfer-Encoding: chunked\r\n"));
    QVERIFY(!received.contains("Content-Length"));

    HttpClient client(m_server.base());
    client.setBearer(QString::fromLatin1(m_key));
    QCOMPARE(client.createKey(QStringLiteral("Zz created while exporting")).status, 201);
    QCOMPARE(check().first, 200);

    std::optional<Answer> exported;
    QElapsedTimer timer;
    timer.start();
    while (!exported && timer.elapsed() < 300000 &&
           (exporter->bytesAvailable() || exporter->waitForReadyRead(10000))) {
        received += exporter->readAll();
        exported = takeAnswer(&received);
    }
    QVERIFY(exported);
    QCOMPARE(exported->status, 200);
    QCOMPARE(exported->body.count('\n'), ExportedKeys + 3);
    const QByteArray last = exported->body.left(exported->body.size() - 2);
    QVERIFY(last.mid(last.lastIndexOf('\n') + 1).contains("Zz created while exporting"));
}

void TestServerLanes::sigtermDuringCreatesLosesNoneThatWereAnswered()
{
    // Two clients create keys one after another on kept-alive connections; SIGTERM comes
    // once some are answered. Every key the server answered 201 for must be in the
    // store afterwards, and no answer arrives cut off.
    constexpr int Clients = 2;
    std::unique_ptr<QTcpSocket> sockets[Clients];
    QByteArray buffers[Clients];
    int sent = 0;
    for (auto &socket : sockets) {
        socket = connectTo(m_server.port());
        socket->write(createRequest(m_key, ++sent));
    }
    QStringList answered;
    bool stopping = false;
    QElapsedTimer timer;
    timer.start();
    auto open = [&sockets] {
        return std::any_of(std::begin(sockets), std::end(sockets), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        });
    };
    while (open() && timer.elapsed() < 60000) {
        for (int i = 0; i < Clients; ++i) {
            QTcpSocket &socket = *sockets[i];
            if (socket.state() != QAbstractSocket::ConnectedState)
                continue;
            socket.waitForReadyRead(20);
            buffers[i] += socket.readAll();
            while (const std::optional<Answer> answer = takeAnswer(&buffers[i])) {
                QCOMPARE(answer->status, 201);
                answered << QJsonDocument::fromJson(answer->body)
                                .object()
                                .value(QStringLiteral("key"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
                socket.write(createRequest(m_key, ++sent));
            }
        }
        if (!stopping && answered.size() >= 20) {
            m_server.signalStop();
            stopping = true;
        }
    }
    QVERIFY(stopping);
    QVERIFY(!open()); // the server closed every connection while it drained
    QVERIFY(m_server.waitUntilStopped());
    for (const QByteArray &rest : buffers)
        QVERIFY2(rest.isEmpty(), rest.left(200).constData()); // nothing cut off
    QVERIFY(answered.size() >= 20);

    QVERIFY(m_server.start(ServerProcess::arguments(m_database)));
    HttpClient client(m_server.base());
    client.setBearer(QString::fromLatin1(m_key));
    for (const QString &id : std::as_const(answered)) {
        QVERIFY(!id.isEmpty());
        QCOMPARE(client.get(QStringLiteral("/v1/keys/") + id).status, 200);
    }
}

QTEST_GUILESS_MAIN(TestServerLanes)
#include "tst_server_lanes.moc"
