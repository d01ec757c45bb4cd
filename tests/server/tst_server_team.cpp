#include "ServerProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

//! Roles, members and counts through the management API, against the real server:
//! listing members (names, emails) needs teammates:read while roles stay readable with
//! api_keys:read, changes need teammates:write, nothing beyond the calling key's own
//! scopes is handed out, the last Owner stays an Owner, and roles in use are not deleted.
class TestServerTeam final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void changesNeedTeammatesWrite();
    void membersNeedTeammatesRead();
    void customRoleLifecycle();
    void rolesBeyondTheKeyAreRefused();
    void membersAreAddedAndMoved();
    void countsFollowTheFilters();
    void workspaceAndChanges();

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    HttpClient m_http; //!< teammates and api_keys, documents:read/write
    QString m_reader;  //!< api_keys:read only
};

void TestServerTeam::initTestCase()
{
    const QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
    QStringList init{QStringLiteral("init"), QStringLiteral("--database"), database};
    for (const char *scope : {"api_keys:read", "api_keys:write", "teammates:read",
                              "teammates:write", "documents:read", "documents:write"})
        init << QStringLiteral("--scope") << QString::fromLatin1(scope);
    int code = -1;
    const QString admin = ServerProcess::run(init, &code);
    QCOMPARE(code, 0);
    QVERIFY(m_server.start({QStringLiteral("--database"), database,
                            QStringLiteral("--max-failures"), QStringLiteral("0")}));
    m_http.setBase(m_server.base());
    m_http.setBearer(admin);
    m_reader =
        m_http
            .sendJson("POST", QStringLiteral("/v1/keys"),
                      {{QStringLiteral("name"), QStringLiteral("Reader")},
                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("api_keys:read")}}})
            .json()
            .value(QStringLiteral("token"))
            .toString();
    QVERIFY(!m_reader.isEmpty());
}

void TestServerTeam::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestServerTeam::changesNeedTeammatesWrite()
{
    HttpClient reader(m_server.base());
    reader.setBearer(m_reader);
    QCOMPARE(reader.get(QStringLiteral("/v1/roles")).status, 200);
    const HttpClient::Answer refused = reader.sendJson(
        "POST", QStringLiteral("/v1/roles"), {{QStringLiteral("name"), QStringLiteral("Support")}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("teammates:write"));
    QCOMPARE(reader
                 .sendJson("POST", QStringLiteral("/v1/members"),
                           {{QStringLiteral("name"), QStringLiteral("Mo")},
                            {QStringLiteral("role"), QStringLiteral("Viewer")}})
                 .status,
             403);
    HttpClient anonymous(m_server.base());
    QCOMPARE(anonymous.send("DELETE", QStringLiteral("/v1/roles/1")).status, 401);
}

void TestServerTeam::membersNeedTeammatesRead()
{
    // People's names and emails are not API-key data: api_keys:read alone sees the
    // roles the key dialogs offer, not the members.
    HttpClient reader(m_server.base());
    reader.setBearer(m_reader);
    const HttpClient::Answer refused = reader.get(QStringLiteral("/v1/members"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("teammates:read"));
    QVERIFY(!refused.body.contains("\"members\""));
    QCOMPARE(reader.get(QStringLiteral("/v1/roles")).status, 200);

    // teammates:read is what it takes, with or without api_keys:read.
    for (const QJsonArray &scopes :
         {QJsonArray{QStringLiteral("teammates:read")},
          QJsonArray{QStringLiteral("api_keys:read"), QStringLiteral("teammates:read")}}) {
        const HttpClient::Answer created =
            m_http.sendJson("POST", QStringLiteral("/v1/keys"),
                            {{QStringLiteral("name"), QStringLiteral("Team reader")},
                             {QStringLiteral("scopes"), scopes}});
        QCOMPARE(created.status, 201);
        HttpClient teamReader(m_server.base());
        teamReader.setBearer(created.json().value(QStringLiteral("token")).toString());
        const HttpClient::Answer listed = teamReader.get(QStringLiteral("/v1/members"));
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.json().value(QStringLiteral("members")).toArray().isEmpty());
    }
}

void TestServerTeam::customRoleLifecycle()
{
    const HttpClient::Answer created =
        m_http.sendJson("POST", QStringLiteral("/v1/roles"),
                        {{QStringLiteral("name"), QStringLiteral("Document bot")},
                         {QStringLiteral("description"), QStringLiteral("Reads documents")},
                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/v1/roles/%1").arg(id);
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/roles"),
                           {{QStringLiteral("name"), QStringLiteral("Document bot")}})
                 .status,
             409);

    const HttpClient::Answer replaced = m_http.sendJson(
        "PUT", path,
        {{QStringLiteral("name"), QStringLiteral("Document writer")},
         {QStringLiteral("scopes"),
          QJsonArray{QStringLiteral("documents:read"), QStringLiteral("documents:write")}}});
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json().value(QStringLiteral("scopes")).toArray().size(), 2);

    // In use by a key: not deleted, and the answer says why.
    const HttpClient::Answer key =
        m_http.sendJson("POST", QStringLiteral("/v1/keys"),
                        {{QStringLiteral("name"), QStringLiteral("Uses the role")},
                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("Document writer")}}});
    QCOMPARE(key.status, 201);
    QCOMPARE(m_http.send("DELETE", path).status, 409);
    const QString keyId =
        key.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_http.send("DELETE", QStringLiteral("/v1/keys/") + keyId).status,
             403); // no api_keys:delete
    QCOMPARE(m_http
                 .sendJson("PATCH", QStringLiteral("/v1/keys/") + keyId,
                           {{QStringLiteral("roles"), QJsonArray()}}, {{"If-Match", "\"1\""}})
                 .status,
             200);
    QCOMPARE(m_http.send("DELETE", path).status, 204);
    QCOMPARE(m_http.send("DELETE", path).status, 404);

    // Built-in roles cannot be changed; ids that are not roles are not found.
    const QJsonArray roles =
        m_http.get(QStringLiteral("/v1/roles")).json().value(QStringLiteral("roles")).toArray();
    const qint64 owner = roles.first().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_http
                 .sendJson("PUT", QStringLiteral("/v1/roles/%1").arg(owner),
                           {{QStringLiteral("name"), QStringLiteral("Boss")}})
                 .status,
             400);
    QCOMPARE(m_http
                 .sendJson("PUT", QStringLiteral("/v1/roles/banana"),
                           {{QStringLiteral("name"), QStringLiteral("x")}})
                 .status,
             404);
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/roles"),
                           {{QStringLiteral("nom"), QStringLiteral("x")}})
                 .status,
             400);
}

void TestServerTeam::rolesBeyondTheKeyAreRefused()
{
    const HttpClient::Answer refused =
        m_http.sendJson("POST", QStringLiteral("/v1/roles"),
                        {{QStringLiteral("name"), QStringLiteral("Webhooks")},
                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("webhooks:write")}}});
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("webhooks:write")));
    // Handing out Owner would hand out every scope, which this key does not hold.
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/members"),
                           {{QStringLiteral("name"), QStringLiteral("Olga")},
                            {QStringLiteral("role"), QStringLiteral("Owner")}})
                 .status,
             403);
}

void TestServerTeam::membersAreAddedAndMoved()
{
    // A role within the key's reach: only what the key holds itself.
    QCOMPARE(
        m_http
            .sendJson("POST", QStringLiteral("/v1/roles"),
                      {{QStringLiteral("name"), QStringLiteral("Readers")},
                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}}})
            .status,
        201);
    const HttpClient::Answer added =
        m_http.sendJson("POST", QStringLiteral("/v1/members"),
                        {{QStringLiteral("name"), QStringLiteral("Rita Reader")},
                         {QStringLiteral("email"), QStringLiteral("rita@example.com")},
                         {QStringLiteral("role"), QStringLiteral("Readers")}});
    QCOMPARE(added.status, 201);
    const qint64 id = added.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/members"),
                           {{QStringLiteral("name"), QStringLiteral("Rita Reader")},
                            {QStringLiteral("role"), QStringLiteral("Readers")}})
                 .status,
             409);
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/members"),
                           {{QStringLiteral("name"), QStringLiteral("Nobody")},
                            {QStringLiteral("role"), QStringLiteral("Wizard")}})
                 .status,
             400);
    QCOMPARE(
        m_http
            .sendJson("POST", QStringLiteral("/v1/roles"),
                      {{QStringLiteral("name"), QStringLiteral("Writers")},
                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read"),
                                                             QStringLiteral("documents:write")}}})
            .status,
        201);
    const HttpClient::Answer moved =
        m_http.sendJson("PATCH", QStringLiteral("/v1/members/%1").arg(id),
                        {{QStringLiteral("role"), QStringLiteral("Writers")}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(QStringLiteral("role")).toString(), QStringLiteral("Writers"));
    QCOMPARE(m_http
                 .sendJson("PATCH", QStringLiteral("/v1/members/999999"),
                           {{QStringLiteral("role"), QStringLiteral("Readers")}})
                 .status,
             404);
    // The owner holds more than this key does: nobody demotes someone above them.
    const qint64 owner = m_http.get(QStringLiteral("/v1/members"))
                             .json()
                             .value(QStringLiteral("members"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    const HttpClient::Answer demoted =
        m_http.sendJson("PATCH", QStringLiteral("/v1/members/%1").arg(owner),
                        {{QStringLiteral("role"), QStringLiteral("Readers")}});
    QCOMPARE(demoted.status, 403);
    QCOMPARE(m_http.get(QStringLiteral("/v1/members"))
                 .json()
                 .value(QStringLiteral("members"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("Owner"));
    QCOMPARE(m_http.get(QStringLiteral("/v1/members"))
                 .json()
                 .value(QStringLiteral("members"))
                 .toArray()
                 .size(),
             2);
    QVERIFY(m_http.get(QStringLiteral("/v1/audit?action=member_add")).status ==
            403); // no audit_log:read
}

void TestServerTeam::countsFollowTheFilters()
{
    const int before =
        m_http.get(QStringLiteral("/v1/keys/count")).json().value(QStringLiteral("total")).toInt();
    for (const char *type : {"live", "live", "test"}) {
        QCOMPARE(
            m_http
                .sendJson("POST", QStringLiteral("/v1/keys"),
                          {{QStringLiteral("name"), QStringLiteral("Counted")},
                           {QStringLiteral("type"), QString::fromLatin1(type)},
                           {QStringLiteral("expires_at"),
                            QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate)}})
                .status,
            201);
    }
    const QJsonObject all = m_http.get(QStringLiteral("/v1/keys/count")).json();
    QCOMPARE(all.value(QStringLiteral("total")).toInt(), before + 3);
    QCOMPARE(all.value(QStringLiteral("expiring")).toInt(), 3);
    const QJsonObject live =
        m_http.get(QStringLiteral("/v1/keys/count?search=Counted&type=live")).json();
    QCOMPARE(live.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(m_http.get(QStringLiteral("/v1/keys/count?limit=5")).status, 400);
}

void TestServerTeam::workspaceAndChanges()
{
    const HttpClient::Answer who = m_http.get(QStringLiteral("/v1/workspace"));
    QCOMPARE(who.status, 200);
    const QJsonObject workspace = who.json().value(QStringLiteral("workspace")).toObject();
    QCOMPARE(workspace.value(QStringLiteral("prefix")).toString(), QStringLiteral("key"));
    QCOMPARE(who.json()
                 .value(QStringLiteral("member"))
                 .toObject()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("Owner"));
    QVERIFY(who.json()
                .value(QStringLiteral("key"))
                .toObject()
                .value(QStringLiteral("scopes"))
                .toArray()
                .contains(QStringLiteral("teammates:write")));

    const qint64 before = m_http.get(QStringLiteral("/v1/changes"))
                              .json()
                              .value(QStringLiteral("last_change"))
                              .toInteger();
    QVERIFY(before > 0);
    QCOMPARE(m_http.get(QStringLiteral("/v1/changes"))
                 .json()
                 .value(QStringLiteral("last_change"))
                 .toInteger(),
             before);
    QCOMPARE(m_http
                 .sendJson("POST", QStringLiteral("/v1/keys"),
                           {{QStringLiteral("name"), QStringLiteral("A change")}})
                 .status,
             201);
    QVERIFY(m_http.get(QStringLiteral("/v1/changes"))
                .json()
                .value(QStringLiteral("last_change"))
                .toInteger() > before);
}

QTEST_GUILESS_MAIN(TestServerTeam)
#include "tst_server_team.moc"
