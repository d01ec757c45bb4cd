#include "Await.h"
#include "ServerProcess.h"
#include "http/HttpKeyStore.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "sql/SqlKeyStore.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

//! HttpKeyStore, the store interface over keyward-server's management API, against the
//! real server on 127.0.0.1: every operation, paging, conflicts, idempotent create,
//! errors in the store's one error model, other administrators' changes noticed, an
//! unreachable server or a refused key reported as such, a server that comes back
//! noticed by itself, a self-signed certificate refused until it is pinned, and once a
//! certificate is pinned no other one, even one a trusted authority vouches for.
class TestHttpKeyStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void openNamesTheKeysMember();
    void createShowAndList();
    void pagesAndFilters();
    void staleEditIsAConflict();
    void resetRevokeDelete();
    void retriedCreateMakesOneKey();
    void refusalsUseTheErrorModel();
    void directoryAuditAndTeam();
    void exportWritesAFileWithoutSecrets();
    void otherAdministratorsChangesAreNoticed();
    void tableModelPagesThroughTheServer();
    void unreachableServerIsUnavailable();
    void aStoreGoneWithARequestInFlightEndsIt();
    void anExportCutOffLeavesNoFile();
    void refusedKeyIsForbidden();
    void cleartextToAnotherComputerIsRefused();
    void serverBackOnItsPortIsNoticedByItself();
    void selfSignedCertificateIsRefusedUntilPinned();
    void pinnedCertificateIsTheOnlyOneAccepted();

private:
    IssuedKey create(const QString &name, const QStringList &scopes = {});
    QStringList serverArguments() const;
    HttpStoreOptions optionsFor(const QString &base) const;

    QTemporaryDir m_dir;
    QString m_database;
    ServerProcess m_server;
    QString m_admin;
    std::unique_ptr<HttpKeyStore> m_store;
    QStringList m_tokens;
};

void TestHttpKeyStore::initTestCase()
{
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
    QStringList init{QStringLiteral("init"), QStringLiteral("--database"), m_database};
    for (const char *scope :
         {"api_keys:read", "api_keys:write", "api_keys:delete", "teammates:read", "teammates:write",
          "documents:read", "documents:write", "audit_log:read"})
        init << QStringLiteral("--scope") << QString::fromLatin1(scope);
    int code = -1;
    m_admin = ServerProcess::run(init, &code);
    QCOMPARE(code, 0);
    QVERIFY(m_server.start(serverArguments()));
    m_store = std::make_unique<HttpKeyStore>(optionsFor(m_server.base()));
    QVERIFY(settle(m_store->open()).ok());
}

QStringList TestHttpKeyStore::serverArguments() const
{
    return {QStringLiteral("--database"), m_database, QStringLiteral("--max-failures"),
            QStringLiteral("0"), QStringLiteral("--quiet")};
}

HttpStoreOptions TestHttpKeyStore::optionsFor(const QString &base) const
{
    HttpStoreOptions options;
    options.server = QUrl(base);
    options.token = m_admin;
    options.pollIntervalMs = 200;
    return options;
}

void TestHttpKeyStore::cleanupTestCase()
{
    m_store.reset();
    QVERIFY(m_server.stop());
}

IssuedKey TestHttpKeyStore::create(const QString &name, const QStringList &scopes)
{
    KeyDraft draft;
    draft.name = name;
    draft.scopes = scopes;
    const StoreResult<IssuedKey> issued = settle(m_store->createKey({}, draft));
    if (!issued.ok())
        qWarning("create failed: %s", qPrintable(issued.error().message()));
    m_tokens << (issued.ok() ? issued.value().token : QString());
    return issued.ok() ? issued.value() : IssuedKey{};
}

void TestHttpKeyStore::openNamesTheKeysMember()
{
    const StoreResult<StoreInfo> info = settle(m_store->open());
    QVERIFY(info.ok());
    QCOMPARE(info.value().workspace.prefix, QStringLiteral("key"));
    QCOMPARE(info.value().defaultActor.role, QStringLiteral("Owner"));
    QVERIFY(info.value().location.startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(settle(m_store->actingAs({})).ok());
    // The key's own scopes, which cap what the connection can hand out.
    const std::optional<ScopeSet> scopes = m_store->keyScopes();
    QVERIFY(scopes);
    QVERIFY(scopes->contains(QStringLiteral("documents:write")));
    QVERIFY(!scopes->contains(QStringLiteral("webhooks:write"))); // the Owner's, not the key's
    QCOMPARE(scopes->size(), 8);
}

void TestHttpKeyStore::createShowAndList()
{
    KeyDraft draft;
    draft.name = QStringLiteral("CRM sync");
    draft.description = QStringLiteral("Pushes documents");
    draft.environment = Environment::Live;
    draft.scopes = {QStringLiteral("documents:read")};
    draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(90);
    const StoreResult<IssuedKey> issued = settle(m_store->createKey({}, draft));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message()));
    m_tokens << issued.value().token;
    QVERIFY(QRegularExpression(QStringLiteral("^key_live_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"))
                .match(issued.value().token)
                .hasMatch());

    const StoreResult<ApiKey> shown = settle(m_store->key({}, issued.value().key.id));
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().name, draft.name);
    QCOMPARE(shown.value().description, draft.description);
    QCOMPARE(shown.value().environment, Environment::Live);
    QCOMPARE(shown.value().scopes, draft.scopes);
    QCOMPARE(shown.value().effectiveScopes, draft.scopes);
    QCOMPARE(shown.value().version, 1);
    QCOMPARE(shown.value().credentials.size(), 1);
    QVERIFY(qAbs(shown.value().expiresAt.secsTo(draft.expiresAt)) <= 1);
    QCOMPARE(shown.value().statusAt(QDateTime::currentDateTimeUtc()), KeyStatus::Active);

    const StoreResult<Verification> checked =
        settle(m_store->verify(issued.value().token, QStringLiteral("documents:read")));
    QVERIFY(checked.ok());
    QCOMPARE(checked.value().outcome, Verification::Outcome::Valid);
    QCOMPARE(settle(m_store->verify(issued.value().token, QStringLiteral("documents:write")))
                 .value()
                 .outcome,
             Verification::Outcome::Forbidden);
}

void TestHttpKeyStore::pagesAndFilters()
{
    for (int i = 0; i < 5; ++i)
        create(QStringLiteral("Paged %1").arg(i));
    KeyQuery query;
    query.filter.text = QStringLiteral("Paged");
    query.sortField = KeySortField::Name;
    query.sortOrder = Qt::AscendingOrder;
    query.limit = 2;
    QStringList names;
    int pages = 0;
    do {
        const StoreResult<KeyPage> page = settle(m_store->queryKeys({}, query));
        QVERIFY(page.ok());
        for (const ApiKey &key : page.value().keys)
            names << key.name;
        query.after = page.value().nextCursor;
    } while (!query.after.isEmpty() && ++pages < 10);
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.first(), QStringLiteral("Paged 0"));
    QCOMPARE(names.last(), QStringLiteral("Paged 4"));
    KeyFilter filter;
    filter.text = QStringLiteral("Paged");
    const StoreResult<KeyCounts> counts = settle(m_store->countKeys({}, filter));
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().total, 5);
    filter.environment = Environment::Live;
    QCOMPARE(settle(m_store->countKeys({}, filter)).value().total, 0);
}

void TestHttpKeyStore::staleEditIsAConflict()
{
    const IssuedKey issued = create(QStringLiteral("Edited twice"));
    KeyChanges first;
    first.id = issued.key.id;
    first.expectedVersion = 1;
    first.name = QStringLiteral("Edited once");
    const StoreResult<ApiKey> edited = settle(m_store->editKey({}, first));
    QVERIFY(edited.ok());
    QCOMPARE(edited.value().version, 2);
    KeyChanges stale = first;
    stale.name = QStringLiteral("Lost update");
    const StoreResult<ApiKey> refused = settle(m_store->editKey({}, stale));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), StoreError::Code::Conflict);
    QCOMPARE(settle(m_store->key({}, issued.key.id)).value().name, QStringLiteral("Edited once"));
}

void TestHttpKeyStore::resetRevokeDelete()
{
    const IssuedKey issued = create(QStringLiteral("Rotated"));
    const StoreResult<IssuedKey> reset =
        settle(m_store->resetKey({}, issued.key.id, std::chrono::hours(1), {}));
    QVERIFY(reset.ok());
    m_tokens << reset.value().token;
    QVERIFY(reset.value().token != issued.token);
    QCOMPARE(reset.value().key.credentials.size(), 2);
    QCOMPARE(settle(m_store->verify(issued.token, {})).value().outcome,
             Verification::Outcome::Valid);

    const StoreResult<ApiKey> revoked = settle(m_store->revokeKey({}, issued.key.id));
    QVERIFY(revoked.ok());
    QCOMPARE(revoked.value().statusAt(QDateTime::currentDateTimeUtc()), KeyStatus::Revoked);
    QCOMPARE(settle(m_store->revokeKey({}, issued.key.id)).error().code(),
             StoreError::Code::Conflict);
    QCOMPARE(settle(m_store->verify(reset.value().token, {})).value().outcome,
             Verification::Outcome::Unauthenticated);

    QVERIFY(settle(m_store->deleteKey({}, issued.key.id)).ok());
    QCOMPARE(settle(m_store->key({}, issued.key.id)).error().code(), StoreError::Code::NotFound);
}

void TestHttpKeyStore::retriedCreateMakesOneKey()
{
    KeyFilter filter;
    filter.text = QStringLiteral("Retried");
    KeyDraft draft;
    draft.name = QStringLiteral("Retried");
    draft.idempotencyKey = QStringLiteral("6a1f0c2e-retry-0001");
    const StoreResult<IssuedKey> first = settle(m_store->createKey({}, draft));
    const StoreResult<IssuedKey> second = settle(m_store->createKey({}, draft));
    QVERIFY(first.ok() && second.ok());
    m_tokens << first.value().token;
    QCOMPARE(second.value().key.id, first.value().key.id);
    QCOMPARE(second.value().token, first.value().token);
    QCOMPARE(settle(m_store->countKeys({}, filter)).value().total, 1);
}

void TestHttpKeyStore::refusalsUseTheErrorModel()
{
    KeyDraft tooStrong;
    tooStrong.name = QStringLiteral("Too strong");
    tooStrong.scopes = {QStringLiteral("webhooks:delete")};
    const StoreResult<IssuedKey> forbidden = settle(m_store->createKey({}, tooStrong));
    QCOMPARE(forbidden.error().code(), StoreError::Code::Forbidden);
    QVERIFY(forbidden.error().message().contains(QStringLiteral("webhooks:delete")));
    KeyDraft unnamed;
    unnamed.name = QStringLiteral("   ");
    QCOMPARE(settle(m_store->createKey({}, unnamed)).error().code(), StoreError::Code::Invalid);
    QCOMPARE(settle(m_store->key({}, QStringLiteral("AAAAAAAAAAAA"))).error().code(),
             StoreError::Code::NotFound);
    // On a server, the store acts as its key's member only.
    QCOMPARE(settle(m_store->queryKeys(Actor{987654, {}}, {})).error().code(),
             StoreError::Code::Forbidden);
}

void TestHttpKeyStore::directoryAuditAndTeam()
{
    const StoreResult<ScopeCatalog> catalog = settle(m_store->scopeCatalog({}));
    QVERIFY(catalog.ok());
    QVERIFY(catalog.value().contains(QStringLiteral("documents:read")));
    QVERIFY(!catalog.value().contains(QStringLiteral("audit_log:write")));
    QVERIFY(settle(m_store->roles({})).value().size() >= 4);

    Role role;
    role.name = QStringLiteral("Doc readers");
    role.scopes = {QStringLiteral("documents:read")};
    const StoreResult<Role> saved = settle(m_store->saveRole({}, role));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
    Role renamed = saved.value();
    renamed.name = QStringLiteral("Document readers");
    QVERIFY(settle(m_store->saveRole({}, renamed)).ok());
    const StoreResult<Member> added =
        settle(m_store->addMember({}, Member{0, QStringLiteral("Dora"), QString(), renamed.name}));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message()));
    QCOMPARE(settle(m_store->members({})).value().size(), 2);
    QCOMPARE(settle(m_store->deleteRole({}, renamed.name)).error().code(),
             StoreError::Code::Conflict);
    Role spare;
    spare.name = QStringLiteral("Spare");
    QVERIFY(settle(m_store->saveRole({}, spare)).ok());
    QVERIFY(settle(m_store->deleteRole({}, QStringLiteral("Spare"))).ok());
    QCOMPARE(settle(m_store->deleteRole({}, QStringLiteral("Spare"))).error().code(),
             StoreError::Code::NotFound);

    const IssuedKey issued = create(QStringLiteral("Audited"));
    AuditQuery history;
    history.keyId = issued.key.id;
    const StoreResult<QList<AuditEvent>> events = settle(m_store->auditEvents({}, history));
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 1);
    QCOMPARE(events.value().first().action, QStringLiteral("create"));
    AuditQuery all;
    all.action = QStringLiteral("role_create");
    QCOMPARE(settle(m_store->auditEvents({}, all)).value().size(), 2);
    QVERIFY(settle(m_store->lastChange({})).value() >= events.value().first().id);
}

void TestHttpKeyStore::exportWritesAFileWithoutSecrets()
{
    const QString path = m_dir.filePath(QStringLiteral("inventory.csv"));
    const StoreResult<ExportSummary> exported =
        settle(m_store->exportInventory({}, {}, ExportFormat::Csv, path));
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("CRM sync"));
    QVERIFY(exported.value().keyCount >= 10);
    for (const QString &token : qAsConst(m_tokens)) {
        if (!token.isEmpty())
            QVERIFY(!content.contains(token.right(49).toLatin1()));
    }
    // What the server streamed is, byte for byte, what the store writes to a file.
    SqlStoreOptions local;
    local.path = m_dir.filePath(QStringLiteral("k.db"));
    SqlKeyStore direct(local);
    QVERIFY(settle(direct.open()).ok());
    const QString directPath = m_dir.filePath(QStringLiteral("direct.csv"));
    const StoreResult<ExportSummary> written =
        settle(direct.exportInventory({}, {}, ExportFormat::Csv, directPath));
    QVERIFY(written.ok());
    QCOMPARE(written.value().keyCount, exported.value().keyCount);
    QFile directFile(directPath);
    QVERIFY(directFile.open(QIODevice::ReadOnly));
    QCOMPARE(content, directFile.readAll());
    const QString json = m_dir.filePath(QStringLiteral("inventory.json"));
    KeyFilter filter;
    filter.text = QStringLiteral("Paged");
    const StoreResult<ExportSummary> some =
        settle(m_store->exportInventory({}, filter, ExportFormat::Json, json));
    QVERIFY(some.ok());
    QCOMPARE(some.value().keyCount, 5);
    // JSON too, but for the time of the export on its first line.
    const QString directJson = m_dir.filePath(QStringLiteral("direct.json"));
    QVERIFY(settle(direct.exportInventory({}, filter, ExportFormat::Json, directJson)).ok());
    const auto afterFirstLine = [](const QString &path) {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return bytes.mid(bytes.indexOf('\n') + 1);
    };
    QVERIFY(afterFirstLine(json).contains("Paged"));
    QCOMPARE(afterFirstLine(json), afterFirstLine(directJson));
    // A cancelled export leaves no file behind.
    const QString cancelledPath = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QFuture<StoreResult<ExportSummary>> cancelled =
        m_store->exportInventory({}, {}, ExportFormat::Csv, cancelledPath);
    cancelled.cancel();
    QTRY_VERIFY(cancelled.isFinished());
    QVERIFY(!QFile::exists(cancelledPath));
    const StoreResult<ExportSummary> nowhere = settle(m_store->exportInventory(
        {}, {}, ExportFormat::Csv, m_dir.filePath(QStringLiteral("missing/folder/x.csv"))));
    QCOMPARE(nowhere.error().code(), StoreError::Code::Unavailable);
}

void TestHttpKeyStore::otherAdministratorsChangesAreNoticed()
{
    // open() learnt where the change log stands.
    QSignalSpy changed(m_store.get(), &KeyStore::changed);
    HttpClient other(m_server.base());
    other.setBearer(m_admin);
    QCOMPARE(other
                 .sendJson("POST", QStringLiteral("/v1/keys"),
                           {{QStringLiteral("name"), QStringLiteral("Made elsewhere")}})
                 .status,
             201);
    // The poll may notice while the request above still waits for its answer.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 5000);
}

void TestHttpKeyStore::tableModelPagesThroughTheServer()
{
    // The desktop's table model works on the server store as on the local file.
    ApiKeyTableModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    KeyFilter filter;
    filter.text = QStringLiteral("Paged");
    model.setFilter(filter);
    model.setActor(Actor{}); // the key's member: loading starts
    QTRY_COMPARE(model.rowCount(), 4);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 5);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.counts().has_value());
    QVERIFY(model.counts()->total >= 10);
}

void TestHttpKeyStore::unreachableServerIsUnavailable()
{
    HttpStoreOptions options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens on discard
    options.token = m_admin;
    options.timeoutMs = 3000;
    HttpKeyStore store(options);
    const StoreResult<StoreInfo> info = settle(store.open());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code(), StoreError::Code::Unavailable);
    QVERIFY(info.error().message().contains(QStringLiteral("Cannot reach keyward-server")));
    QVERIFY(!info.error().message().contains(m_admin.right(49)));
    QVERIFY(!store.isReachable());
    QCOMPARE(store.unreachableReason(), info.error().message());
    QVERIFY(store.rejectedCertificate().isNull());
}

void TestHttpKeyStore::aStoreGoneWithARequestInFlightEndsIt()
{
    // A server that takes the request and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QByteArray received;
    QTcpSocket *peer = nullptr;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        peer = silent.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
    });
    auto store = std::make_unique<HttpKeyStore>(
        optionsFor(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    QFuture<StoreResult<KeyCounts>> counting = store->countKeys({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n"), 10000);
    QVERIFY(!counting.isFinished());

    store.reset(); // the window closes the connection while the count is on its way
    QTRY_VERIFY_WITH_TIMEOUT(counting.isFinished(), 10000);
    QVERIFY(!counting.isCanceled());
    const StoreResult<KeyCounts> result = counting.result();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Unavailable);
    QVERIFY2(result.error().message().contains(QStringLiteral("closed")),
             qPrintable(result.error().message()));
    QTRY_COMPARE_WITH_TIMEOUT(peer->state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestHttpKeyStore::anExportCutOffLeavesNoFile()
{
    // A server that streams the first keys of ten, then closes the connection without
    // the last chunk (as keyward-server does when it cannot finish an export).
    QTcpServer cutting;
    QVERIFY(cutting.listen(QHostAddress::LocalHost));
    QByteArray received;
    QTcpSocket *peer = nullptr;
    connect(&cutting, &QTcpServer::newConnection, this, [&] {
        peer = cutting.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            received += peer->readAll();
            if (!received.contains("\r\n\r\n"))
                return;
            const QByteArray rows = "id,name\r\nk1,One\r\nk2,Two\r\nk3,Three\r\n";
            peer->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv; charset=utf-8\r\n"
                        "X-Keyward-Key-Count: 10\r\nTransfer-Encoding: chunked\r\n\r\n" +
                        QByteArray::number(rows.size(), 16) + "\r\n" + rows + "\r\n");
            peer->disconnectFromHost();
        });
    });
    HttpKeyStore store(optionsFor(QStringLiteral("http://127.0.0.1:%1").arg(cutting.serverPort())));
    const QString path = m_dir.filePath(QStringLiteral("cut-off.csv"));
    QFuture<StoreResult<ExportSummary>> exporting =
        store.exportInventory({}, {}, ExportFormat::Csv, path);
    QTRY_VERIFY_WITH_TIMEOUT(exporting.isFinished(), 10000);
    const StoreResult<ExportSummary> result = exporting.result();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Unavailable);
    QVERIFY2(result.error().message().contains(QStringLiteral("cut off")),
             qPrintable(result.error().message()));
    QVERIFY(!QFile::exists(path));
    // Progress was counted in keys, of the number the server announced.
    QCOMPARE(exporting.progressMaximum(), 10);
    QCOMPARE(exporting.progressValue(), 3);
}

void TestHttpKeyStore::refusedKeyIsForbidden()
{
    HttpStoreOptions options;
    options.server = QUrl(m_server.base());
    options.token = QStringLiteral("key_live_AAAAAAAAAAAA_") + QString(49, QLatin1Char('A'));
    HttpKeyStore store(options);
    const StoreResult<StoreInfo> info = settle(store.open());
    QCOMPARE(info.error().code(), StoreError::Code::Forbidden);
    QVERIFY(info.error().message().contains(QStringLiteral("did not accept")));
    QVERIFY(store.isReachable()); // it answered: the key is the problem, not the server
}

void TestHttpKeyStore::cleartextToAnotherComputerIsRefused()
{
    // Over http:// the admin key would cross the network readable: refused before
    // anything is sent (the name would not even resolve: .invalid is reserved).
    HttpStoreOptions options;
    options.server = QUrl(QStringLiteral("http://keys.invalid:8420"));
    options.token = m_admin;
    HttpKeyStore store(options);
    QSignalSpy reachability(&store, &KeyStore::reachabilityChanged);
    const StoreResult<StoreInfo> info = settle(store.open());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code(), StoreError::Code::Invalid);
    QVERIFY2(info.error().message().contains(QStringLiteral("https://")),
             qPrintable(info.error().message()));
    QVERIFY(!info.error().message().contains(m_admin.right(49)));
    QCOMPARE(settle(store.countKeys({}, {})).error().code(), StoreError::Code::Invalid);
    QCOMPARE(settle(store.verify(m_admin, {})).error().code(), StoreError::Code::Invalid);
    const QString path = m_dir.filePath(QStringLiteral("cleartext.csv"));
    QCOMPARE(settle(store.exportInventory({}, {}, ExportFormat::Csv, path)).error().code(),
             StoreError::Code::Invalid);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(reachability.count(), 0); // nothing was tried, so nothing was learnt

    // On this computer http:// is fine, by name too.
    options.server =
        QUrl(m_server.base().replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost")));
    HttpKeyStore local(options);
    const StoreResult<StoreInfo> opened = settle(local.open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
}

void TestHttpKeyStore::serverBackOnItsPortIsNoticedByItself()
{
    ServerProcess server; // of its own, on the same database, so the others' goes on
    QVERIFY(server.start(serverArguments()));
    HttpKeyStore store(optionsFor(server.base()));
    QVERIFY(settle(store.open()).ok());
    QVERIFY(store.isReachable());
    QSignalSpy reachability(&store, &KeyStore::reachabilityChanged);
    QSignalSpy changed(&store, &KeyStore::changed);

    // Nothing is asked of the store from here on: its poll notices both ways.
    const quint16 port = server.port();
    QVERIFY(server.stop());
    QTRY_COMPARE_WITH_TIMEOUT(reachability.count(), 1, 10000);
    QCOMPARE(reachability.at(0).at(0).toBool(), false);
    QVERIFY(!store.isReachable());
    QVERIFY2(store.unreachableReason().contains(QStringLiteral("Cannot reach keyward-server")),
             qPrintable(store.unreachableReason()));
    QVERIFY(!store.unreachableReason().contains(m_admin.right(49)));

    changed.clear();
    QVERIFY(server.start(serverArguments(), port));
    QTRY_COMPARE_WITH_TIMEOUT(reachability.count(), 2, 10000);
    QCOMPARE(reachability.at(1).at(0).toBool(), true);
    QVERIFY(store.isReachable());
    QVERIFY(store.unreachableReason().isEmpty());
    QTRY_VERIFY(changed.count() > 0); // what changed meanwhile was not seen: refresh
    QVERIFY(settle(store.countKeys({}, {})).ok());
    QVERIFY(server.stop());
}

void TestHttpKeyStore::selfSignedCertificateIsRefusedUntilPinned()
{
    const QString certificatePath = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    QString error;
    QVERIFY2(ServerProcess::makeCertificate(certificatePath, keyPath, &error), qPrintable(error));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    QCOMPARE(certificates.size(), 1);
    ServerProcess server;
    QVERIFY(server.start(serverArguments() << QStringLiteral("--tls-cert") << certificatePath
                                           << QStringLiteral("--tls-key") << keyPath));

    HttpStoreOptions options = optionsFor(server.secureBase());
    HttpKeyStore untrusting(options); // the system's authorities only
    const StoreResult<StoreInfo> refused = settle(untrusting.open());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), StoreError::Code::Unavailable);
    QVERIFY(!untrusting.isReachable());
    QCOMPARE(untrusting.rejectedCertificate(), certificates.first());
    const QByteArray sha256 = certificates.first().digest(QCryptographicHash::Sha256);
    QVERIFY2(refused.error().message().contains(QString::fromLatin1(sha256.toHex(':'))),
             qPrintable(refused.error().message()));

    // The user chose to trust this certificate for this connection.
    options.pinnedCertificateSha256 = sha256;
    HttpKeyStore pinned(options);
    const StoreResult<StoreInfo> opened = settle(pinned.open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    QVERIFY(pinned.isReachable());
    QVERIFY(pinned.rejectedCertificate().isNull());
    QVERIFY(settle(pinned.countKeys({}, {})).ok());
    QVERIFY(server.stop());
}

void TestHttpKeyStore::pinnedCertificateIsTheOnlyOneAccepted()
{
    // Two certificates for 127.0.0.1, both from an authority this test trusts, as a
    // TLS-inspecting proxy's or a mis-issued one would be.
    const auto path = [this](const char *name) { return m_dir.filePath(QLatin1String(name)); };
    QString error;
    QVERIFY2(ServerProcess::makeAuthority(path("ca.pem"), path("ca.key"), &error),
             qPrintable(error));
    for (const char *name : {"first", "second"}) {
        const QString base = path(name);
        QVERIFY2(ServerProcess::makeSignedCertificate(path("ca.pem"), path("ca.key"),
                                                      base + QStringLiteral(".pem"),
                                                      base + QStringLiteral(".key"), &error),
                 qPrintable(error));
    }
    const QSslCertificate first = QSslCertificate::fromPath(path("first.pem")).value(0);
    const QSslCertificate second = QSslCertificate::fromPath(path("second.pem")).value(0);
    QVERIFY(!first.isNull() && !second.isNull() && first != second);
    const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = system;
    trusting.addCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore =
        qScopeGuard([&system] { QSslConfiguration::setDefaultConfiguration(system); });

    // The server shows the second one; its request log tells what reached it.
    const auto serverWith = [this, &path](const char *name) {
        const QString base = path(name);
        return QStringList{QStringLiteral("--database"),     m_database,
                           QStringLiteral("--max-failures"), QStringLiteral("0"),
                           QStringLiteral("--tls-cert"),     base + QStringLiteral(".pem"),
                           QStringLiteral("--tls-key"),      base + QStringLiteral(".key")};
    };
    ServerProcess server;
    QVERIFY(server.start(serverWith("second")));
    const auto workspaceCalls = [&server] {
        return server.errorOutput().count(" GET /v1/workspace ");
    };
    HttpStoreOptions options = optionsFor(server.secureBase());
    {
        HttpKeyStore unpinned(options); // the authority vouches: accepted
        const StoreResult<StoreInfo> opened = settle(unpinned.open());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    }
    QTRY_COMPARE(workspaceCalls(), 1);

    // Pinned to the first: the second is refused, and nothing was sent to the server.
    options.pinnedCertificateSha256 = first.digest(QCryptographicHash::Sha256);
    HttpKeyStore pinned(options);
    const StoreResult<StoreInfo> refused = settle(pinned.open());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), StoreError::Code::Unavailable);
    QVERIFY(!pinned.isReachable());
    QCOMPARE(pinned.rejectedCertificate(), second); // so the window can ask about it
    const QString fingerprint =
        QString::fromLatin1(second.digest(QCryptographicHash::Sha256).toHex(':'));
    QVERIFY2(refused.error().message().contains(fingerprint),
             qPrintable(refused.error().message()));
    QVERIFY(!refused.error().message().contains(m_admin.right(49)));
    {
        HttpKeyStore later(optionsFor(server.secureBase())); // a call that does arrive
        QVERIFY(settle(later.open()).ok());
    }
    QTRY_COMPARE(workspaceCalls(), 2); // the later one, never the refused one
    QVERIFY(server.errorOutput().count(" GET /v1/workspace ") == 2);

    // The server shows the pinned certificate again: accepted.
    const quint16 port = server.port();
    QVERIFY(server.stop());
    QVERIFY(server.start(serverWith("first"), port));
    const StoreResult<StoreInfo> accepted = settle(pinned.open());
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message()));
    QVERIFY(pinned.isReachable());
    QVERIFY(pinned.rejectedCertificate().isNull());
    QVERIFY(settle(pinned.countKeys({}, {})).ok());
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestHttpKeyStore)
#include "tst_httpkeystore.moc"
