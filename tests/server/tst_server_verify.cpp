#include "ServerProcess.h"
#include "StoreFixture.h"
#include "keys/KeyToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

//! keyward-server's verify path, over HTTP against the real process on 127.0.0.1.
class TestServerVerify final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void missingKeyIsChallenged();
    void invalidKeysGetIdenticalAnswers();
    void validKeyGetsItsIdentity();
    void missingScopeIsForbidden();
    void authenticationComesBeforeAuthorization();
    void keysInTheUrlAreIgnored();
    void verifyAsJson();
    void badJsonIsRefused_data();
    void badJsonIsRefused();
    void strictJsonIsRequired_data();
    void strictJsonIsRequired();
    void healthAndReadiness();
    void malformedKeys_data();
    void malformedKeys();
    void duplicateAuthorizationHeadersAreRefused();
    void revokeElsewhereIsEnforcedAtOnce();
    void lastUseIsRecordedInBatches();
    void revokeByTheCliIsEnforcedAtOnce();

private:
    using Answer = HttpClient::Answer;
    Answer get(const QString &path, const HttpClient::Headers &headers = {});
    Answer post(const QString &path, const QByteArray &body);
    Answer authorize(const QString &key, const QString &scope = {});

    StoreFixture m_fixture;
    ServerProcess m_server;
    HttpClient m_http;
    IssuedKey m_reader;  //!< documents:read, live
    IssuedKey m_revoked; //!< revoked
    IssuedKey m_expired; //!< expired nine days ago for the server
};

void TestServerVerify::initTestCase()
{
    // The server runs on the system's clock: the keys are made ten days before it, so the
    // one that expired a day after its creation has expired for the server too, and the
    // others (a year by default) are valid whatever today's date is.
    m_fixture.clock.set(QDateTime::currentDateTimeUtc().addDays(-10));
    m_reader = m_fixture.create(QStringLiteral("Reader"), {QStringLiteral("documents:read")},
                                Environment::Live);
    m_revoked = m_fixture.create(QStringLiteral("Revoked"), {QStringLiteral("documents:read")});
    QVERIFY(await(m_fixture.store->revokeKey({}, m_revoked.key.id)).ok());
    KeyDraft draft;
    draft.name = QStringLiteral("Expired");
    draft.scopes = {QStringLiteral("documents:read")};
    draft.expiresAt = m_fixture.clock.now().addDays(1);
    const auto expired = await(m_fixture.store->createKey({}, draft));
    QVERIFY(expired.ok());
    m_expired = expired.value();
    m_fixture.store.reset(); // the server opens the file on its own

    QVERIFY(
        m_server.start({QStringLiteral("--database"), QStringLiteral("sqlite:") + m_fixture.path(),
                        QStringLiteral("--max-failures"), QStringLiteral("0")}));
    m_http.setBase(m_server.base());
}

void TestServerVerify::cleanupTestCase()
{
    QVERIFY(m_server.stop()); // SIGTERM: a clean stop
}

TestServerVerify::Answer TestServerVerify::get(const QString &path,
                                               const HttpClient::Headers &headers)
{
    return m_http.get(path, headers);
}

TestServerVerify::Answer TestServerVerify::post(const QString &path, const QByteArray &body)
{
    return m_http.send(QByteArrayLiteral("POST"), path, body);
}

TestServerVerify::Answer TestServerVerify::authorize(const QString &key, const QString &scope)
{
    HttpClient::Headers headers{
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toLatin1()}};
    if (!scope.isEmpty())
        headers.append({QByteArrayLiteral("X-Keyward-Scope"), scope.toLatin1()});
    return get(QStringLiteral("/v1/authorize"), headers);
}

void TestServerVerify::missingKeyIsChallenged()
{
    const Answer answer = get(QStringLiteral("/v1/authorize"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.headers.value("www-authenticate"),
             QByteArrayLiteral("Bearer realm=\"keyward\""));
}

void TestServerVerify::invalidKeysGetIdenticalAnswers()
{
    QString unknown = m_reader.token;
    unknown.replace(m_reader.key.id, QStringLiteral("AAAAAAAAAAAA")); // checksum now wrong too
    // Well-formed keys (a valid checksum) that reach the store: a kid it never issued,
    // the reader's kid with another secret, and the reader's kid in the other environment.
    const QString vendor = KeyToken::parse(m_reader.token)->vendor;
    const QString unknownKid =
        KeyToken::generate(vendor, Environment::Live, KeyToken::generateKid());
    const QString wrongSecret = KeyToken::generate(vendor, Environment::Live, m_reader.key.id);
    const QString wrongEnvironment = KeyToken::generate(vendor, Environment::Test, m_reader.key.id);
    for (const QString &token : {unknownKid, wrongSecret, wrongEnvironment})
        QVERIFY2(KeyToken::parse(token), qPrintable(token));
    // The reader's key with its last character changed (one in 62 keys ends in 'x').
    QString changed = m_reader.token;
    changed.back() = changed.back() == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
    const QList<Answer> answers{
        authorize(QStringLiteral("not-a-key")),
        authorize(unknown),
        authorize(unknownKid),
        authorize(wrongSecret),
        authorize(wrongEnvironment),
        authorize(m_revoked.token),
        authorize(m_expired.token),
        authorize(changed),
        get(QStringLiteral("/v1/authorize"),
            {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic dXNlcjpwYXNz")}}),
    };
    for (const Answer &answer : answers) {
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.body, answers.first().body);
        QCOMPARE(answer.headers.value("www-authenticate"),
                 QByteArrayLiteral("Bearer realm=\"keyward\", error=\"invalid_token\""));
        QVERIFY(!answer.headers.contains("x-keyward-key-id"));
    }
    QVERIFY(!answers.first().body.contains("revoked"));
    QVERIFY(!answers.first().body.contains("expired"));

    // The JSON route answers them alike too.
    const auto verified = [this](const QString &token) {
        return post(QStringLiteral("/v1/keys/verify"),
                    QJsonDocument(QJsonObject{{QStringLiteral("key"), token}}).toJson());
    };
    const Answer reference = verified(QStringLiteral("not-a-key"));
    QCOMPARE(reference.status, 200);
    for (const QString &token :
         {unknown, unknownKid, wrongSecret, wrongEnvironment, m_revoked.token, m_expired.token}) {
        const Answer answer = verified(token);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, reference.body);
    }
}

void TestServerVerify::validKeyGetsItsIdentity()
{
    for (const QString &scope : {QString(), QStringLiteral("documents:read")}) {
        const Answer answer = authorize(m_reader.token, scope);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("x-keyward-key-id"), m_reader.key.id.toLatin1());
        QCOMPARE(answer.headers.value("x-keyward-environment"), QByteArrayLiteral("live"));
        QVERIFY(!answer.headers.value("x-keyward-workspace").isEmpty());
    }
    // The scheme is case-insensitive (RFC 7235).
    const Answer lower = get(QStringLiteral("/v1/authorize"),
                             {{QByteArrayLiteral("Authorization"),
                               QByteArrayLiteral("bearer ") + m_reader.token.toLatin1()}});
    QCOMPARE(lower.status, 200);
}

void TestServerVerify::missingScopeIsForbidden()
{
    const Answer answer = authorize(m_reader.token, QStringLiteral("documents:write"));
    QCOMPARE(answer.status, 403);
    QVERIFY(answer.headers.value("www-authenticate").contains("error=\"insufficient_scope\""));
    QCOMPARE(
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString(),
        QStringLiteral("insufficient_scope"));
}

void TestServerVerify::authenticationComesBeforeAuthorization()
{
    // A revoked key asking for a scope it never had is unauthenticated, not forbidden.
    QCOMPARE(authorize(m_revoked.token, QStringLiteral("webhooks:write")).status, 401);
}

void TestServerVerify::keysInTheUrlAreIgnored()
{
    const Answer answer = get(QStringLiteral("/v1/authorize?access_token=") + m_reader.token +
                              QStringLiteral("&key=") + m_reader.token);
    QCOMPARE(answer.status, 401);
}

void TestServerVerify::verifyAsJson()
{
    const QJsonObject valid =
        QJsonDocument::fromJson(
            post(QStringLiteral("/v1/keys/verify"),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("key"), m_reader.token},
                                 {QStringLiteral("scope"), QStringLiteral("documents:read")}})
                     .toJson())
                .body)
            .object();
    QCOMPARE(valid.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(valid.value(QStringLiteral("id")).toString(), m_reader.key.id);
    const Answer revoked =
        post(QStringLiteral("/v1/keys/verify"),
             QJsonDocument(QJsonObject{{QStringLiteral("key"), m_revoked.token}}).toJson());
    QCOMPARE(revoked.status, 200);
    const QJsonObject refused = QJsonDocument::fromJson(revoked.body).object();
    QCOMPARE(refused.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("unauthenticated"));
    QVERIFY(!refused.contains(QStringLiteral("id")));
}

void TestServerVerify::badJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("not json") << QByteArrayLiteral("{key:") << 400;
    QTest::newRow("array") << QByteArrayLiteral("[]") << 400;
    QTest::newRow("key not a string") << QByteArrayLiteral("{\"key\": 42}") << 400;
    QTest::newRow("scope not a string")
        << QByteArrayLiteral("{\"key\": \"x\", \"scope\": []}") << 400;
    QTest::newRow("unknown field") << QByteArrayLiteral("{\"key\": \"x\", \"admin\": true}") << 400;
    // Refused from its Content-Length, before it is read.
    QTest::newRow("huge") << QByteArray("{\"key\": \"") + QByteArray(qsizetype{64} * 1024, 'a') +
                                 QByteArray("\"}")
                          << 413;
}

void TestServerVerify::badJsonIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Answer answer = post(QStringLiteral("/v1/keys/verify"), body);
    QCOMPARE(answer.status, status);
    QVERIFY(!QJsonDocument::fromJson(answer.body)
                 .object()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void TestServerVerify::strictJsonIsRequired_data()
{
    // %1 is the valid key. QJsonDocument took the last of two "key" members, so garbage
    // first and a valid key second verified.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("key twice, the valid one last")
        << QByteArray(R"({"key":"garbage","key":"%1"})")
        << QStringLiteral("“key” appears twice in one object, at byte 17");
    QTest::newRow("key twice, the valid one first")
        << QByteArray(R"({"key":"%1","key":"garbage"})") << QStringLiteral("“key” appears twice");
    QTest::newRow("key twice, once escaped")
        << QByteArray(R"({"\u006bey":"garbage","key":"%1"})") << QStringLiteral("appears twice");
    QTest::newRow("scope twice")
        << QByteArray(R"({"key":"%1","scope":"folders:read","scope":"documents:read"})")
        << QStringLiteral("“scope” appears twice");
    QTest::newRow("lone surrogate in the scope")
        << QByteArray(R"({"key":"%1","scope":"documents:read\ud800"})")
        << QStringLiteral("high surrogate");
    QTest::newRow("escape \\c in the scope")
        << QByteArray(R"({"key":"%1","scope":"documents:re\cad"})")
        << QStringLiteral("“\\c” is not a JSON escape");
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"key\":\"%1\"}") << QStringLiteral("byte order mark");
    QTest::newRow("U+FEFF in a field name")
        << QByteArray(R"({"key":"%1","\ufeffscope":"documents:read"})")
        << QStringLiteral("“<U+FEFF>scope” holds U+FEFF");
    QTest::newRow("trailing garbage")
        << QByteArray(R"({"key":"%1"} {"key":"x"})") << QStringLiteral("follows the value");
}

void TestServerVerify::strictJsonIsRequired()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    body.replace("%1", m_reader.token.toLatin1());
    const Answer answer = post(QStringLiteral("/v1/keys/verify"), body);
    QCOMPARE(answer.status, 400);
    const QJsonObject refusal = QJsonDocument::fromJson(answer.body).object();
    QVERIFY(!refusal.contains(QStringLiteral("valid")));
    const QString message = refusal.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY2(!message.contains(m_reader.token), "the key is not echoed");
    // The same key in a strict body verifies.
    const Answer strict =
        post(QStringLiteral("/v1/keys/verify"), "{\"key\":\"" + m_reader.token.toLatin1() + "\"}");
    QCOMPARE(strict.status, 200);
    QCOMPARE(QJsonDocument::fromJson(strict.body).object().value(QStringLiteral("valid")).toBool(),
             true);
}

void TestServerVerify::healthAndReadiness()
{
    QCOMPARE(get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(get(QStringLiteral("/readyz")).status, 200);
}

void TestServerVerify::malformedKeys_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("headerSafe"); //!< can travel in an HTTP header at all
    const QString good = m_reader.token;
    QString caseSwap = good;
    const qsizetype letter = caseSwap.indexOf(QRegularExpression(QStringLiteral("[a-z]")), 22);
    caseSwap[letter] = caseSwap.at(letter).toUpper();
    QString homoglyph = good;
    homoglyph[25] = QChar(0x041E); // Cyrillic capital O
    QTest::newRow("other vendor") << KeyToken::generate(QStringLiteral("abc"), Environment::Live,
                                                        m_reader.key.id)
                                  << true;
    QTest::newRow("other environment")
        << KeyToken::generate(QStringLiteral("key"), Environment::Test, m_reader.key.id) << true;
    QTest::newRow("right kid, other secret")
        << KeyToken::generate(QStringLiteral("key"), Environment::Live, m_reader.key.id) << true;
    QTest::newRow("case swapped") << caseSwap << true;
    QTest::newRow("homoglyph") << homoglyph << false;
    QTest::newRow("trailing newline") << good + QLatin1Char('\n') << false;
    QTest::newRow("NUL inside") << good.left(30) + QChar(0) + good.mid(31) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("255 characters") << QString(255, QLatin1Char('a')) << true;
    QTest::newRow("256 characters") << QString(256, QLatin1Char('a')) << true;
    QTest::newRow("64 KiB") << QString(qsizetype{64} * 1024, QLatin1Char('a')) << false;
    QTest::newRow("SQL") << QStringLiteral("key_live_' OR 1=1;--") << false;
    QTest::newRow("format string") << QStringLiteral("%s%n%s%n") << true;
}

void TestServerVerify::malformedKeys()
{
    QFETCH(QString, token);
    QFETCH(bool, headerSafe);
    const Answer reference = authorize(QStringLiteral("not-a-key"));
    if (headerSafe) {
        const Answer answer = authorize(token);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.body, reference.body);
        QCOMPARE(answer.headers.value("www-authenticate"),
                 reference.headers.value("www-authenticate"));
    }
    const Answer json = post(QStringLiteral("/v1/keys/verify"),
                             QJsonDocument(QJsonObject{{QStringLiteral("key"), token}}).toJson());
    if (token.size() > 4000) {
        QCOMPARE(json.status, 413); // the verify body is limited to 4 KiB
        return;
    }
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("unauthenticated"));
    QCOMPARE(json.json().keys(), (QStringList{QStringLiteral("outcome"), QStringLiteral("valid")}));
}

void TestServerVerify::duplicateAuthorizationHeadersAreRefused()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray header = "Authorization: Bearer " + m_reader.token.toLatin1() + "\r\n";
    socket.write("GET /v1/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + header +
                 "Connection: close\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
}

void TestServerVerify::revokeElsewhereIsEnforcedAtOnce()
{
    // Another program (the desktop app, the CLI) revokes a key the server has just
    // checked, and so remembers: the next check refuses it.
    m_fixture.reopen();
    const IssuedKey key = m_fixture.create(QStringLiteral("Checked then revoked"),
                                           {QStringLiteral("documents:read")});
    QCOMPARE(authorize(key.token).status, 200);
    QCOMPARE(authorize(key.token).status, 200);
    QVERIFY(await(m_fixture.store->revokeKey({}, key.key.id)).ok());
    QCOMPARE(authorize(key.token).status, 401);

    // A role change elsewhere narrows what the key may do, at once as well.
    const Member admin = m_fixture.addMember(QStringLiteral("Dana Admin"), QStringLiteral("Admin"));
    const IssuedKey hers =
        m_fixture.create(QStringLiteral("Dana's"), {QStringLiteral("webhooks:write")},
                         Environment::Test, Actor{admin.id, {}});
    QCOMPARE(authorize(hers.token, QStringLiteral("webhooks:write")).status, 200);
    QVERIFY(await(m_fixture.store->changeMemberRole({}, admin.id, QStringLiteral("Viewer"))).ok());
    QCOMPARE(authorize(hers.token, QStringLiteral("webhooks:write")).status, 403);
    m_fixture.store.reset();
}

void TestServerVerify::lastUseIsRecordedInBatches()
{
    m_fixture.reopen();
    const IssuedKey key = m_fixture.create(QStringLiteral("Used"));
    QVERIFY(!await(m_fixture.store->key({}, key.key.id)).value().lastUsedAt.isValid());
    QCOMPARE(authorize(key.token).status, 200);
    // Handed to the server's writer within a second, written within two more.
    QTRY_VERIFY_WITH_TIMEOUT(
        await(m_fixture.store->key({}, key.key.id)).value().lastUsedAt.isValid(), 10000);
    m_fixture.store.reset();
}

void TestServerVerify::revokeByTheCliIsEnforcedAtOnce()
{
    m_fixture.reopen();
    const IssuedKey key = m_fixture.create(QStringLiteral("Revoked by a script"));
    m_fixture.store.reset();
    QCOMPARE(authorize(key.token).status, 200);
    QProcess cli;
    cli.start(QStringLiteral(KEYWARD_CLI),
              {QStringLiteral("--store"), m_fixture.path(), QStringLiteral("revoke"), key.key.id});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(authorize(key.token).status, 401);
}

QTEST_GUILESS_MAIN(TestServerVerify)
#include "tst_server_verify.moc"
