#include "ServerProcess.h"
#include "StoreLock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

//! keyward-server and a troubled store: killed (SIGKILL) during a stream of creates,
//! every key it acknowledged is still there and works after a restart, and the store
//! is intact; a store locked by another program makes writes fail clearly while
//! verification goes on; a damaged file is refused at start.
class TestServerCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringCreates_data();
    void killDuringCreates();
    void storeIsIntact();
    void lockedStoreFailsWritesNotChecks();
    void damagedStoreIsRefusedAtStart();

private:
    void sendCreate();

    QTemporaryDir m_dir;
    QString m_database;
    QString m_admin;
    ServerProcess *m_server = nullptr;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_acknowledged; //!< id -> token
    int m_sent = 0;
    bool m_streaming = false;
};

void TestServerCrash::initTestCase()
{
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
    int code = -1;
    m_admin = ServerProcess::run({QStringLiteral("init"), QStringLiteral("--database"), m_database},
                                 &code);
    QCOMPARE(code, 0);
}

void TestServerCrash::sendCreate()
{
    if (!m_streaming || !m_server)
        return;
    QNetworkRequest request(QUrl(m_server->base() + QStringLiteral("/v1/keys")));
    request.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"),
                                                       QStringLiteral("Stream %1").arg(++m_sent)}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201) {
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            m_acknowledged.insert(answer.value(QStringLiteral("key"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString(),
                                  answer.value(QStringLiteral("token")).toString());
        }
        sendCreate();
    });
}

void TestServerCrash::killDuringCreates_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("early") << 5;
    QTest::newRow("later") << 40;
    QTest::newRow("late") << 90;
}

void TestServerCrash::killDuringCreates()
{
    QFETCH(int, killAfter);
    ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--database"), m_database, QStringLiteral("--quiet")}));
    m_server = &server;
    const qsizetype before = m_acknowledged.size();
    m_streaming = true;
    for (int i = 0; i < 4; ++i) // four requests in flight at any time
        sendCreate();
    QTRY_VERIFY_WITH_TIMEOUT(m_acknowledged.size() - before >= killAfter, 60000);
    server.kill(); // SIGKILL while creates are in flight
    m_streaming = false;
    m_server = nullptr;

    ServerProcess restarted;
    QVERIFY(restarted.start({QStringLiteral("--database"), m_database, QStringLiteral("--quiet")}));
    HttpClient http(restarted.base());
    http.setBearer(m_admin);
    for (auto it = m_acknowledged.cbegin(); it != m_acknowledged.cend(); ++it) {
        QCOMPARE(http.get(QStringLiteral("/v1/keys/") + it.key()).status, 200);
        HttpClient key(restarted.base());
        key.setBearer(it.value());
        QCOMPARE(key.get(QStringLiteral("/v1/authorize")).status, 200);
    }
    QVERIFY(restarted.stop());
}

void TestServerCrash::storeIsIntact()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_database.mid(7));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        // Every key has its audit event: none was committed without the other.
        QVERIFY(query.exec(
            QStringLiteral("SELECT COUNT(*) FROM api_keys k WHERE NOT EXISTS (SELECT 1 FROM"
                           " audit_events e WHERE e.kid = k.kid AND e.action = 'create')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QVERIFY(m_acknowledged.size() >= 135);
}

void TestServerCrash::lockedStoreFailsWritesNotChecks()
{
    ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--database"), m_database, QStringLiteral("--quiet")}));
    HttpClient http(server.base());
    http.setBearer(m_admin);
    StoreLock lock(m_database.mid(7)); // another program holds the write lock
    QVERIFY(lock.isHeld());
    const HttpClient::Answer refused = http.sendJson(
        "POST", QStringLiteral("/v1/keys"), {{QStringLiteral("name"), QStringLiteral("Blocked")}});
    QCOMPARE(refused.status, 503);
    QVERIFY2(
        refused.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("busy")),
        refused.body.constData());
    QCOMPARE(http.get(QStringLiteral("/v1/authorize")).status, 200); // reads go on meanwhile
    QVERIFY(lock.release());
    QCOMPARE(http.sendJson("POST", QStringLiteral("/v1/keys"),
                           {{QStringLiteral("name"), QStringLiteral("Unblocked")}})
                 .status,
             201);
    QVERIFY(server.stop());
}

void TestServerCrash::damagedStoreIsRefusedAtStart()
{
    QFile damaged(m_dir.filePath(QStringLiteral("damaged.db")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    QProcess server;
    server.start(QStringLiteral(KEYWARD_SERVER),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--database"), QStringLiteral("sqlite:") + damaged.fileName()});
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitCode(), 1);
    QVERIFY(server.readAllStandardError().contains("damaged or is not a Keyward store"));
    QCOMPARE(damaged.size(), 8192); // left as it was
}

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
