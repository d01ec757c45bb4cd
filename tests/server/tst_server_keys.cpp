#include "Await.h"
#include "PostgresServer.h"
#include "ServerProcess.h"
#include "sql/SqlKeyStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

//! The management REST API over HTTP against the real keyward-server process: every
//! route and status, authentication before authorization, the escalation refusal,
//! idempotent create and reset, If-Match conflicts and workspace isolation. The same
//! suite runs on a SQLite file and, with KEYWARD_TEST_STORE=postgresql, on a real
//! PostgreSQL server it starts itself.
class TestServerKeys final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCallNeedsAKey_data();
    void everyCallNeedsAKey();
    void authenticationComesBeforeAuthorization();
    void readScopeDoesNotWrite();
    void createReturnsTheKeyOnce();
    void createIsIdempotent();
    void escalationIsRefused();
    void listFiltersSortsAndPages();
    void editNeedsTheCurrentVersion();
    void resetKeepsTheOldSecretForTheGracePeriod();
    void resetIsIdempotent();
    void revokeIsImmediate();
    void deleteKeepsTheHistory();
    void directoryAndAudit();
    void exportCarriesNoSecret();
    void otherWorkspacesKeysAreNotFound();
    void badInput_data();
    void badInput();
    void createRefusesWhatIsNotStrictJson_data();
    void createRefusesWhatIsNotStrictJson();
    void editRefusesWhatIsNotStrictJson_data();
    void editRefusesWhatIsNotStrictJson();
    void resetRefusesNumbersOutOfRange_data();
    void resetRefusesNumbersOutOfRange();
    void queryParametersAreStrict_data();
    void queryParametersAreStrict();
    void unknownRoutesAreNotFound();
    void logNamesRequestsButNoKey();
    void resettingAnothersKeyNeedsEveryScopeOfTheirRole();

private:
    QJsonObject created(const QJsonObject &draft, const QByteArray &idempotencyKey = {});
    int verify(const QString &token, const QString &scope = {});
    //! How many keys and audit events the workspace holds: what a refused call must not change.
    QPair<int, int> storeSize();

    //! The server's store, opened by this test beside the server (as the CLI would).
    std::unique_ptr<SqlKeyStore> directStore() const;

    QString m_database;
    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    ServerProcess m_server;
    HttpClient m_http;
    QString m_admin;      //!< api_keys:*, documents:read/write, audit_log:read
    QString m_other;      //!< the admin key of another workspace
    QStringList m_tokens; //!< every token issued, to look for in logs
};

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list << item.toString();
    return list;
}

const QRegularExpression TokenFormat(
    QStringLiteral("^[a-z][a-z0-9]{1,11}_(test|live)_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"));

} // namespace

void TestServerKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
    if (qEnvironmentVariable("KEYWARD_TEST_STORE") == QLatin1String("postgresql")) {
        QString error;
        QVERIFY2(m_postgres.start(&error), qPrintable(error));
        qputenv("PGPASSWORD", m_postgres.password().toUtf8()); // for the server processes
        database = m_postgres.url();
    }
    m_database = database;
    int code = -1;
    m_admin = ServerProcess::run({QStringLiteral("init"), QStringLiteral("--database"), database,
                                  QStringLiteral("--scope"), QStringLiteral("api_keys:read"),
                                  QStringLiteral("--scope"), QStringLiteral("api_keys:write"),
                                  QStringLiteral("--scope"), QStringLiteral("api_keys:delete"),
                                  QStringLiteral("--scope"), QStringLiteral("documents:read"),
                                  QStringLiteral("--scope"), QStringLiteral("documents:write"),
                                  QStringLiteral("--scope"), QStringLiteral("audit_log:read")},
                                 &code);
    QCOMPARE(code, 0);
    QVERIFY2(TokenFormat.match(m_admin).hasMatch(), qPrintable(m_admin));
    m_other = ServerProcess::run({QStringLiteral("init"), QStringLiteral("--database"), database,
                                  QStringLiteral("--workspace"), QStringLiteral("Partner")},
                                 &code);
    QCOMPARE(code, 0);
    QVERIFY(TokenFormat.match(m_other).hasMatch());
    // A second init of the default workspace refuses: it has keys.
    ServerProcess::run({QStringLiteral("init"), QStringLiteral("--database"), database}, &code);
    QCOMPARE(code, 1);
    m_tokens << m_admin << m_other;

    QVERIFY(m_server.start({QStringLiteral("--database"), database,
                            QStringLiteral("--max-failures"), QStringLiteral("0")}));
    m_http.setBase(m_server.base());
    m_http.setBearer(m_admin);
}

void TestServerKeys::cleanupTestCase()
{
    QVERIFY(m_server.stop());
    m_postgres.stop();
}

QJsonObject TestServerKeys::created(const QJsonObject &draft, const QByteArray &idempotencyKey)
{
    HttpClient::Headers headers;
    if (!idempotencyKey.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), idempotencyKey});
    const HttpClient::Answer answer =
        m_http.sendJson(QByteArrayLiteral("POST"), QStringLiteral("/v1/keys"), draft, headers);
    if (answer.status != 201)
        qWarning("create answered %d: %s", answer.status, answer.body.constData());
    QJsonObject body = answer.json();
    m_tokens << body.value(QStringLiteral("token")).toString();
    return body;
}

int TestServerKeys::verify(const QString &token, const QString &scope)
{
    HttpClient client(m_server.base());
    client.setBearer(token);
    HttpClient::Headers headers;
    if (!scope.isEmpty())
        headers.append({QByteArrayLiteral("X-Keyward-Scope"), scope.toLatin1()});
    return client.get(QStringLiteral("/v1/authorize"), headers).status;
}

QPair<int, int> TestServerKeys::storeSize()
{
    const auto count = [this](const QString &path, const QString &field) {
        const HttpClient::Answer answer = m_http.get(path);
        if (answer.status != 200)
            qWarning("%s answered %d", qPrintable(path), answer.status);
        return int(answer.json().value(field).toArray().size());
    };
    return {count(QStringLiteral("/v1/keys?limit=500"), QStringLiteral("keys")),
            count(QStringLiteral("/v1/audit?limit=10000"), QStringLiteral("events"))};
}

void TestServerKeys::everyCallNeedsAKey_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QString id = QStringLiteral("/v1/keys/AAAAAAAAAAAA");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/v1/keys");
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/v1/keys");
    QTest::newRow("show") << QByteArray("GET") << id;
    QTest::newRow("edit") << QByteArray("PATCH") << id;
    QTest::newRow("delete") << QByteArray("DELETE") << id;
    QTest::newRow("reset") << QByteArray("POST") << id + QStringLiteral("/reset");
    QTest::newRow("revoke") << QByteArray("POST") << id + QStringLiteral("/revoke");
    QTest::newRow("key audit") << QByteArray("GET") << id + QStringLiteral("/audit");
    QTest::newRow("audit") << QByteArray("GET") << QStringLiteral("/v1/audit");
    QTest::newRow("scopes") << QByteArray("GET") << QStringLiteral("/v1/scopes");
    QTest::newRow("roles") << QByteArray("GET") << QStringLiteral("/v1/roles");
    QTest::newRow("members") << QByteArray("GET") << QStringLiteral("/v1/members");
    QTest::newRow("export") << QByteArray("GET") << QStringLiteral("/v1/export?format=csv");
}

void TestServerKeys::everyCallNeedsAKey()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    HttpClient anonymous(m_server.base());
    const HttpClient::Answer missing = anonymous.send(method, path, QByteArrayLiteral("{}"));
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.headers.value("www-authenticate"),
             QByteArrayLiteral("Bearer realm=\"keyward\""));
    anonymous.setBearer(QStringLiteral("key_live_AAAAAAAAAAAA_") + QString(49, QLatin1Char('A')));
    const HttpClient::Answer invalid = anonymous.send(method, path, QByteArrayLiteral("{}"));
    QCOMPARE(invalid.status, 401);
    QCOMPARE(invalid.error(), QStringLiteral("unauthorized"));
}

void TestServerKeys::authenticationComesBeforeAuthorization()
{
    const QJsonObject issued =
        created({{QStringLiteral("name"), QStringLiteral("Soon revoked")},
                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("api_keys:read")}}});
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_http.send("POST", QStringLiteral("/v1/keys/%1/revoke").arg(id)).status, 200);
    HttpClient revoked(m_server.base());
    revoked.setBearer(issued.value(QStringLiteral("token")).toString());
    // It never had api_keys:write, but it is revoked: 401 comes first.
    QCOMPARE(revoked
                 .sendJson("POST", QStringLiteral("/v1/keys"),
                           {{QStringLiteral("name"), QStringLiteral("x")}})
                 .status,
             401);
}

void TestServerKeys::readScopeDoesNotWrite()
{
    const QJsonObject issued =
        created({{QStringLiteral("name"), QStringLiteral("Auditor")},
                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("api_keys:read")}}});
    HttpClient reader(m_server.base());
    reader.setBearer(issued.value(QStringLiteral("token")).toString());
    QCOMPARE(reader.get(QStringLiteral("/v1/keys")).status, 200);
    const HttpClient::Answer refused = reader.sendJson(
        "POST", QStringLiteral("/v1/keys"), {{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.error(), QStringLiteral("insufficient_scope"));
    QCOMPARE(refused.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("api_keys:write"));
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(reader.send("DELETE", QStringLiteral("/v1/keys/") + id).status, 403);
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys/") + id).status, 200); // still there
}

void TestServerKeys::createReturnsTheKeyOnce()
{
    const HttpClient::Answer answer =
        m_http.sendJson("POST", QStringLiteral("/v1/keys"),
                        {{QStringLiteral("name"), QStringLiteral("  CRM sync  ")},
                         {QStringLiteral("description"), QStringLiteral("Pushes signed documents")},
                         {QStringLiteral("type"), QStringLiteral("live")},
                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}},
                         {QStringLiteral("expires_at"), QStringLiteral("2099-01-31T12:00:00Z")}});
    QCOMPARE(answer.status, 201);
    const QString token = answer.json().value(QStringLiteral("token")).toString();
    m_tokens << token;
    QVERIFY(TokenFormat.match(token).hasMatch());
    const QJsonObject key = answer.json().value(QStringLiteral("key")).toObject();
    const QString id = key.value(QStringLiteral("id")).toString();
    QVERIFY(token.contains(id));
    QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("CRM sync"));
    QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("live"));
    QCOMPARE(key.value(QStringLiteral("expires_at")).toString(),
             QStringLiteral("2099-01-31T12:00:00Z"));
    QCOMPARE(answer.headers.value("location"), QByteArray("/v1/keys/") + id.toLatin1());
    QCOMPARE(answer.headers.value("etag"), QByteArrayLiteral("\"1\""));
    QCOMPARE(answer.headers.value("cache-control"), QByteArrayLiteral("no-store"));

    const HttpClient::Answer shown = m_http.get(QStringLiteral("/v1/keys/") + id);
    QCOMPARE(shown.status, 200);
    QVERIFY(!shown.body.contains(token.right(49).toLatin1()));
    QCOMPARE(shown.json().value(QStringLiteral("hint")).toString(),
             key.value(QStringLiteral("hint")).toString());
    QCOMPARE(verify(token, QStringLiteral("documents:read")), 200);
    QCOMPARE(verify(token, QStringLiteral("documents:write")), 403);
}

void TestServerKeys::createIsIdempotent()
{
    const QJsonObject draft{
        {QStringLiteral("name"), QStringLiteral("Nightly ERP")},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}};
    const QByteArray retryKey = QByteArrayLiteral("3f1c2a9e-7b4d-4e0a-9c55-0d2f6b8e1a77");
    const qsizetype before = m_http.get(QStringLiteral("/v1/keys?search=Nightly"))
                                 .json()
                                 .value(QStringLiteral("keys"))
                                 .toArray()
                                 .size();
    const QJsonObject first = created(draft, retryKey);
    const QJsonObject second = created(draft, retryKey);
    QVERIFY(!first.value(QStringLiteral("token")).toString().isEmpty());
    QCOMPARE(second.value(QStringLiteral("token")), first.value(QStringLiteral("token")));
    QCOMPARE(second.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")),
             first.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")));
    const qsizetype after = m_http.get(QStringLiteral("/v1/keys?search=Nightly"))
                                .json()
                                .value(QStringLiteral("keys"))
                                .toArray()
                                .size();
    QCOMPARE(after, before + 1);

    // The same Idempotency-Key for another request is a conflict, not a second key.
    const HttpClient::Answer reused = m_http.sendJson(
        "POST", QStringLiteral("/v1/keys"), {{QStringLiteral("name"), QStringLiteral("Other")}},
        {{QByteArrayLiteral("Idempotency-Key"), retryKey}});
    QCOMPARE(reused.status, 409);
    QCOMPARE(reused.error(), QStringLiteral("conflict"));
}

void TestServerKeys::escalationIsRefused()
{
    // The admin key holds documents:read/write, not documents:delete nor webhooks:*.
    const HttpClient::Answer refused = m_http.sendJson(
        "POST", QStringLiteral("/v1/keys"),
        {{QStringLiteral("name"), QStringLiteral("Too strong")},
         {QStringLiteral("scopes"),
          QJsonArray{QStringLiteral("documents:read"), QStringLiteral("documents:delete")}}});
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.json()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("documents:delete")),
             refused.body.constData());
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys?search=Too%20strong"))
                 .json()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .size(),
             0);
    // Roles are capped the same way: Owner holds everything, the key does not.
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/keys"),
                           {{QStringLiteral("name"), QStringLiteral("Owner key")},
                            {QStringLiteral("roles"), QJsonArray{QStringLiteral("Owner")}}})
                 .status,
             403);

    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Narrow")}});
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const HttpClient::Answer edit =
        m_http.sendJson("PATCH", QStringLiteral("/v1/keys/") + id,
                        {{QStringLiteral("scopes"), QJsonArray{QStringLiteral("webhooks:write")}}},
                        {{QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\"")}});
    QCOMPARE(edit.status, 403);
    QVERIFY(edit.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("webhooks:write")));
}

void TestServerKeys::listFiltersSortsAndPages()
{
    QStringList names;
    for (int i = 0; i < 5; ++i) {
        names << QStringLiteral("Pager %1").arg(i);
        created(
            {{QStringLiteral("name"), names.last()},
             {QStringLiteral("type"), i % 2 ? QStringLiteral("live") : QStringLiteral("test")}});
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpClient::Answer page = m_http.get(
            QStringLiteral("/v1/keys?search=Pager&sort=name&order=asc&limit=2") +
            (cursor.isEmpty() ? QString()
                              : QStringLiteral("&cursor=") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
        QCOMPARE(page.status, 200);
        for (const QJsonValue key : page.json().value(QStringLiteral("keys")).toArray())
            seen << key.toObject().value(QStringLiteral("name")).toString();
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(seen, names);
    QCOMPARE(pages, 3);

    const HttpClient::Answer live =
        m_http.get(QStringLiteral("/v1/keys?search=Pager&type=live&sort=name&order=desc"));
    QStringList liveNames;
    for (const QJsonValue key : live.json().value(QStringLiteral("keys")).toArray())
        liveNames << key.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(liveNames, (QStringList{QStringLiteral("Pager 3"), QStringLiteral("Pager 1")}));

    for (const QString &bad :
         {QStringLiteral("?sort=colour"), QStringLiteral("?limit=0"), QStringLiteral("?limit=501"),
          QStringLiteral("?status=sleeping"), QStringLiteral("?type=prod"),
          QStringLiteral("?cursor=%25%25"), QStringLiteral("?access_token=x")}) {
        const HttpClient::Answer answer = m_http.get(QStringLiteral("/v1/keys") + bad);
        QVERIFY2(answer.status == 400, qPrintable(bad));
        QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
    }
}

void TestServerKeys::editNeedsTheCurrentVersion()
{
    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Editable")}});
    const QString path =
        QStringLiteral("/v1/keys/") +
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject rename{
        {QStringLiteral("name"), QStringLiteral("Edited")},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}};
    QCOMPARE(m_http.sendJson("PATCH", path, rename).status, 428);
    QCOMPARE(m_http.sendJson("PATCH", path, rename, {{"If-Match", "\"one\""}}).status, 400);

    const HttpClient::Answer edited = m_http.sendJson(
        "PATCH", path, rename, {{"If-Match", m_http.get(path).headers.value("etag")}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.headers.value("etag"), QByteArrayLiteral("\"2\""));
    QCOMPARE(edited.json().value(QStringLiteral("name")).toString(), QStringLiteral("Edited"));
    QCOMPARE(stringsOf(edited.json().value(QStringLiteral("scopes"))),
             QStringList{QStringLiteral("documents:read")});

    // A second admin who read version 1 loses, and is told so; nothing is overwritten.
    const HttpClient::Answer stale =
        m_http.sendJson("PATCH", path, {{QStringLiteral("name"), QStringLiteral("Stale")}},
                        {{"If-Match", "\"1\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.error(), QStringLiteral("version_mismatch"));
    QCOMPARE(m_http.get(path).json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Edited"));
    QCOMPARE(m_http
                 .sendJson("PATCH", QStringLiteral("/v1/keys/AAAAAAAAAAAA"), rename,
                           {{"If-Match", "\"1\""}})
                 .status,
             404);
}

void TestServerKeys::resetKeepsTheOldSecretForTheGracePeriod()
{
    const QJsonObject issued =
        created({{QStringLiteral("name"), QStringLiteral("Rotated")},
                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}});
    const QString oldToken = issued.value(QStringLiteral("token")).toString();
    const QString path = QStringLiteral("/v1/keys/%1/reset")
                             .arg(issued.value(QStringLiteral("key"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString());
    const HttpClient::Answer graced =
        m_http.sendJson("POST", path, {{QStringLiteral("grace_seconds"), 3600}});
    QCOMPARE(graced.status, 200);
    const QString newToken = graced.json().value(QStringLiteral("token")).toString();
    m_tokens << newToken;
    QVERIFY(TokenFormat.match(newToken).hasMatch());
    QVERIFY(newToken != oldToken);
    QCOMPARE(graced.json()
                 .value(QStringLiteral("key"))
                 .toObject()
                 .value(QStringLiteral("credentials"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(verify(oldToken), 200);
    QCOMPARE(verify(newToken), 200);

    const HttpClient::Answer immediate = m_http.send("POST", path); // no body: grace 0
    QCOMPARE(immediate.status, 200);
    const QString newest = immediate.json().value(QStringLiteral("token")).toString();
    m_tokens << newest;
    QCOMPARE(verify(oldToken), 401);
    QCOMPARE(verify(newToken), 401);
    QCOMPARE(verify(newest), 200);
    QCOMPARE(
        m_http.sendJson("POST", path, {{QStringLiteral("grace_seconds"), 8 * 24 * 3600}}).status,
        400);
    QCOMPARE(
        m_http.sendJson("POST", path, {{QStringLiteral("grace_seconds"), QStringLiteral("1h")}})
            .status,
        400);
}

void TestServerKeys::resetIsIdempotent()
{
    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Reset twice")}});
    const QString path = QStringLiteral("/v1/keys/%1/reset")
                             .arg(issued.value(QStringLiteral("key"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString());
    const HttpClient::Headers retry{{"Idempotency-Key", "reset-0f9e8d7c6b5a4321"}};
    const HttpClient::Answer first = m_http.send("POST", path, {}, retry);
    const HttpClient::Answer second = m_http.send("POST", path, {}, retry);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("token")),
             first.json().value(QStringLiteral("token")));
    m_tokens << first.json().value(QStringLiteral("token")).toString();
    QCOMPARE(verify(first.json().value(QStringLiteral("token")).toString()), 200);
}

void TestServerKeys::revokeIsImmediate()
{
    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Leaked")}});
    const QString token = issued.value(QStringLiteral("token")).toString();
    const QString path = QStringLiteral("/v1/keys/%1/revoke")
                             .arg(issued.value(QStringLiteral("key"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString());
    QCOMPARE(verify(token), 200);
    const HttpClient::Answer revoked = m_http.send("POST", path);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(verify(token), 401);
    QCOMPARE(m_http.send("POST", path).status, 409);
    QCOMPARE(m_http.send("POST", QStringLiteral("/v1/keys/AAAAAAAAAAAA/revoke")).status, 404);
}

void TestServerKeys::deleteKeepsTheHistory()
{
    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Temporary")}});
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_http.send("DELETE", QStringLiteral("/v1/keys/") + id).status, 204);
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys/") + id).status, 404);
    QCOMPARE(m_http.send("DELETE", QStringLiteral("/v1/keys/") + id).status, 404);
    QCOMPARE(verify(issued.value(QStringLiteral("token")).toString()), 401);
    const HttpClient::Answer audit = m_http.get(QStringLiteral("/v1/audit?key=") + id);
    QCOMPARE(audit.status, 200);
    QStringList actions;
    for (const QJsonValue event : audit.json().value(QStringLiteral("events")).toArray())
        actions << event.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("delete"), QStringLiteral("create")}));
}

void TestServerKeys::directoryAndAudit()
{
    const HttpClient::Answer scopes = m_http.get(QStringLiteral("/v1/scopes"));
    QCOMPARE(scopes.status, 200);
    QVERIFY(scopes.body.contains("\"documents:read\""));
    const HttpClient::Answer roles = m_http.get(QStringLiteral("/v1/roles"));
    QCOMPARE(roles.status, 200);
    QVERIFY(roles.body.contains("\"Owner\""));
    // People (names, emails) need teammates:read, which this admin key lacks.
    const HttpClient::Answer members = m_http.get(QStringLiteral("/v1/members"));
    QCOMPARE(members.status, 403);
    QCOMPARE(members.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("teammates:read"));

    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Audited")}});
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const HttpClient::Answer history = m_http.get(QStringLiteral("/v1/keys/%1/audit").arg(id));
    QCOMPARE(history.status, 200);
    const QJsonArray events = history.json().value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("create"));
    // Beside the member, the key that acted; no computer user (nobody at a keyboard).
    QCOMPARE(events.first().toObject().value(QStringLiteral("actor_key_id")).toString(),
             m_admin.mid(9, 12));
    QVERIFY(events.first().toObject().value(QStringLiteral("os_user")).isNull());
    const HttpClient::Answer log = m_http.get(QStringLiteral("/v1/audit?action=create&limit=5"));
    QCOMPARE(log.status, 200);
    QVERIFY(log.json().value(QStringLiteral("events")).toArray().size() <= 5);
    QCOMPARE(m_http.get(QStringLiteral("/v1/audit?from=yesterday")).status, 400);
    // Pages by event id: before the last one of a page comes the next page; after the
    // newest, what happened since.
    const QJsonArray first = m_http.get(QStringLiteral("/v1/audit?limit=2"))
                                 .json()
                                 .value(QStringLiteral("events"))
                                 .toArray();
    QCOMPARE(first.size(), 2);
    const qint64 newest = first.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 second = first.at(1).toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray next = m_http.get(QStringLiteral("/v1/audit?limit=1&before=%1").arg(second))
                                .json()
                                .value(QStringLiteral("events"))
                                .toArray();
    QCOMPARE(next.size(), 1);
    QVERIFY(next.at(0).toObject().value(QStringLiteral("id")).toInteger() < second);
    QCOMPARE(m_http.get(QStringLiteral("/v1/audit?after=%1").arg(newest))
                 .json()
                 .value(QStringLiteral("events"))
                 .toArray()
                 .size(),
             0);
    const QJsonArray since = m_http.get(QStringLiteral("/v1/audit?after=%1").arg(second))
                                 .json()
                                 .value(QStringLiteral("events"))
                                 .toArray();
    QCOMPARE(since.size(), 1);
    QCOMPARE(since.at(0).toObject().value(QStringLiteral("id")).toInteger(), newest);
    QCOMPARE(m_http.get(QStringLiteral("/v1/audit?before=999999999999999999")).status, 200);
    for (const QString &token : qAsConst(m_tokens))
        QVERIFY(!log.body.contains(token.toLatin1()) && !history.body.contains(token.toLatin1()));

    // The whole log needs audit_log:read, which a plain key manager lacks.
    const QJsonObject manager =
        created({{QStringLiteral("name"), QStringLiteral("Manager")},
                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("api_keys:read")}}});
    HttpClient client(m_server.base());
    client.setBearer(manager.value(QStringLiteral("token")).toString());
    QCOMPARE(client.get(QStringLiteral("/v1/audit")).status, 403);
    QCOMPARE(client.get(QStringLiteral("/v1/keys/%1/audit").arg(id)).status, 200);
}

void TestServerKeys::exportCarriesNoSecret()
{
    created({{QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"http://x\")")}});
    created({{QStringLiteral("name"), QStringLiteral("Live, not exported")},
             {QStringLiteral("type"), QStringLiteral("live")}});
    const HttpClient::Answer csv = m_http.get(QStringLiteral("/v1/export?format=csv"));
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.headers.value("content-type").startsWith("text/csv"));
    QVERIFY(csv.body.contains("'=HYPERLINK"));

    // JSON: {"exported_at": TIME, "keys": [...]}, each key with the fields the README
    // lists for JSON key objects, and nothing else; the filters apply.
    const HttpClient::Answer json = m_http.get(QStringLiteral("/v1/export?format=json&type=test"));
    QCOMPARE(json.status, 200);
    QVERIFY(json.headers.value("content-type").startsWith("application/json"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject inventory = document.object();
    QCOMPARE(inventory.keys(),
             (QStringList{QStringLiteral("exported_at"), QStringLiteral("keys")}));
    QVERIFY(QDateTime::fromString(inventory.value(QStringLiteral("exported_at")).toString(),
                                  Qt::ISODate)
                .isValid());
    const QJsonArray keys = inventory.value(QStringLiteral("keys")).toArray();
    QVERIFY(keys.size() >= 2);
    QCOMPARE(json.headers.value("x-keyward-key-count"), QByteArray::number(keys.size()));
    QStringList fields{
        QStringLiteral("id"),         QStringLiteral("name"),         QStringLiteral("description"),
        QStringLiteral("type"),       QStringLiteral("status"),       QStringLiteral("roles"),
        QStringLiteral("scopes"),     QStringLiteral("created_at"),   QStringLiteral("created_by"),
        QStringLiteral("expires_at"), QStringLiteral("last_used_at"), QStringLiteral("hint")};
    fields.sort();
    QStringList names;
    for (const QJsonValue value : keys) {
        const QJsonObject key = value.toObject();
        QCOMPARE(key.keys(), fields);
        QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("test"));
        names << key.value(QStringLiteral("name")).toString();
    }
    QVERIFY(names.contains(QStringLiteral("=HYPERLINK(\"http://x\")")));
    QVERIFY(!names.contains(QStringLiteral("Live, not exported")));
    for (const QString &token : qAsConst(m_tokens)) {
        QVERIFY(!csv.body.contains(token.right(49).toLatin1()));
        QVERIFY(!json.body.contains(token.right(49).toLatin1()));
    }
    QCOMPARE(m_http.get(QStringLiteral("/v1/export")).status, 400);
    QCOMPARE(m_http.get(QStringLiteral("/v1/export?format=xlsx")).status, 400);
    QVERIFY(m_http.get(QStringLiteral("/v1/audit?action=export"))
                .json()
                .value(QStringLiteral("events"))
                .toArray()
                .size() >= 2);
}

void TestServerKeys::otherWorkspacesKeysAreNotFound()
{
    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Ours")}});
    const QString id =
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    HttpClient partner(m_server.base());
    partner.setBearer(m_other);
    QCOMPARE(partner.get(QStringLiteral("/v1/keys/") + id).status, 404);
    QCOMPARE(partner
                 .sendJson("PATCH", QStringLiteral("/v1/keys/") + id,
                           {{QStringLiteral("name"), QStringLiteral("Theirs")}},
                           {{"If-Match", "\"1\""}})
                 .status,
             404);
    QCOMPARE(partner.send("POST", QStringLiteral("/v1/keys/%1/reset").arg(id)).status, 404);
    QCOMPARE(partner.send("POST", QStringLiteral("/v1/keys/%1/revoke").arg(id)).status, 404);
    QCOMPARE(partner.send("DELETE", QStringLiteral("/v1/keys/") + id).status, 404);
    QCOMPARE(partner.get(QStringLiteral("/v1/keys/%1/audit").arg(id)).status, 404);
    const HttpClient::Answer list = partner.get(QStringLiteral("/v1/keys"));
    QCOMPARE(list.status, 200);
    QVERIFY(!list.body.contains(id.toLatin1()));
    QCOMPARE(list.json().value(QStringLiteral("keys")).toArray().size(), 1); // its own admin key
    QCOMPARE(verify(issued.value(QStringLiteral("token")).toString()), 200); // untouched
}

void TestServerKeys::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const auto named = [](const QString &name) {
        return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson();
    };
    QTest::newRow("not json") << QByteArray("{name:") << 400;
    QTest::newRow("empty body") << QByteArray() << 400;
    QTest::newRow("array") << QByteArray("[{\"name\":\"x\"}]") << 400;
    QTest::newRow("name missing") << QByteArray("{}") << 400;
    QTest::newRow("name a number") << QByteArray("{\"name\": 7}") << 400;
    QTest::newRow("scopes a string")
        << QByteArray("{\"name\":\"x\",\"scopes\":\"documents:read\"}") << 400;
    QTest::newRow("scopes of numbers") << QByteArray("{\"name\":\"x\",\"scopes\":[1]}") << 400;
    QTest::newRow("type prod") << QByteArray("{\"name\":\"x\",\"type\":\"prod\"}") << 400;
    QTest::newRow("unknown field") << QByteArray("{\"name\":\"x\",\"admin\":true}") << 400;
    QTest::newRow("secret field") << QByteArray("{\"name\":\"x\",\"token\":\"mine\"}") << 400;
    QTest::newRow("expiry not a time")
        << QByteArray("{\"name\":\"x\",\"expires_at\":\"soon\"}") << 400;
    QTest::newRow("expiry without zone")
        << QByteArray("{\"name\":\"x\",\"expires_at\":\"2099-01-01T00:00:00\"}") << 400;
    QTest::newRow("expiry past") << QByteArray(
                                        "{\"name\":\"x\",\"expires_at\":\"2001-01-01T00:00:00Z\"}")
                                 << 400;
    QTest::newRow("unknown scope")
        << QByteArray("{\"name\":\"x\",\"scopes\":[\"documents:fly\"]}") << 400;
    QTest::newRow("unknown role") << QByteArray("{\"name\":\"x\",\"roles\":[\"Wizard\"]}") << 400;
    QTest::newRow("empty name") << named(QString()) << 400;
    QTest::newRow("whitespace name") << named(QStringLiteral("   ")) << 400;
    QTest::newRow("101 characters") << named(QString(101, QLatin1Char('n'))) << 400;
    // Refused from their Content-Length, before they are read.
    QTest::newRow("huge body") << named(QString(qsizetype{100} * 1024, QLatin1Char('n'))) << 413;
    QTest::newRow("10 MB name") << named(QString(qsizetype{10} * 1024 * 1024, QLatin1Char('n')))
                                << 413;
    QTest::newRow("CR/LF") << named(QStringLiteral("a\r\nFAKE 200")) << 400;
    QTest::newRow("RTL override") << named(QStringLiteral("abc\u202Etxt.exe")) << 400;
    QTest::newRow("NUL") << QByteArray("{\"name\":\"a\\u0000b\"}") << 400;
    QTest::newRow("SQL") << named(QStringLiteral("'; DROP TABLE api_keys;--")) << 201;
    QTest::newRow("format string") << named(QStringLiteral("%s%n%x")) << 201;
    QTest::newRow("emoji and marks") << named(QStringLiteral("Cafe\u0301 \U0001F511")) << 201;
}

void TestServerKeys::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const qsizetype before = m_http.get(QStringLiteral("/v1/keys?limit=500"))
                                 .json()
                                 .value(QStringLiteral("keys"))
                                 .toArray()
                                 .size();
    const HttpClient::Answer answer = m_http.send("POST", QStringLiteral("/v1/keys"), body);
    QCOMPARE(answer.status, status);
    const qsizetype after = m_http.get(QStringLiteral("/v1/keys?limit=500"))
                                .json()
                                .value(QStringLiteral("keys"))
                                .toArray()
                                .size();
    if (status == 400 || status == 413) {
        QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(after, before); // nothing half-written
    } else {
        m_tokens << answer.json().value(QStringLiteral("token")).toString();
        QCOMPARE(after, before + 1);
        const QJsonObject key = answer.json().value(QStringLiteral("key")).toObject();
        QCOMPARE(key.value(QStringLiteral("name")).toString(),
                 QJsonDocument::fromJson(body).object().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(m_http.get(QStringLiteral("/readyz")).status, 200);
}

void TestServerKeys::createRefusesWhatIsNotStrictJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem"); //!< what the message must say
    // QJsonDocument let the last one win: a second "scopes" granted api_keys:write.
    QTest::newRow("scopes twice")
        << QByteArray(R"({"name":"Twice","scopes":["documents:read"],"scopes":["api_keys:write"]})")
        << QStringLiteral("“scopes” appears twice in one object, at byte 44");
    QTest::newRow("name twice, once escaped") << QByteArray(R"({"name":"One","n\u0061me":"Two"})")
                                              << QStringLiteral("“name” appears twice");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"({"name":"Lone\ud800"})") << QStringLiteral("\\ud800 is a high surrogate");
    QTest::newRow("lone high surrogate before a quote")
        << QByteArray(R"({"name":"\ud800","type":"live"})")
        << QStringLiteral("without a low surrogate");
    QTest::newRow("lone low surrogate")
        << QByteArray(R"({"name":"Lone\udc00"})") << QStringLiteral("lone low surrogate");
    QTest::newRow("escape \\c") << QByteArray(R"({"name":"a\cb"})")
                                << QStringLiteral("“\\c” is not a JSON escape (use");
    QTest::newRow("raw tab in a string")
        << QByteArray("{\"name\":\"a\tb\"}") << QStringLiteral("control character U+0009");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"name\":\"Caf\xE9\"}") << QStringLiteral("not valid UTF-8 at byte 12");
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"name\":\"Marked\"}") << QStringLiteral("byte order mark");
    QTest::newRow("number too large")
        << QByteArray(R"({"name":"Big","type":1e400})") << QStringLiteral("out of range");
    QTest::newRow("nested too deep") << QByteArray(R"({"name":"Deep","roles":)") +
                                            QByteArray(40, '[') + QByteArray(40, ']') + '}'
                                     << QStringLiteral("deeper than");
    QTest::newRow("empty scope") << QByteArray(R"({"name":"Empty","scopes":[""]})")
                                 << QStringLiteral("\"scopes\" holds an empty string (item 1)");
    QTest::newRow("blank role") << QByteArray(R"({"name":"Blank","roles":["Viewer"," "]})")
                                << QStringLiteral("\"roles\" holds an empty string (item 2)");
    QTest::newRow("U+FEFF in a field name, escaped")
        << QByteArray(R"({"name":"Marked","sco\uFEFFpes":["documents:read"]})")
        << QStringLiteral("“sco<U+FEFF>pes” holds U+FEFF");
    QTest::newRow("U+FEFF in a field name, raw") << QByteArray("{\"name\xEF\xBB\xBF\":\"Marked\"}")
                                                 << QStringLiteral("“name<U+FEFF>” holds U+FEFF");
    QTest::newRow("expiry and never")
        << QByteArray(R"({"name":"Both","expires_at":"2099-01-01T00:00:00Z","never_expires":true})")
        << QStringLiteral("not both");
    QTest::newRow("zero-width space in the name")
        << QByteArray(R"({"name":"CRM\u200Bsync"})") << QStringLiteral("U+200B");
    QTest::newRow("line separator in the name")
        << QByteArray(R"({"name":"CRM\u2028sync"})") << QStringLiteral("U+2028");
    QTest::newRow("tag character in the name")
        << QByteArray(R"({"name":"CRM\udb40\udc41"})") << QStringLiteral("U+E0041");
}

void TestServerKeys::createRefusesWhatIsNotStrictJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const QPair<int, int> before = storeSize();
    const HttpClient::Answer answer = m_http.send("POST", QStringLiteral("/v1/keys"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), QStringLiteral("invalid_request"));
    const QString message = answer.json().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(problem), qPrintable(message));
    QCOMPARE(storeSize(), before); // no key, no audit event
}

void TestServerKeys::editRefusesWhatIsNotStrictJson_data()
{
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    const QByteArray rename = R"({"name":"Renamed"})";
    QTest::newRow("unquoted version")
        << QByteArray("1") << rename << QStringLiteral("“1” is not one");
    QTest::newRow("weak tag") << QByteArray("W/\"1\"") << rename
                              << QStringLiteral("“W/\"1\"” is not one");
    QTest::newRow("any version") << QByteArray("*") << rename << QStringLiteral("in double quotes");
    QTest::newRow("a list") << QByteArray("\"1\", \"2\"") << rename
                            << QStringLiteral("in double quotes");
    QTest::newRow("signed") << QByteArray("\"+1\"") << rename << QStringLiteral("in double quotes");
    QTest::newRow("leading zero") << QByteArray("\"01\"") << rename
                                  << QStringLiteral("in double quotes");
    QTest::newRow("empty quotes") << QByteArray("\"\"") << rename
                                  << QStringLiteral("in double quotes");
    QTest::newRow("name twice") << QByteArray("\"1\"") << QByteArray(R"({"name":"A","name":"B"})")
                                << QStringLiteral("“name” appears twice");
    QTest::newRow("scopes twice") << QByteArray("\"1\"")
                                  << QByteArray(R"({"scopes":[],"scopes":["api_keys:write"]})")
                                  << QStringLiteral("“scopes” appears twice");
    QTest::newRow("empty scope") << QByteArray("\"1\"") << QByteArray(R"({"scopes":[""]})")
                                 << QStringLiteral("empty string");
    QTest::newRow("invisible name")
        << QByteArray("\"1\"") << QByteArray(R"({"name":"Re\u2060named"})")
        << QStringLiteral("U+2060");
}

void TestServerKeys::editRefusesWhatIsNotStrictJson()
{
    QFETCH(QByteArray, ifMatch);
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const QJsonObject issued = created({{QStringLiteral("name"), QStringLiteral("Strict edit")}});
    const QString path =
        QStringLiteral("/v1/keys/") +
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QPair<int, int> before = storeSize();
    const HttpClient::Answer answer = m_http.send("PATCH", path, body, {{"If-Match", ifMatch}});
    QCOMPARE(answer.status, 400);
    const QString message = answer.json().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(problem), qPrintable(message));
    const HttpClient::Answer key = m_http.get(path);
    QCOMPARE(key.headers.value("etag"), QByteArrayLiteral("\"1\"")); // not edited
    QCOMPARE(key.json().value(QStringLiteral("name")).toString(), QStringLiteral("Strict edit"));
    QCOMPARE(storeSize(), before);
}

void TestServerKeys::resetRefusesNumbersOutOfRange_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    // 1e300 was cast to qint64 before the range check: undefined behaviour.
    QTest::newRow("1e300") << QByteArray(R"({"grace_seconds":1e300})")
                           << QStringLiteral("whole number from 0 to 604800");
    QTest::newRow("-1e300") << QByteArray(R"({"grace_seconds":-1e300})")
                            << QStringLiteral("whole number from 0 to 604800");
    QTest::newRow("2^63") << QByteArray(R"({"grace_seconds":9223372036854775808})")
                          << QStringLiteral("whole number");
    QTest::newRow("2^64 + 1") << QByteArray(R"({"grace_seconds":18446744073709551617})")
                              << QStringLiteral("whole number");
    QTest::newRow("a week and a second")
        << QByteArray(R"({"grace_seconds":604801})") << QStringLiteral("whole number");
    QTest::newRow("a fraction") << QByteArray(R"({"grace_seconds":0.5})")
                                << QStringLiteral("whole number");
    QTest::newRow("1e400") << QByteArray(R"({"grace_seconds":1e400})")
                           << QStringLiteral("out of range");
    QTest::newRow("twice") << QByteArray(R"({"grace_seconds":3600,"grace_seconds":0})")
                           << QStringLiteral("“grace_seconds” appears twice");
}

void TestServerKeys::resetRefusesNumbersOutOfRange()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const QJsonObject issued =
        created({{QStringLiteral("name"), QStringLiteral("Strict reset")},
                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}});
    const QString token = issued.value(QStringLiteral("token")).toString();
    const QString path =
        QStringLiteral("/v1/keys/") +
        issued.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QPair<int, int> before = storeSize();
    const HttpClient::Answer answer = m_http.send("POST", path + QStringLiteral("/reset"), body);
    QCOMPARE(answer.status, 400);
    const QString message = answer.json().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY(!answer.json().contains(QStringLiteral("token")));
    const HttpClient::Answer key = m_http.get(path);
    QCOMPARE(key.headers.value("etag"), QByteArrayLiteral("\"1\""));
    QCOMPARE(key.json().value(QStringLiteral("credentials")).toArray().size(), 1);
    QCOMPARE(verify(token, QStringLiteral("documents:read")), 200);
    QCOMPARE(storeSize(), before);
}

void TestServerKeys::queryParametersAreStrict_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
    QTest::newRow("status twice") << QStringLiteral("/v1/keys?status=active&status=revoked")
                                  << QStringLiteral("“status” is given more than once");
    QTest::newRow("cursor twice") << QStringLiteral("/v1/keys?cursor=a&cursor=b")
                                  << QStringLiteral("“cursor” is given more than once");
    QTest::newRow("count, type twice") << QStringLiteral("/v1/keys/count?type=test&type=live")
                                       << QStringLiteral("“type” is given more than once");
    QTest::newRow("signed limit") << QStringLiteral("/v1/keys?limit=%2B5")
                                  << QStringLiteral("“limit” must be a number from 1 to 500");
    QTest::newRow("limit with a space")
        << QStringLiteral("/v1/keys?limit=%205") << QStringLiteral("“limit” must be a number");
    QTest::newRow("hex limit") << QStringLiteral("/v1/audit?limit=0x10")
                               << QStringLiteral("“limit” must be a number from 1 to 10000");
    QTest::newRow("time without its offset")
        << QStringLiteral("/v1/audit?from=2027-01-01T00:00:00")
        << QStringLiteral("“from” must be a time such as 2027-01-31T12:00:00Z");
    QTest::newRow("date only") << QStringLiteral("/v1/audit?to=2027-01-01")
                               << QStringLiteral("“to” must be a time");
    QTest::newRow("actor twice") << QStringLiteral("/v1/audit?actor=a&actor=b")
                                 << QStringLiteral("“actor” is given more than once");
    QTest::newRow("event id zero")
        << QStringLiteral("/v1/audit?before=0") << QStringLiteral("“before” must be an event id");
    QTest::newRow("signed event id")
        << QStringLiteral("/v1/audit?after=-5") << QStringLiteral("“after” must be an event id");
    QTest::newRow("event id of 19 digits") << QStringLiteral("/v1/audit?before=1000000000000000000")
                                           << QStringLiteral("“before” must be an event id");
}

void TestServerKeys::queryParametersAreStrict()
{
    QFETCH(QString, path);
    QFETCH(QString, problem);
    const HttpClient::Answer answer = m_http.get(path);
    QCOMPARE(answer.status, 400);
    const QString message = answer.json().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestServerKeys::unknownRoutesAreNotFound()
{
    QCOMPARE(m_http.get(QStringLiteral("/v2/keys")).status, 404);
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys/a/b/c")).status, 404);
    QCOMPARE(m_http.send("PUT", QStringLiteral("/v1/keys")).status, 404);
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys/AAAAAAAAAAAA")).status, 404);
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys/%27%3B%20DROP%20TABLE%20api_keys")).status, 404);
}

void TestServerKeys::logNamesRequestsButNoKey()
{
    // A key pasted into a path or query string is not logged either.
    m_http.get(QStringLiteral("/v1/keys/") + m_admin + QStringLiteral("?key=") + m_admin);
    QByteArray log;
    QTRY_VERIFY((log = m_server.errorOutput()).contains("[redacted]"));
    QVERIFY(log.contains(" POST /v1/keys 201 "));
    QVERIFY(log.contains(" 127.0.0.1 GET /v1/keys"));
    const QString adminKid = m_admin.mid(9, 12);
    QVERIFY(log.contains("kid=" + adminKid.toLatin1()));
    for (const QString &token : qAsConst(m_tokens)) {
        if (!token.isEmpty())
            QVERIFY2(!log.contains(token.right(49).toLatin1()), "a key reached the log");
    }
    // A request the engine refused (the 10 MB body) says why, in its own words.
    QVERIFY(log.contains(" POST /v1/keys 413 0.00ms refused: The body is larger than"));
    const QRegularExpression format(QStringLiteral(
        "^\\S+Z \\S+ ([A-Z]+|-) \\S+ \\d{3} [\\d.]+ms( kid=\\w{12}| refused: [ -~]+)?$"));
    for (const QByteArray &line : log.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(format.match(QString::fromLatin1(line)).hasMatch(), line.constData());
    }
}

std::unique_ptr<SqlKeyStore> TestServerKeys::directStore() const
{
    SqlStoreOptions options;
    QString error;
    if (!readStoreLocation(m_database, options, &error))
        qFatal("%s", qPrintable(error));
    if (options.postgres)
        options.postgres->password = m_postgres.password();
    return std::make_unique<SqlKeyStore>(options);
}

void TestServerKeys::resettingAnothersKeyNeedsEveryScopeOfTheirRole()
{
    // docs/security.md 3, reset escalation over HTTP: the new secret acts as the key's creator.
    const std::unique_ptr<SqlKeyStore> store = directStore();
    const auto addMember = [&store](const QString &name) {
        const auto added =
            await(store->addMember({}, Member{0, name, {}, QStringLiteral("Admin")}));
        if (!added.ok())
            qFatal("%s", qPrintable(added.error().message()));
        return added.value();
    };
    const Member ada = addMember(QStringLiteral("Ada Admin"));
    const Member alan = addMember(QStringLiteral("Alan Admin"));
    QStringList adminScopes;
    const auto roles = await(store->roles({}));
    QVERIFY(roles.ok());
    for (const Role &role : roles.value()) {
        if (role.name == QLatin1String("Admin"))
            adminScopes = role.scopes;
    }
    const auto keyOf = [&store](const Member &member, const QString &name,
                                const QStringList &scopes) {
        KeyDraft draft;
        draft.name = name;
        draft.scopes = scopes;
        const auto issued = await(store->createKey(Actor{member.id, std::nullopt}, draft));
        if (!issued.ok())
            qFatal("%s", qPrintable(issued.error().message()));
        return issued.value();
    };
    const IssuedKey adas = keyOf(ada, QStringLiteral("Ada's admin key"), adminScopes);
    const IssuedKey alans =
        keyOf(alan, QStringLiteral("Alan's script"), {QStringLiteral("documents:read")});
    m_tokens << adas.token << alans.token;
    HttpClient asAda(m_server.base());
    asAda.setBearer(adas.token);
    const QString owner = m_http.get(QStringLiteral("/v1/workspace"))
                              .json()
                              .value(QStringLiteral("member"))
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    QVERIFY(!owner.isEmpty());

    // Ada (Admin) may not mint a secret that acts as the Owner.
    const QJsonObject owners = created({{QStringLiteral("name"), QStringLiteral("Owner's job")}});
    const QString ownersId =
        owners.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const HttpClient::Answer refused =
        asAda.send("POST", QStringLiteral("/v1/keys/%1/reset").arg(ownersId));
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.json().value(QStringLiteral("message")).toString().contains(owner),
             refused.body.constData());
    QCOMPARE(verify(owners.value(QStringLiteral("token")).toString()), 200);
    // Nor may the Owner's admin key, whose scopes lack some of the Admin role's.
    const HttpClient::Answer capped =
        m_http.send("POST", QStringLiteral("/v1/keys/%1/reset").arg(alans.key.id));
    QCOMPARE(capped.status, 403);
    QVERIFY2(capped.json()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("Alan Admin")),
             capped.body.constData());

    // A peer's key: reset, and the event names who reset it, with which key, and whose
    // key it is.
    const HttpClient::Answer reset =
        asAda.send("POST", QStringLiteral("/v1/keys/%1/reset").arg(alans.key.id));
    QCOMPARE(reset.status, 200);
    m_tokens << reset.json().value(QStringLiteral("token")).toString();
    const HttpClient::Answer log =
        asAda.get(QStringLiteral("/v1/audit?action=reset&key=%1").arg(alans.key.id));
    QCOMPARE(log.status, 200);
    const QJsonArray events = log.json().value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(event.value(QStringLiteral("actor_key_id")).toString(), adas.key.id);
    QCOMPARE(event.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("created_by"))
                 .toString(),
             QStringLiteral("Alan Admin"));
}

QTEST_GUILESS_MAIN(TestServerKeys)
#include "tst_server_keys.moc"
