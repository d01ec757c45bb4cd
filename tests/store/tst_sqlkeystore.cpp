#include "KeyRecount.h"
#include "RawStore.h"
#include "StoreFixture.h"
#include "StoreLock.h"
#include "keys/KeyToken.h"
#include "sql/SqlMigrations.h"
#include "sql/SqlSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using Outcome = Verification::Outcome;

class TestSqlKeyStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newStoreHasWorkspaceCatalogRolesAndOwner();
    void createReturnsTheKeyOnceAndAudits();
    void createRejectsBadInput_data();
    void createRejectsBadInput();
    void createDefaultsToOneYearAndHonoursNever();
    void developerCannotGrantApiKeysWrite();
    void roleScopesCountTowardsTheCap();
    void managingKeysNeedsTheManageScopes();
    void editChangesFieldsAndAuditsBeforeAfter();
    void staleEditIsAConflict();
    void editWithoutChangesWritesNothing();
    void resetImmediatelyEndsTheOldKey();
    void resetGraceKeepsTheOldKeyUntilItEnds();
    void secondResetEndsTheOlderCredential();
    void resettingAnothersKeyNeedsEveryScopeOfTheirRole();
    void revokeIsPermanentAndImmediate();
    void deleteKeepsTheAuditHistory();
    void verifyChecksEnvironmentScopeAndExpiry();
    void malformedTokensNeverReachTheStore();
    void idempotentCreateMakesExactlyOneKey();
    void idempotentResetReturnsTheSameKey();
    void idempotencyIsPerMemberAndExpires();
    void pagingWithNeverExpiringKeysVisitsEachOnce_data();
    void pagingWithNeverExpiringKeysVisitsEachOnce();
    void usageIsRecordedInBatches();
    void pendingUsageIsWrittenOnClose();
    void lockedDatabaseIsReportedAsBusy();
    void changesAreNotifiedIncludingOtherProcesses();
    void migrationsRunFromAnEmptyFile();
    void newerSchemaIsRefused();
    void corruptFileIsUnavailable();
    void auditEventsCannotBeChanged();
    void everyChangeAndItsAuditEventCommitTogether_data();
    void everyChangeAndItsAuditEventCommitTogether();
    void eventsNameTheSystemUserAndTheActingKey();
    void switchingTheActingMemberIsAudited();
    void migrationFromVersionOneDropsOldSealsAndRecordsWhoActs();
};

void TestSqlKeyStore::initTestCase()
{
    qRegisterMetaType<StoreError>();
}

void TestSqlKeyStore::newStoreHasWorkspaceCatalogRolesAndOwner()
{
    StoreFixture f;
    const auto info = await(f.store->open());
    QVERIFY(info.ok());
    QCOMPARE(info.value().displayName, QStringLiteral("keys.db"));
    QCOMPARE(info.value().workspace.prefix, QStringLiteral("key"));
    QCOMPARE(info.value().defaultActor.name, QStringLiteral("Olivia Owner"));
    QCOMPARE(info.value().defaultActor.role, QStringLiteral("Owner"));
    QVERIFY(QFile::exists(f.path()));

    const auto catalog = await(f.store->scopeCatalog({}));
    QVERIFY(catalog.ok());
    QCOMPARE(catalog.value().resources().size(), 11);
    QVERIFY(catalog.value().resource(QStringLiteral("audit_log"))->readOnly);

    const auto roles = await(f.store->roles({}));
    QVERIFY(roles.ok());
    QStringList names;
    for (const Role &role : roles.value())
        names << role.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Owner"), QStringLiteral("Admin"),
                                 QStringLiteral("Developer"), QStringLiteral("Viewer")}));
    const Role &developer = roles.value().at(2);
    QVERIFY(developer.scopes.contains(QStringLiteral("api_keys:read")));
    QVERIFY(!developer.scopes.contains(QStringLiteral("api_keys:write")));
    QCOMPARE(roles.value().at(0).scopes.size(), catalog.value().allScopes().size());
}

void TestSqlKeyStore::createReturnsTheKeyOnceAndAudits()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("  CRM sync  "),
                                      {QStringLiteral("documents:read")}, Environment::Live);
    static const QRegularExpression pattern(
        QStringLiteral("^key_live_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"));
    QVERIFY(pattern.match(issued.token).hasMatch());
    QCOMPARE(issued.key.name, QStringLiteral("CRM sync"));
    QCOMPARE(KeyToken::parse(issued.token)->kid, issued.key.id);
    QCOMPARE(issued.key.hint, KeyToken::hint(issued.token));
    QCOMPARE(issued.key.createdBy, QStringLiteral("Olivia Owner"));
    QCOMPARE(issued.key.version, 1);
    QCOMPARE(issued.key.credentials.size(), 1);

    const auto shown = await(f.store->key({}, issued.key.id));
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().scopes, QStringList{QStringLiteral("documents:read")});
    QCOMPARE(shown.value().effectiveScopes, QStringList{QStringLiteral("documents:read")});

    const auto events = f.audit(issued.key.id);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 1);
    const AuditEvent &event = events.value().first();
    QCOMPARE(event.action, QStringLiteral("create"));
    QCOMPARE(event.actor, QStringLiteral("Olivia Owner"));
    QCOMPARE(event.at, f.clock.now());
    QCOMPARE(event.after.value(QStringLiteral("name")).toString(), QStringLiteral("CRM sync"));
    QVERIFY(!QString::fromUtf8(QJsonDocument(event.after).toJson()).contains(issued.token));
}

void TestSqlKeyStore::createRejectsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<int>("code");
    const int invalid = int(StoreError::Code::Invalid);
    QTest::newRow("empty") << QString() << QStringList() << QStringList() << invalid;
    QTest::newRow("whitespace") << QStringLiteral("   ") << QStringList() << QStringList()
                                << invalid;
    QTest::newRow("101 chars") << QString(101, QLatin1Char('x')) << QStringList() << QStringList()
                               << invalid;
    QTest::newRow("10 MB") << QString(qsizetype{10} * 1024 * 1024, QLatin1Char('x'))
                           << QStringList() << QStringList() << invalid;
    QTest::newRow("newline") << QStringLiteral("evil\r\nINFO fake log") << QStringList()
                             << QStringList() << invalid;
    QTest::newRow("rtl") << QStringLiteral("a") + QChar(0x202E) << QStringList() << QStringList()
                         << invalid;
    QTest::newRow("unknown scope")
        << QStringLiteral("k") << QStringList{QStringLiteral("nope:read")} << QStringList()
        << invalid;
    QTest::newRow("read-only write")
        << QStringLiteral("k") << QStringList{QStringLiteral("audit_log:write")} << QStringList()
        << invalid;
    QTest::newRow("unknown role") << QStringLiteral("k") << QStringList()
                                  << QStringList{QStringLiteral("Superuser")} << invalid;
}

void TestSqlKeyStore::createRejectsBadInput()
{
    QFETCH(QString, name);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, roles);
    QFETCH(int, code);
    StoreFixture f;
    KeyDraft draft;
    draft.name = name;
    draft.scopes = scopes;
    draft.roles = roles;
    const auto result = await(f.store->createKey({}, draft));
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code()), code);
    QVERIFY(!result.error().message().isEmpty());
    QCOMPARE(await(f.store->countKeys({}, {})).value().total, 0);
    QCOMPARE(f.audit().value().size(), 0);
}

void TestSqlKeyStore::createDefaultsToOneYearAndHonoursNever()
{
    StoreFixture f;
    QCOMPARE(f.create(QStringLiteral("default")).key.expiresAt, f.clock.now().addDays(365));
    KeyDraft draft;
    draft.name = QStringLiteral("forever");
    draft.neverExpires = true;
    const auto never = await(f.store->createKey({}, draft));
    QVERIFY(never.ok());
    QVERIFY(!never.value().key.expiresAt.isValid());
    QCOMPARE(never.value().key.statusAt(f.clock.now().addYears(50)), KeyStatus::Active);
    draft.neverExpires = false;
    draft.expiresAt = f.clock.now().addSecs(-1);
    const auto past = await(f.store->createKey({}, draft));
    QVERIFY(!past.ok());
    QCOMPARE(past.error().code(), StoreError::Code::Invalid);
}

void TestSqlKeyStore::developerCannotGrantApiKeysWrite()
{
    StoreFixture f;
    const Member dev = f.addMember(QStringLiteral("Dana Dev"), QStringLiteral("Developer"));
    KeyDraft draft;
    draft.name = QStringLiteral("escalation");
    draft.scopes = {QStringLiteral("documents:read"), QStringLiteral("api_keys:write")};
    const auto result = await(f.store->createKey(Actor{dev.id, std::nullopt}, draft));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Forbidden);
    QVERIFY2(result.error().message().contains(QStringLiteral("api_keys:write")),
             qPrintable(result.error().message()));
    QVERIFY(result.error().message().contains(QStringLiteral("Developer")));
    QCOMPARE(await(f.store->countKeys({}, {})).value().total, 0);
    QCOMPARE(f.audit().value().size(), 1); // only the member_add
}

void TestSqlKeyStore::roleScopesCountTowardsTheCap()
{
    StoreFixture f;
    const Member admin = f.addMember(QStringLiteral("Ada Admin"), QStringLiteral("Admin"));
    const Actor asAdmin{admin.id, std::nullopt};
    KeyDraft draft;
    draft.name = QStringLiteral("owner by role");
    draft.roles = {QStringLiteral("Owner")};
    const auto byRole = await(f.store->createKey(asAdmin, draft));
    QCOMPARE(byRole.error().code(), StoreError::Code::Forbidden);
    QVERIFY(byRole.error().message().contains(QStringLiteral("financial_documents:read")));
    draft.roles = {};
    draft.scopes = {QStringLiteral("financial_documents:read")};
    QCOMPARE(await(f.store->createKey(asAdmin, draft)).error().code(), StoreError::Code::Forbidden);
    draft.scopes = {QStringLiteral("documents:delete")};
    QVERIFY(await(f.store->createKey(asAdmin, draft)).ok());

    // A key acting through a cap cannot grant beyond the cap either.
    draft.scopes = {QStringLiteral("webhooks:write")};
    const Actor capped{
        0, ScopeSet{QStringLiteral("api_keys:write"), QStringLiteral("documents:read")}};
    const auto viaKey = await(f.store->createKey(capped, draft));
    QCOMPARE(viaKey.error().code(), StoreError::Code::Forbidden);
    QVERIFY(viaKey.error().message().contains(QStringLiteral("webhooks:write")));
    draft.scopes = {QStringLiteral("documents:read")};
    QVERIFY(await(f.store->createKey(capped, draft)).ok());
}

void TestSqlKeyStore::managingKeysNeedsTheManageScopes()
{
    StoreFixture f;
    const Member dev = f.addMember(QStringLiteral("Dana Dev"), QStringLiteral("Developer"));
    const Member viewer = f.addMember(QStringLiteral("Vic Viewer"), QStringLiteral("Viewer"));
    const Actor asDev{dev.id, std::nullopt};
    const IssuedKey issued = f.create(QStringLiteral("owner's"));

    const auto revoke = await(f.store->revokeKey(asDev, issued.key.id));
    QCOMPARE(revoke.error().code(), StoreError::Code::Forbidden);
    QVERIFY(revoke.error().message().contains(QStringLiteral("api_keys:write")));
    const auto reset = await(f.store->resetKey(asDev, issued.key.id, KeyStore::Grace(0), {}));
    QVERIFY(reset.error().message().contains(QStringLiteral("api_keys:write")));
    const auto edit = await(f.store->editKey(
        asDev, KeyChanges{issued.key.id, issued.key.version, QStringLiteral("x"), {}, {}, {}}));
    QVERIFY(edit.error().message().contains(QStringLiteral("api_keys:write")));
    const auto remove = await(f.store->deleteKey(asDev, issued.key.id));
    QVERIFY(remove.error().message().contains(QStringLiteral("api_keys:delete")));
    KeyDraft draft;
    draft.name = QStringLiteral("viewer's");
    QCOMPARE(await(f.store->createKey(Actor{viewer.id, std::nullopt}, draft)).error().code(),
             StoreError::Code::Forbidden);

    // Both still see the inventory (api_keys:read), and nothing changed.
    const auto seen = await(f.store->queryKeys(asDev, {}));
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().keys.size(), 1);
    QCOMPARE(seen.value().keys.first().version, 1);
    QCOMPARE(f.verify(issued.token), Outcome::Valid);
}

void TestSqlKeyStore::editChangesFieldsAndAuditsBeforeAfter()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Old"), {QStringLiteral("documents:read")});
    KeyChanges changes;
    changes.id = issued.key.id;
    changes.expectedVersion = issued.key.version;
    changes.name = QStringLiteral("New");
    changes.scopes = QStringList{QStringLiteral("documents:read"), QStringLiteral("folders:write")};
    const auto edited = await(f.store->editKey({}, changes));
    QVERIFY(edited.ok());
    QCOMPARE(edited.value().name, QStringLiteral("New"));
    QCOMPARE(edited.value().version, 2);
    QCOMPARE(edited.value().scopes.size(), 2);
    QCOMPARE(edited.value().environment, Environment::Test);

    const auto events = f.audit(issued.key.id, QStringLiteral("edit"));
    QCOMPARE(events.value().size(), 1);
    const AuditEvent &event = events.value().first();
    QCOMPARE(event.before.value(QStringLiteral("name")).toString(), QStringLiteral("Old"));
    QCOMPARE(event.after.value(QStringLiteral("name")).toString(), QStringLiteral("New"));
    QVERIFY(!event.after.contains(QStringLiteral("description")));
    QCOMPARE(f.verify(issued.token, QStringLiteral("folders:write")), Outcome::Valid);
}

void TestSqlKeyStore::editWithoutChangesWritesNothing()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Same"), {QStringLiteral("documents:read")});
    KeyChanges same{issued.key.id,
                    issued.key.version,
                    QStringLiteral("Same"),
                    QString(),
                    {},
                    QStringList{QStringLiteral("documents:read")}};
    const auto result = await(f.store->editKey({}, same));
    QVERIFY(result.ok());
    QCOMPARE(result.value().version, issued.key.version);
    QCOMPARE(f.audit(issued.key.id, QStringLiteral("edit")).value().size(), 0);
}

void TestSqlKeyStore::staleEditIsAConflict()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Shared"));
    KeyChanges first{issued.key.id, issued.key.version, QStringLiteral("Admin A"), {}, {}, {}};
    KeyChanges second{issued.key.id, issued.key.version, QStringLiteral("Admin B"), {}, {}, {}};
    QVERIFY(await(f.store->editKey({}, first)).ok());
    const auto stale = await(f.store->editKey({}, second));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code(), StoreError::Code::Conflict);
    QVERIFY(stale.error().message().contains(QStringLiteral("changed elsewhere")));
    QCOMPARE(await(f.store->key({}, issued.key.id)).value().name, QStringLiteral("Admin A"));
}

void TestSqlKeyStore::resetImmediatelyEndsTheOldKey()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Rotate"));
    const auto reset = await(f.store->resetKey({}, issued.key.id, KeyStore::Grace(0), {}));
    QVERIFY(reset.ok());
    QVERIFY(reset.value().token != issued.token);
    QCOMPARE(KeyToken::parse(reset.value().token)->kid, issued.key.id);
    QCOMPARE(reset.value().key.credentials.size(), 1);
    QCOMPARE(f.verify(issued.token), Outcome::Unauthenticated);
    QCOMPARE(f.verify(reset.value().token), Outcome::Valid);
    QCOMPARE(f.audit(issued.key.id, QStringLiteral("reset")).value().size(), 1);
}

void TestSqlKeyStore::resetGraceKeepsTheOldKeyUntilItEnds()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Rotate"));
    const auto reset = await(f.store->resetKey({}, issued.key.id, std::chrono::hours(1), {}));
    QVERIFY(reset.ok());
    QCOMPARE(reset.value().key.credentials.size(), 2);
    QCOMPARE(reset.value().key.credentials.first().endsAt, f.clock.now().addSecs(3600));
    QCOMPARE(f.verify(issued.token), Outcome::Valid);
    QCOMPARE(f.verify(reset.value().token), Outcome::Valid);
    f.clock.advanceSecs(3599);
    QCOMPARE(f.verify(issued.token), Outcome::Valid);
    f.clock.advanceSecs(1);
    QCOMPARE(f.verify(issued.token), Outcome::Unauthenticated);
    QCOMPARE(f.verify(reset.value().token), Outcome::Valid);
}

void TestSqlKeyStore::secondResetEndsTheOlderCredential()
{
    StoreFixture f;
    const IssuedKey first = f.create(QStringLiteral("Rotate"));
    const auto second = await(f.store->resetKey({}, first.key.id, std::chrono::hours(24), {}));
    const auto third = await(f.store->resetKey({}, first.key.id, std::chrono::hours(24), {}));
    QVERIFY(second.ok() && third.ok());
    QCOMPARE(third.value().key.credentials.size(), 2);
    QCOMPARE(f.verify(first.token), Outcome::Unauthenticated);
    QCOMPARE(f.verify(second.value().token), Outcome::Valid);
    QCOMPARE(f.verify(third.value().token), Outcome::Valid);
    const auto tooLong = await(f.store->resetKey({}, first.key.id, std::chrono::hours(24 * 8), {}));
    QCOMPARE(tooLong.error().code(), StoreError::Code::Invalid);
}

void TestSqlKeyStore::resettingAnothersKeyNeedsEveryScopeOfTheirRole()
{
    // docs/security.md 3, reset escalation: the new secret acts as the key's creator, with the
    // creator's role. An Admin may not mint an Owner's secret.
    StoreFixture f;
    const Member ada = f.addMember(QStringLiteral("Ada Admin"), QStringLiteral("Admin"));
    const Member alan = f.addMember(QStringLiteral("Alan Admin"), QStringLiteral("Admin"));
    const Actor asAda{ada.id, std::nullopt};
    const IssuedKey owners =
        f.create(QStringLiteral("Owner's script"), {QStringLiteral("documents:read")});
    const auto refused = await(f.store->resetKey(asAda, owners.key.id, KeyStore::Grace(0), {}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), StoreError::Code::Forbidden);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(QStringLiteral("Olivia Owner")) &&
                 message.contains(QStringLiteral("financial_documents:")) &&
                 message.contains(QStringLiteral("(Admin)")),
             qPrintable(message));
    QCOMPARE(f.verify(owners.token), Outcome::Valid);
    QCOMPARE(f.audit(owners.key.id, QStringLiteral("reset")).value().size(), 0);

    // A key of someone with the same role: allowed, and the event tells them apart.
    const IssuedKey alans =
        f.create(QStringLiteral("Alan's script"), {QStringLiteral("documents:read")},
                 Environment::Test, Actor{alan.id, std::nullopt});
    const auto reset = await(f.store->resetKey(asAda, alans.key.id, KeyStore::Grace(0), {}));
    QVERIFY(reset.ok());
    const AuditEvent event = f.audit(alans.key.id, QStringLiteral("reset")).value().first();
    QCOMPARE(event.actor, QStringLiteral("Ada Admin"));
    QCOMPARE(event.after.value(QStringLiteral("created_by")).toString(),
             QStringLiteral("Alan Admin"));
    QCOMPARE(reset.value().key.createdBy, QStringLiteral("Alan Admin"));

    // Acting through a key, its scopes are what count.
    const ScopeSet keyScopes{QStringLiteral("api_keys:read"), QStringLiteral("api_keys:write"),
                             QStringLiteral("documents:read")};
    const auto throughKey = await(f.store->resetKey(Actor{ada.id, keyScopes, QStringLiteral("k")},
                                                    alans.key.id, KeyStore::Grace(0), {}));
    QCOMPARE(throughKey.error().code(), StoreError::Code::Forbidden);
    QVERIFY2(throughKey.error().message().contains(QStringLiteral("the key in use")),
             qPrintable(throughKey.error().message()));
    // One's own key, and anyone's for the Owner, whose role holds everything.
    const IssuedKey adas = f.create(QStringLiteral("Ada's script"), {}, Environment::Test, asAda);
    QVERIFY(await(f.store->resetKey(Actor{ada.id, keyScopes, QStringLiteral("k")}, adas.key.id,
                                    KeyStore::Grace(0), {}))
                .ok());
    QVERIFY(await(f.store->resetKey({}, adas.key.id, KeyStore::Grace(0), {})).ok());
}

void TestSqlKeyStore::revokeIsPermanentAndImmediate()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Leaked"));
    const auto revoked = await(f.store->revokeKey({}, issued.key.id));
    QVERIFY(revoked.ok());
    QCOMPARE(revoked.value().statusAt(f.clock.now()), KeyStatus::Revoked);
    const auto refused = await(f.store->verify(issued.token, {}));
    QCOMPARE(refused.value().outcome, Outcome::Unauthenticated);
    QCOMPARE(refused.value().reason, QStringLiteral("revoked")); // for the record only
    // Revoking twice is a conflict with the key's state (HTTP 409), not bad input.
    QCOMPARE(await(f.store->revokeKey({}, issued.key.id)).error().code(),
             StoreError::Code::Conflict);
    const auto reset = await(f.store->resetKey({}, issued.key.id, KeyStore::Grace(0), {}));
    QVERIFY(!reset.ok());
    QCOMPARE(f.audit(issued.key.id, QStringLiteral("revoke")).value().size(), 1);
}

void TestSqlKeyStore::deleteKeepsTheAuditHistory()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Gone"));
    QVERIFY(await(f.store->deleteKey({}, issued.key.id)).ok());
    const auto shown = await(f.store->key({}, issued.key.id));
    QCOMPARE(shown.error().code(), StoreError::Code::NotFound);
    QCOMPARE(await(f.store->deleteKey({}, issued.key.id)).error().code(),
             StoreError::Code::NotFound);
    QCOMPARE(f.verify(issued.token), Outcome::Unauthenticated);
    const auto events = f.audit(issued.key.id);
    QCOMPARE(events.value().size(), 2);
    QCOMPARE(events.value().first().action, QStringLiteral("delete"));
    QCOMPARE(events.value().first().before.value(QStringLiteral("name")).toString(),
             QStringLiteral("Gone"));
}

void TestSqlKeyStore::verifyChecksEnvironmentScopeAndExpiry()
{
    StoreFixture f;
    KeyDraft draft;
    draft.name = QStringLiteral("Short-lived");
    draft.environment = Environment::Live;
    draft.roles = {QStringLiteral("Viewer")};
    draft.expiresAt = f.clock.now().addDays(10);
    const IssuedKey issued = await(f.store->createKey({}, draft)).value();
    const auto valid = await(f.store->verify(issued.token, QStringLiteral("documents:read")));
    QCOMPARE(valid.value().outcome, Outcome::Valid);
    QCOMPARE(valid.value().keyId, issued.key.id);
    QCOMPARE(valid.value().environment, std::optional<Environment>(Environment::Live));
    QCOMPARE(f.verify(issued.token, QStringLiteral("documents:write")), Outcome::Forbidden);
    QCOMPARE(f.verify(issued.token, QStringLiteral("no:such")), Outcome::Forbidden);

    // The same kid and secret under another environment or prefix is not this key.
    QString otherEnv = issued.token;
    otherEnv.replace(QStringLiteral("_live_"), QStringLiteral("_test_"));
    QCOMPARE(f.verify(otherEnv), Outcome::Unauthenticated);

    QCOMPARE(await(f.store->key({}, issued.key.id)).value().statusAt(f.clock.now()),
             KeyStatus::ExpiringSoon);
    f.clock.advanceDays(10);
    QCOMPARE(f.verify(issued.token, QStringLiteral("documents:read")), Outcome::Unauthenticated);
    QCOMPARE(await(f.store->key({}, issued.key.id)).value().statusAt(f.clock.now()),
             KeyStatus::Expired);
}

void TestSqlKeyStore::malformedTokensNeverReachTheStore()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Real"));
    const quint64 before = f.store->backendCalls();
    QString flipped = issued.token;
    flipped[30] = flipped[30] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    const QStringList malformed{QString(),
                                issued.token + QLatin1Char('\n'),
                                issued.token.toUpper(),
                                flipped,
                                QStringLiteral("Bearer ") + issued.token,
                                QString(qsizetype{64} * 1024, QLatin1Char('a')),
                                QStringLiteral("'; DROP TABLE api_keys;--"),
                                QString(QChar(0)),
                                QStringLiteral("other_live_") + issued.token.mid(9)};
    for (const QString &token : malformed) {
        const auto result = await(f.store->verify(token, QString()));
        QVERIFY(result.ok());
        QCOMPARE(result.value().outcome, Outcome::Unauthenticated);
        QVERIFY(result.value().keyId.isEmpty());
    }
    QCOMPARE(f.store->backendCalls(), before);
    QCOMPARE(f.verify(issued.token), Outcome::Valid);
    QCOMPARE(f.store->backendCalls(), before + 1);
}

void TestSqlKeyStore::idempotentCreateMakesExactlyOneKey()
{
    StoreFixture f;
    KeyDraft draft;
    draft.name = QStringLiteral("Retried");
    draft.idempotencyKey = QStringLiteral("0b4e7c1e-6a77-4bde-9d43-5c2f1f0f6a11");
    const auto first = await(f.store->createKey({}, draft));
    const auto retry = await(f.store->createKey({}, draft));
    QVERIFY(first.ok() && retry.ok());
    QCOMPARE(retry.value().key.id, first.value().key.id);
    QCOMPARE(retry.value().token, first.value().token);
    QCOMPARE(await(f.store->countKeys({}, {})).value().total, 1);
    QCOMPARE(f.audit().value().size(), 1);

    draft.name = QStringLiteral("Different request");
    const auto misuse = await(f.store->createKey({}, draft));
    QCOMPARE(misuse.error().code(), StoreError::Code::Conflict);
    draft.idempotencyKey = QStringLiteral("short");
    QCOMPARE(await(f.store->createKey({}, draft)).error().code(), StoreError::Code::Invalid);
}

void TestSqlKeyStore::idempotentResetReturnsTheSameKey()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Rotate"));
    const QString idempotencyKey = QStringLiteral("e1d3a0b2-47f1-4c9e-8d71-1b6f9e3a2c55");
    const auto first =
        await(f.store->resetKey({}, issued.key.id, std::chrono::hours(1), idempotencyKey));
    const auto retry =
        await(f.store->resetKey({}, issued.key.id, std::chrono::hours(1), idempotencyKey));
    QVERIFY(first.ok() && retry.ok());
    QCOMPARE(retry.value().token, first.value().token);
    QCOMPARE(f.verify(issued.token), Outcome::Valid); // still in its grace period
    QCOMPARE(f.audit(issued.key.id, QStringLiteral("reset")).value().size(), 1);
}

void TestSqlKeyStore::pagingWithNeverExpiringKeysVisitsEachOnce_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("order");
    for (auto field : {KeySortField::Expires, KeySortField::LastUsed, KeySortField::Status,
                       KeySortField::Name, KeySortField::CreatedBy}) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("field %d order %d", int(field), int(order)) << int(field) << int(order);
        }
    }
}

void TestSqlKeyStore::pagingWithNeverExpiringKeysVisitsEachOnce()
{
    QFETCH(int, field);
    QFETCH(int, order);
    StoreFixture f;
    QSet<QString> created;
    for (int i = 0; i < 7; ++i) {
        KeyDraft draft;
        draft.name = QStringLiteral("Key %1").arg(i % 3); // equal sort values across pages
        draft.neverExpires = i % 2 == 0;
        created.insert(await(f.store->createKey({}, draft)).value().key.id);
    }
    KeyQuery query;
    query.sortField = KeySortField(field);
    query.sortOrder = Qt::SortOrder(order);
    query.limit = 2;
    QStringList seen;
    do {
        const auto page = await(f.store->queryKeys({}, query));
        QVERIFY(page.ok());
        for (const ApiKey &key : page.value().keys)
            seen << key.id;
        query.after = page.value().nextCursor;
    } while (!query.after.isEmpty() && seen.size() <= 7);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), created);
}

void TestSqlKeyStore::idempotencyIsPerMemberAndExpires()
{
    StoreFixture f;
    const Member admin = f.addMember(QStringLiteral("Ada Admin"), QStringLiteral("Admin"));
    KeyDraft draft;
    draft.name = QStringLiteral("Retried");
    draft.idempotencyKey = QStringLiteral("7d1f0c2a-5b3e-4f6a-8c9d-0e1f2a3b4c5d");
    const auto first = await(f.store->createKey({}, draft));
    QVERIFY(first.ok());
    // Another member presenting the same idempotency key does not get the key.
    const auto other = await(f.store->createKey(Actor{admin.id, std::nullopt}, draft));
    QCOMPARE(other.error().code(), StoreError::Code::Conflict);
    // After the 24-hour window a retry is a new request.
    f.clock.advanceSecs(24 * 3600 + 1);
    const auto later = await(f.store->createKey({}, draft));
    QVERIFY(later.ok());
    QVERIFY(later.value().key.id != first.value().key.id);
    QCOMPARE(await(f.store->countKeys({}, {})).value().total, 2);
}

void TestSqlKeyStore::usageIsRecordedInBatches()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Used"));
    QVERIFY(!issued.key.lastUsedAt.isValid());
    QCOMPARE(f.verify(issued.token), Outcome::Valid);
    f.store->flushUsage();
    QCOMPARE(await(f.store->key({}, issued.key.id)).value().lastUsedAt, f.clock.now());
}

void TestSqlKeyStore::pendingUsageIsWrittenOnClose()
{
    StoreFixture f;
    const IssuedKey issued = f.create(QStringLiteral("Used"));
    QCOMPARE(f.verify(issued.token), Outcome::Valid);
    f.reopen();
    QCOMPARE(await(f.store->key({}, issued.key.id)).value().lastUsedAt, f.clock.now());
}

void TestSqlKeyStore::lockedDatabaseIsReportedAsBusy()
{
    StoreFixture f;
    f.create(QStringLiteral("Before the lock"));
    {
        StoreLock lock(f.path());
        QVERIFY(lock.isHeld());
        KeyDraft draft;
        draft.name = QStringLiteral("Blocked");
        const auto blocked = await(f.store->createKey({}, draft));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code(), StoreError::Code::Unavailable);
        QVERIFY2(blocked.error().message().contains(QStringLiteral("busy")),
                 qPrintable(blocked.error().message()));
        QVERIFY(lock.release());
        QVERIFY(await(f.store->createKey({}, draft)).ok());
    }
    QCOMPARE(await(f.store->countKeys({}, {})).value().total, 2);
}

void TestSqlKeyStore::changesAreNotifiedIncludingOtherProcesses()
{
    StoreFixture f;
    QSignalSpy spy(f.store.get(), &KeyStore::changed);
    f.create(QStringLiteral("Here"));
    QTRY_VERIFY(spy.count() >= 1);

    // A second store on the same file stands in for another process (the CLI, another admin).
    const qsizetype seen = spy.count();
    SqlStoreOptions options;
    options.path = f.path();
    SqlKeyStore other(options);
    KeyDraft draft;
    draft.name = QStringLiteral("Elsewhere");
    QVERIFY(await(other.createKey({}, draft)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > seen, 5000);
}

void TestSqlKeyStore::migrationsRunFromAnEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    SqlStoreOptions options;
    options.path = path;
    SqlKeyStore store(options);
    QVERIFY(await(store.open()).ok());
    KeyDraft draft;
    draft.name = QStringLiteral("after migration");
    QVERIFY(await(store.createKey({}, draft)).ok());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QVERIFY(query.value(0).toInt() >= 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestSqlKeyStore::newerSchemaIsRefused()
{
    StoreFixture f;
    QVERIFY(await(f.store->open()).ok());
    f.store.reset();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(f.path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    f.reopen();
    const auto result = await(f.store->open());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Unavailable);
    QVERIFY(result.error().message().contains(QStringLiteral("newer version")));
}

void TestSqlKeyStore::corruptFileIsUnavailable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'Z'));
    file.close();
    SqlStoreOptions options;
    options.path = path;
    SqlKeyStore store(options);
    const auto result = await(store.open());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Unavailable);
    QVERIFY2(result.error().message().contains(QStringLiteral("not a Keyward store")),
             qPrintable(result.error().message()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'Z'));
}

void TestSqlKeyStore::auditEventsCannotBeChanged()
{
    StoreFixture f;
    f.create(QStringLiteral("Audited"));
    f.store.reset();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(f.path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

void TestSqlKeyStore::everyChangeAndItsAuditEventCommitTogether_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change :
         {"create", "create, retry-safe", "edit", "reset", "reset, retry-safe", "revoke", "delete",
          "add member", "change member role", "create role", "edit role", "delete role",
          "act as another member"}) {
        QTest::newRow(change) << QString::fromLatin1(change);
    }
}

void TestSqlKeyStore::everyChangeAndItsAuditEventCommitTogether()
{
    // docs/security.md 4: when the audit event cannot be written, neither is the change.
    QFETCH(QString, change);
    StoreFixture f;
    const IssuedKey key = f.create(QStringLiteral("Existing"), {QStringLiteral("documents:read")});
    const Member dana = f.addMember(QStringLiteral("Dana Dev"), QStringLiteral("Developer"));
    Role auditor;
    auditor.name = QStringLiteral("Auditor");
    auditor.scopes = {QStringLiteral("audit_log:read")};
    const auto saved = await(f.store->saveRole({}, auditor));
    QVERIFY(saved.ok());

    RawStore raw(f.path());
    const QString before = raw.dump();
    QVERIFY(before.contains(QStringLiteral("Existing")));
    QVERIFY(raw.refuseAuditEvents());
    const auto failed = [](auto future) {
        const auto result = await(future);
        return !result.ok() && result.error().message().contains(QStringLiteral("audit log"));
    };
    KeyDraft draft;
    draft.name = QStringLiteral("New");
    if (change.endsWith(QLatin1String("retry-safe")))
        draft.idempotencyKey = QStringLiteral("a-retry-safe-request-1");
    Role edited = saved.value();
    edited.description = QStringLiteral("Reads the log");
    bool refused = false;
    if (change.startsWith(QLatin1String("create,")) || change == QLatin1String("create"))
        refused = failed(f.store->createKey({}, draft));
    else if (change == QLatin1String("edit"))
        refused = failed(f.store->editKey(
            {}, KeyChanges{key.key.id, key.key.version, QStringLiteral("Renamed"), {}, {}, {}}));
    else if (change.startsWith(QLatin1String("reset")))
        refused =
            failed(f.store->resetKey({}, key.key.id, std::chrono::hours(1), draft.idempotencyKey));
    else if (change == QLatin1String("revoke"))
        refused = failed(f.store->revokeKey({}, key.key.id));
    else if (change == QLatin1String("delete"))
        refused = failed(f.store->deleteKey({}, key.key.id));
    else if (change == QLatin1String("add member"))
        refused = failed(f.store->addMember(
            {}, Member{0, QStringLiteral("Eve"), QString(), QStringLiteral("Viewer")}));
    else if (change == QLatin1String("change member role"))
        refused = failed(f.store->changeMemberRole({}, dana.id, QStringLiteral("Viewer")));
    else if (change == QLatin1String("create role"))
        refused =
            failed(f.store->saveRole({}, Role{0, QStringLiteral("Another"), QString(), false, {}}));
    else if (change == QLatin1String("edit role"))
        refused = failed(f.store->saveRole({}, edited));
    else if (change == QLatin1String("delete role"))
        refused = failed(f.store->deleteRole({}, auditor.name));
    else if (change == QLatin1String("act as another member"))
        refused = failed(f.store->switchActor({}, dana.id));
    QVERIFY(refused);
    QVERIFY(raw.acceptAuditEvents());
    QCOMPARE(raw.dump(), before);
    QCOMPARE(f.verify(key.token), Outcome::Valid);
}

void TestSqlKeyStore::eventsNameTheSystemUserAndTheActingKey()
{
    StoreFixture f;
    f.tune = [](SqlStoreOptions &options) { options.osUser = QStringLiteral("olivia"); };
    f.reopen();
    const IssuedKey local = f.create(QStringLiteral("Local"));
    const AuditEvent created = f.audit(local.key.id, QStringLiteral("create")).value().first();
    QCOMPARE(created.actor, QStringLiteral("Olivia Owner"));
    QCOMPARE(created.osUser, QStringLiteral("olivia"));
    QCOMPARE(created.actorKeyId, QString());
    f.addMember(QStringLiteral("Vic Viewer"), QStringLiteral("Viewer"));
    QCOMPARE(f.audit({}, QStringLiteral("member_add")).value().first().osUser,
             QStringLiteral("olivia"));

    // Through a key, as keyward-server acts: the key's kid beside the member.
    const IssuedKey admin = f.create(QStringLiteral("Admin key"));
    const Actor throughKey{0, ScopeSet{QStringLiteral("api_keys:write")}, admin.key.id};
    QVERIFY(await(f.store->revokeKey(throughKey, local.key.id)).ok());
    const AuditEvent revoked = f.audit(local.key.id, QStringLiteral("revoke")).value().first();
    QCOMPARE(revoked.actor, QStringLiteral("Olivia Owner"));
    QCOMPARE(revoked.actorKeyId, admin.key.id);
}

void TestSqlKeyStore::switchingTheActingMemberIsAudited()
{
    StoreFixture f;
    f.tune = [](SqlStoreOptions &options) { options.osUser = QStringLiteral("olivia"); };
    f.reopen();
    const Member dana = f.addMember(QStringLiteral("Dana Dev"), QStringLiteral("Developer"));
    const auto switched = await(f.store->switchActor({}, dana.id));
    QVERIFY(switched.ok());
    QCOMPARE(switched.value().defaultActor.id, dana.id);
    QCOMPARE(switched.value().defaultActor.role, QStringLiteral("Developer"));
    auto events = f.audit({}, QStringLiteral("act_as")).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().actor, QStringLiteral("Olivia Owner"));
    QCOMPARE(events.first().osUser, QStringLiteral("olivia"));
    QCOMPARE(events.first().before.value(QStringLiteral("acting_as")).toString(),
             QStringLiteral("Olivia Owner"));
    QCOMPARE(events.first().after.value(QStringLiteral("acting_as")).toString(),
             QStringLiteral("Dana Dev"));

    // Staying is not a switch; going back is, by the member acting until then.
    const Actor asDana{dana.id, std::nullopt};
    QVERIFY(await(f.store->switchActor(asDana, dana.id)).ok());
    QCOMPARE(f.audit({}, QStringLiteral("act_as")).value().size(), 1);
    QVERIFY(await(f.store->switchActor(asDana, 0)).ok()); // 0: the owner
    events = f.audit({}, QStringLiteral("act_as")).value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().actor, QStringLiteral("Dana Dev"));

    // A key acts as its creator, never as someone else; and members are the workspace's.
    const auto throughKey = await(f.store->switchActor(
        Actor{0, ScopeSet{QStringLiteral("api_keys:write")}, QStringLiteral("k")}, dana.id));
    QCOMPARE(throughKey.error().code(), StoreError::Code::Forbidden);
    const StoreInfo other =
        await(f.store->addWorkspace(QStringLiteral("Partner"), QStringLiteral("key"),
                                    QStringLiteral("Pat")))
            .value();
    QCOMPARE(await(f.store->switchActor({}, other.defaultActor.id)).error().code(),
             StoreError::Code::NotFound);
    QCOMPARE(f.audit({}, QStringLiteral("act_as")).value().size(), 2);
}

void TestSqlKeyStore::migrationFromVersionOneDropsOldSealsAndRecordsWhoActs()
{
    StoreFixture f;
    const IssuedKey before = f.create(QStringLiteral("Before"));
    f.store.reset();
    {
        // What version 1 was: no actor columns, and a seal made with the idempotency key
        // alone.
        RawStore raw(f.path());
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE audit_events DROP COLUMN actor_os_user")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE audit_events DROP COLUMN actor_kid")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO idempotency VALUES (1, x'00', 'create', x'00',"
                                        " 'AbCdEfGhIjKl', x'0102', 0)")));
        // Nor the verify epoch of version 4.
        const QVariantList triggers = raw.column(
            QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE 'verify_epoch_%'"));
        QVERIFY(!triggers.isEmpty());
        for (const QVariant &trigger : triggers)
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger.toString())));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE verify_epoch")));
        // Nor the search index of version 5.
        for (const char *trigger : {"insert", "update", "delete"})
            QVERIFY(raw.exec(
                QStringLiteral("DROP TRIGGER api_keys_search_%1").arg(QLatin1String(trigger))));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE api_keys_search")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX api_keys_by_search_id")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE api_keys DROP COLUMN search_id")));
        // Nor the sort indexes of version 6.
        for (const char *index : {"type", "last_use", "expiry_or_never"})
            QVERIFY(
                raw.exec(QStringLiteral("DROP INDEX api_keys_by_%1").arg(QLatin1String(index))));
        // Nor the key counters of version 7.
        for (const char *trigger : {"insert", "update", "delete"})
            QVERIFY(
                raw.exec(QStringLiteral("DROP TRIGGER key_counts_%1").arg(QLatin1String(trigger))));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE key_counts")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX api_keys_unrevoked_by_expiry")));
        // Nor the audit log's indexes of version 8.
        for (const char *index : {"action", "actor", "time"})
            QVERIFY(raw.exec(QStringLiteral("DROP INDEX audit_by_%1").arg(QLatin1String(index))));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX api_keys_by_creator")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    f.tune = [](SqlStoreOptions &options) { options.osUser = QStringLiteral("olivia"); };
    f.reopen();
    QSignalSpy upgrading(f.store.get(), &KeyStore::upgrading);
    QVERIFY(await(f.store->open()).ok());
    // Each statement of migrations 2 to the latest is a step the window can show.
    int steps = 0;
    for (qsizetype version = 1; version < SqlMigrations::all().size(); ++version)
        steps += int(SqlMigrations::all().at(version).size());
    QTRY_VERIFY(!upgrading.isEmpty() && upgrading.last().at(0).toInt() == steps);
    QCOMPARE(upgrading.size(), steps + 1);
    for (qsizetype i = 0; i < upgrading.size(); ++i) {
        QCOMPARE(upgrading.at(i).at(0).toInt(), int(i));
        QCOMPARE(upgrading.at(i).at(1).toInt(), steps);
    }
    RawStore raw(f.path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), SqlSchema::latestVersion());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM idempotency")).toInt(), 0);
    QCOMPARE(f.audit(before.key.id).value().first().osUser, QString()); // not known then
    const IssuedKey after = f.create(QStringLiteral("After"));
    QCOMPARE(f.audit(after.key.id).value().first().osUser, QStringLiteral("olivia"));
    // A revoke moves the verify epoch again.
    const int epoch = raw.scalar(QStringLiteral("SELECT n FROM verify_epoch")).toInt();
    QVERIFY(await(f.store->revokeKey({}, before.key.id)).ok());
    QVERIFY(raw.scalar(QStringLiteral("SELECT n FROM verify_epoch")).toInt() > epoch);
    // The key that was there before the search index is found through it.
    KeyQuery search;
    search.filter.text = QStringLiteral("BEFO");
    const auto found = await(f.store->queryKeys({}, search));
    QVERIFY(found.ok());
    QCOMPARE(found.value().keys.size(), 1);
    QCOMPARE(found.value().keys.first().id, before.key.id);
    // The keys that were there before the counters are counted, and so is every change since.
    QCOMPARE(raw.rows(KeyRecount::counters()), raw.rows(KeyRecount::recount()));
    QCOMPARE(raw.rows(KeyRecount::counters()).size(), 2); // one revoked key, one not
    KeyFilter revoked;
    revoked.status = KeyStatus::Revoked;
    QCOMPARE(await(f.store->countKeys({}, revoked)).value().total, 1);
    QCOMPARE(await(f.store->countKeys({}, {})).value().total, 2);
}

QTEST_GUILESS_MAIN(TestSqlKeyStore)
#include "tst_sqlkeystore.moc"
