#include "PostgresServer.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

//! Two keyward-server instances on one real PostgreSQL server: a key issued through
//! one works through the other, and a revoke, delete or reset through one is enforced
//! by the other within a second, although each remembers the keys it has checked.
//! "Within a second" is measured from just before the change is made: no request sent
//! to an instance a second or more after that may still be accepted.
class TestServerPostgres final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysIssuedOnOneWorkOnTheOther();
    void revokeOnOneIsEnforcedByTheOther();
    void deleteAndResetOnOneAreEnforcedByTheOther();
    void changeOutsideKeywardIsEnforcedWithinASecond();
    void badPasswordIsAClearError();

private:
    QJsonObject issue(const QString &name);
    int authorize(ServerProcess &server, const QString &token);
    //! Asks @p server about @p token until it is refused (for at most five seconds) and
    //! returns when, on @p since, the last request it accepted was sent: -1 when none
    //! was, and a value past five seconds when it was never refused.
    qint64 acceptedUntil(ServerProcess &server, const QString &token, const QElapsedTimer &since);

    PostgresServer m_postgres;
    ServerProcess m_first;
    ServerProcess m_second;
    QString m_admin;
};

void TestServerPostgres::initTestCase()
{
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
    // The password from a file here; from PGPASSWORD in tst_server_keys_postgresql.
    const QStringList store{QStringLiteral("--database"), m_postgres.url(),
                            QStringLiteral("--password-file"), m_postgres.passwordFile()};
    int code = -1;
    m_admin = ServerProcess::run(QStringList{QStringLiteral("init")} + store, &code);
    QCOMPARE(code, 0);
    QVERIFY(m_first.start(store));
    QVERIFY(m_second.start(store));
}

void TestServerPostgres::cleanupTestCase()
{
    QVERIFY(m_first.stop());
    QVERIFY(m_second.stop());
    m_postgres.stop();
}

QJsonObject TestServerPostgres::issue(const QString &name)
{
    HttpClient api(m_first.base());
    api.setBearer(m_admin);
    const HttpClient::Answer answer =
        api.sendJson("POST", QStringLiteral("/v1/keys"), {{QStringLiteral("name"), name}});
    if (answer.status != 201)
        qWarning("create answered %d: %s", answer.status, answer.body.constData());
    return answer.json();
}

int TestServerPostgres::authorize(ServerProcess &server, const QString &token)
{
    HttpClient client(server.base());
    client.setBearer(token);
    return client.get(QStringLiteral("/v1/authorize")).status;
}

qint64 TestServerPostgres::acceptedUntil(ServerProcess &server, const QString &token,
                                         const QElapsedTimer &since)
{
    qint64 lastAccepted = -1;
    const bool refused = QTest::qWaitFor(
        [&] {
            const qint64 sent = since.elapsed();
            const int status = authorize(server, token);
            if (status == 200)
                lastAccepted = sent;
            return status == 401;
        },
        5000);
    return refused ? lastAccepted : 5000 + since.elapsed();
}

void TestServerPostgres::keysIssuedOnOneWorkOnTheOther()
{
    const QString token = issue(QStringLiteral("Shared")).value(QStringLiteral("token")).toString();
    QCOMPARE(authorize(m_second, token), 200);
    HttpClient second(m_second.base());
    second.setBearer(m_admin);
    const HttpClient::Answer list = second.get(QStringLiteral("/v1/keys?search=Shared"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("keys")).toArray().size(), 1);
}

void TestServerPostgres::revokeOnOneIsEnforcedByTheOther()
{
    const QJsonObject issued = issue(QStringLiteral("Revoked through the first"));
    const QString token = issued.value(QStringLiteral("token")).toString();
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(authorize(m_second, token), 200); // the second now remembers this key
    QCOMPARE(authorize(m_second, token), 200);
    HttpClient first(m_first.base());
    first.setBearer(m_admin);
    QElapsedTimer since;
    since.start();
    QCOMPARE(first.send("POST", QStringLiteral("/v1/keys/%1/revoke").arg(id)).status, 200);
    QCOMPARE(authorize(m_first, token), 401);
    const qint64 accepted = acceptedUntil(m_second, token, since);
    QVERIFY2(accepted < 1000, qPrintable(QStringLiteral("accepted until %1 ms").arg(accepted)));
}

void TestServerPostgres::deleteAndResetOnOneAreEnforcedByTheOther()
{
    HttpClient first(m_first.base());
    first.setBearer(m_admin);
    const QJsonObject deleted = issue(QStringLiteral("Deleted through the first"));
    const QString deletedToken = deleted.value(QStringLiteral("token")).toString();
    QCOMPARE(authorize(m_second, deletedToken), 200);
    QElapsedTimer since;
    since.start();
    QCOMPARE(first
                 .send("DELETE", QStringLiteral("/v1/keys/") + deleted.value(QStringLiteral("key"))
                                                                   .toObject()
                                                                   .value(QStringLiteral("id"))
                                                                   .toString())
                 .status,
             204);
    qint64 accepted = acceptedUntil(m_second, deletedToken, since);
    QVERIFY2(accepted < 1000, qPrintable(QStringLiteral("accepted until %1 ms").arg(accepted)));

    const QJsonObject rotated = issue(QStringLiteral("Reset through the first"));
    const QString oldToken = rotated.value(QStringLiteral("token")).toString();
    QCOMPARE(authorize(m_second, oldToken), 200);
    since.restart();
    const HttpClient::Answer reset =
        first.send("POST", QStringLiteral("/v1/keys/%1/reset")
                               .arg(rotated.value(QStringLiteral("key"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString()));
    QCOMPARE(reset.status, 200);
    accepted = acceptedUntil(m_second, oldToken, since);
    QVERIFY2(accepted < 1000, qPrintable(QStringLiteral("accepted until %1 ms").arg(accepted)));
    QCOMPARE(authorize(m_second, reset.json().value(QStringLiteral("token")).toString()), 200);
}

void TestServerPostgres::changeOutsideKeywardIsEnforcedWithinASecond()
{
    // A database administrator revokes by hand: no NOTIFY is sent, yet both instances
    // stop accepting the key within a second, because they trust what they remember
    // of a key for a second at most.
    const QJsonObject issued = issue(QStringLiteral("Revoked by hand"));
    const QString token = issued.value(QStringLiteral("token")).toString();
    QCOMPARE(authorize(m_first, token), 200);
    QCOMPARE(authorize(m_second, token), 200);
    QElapsedTimer since; // both remember the key from before this moment
    {
        QSqlDatabase db = m_postgres.connection(QStringLiteral("dba"));
        QVERIFY(db.open());
        QSqlQuery revoke(db);
        QVERIFY(revoke.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = 1 WHERE kid = ?")));
        revoke.addBindValue(
            issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString());
        since.start();
        QVERIFY(revoke.exec());
        QCOMPARE(revoke.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dba"));
    // Each remembers what it read of the key for less than a second, so a request sent a
    // second after the change began reads it afresh.
    const qint64 first = acceptedUntil(m_first, token, since);
    QVERIFY2(first < 1000, qPrintable(QStringLiteral("first accepted until %1 ms").arg(first)));
    const qint64 second = acceptedUntil(m_second, token, since);
    QVERIFY2(second < 1000, qPrintable(QStringLiteral("second accepted until %1 ms").arg(second)));
}

void TestServerPostgres::badPasswordIsAClearError()
{
    ServerProcess wrong;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEYWARD_SERVER),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--database"), m_postgres.url()});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray message = process.readAllStandardError();
    QVERIFY2(message.contains("Cannot reach the PostgreSQL store"), message.constData());
    QVERIFY(!message.contains("not-the-password"));
}

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "tst_server_postgres.moc"
