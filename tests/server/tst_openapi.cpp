#include "KeywardServer.h"
#include "ServerOptions.h"
#include "sql/SqlKeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

//! Keeps server/openapi.yaml true: it is a valid OpenAPI 3.0 document, every route the
//! server registers is documented with its method, nothing documented is missing, the
//! served document is the one in the source tree, and what the server really answers
//! validates against the document's schemas (tests/server/openapi/openapi_check.py,
//! python3-yaml and python3-jsonschema).
class TestOpenApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentMatchesTheRoutes();
    void documentIsServed();
    void documentIsValid();
    void theServedAnswersMatchTheirSchemas();

private:
    struct Answer {
        int status = 0;
        QJsonValue body;
        QByteArray etag;
    };
    //! Sends a request to the listening server, records the answer for the schema check.
    Answer call(const QByteArray &method, const QString &target, const QJsonObject &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    //! Runs openapi_check.py; its output when it fails.
    static QString check(const QStringList &arguments, int *exitCode);
    quint16 port();

    static QSet<QString> documentedOperations(const QByteArray &yaml);
    QByteArray sourceDocument() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SqlKeyStore> m_store;
    ServerOptions m_options;
    std::unique_ptr<KeywardServer> m_server;
    quint16 m_port = 0;
    QString m_token;
    QNetworkAccessManager m_network;
    QJsonArray m_answers;
};

void TestOpenApi::initTestCase()
{
    SqlStoreOptions storeOptions;
    storeOptions.path = m_dir.filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqlKeyStore>(storeOptions);
    m_store->open().waitForFinished();
    m_options.port = 0;
    m_options.requestLog = false;
    m_server = std::make_unique<KeywardServer>(*m_store, m_options);
}

QByteArray TestOpenApi::sourceDocument() const
{
    QFile file(QStringLiteral(KEYWARD_SOURCE_DIR "/server/openapi.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSet<QString> TestOpenApi::documentedOperations(const QByteArray &yaml)
{
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|post|patch|put|delete):\\s*$"));
    QSet<QString> operations;
    QString path;
    bool inPaths = false;
    for (const QByteArray &raw : yaml.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line == QLatin1String("paths:");
        if (!inPaths)
            continue;
        if (const auto match = pathLine.match(line); match.hasMatch())
            path = match.captured(1);
        else if (const auto method = methodLine.match(line); method.hasMatch())
            operations.insert(method.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    return operations;
}

void TestOpenApi::documentMatchesTheRoutes()
{
    QSet<QString> registered;
    for (const auto &[method, path] : m_server->router().routes()) {
        QString documented = path;
        documented.replace(QStringLiteral("<arg>"), QStringLiteral("{id}"));
        registered.insert(QString::fromLatin1(httpMethodName(method)) + QLatin1Char(' ') +
                          documented);
    }
    const QSet<QString> documented = documentedOperations(sourceDocument());
    QVERIFY(registered.size() >= 15);
    QCOMPARE(QSet<QString>(registered - documented), QSet<QString>());
    QCOMPARE(QSet<QString>(documented - registered), QSet<QString>());
}

quint16 TestOpenApi::port()
{
    if (m_port == 0) {
        QString error;
        m_port = m_server->listen(&error);
        if (m_port == 0)
            qWarning("listen: %s", qPrintable(error));
    }
    return m_port;
}

void TestOpenApi::documentIsServed()
{
    const quint16 port = this->port();
    QVERIFY(port != 0);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/openapi.yaml").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray served = reply->readAll();
    QVERIFY(served.startsWith("openapi: 3."));
    QCOMPARE(served, sourceDocument());
    reply->deleteLater();
}

QString TestOpenApi::check(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        QStringLiteral("python3"),
        QStringList{QStringLiteral(KEYWARD_SOURCE_DIR "/tests/server/openapi/openapi_check.py")} +
            arguments);
    // Without python3, python3-yaml or python3-jsonschema this fails: never skipped.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        *exitCode = -1;
        return QStringLiteral("python3 did not run: ") + process.errorString() +
               QString::fromUtf8(process.readAll());
    }
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

void TestOpenApi::documentIsValid()
{
    int exitCode = 0;
    const QString output = check(
        {QStringLiteral("document"), QStringLiteral(KEYWARD_SOURCE_DIR "/server/openapi.yaml")},
        &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));

    // The check finds what a YAML slip makes of a description: a bogus key.
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(sourceDocument().replace("description: 'What went wrong, for people.'",
                                          "description: What went wrong, for people."));
    broken.close();
    const QString found = check({QStringLiteral("document"), broken.fileName()}, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(found.contains(QStringLiteral("unknown field 'for people.'")), qPrintable(found));
}

TestOpenApi::Answer TestOpenApi::call(const QByteArray &method, const QString &target,
                                      const QJsonObject &body,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(target)));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!reply->isFinished() && !finished.wait(10000)) {
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.etag = reply->rawHeader("ETag");
    const QByteArray bytes = reply->readAll();
    reply->deleteLater();
    if (!bytes.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        answer.body = error.error == QJsonParseError::NoError
                          ? (document.isArray() ? QJsonValue(document.array())
                                                : QJsonValue(document.object()))
                          : QJsonValue(QString::fromUtf8(bytes)); // not JSON: the check says so
    }
    m_answers.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                                 {QStringLiteral("path"), target.section(u'?', 0, 0)},
                                 {QStringLiteral("status"), answer.status},
                                 {QStringLiteral("body"), answer.body}});
    return answer;
}

void TestOpenApi::theServedAnswersMatchTheirSchemas()
{
    QVERIFY(port() != 0);
    KeyDraft draft;
    draft.name = QStringLiteral("Schema check");
    draft.roles = {QStringLiteral("Owner")};
    draft.expiresAt = m_store->now().addDays(30);
    QFuture<StoreResult<IssuedKey>> issued = m_store->createKey({}, draft);
    issued.waitForFinished();
    QVERIFY(issued.result().ok());
    m_token = issued.result().value().token;

    // Every kind of answer: each operation's success, and the errors' shared shapes.
    QCOMPARE(call("GET", QStringLiteral("/v1/workspace")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/scopes")).status, 200);
    const Answer created =
        call("POST", QStringLiteral("/v1/keys"),
             {{QStringLiteral("name"), QStringLiteral("CRM sync")},
              {QStringLiteral("description"), QStringLiteral("Nightly")},
              {QStringLiteral("scopes"), QJsonArray{QStringLiteral("documents:read")}},
              {QStringLiteral("expires_at"), m_store->now().addDays(10).toString(Qt::ISODate)}},
             {{"Idempotency-Key", "schema-check-create-0001"}});
    QCOMPARE(created.status, 201);
    const QString id = created.body[QStringLiteral("key")][QStringLiteral("id")].toString();
    const QString token = created.body[QStringLiteral("token")].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("/v1/keys?limit=1")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/keys?search=crm&sort=name")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/keys/count")).status, 200);
    const Answer shown = call("GET", QStringLiteral("/v1/keys/") + id);
    QCOMPARE(shown.status, 200);
    QCOMPARE(call("PATCH", QStringLiteral("/v1/keys/") + id,
                  {{QStringLiteral("name"), QStringLiteral("CRM sync (EU)")}},
                  {{"If-Match", shown.etag}})
                 .status,
             200);
    QCOMPARE(call("PATCH", QStringLiteral("/v1/keys/") + id,
                  {{QStringLiteral("name"), QStringLiteral("Stale")}}, {{"If-Match", "\"1\""}})
                 .status,
             412);
    QCOMPARE(call("POST", QStringLiteral("/v1/keys/%1/reset").arg(id),
                  {{QStringLiteral("grace_seconds"), 60}},
                  {{"Idempotency-Key", "schema-check-reset-00001"}})
                 .status,
             200);
    QCOMPARE(call("GET", QStringLiteral("/v1/keys/%1/audit").arg(id)).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/audit?limit=5")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/changes")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/v1/roles")).status, 200);
    const Answer role =
        call("POST", QStringLiteral("/v1/roles"),
             {{QStringLiteral("name"), QStringLiteral("Auditor")},
              {QStringLiteral("description"), QStringLiteral("Reads the log")},
              {QStringLiteral("scopes"), QJsonArray{QStringLiteral("audit_log:read")}}});
    QCOMPARE(role.status, 201);
    const QString roleId = QString::number(role.body[QStringLiteral("id")].toInteger());
    QCOMPARE(call("PUT", QStringLiteral("/v1/roles/") + roleId,
                  {{QStringLiteral("name"), QStringLiteral("Auditors")},
                   {QStringLiteral("scopes"), QJsonArray{QStringLiteral("audit_log:read")}}})
                 .status,
             200);
    QCOMPARE(call("GET", QStringLiteral("/v1/members")).status, 200);
    const Answer member = call("POST", QStringLiteral("/v1/members"),
                               {{QStringLiteral("name"), QStringLiteral("Dana Developer")},
                                {QStringLiteral("email"), QStringLiteral("dana@example.com")},
                                {QStringLiteral("role"), QStringLiteral("Developer")}});
    QCOMPARE(member.status, 201);
    QCOMPARE(
        call("PATCH",
             QStringLiteral("/v1/members/%1").arg(member.body[QStringLiteral("id")].toInteger()),
             {{QStringLiteral("role"), QStringLiteral("Auditors")}})
            .status,
        200);
    QCOMPARE(call("POST", QStringLiteral("/v1/keys/verify"),
                  {{QStringLiteral("key"), token},
                   {QStringLiteral("scope"), QStringLiteral("documents:read")}})
                 .status,
             200);
    QCOMPARE(call("POST", QStringLiteral("/v1/keys/verify"),
                  {{QStringLiteral("key"), QStringLiteral("not a key")}})
                 .status,
             200);
    QCOMPARE(call("GET", QStringLiteral("/v1/keys?limit=0")).status, 400);
    QCOMPARE(call("GET", QStringLiteral("/v1/keys/NoSuchKey000")).status, 404);
    QCOMPARE(call("POST", QStringLiteral("/v1/keys/%1/revoke").arg(id)).status, 200);
    QCOMPARE(call("POST", QStringLiteral("/v1/keys/%1/revoke").arg(id)).status, 409);
    QCOMPARE(call("DELETE", QStringLiteral("/v1/keys/") + id).status, 204);
    QCOMPARE(call("DELETE", QStringLiteral("/v1/roles/") + roleId).status, 409); // a member has it
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/readyz")).status, 200);
    const QString admin = std::exchange(m_token, QString());
    QCOMPARE(call("GET", QStringLiteral("/v1/keys")).status, 401);
    m_token = token; // revoked by now
    QCOMPARE(call("GET", QStringLiteral("/v1/authorize")).status, 401);
    m_token = admin;
    QCOMPARE(
        call("GET", QStringLiteral("/v1/authorize"), {}, {{"X-Keyward-Scope", "documents:read"}})
            .status,
        200);

    QTemporaryDir dir;
    QFile answers(dir.filePath(QStringLiteral("answers.json")));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write(QJsonDocument(m_answers).toJson());
    answers.close();
    int exitCode = 0;
    const QString output =
        check({QStringLiteral("answers"), QStringLiteral(KEYWARD_SOURCE_DIR "/server/openapi.yaml"),
               answers.fileName()},
              &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
