#include "StoreFixture.h"

#include <QTest>

//! Members and custom roles: who may change them, and what may never happen.
class TestSqlTeam final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addMemberValidatesAndAudits();
    void invisibleCharactersAreRefusedInTeamNames_data();
    void invisibleCharactersAreRefusedInTeamNames();
    void developerCannotManageTheTeam();
    void adminCannotHandOutOwner();
    void lastOwnerStays();
    void customRoleLifecycle();
    void customRoleCannotExceedTheCreator();
    void builtInRolesAreReadOnly();
    void roleInUseCannotBeDeleted();
    void demotionNarrowsExistingKeys();
    void sameRoleIsNotAChange();
    void wholeAuditLogNeedsAuditLogRead();
};

namespace {

Role role(const QString &name, QStringList scopes, qint64 id = 0)
{
    return Role{id, name, QStringLiteral("Test role"), false, std::move(scopes)};
}

} // namespace

void TestSqlTeam::addMemberValidatesAndAudits()
{
    StoreFixture f;
    const auto added = await(
        f.store->addMember({}, Member{0, QStringLiteral(" Ann "), QStringLiteral("ann@example.com"),
                                      QStringLiteral("Viewer")}));
    QVERIFY(added.ok());
    QCOMPARE(added.value().name, QStringLiteral("Ann"));
    QCOMPARE(await(f.store->members({})).value().size(), 2);
    QCOMPARE(f.audit({}, QStringLiteral("member_add")).value().size(), 1);

    const auto duplicate = await(
        f.store->addMember({}, Member{0, QStringLiteral("Ann"), {}, QStringLiteral("Viewer")}));
    QCOMPARE(duplicate.error().code(), StoreError::Code::Conflict);
    const auto badEmail = await(f.store->addMember(
        {}, Member{0, QStringLiteral("Bo"), QStringLiteral("nope"), QStringLiteral("Viewer")}));
    QCOMPARE(badEmail.error().code(), StoreError::Code::Invalid);
    const auto badRole = await(
        f.store->addMember({}, Member{0, QStringLiteral("Bo"), {}, QStringLiteral("Wizard")}));
    QCOMPARE(badRole.error().code(), StoreError::Code::Invalid);
    const auto emptyName = await(
        f.store->addMember({}, Member{0, QStringLiteral("  "), {}, QStringLiteral("Viewer")}));
    QCOMPARE(emptyName.error().code(), StoreError::Code::Invalid);
    QCOMPARE(await(f.store->members({})).value().size(), 2);
}

void TestSqlTeam::invisibleCharactersAreRefusedInTeamNames_data()
{
    // Two members or roles that look the same could differ by a character nobody sees.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("codePoint");
    QTest::newRow("zero-width space") << QStringLiteral("Ann\u200B") << QStringLiteral("U+200B");
    QTest::newRow("zero-width joiner") << QStringLiteral("An\u200Dn") << QStringLiteral("U+200D");
    QTest::newRow("word joiner") << QStringLiteral("A\u2060nn") << QStringLiteral("U+2060");
    QTest::newRow("line separator") << QStringLiteral("Ann\u2028Bo") << QStringLiteral("U+2028");
    QTest::newRow("paragraph separator")
        << QStringLiteral("Ann\u2029Bo") << QStringLiteral("U+2029");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFAnn") << QStringLiteral("U+FEFF");
    QTest::newRow("tag character") << QStringLiteral("Ann\U000E0041") << QStringLiteral("U+E0041");
}

void TestSqlTeam::invisibleCharactersAreRefusedInTeamNames()
{
    QFETCH(QString, name);
    QFETCH(QString, codePoint);
    StoreFixture f;
    const auto member =
        await(f.store->addMember({}, Member{0, name, {}, QStringLiteral("Viewer")}));
    QVERIFY2(!member.ok(), "the member was added");
    QCOMPARE(member.error().code(), StoreError::Code::Invalid);
    QVERIFY2(member.error().message().contains(codePoint), qPrintable(member.error().message()));
    const auto saved = await(f.store->saveRole({}, role(name, {QStringLiteral("documents:read")})));
    QVERIFY2(!saved.ok(), "the role was saved");
    QCOMPARE(saved.error().code(), StoreError::Code::Invalid);
    QVERIFY2(saved.error().message().contains(codePoint), qPrintable(saved.error().message()));
    QCOMPARE(await(f.store->members({})).value().size(), 1);
    QCOMPARE(await(f.store->roles({})).value().size(), 4);
    QVERIFY(f.audit({}, QStringLiteral("member_add")).value().isEmpty());
    QVERIFY(f.audit({}, QStringLiteral("role_create")).value().isEmpty());
}

void TestSqlTeam::developerCannotManageTheTeam()
{
    StoreFixture f;
    const Member dev = f.addMember(QStringLiteral("Dana"), QStringLiteral("Developer"));
    const auto result =
        await(f.store->addMember(Actor{dev.id, std::nullopt},
                                 Member{0, QStringLiteral("Eve"), {}, QStringLiteral("Viewer")}));
    QCOMPARE(result.error().code(), StoreError::Code::Forbidden);
    QVERIFY(result.error().message().contains(QStringLiteral("teammates:write")));
}

void TestSqlTeam::adminCannotHandOutOwner()
{
    StoreFixture f;
    const Member admin = f.addMember(QStringLiteral("Ada"), QStringLiteral("Admin"));
    const Member viewer = f.addMember(QStringLiteral("Vic"), QStringLiteral("Viewer"));
    const Actor asAdmin{admin.id, std::nullopt};
    const auto promote =
        await(f.store->changeMemberRole(asAdmin, viewer.id, QStringLiteral("Owner")));
    QCOMPARE(promote.error().code(), StoreError::Code::Forbidden);
    QVERIFY(promote.error().message().contains(QStringLiteral("financial_documents:read")));
    QVERIFY(await(f.store->changeMemberRole(asAdmin, viewer.id, QStringLiteral("Developer"))).ok());
    const auto members = await(f.store->members({})).value();
    QCOMPARE(members.last().role, QStringLiteral("Developer"));
    QCOMPARE(f.audit({}, QStringLiteral("member_role")).value().size(), 1);
}

void TestSqlTeam::lastOwnerStays()
{
    StoreFixture f;
    const Member owner = await(f.store->open()).value().defaultActor;
    const auto result = await(f.store->changeMemberRole({}, owner.id, QStringLiteral("Admin")));
    QCOMPARE(result.error().code(), StoreError::Code::Invalid);
    QVERIFY(result.error().message().contains(QStringLiteral("at least one Owner")));
    f.addMember(QStringLiteral("Second owner"), QStringLiteral("Owner"));
    QVERIFY(await(f.store->changeMemberRole({}, owner.id, QStringLiteral("Admin"))).ok());
}

void TestSqlTeam::customRoleLifecycle()
{
    StoreFixture f;
    const auto created = await(f.store->saveRole(
        {}, role(QStringLiteral("Billing bot"), {QStringLiteral("financial_documents:read")})));
    QVERIFY(created.ok());
    QVERIFY(created.value().id > 0);
    QVERIFY(!created.value().builtIn);
    Role changed = created.value();
    changed.name = QStringLiteral("Billing reader");
    changed.scopes << QStringLiteral("documents:read");
    const auto edited = await(f.store->saveRole({}, changed));
    QVERIFY(edited.ok());
    QCOMPARE(edited.value().scopes.size(), 2);
    const auto roles = await(f.store->roles({})).value();
    QCOMPARE(roles.size(), 5);
    QCOMPARE(roles.last().name, QStringLiteral("Billing reader"));

    const auto clash = await(f.store->saveRole({}, role(QStringLiteral("Viewer"), {})));
    QCOMPARE(clash.error().code(), StoreError::Code::Conflict);
    const auto unknown =
        await(f.store->saveRole({}, role(QStringLiteral("X"), {QStringLiteral("x:read")})));
    QCOMPARE(unknown.error().code(), StoreError::Code::Invalid);

    QVERIFY(await(f.store->deleteRole({}, QStringLiteral("Billing reader"))).ok());
    QCOMPARE(await(f.store->roles({})).value().size(), 4);
    QCOMPARE(f.audit({}, QStringLiteral("role_create")).value().size(), 1);
    QCOMPARE(f.audit({}, QStringLiteral("role_edit")).value().size(), 1);
    QCOMPARE(f.audit({}, QStringLiteral("role_delete")).value().size(), 1);
}

void TestSqlTeam::customRoleCannotExceedTheCreator()
{
    StoreFixture f;
    const Member admin = f.addMember(QStringLiteral("Ada"), QStringLiteral("Admin"));
    const auto result = await(f.store->saveRole(
        Actor{admin.id, std::nullopt},
        role(QStringLiteral("Sneaky"), {QStringLiteral("financial_documents:read")})));
    QCOMPARE(result.error().code(), StoreError::Code::Forbidden);
    QVERIFY(result.error().message().contains(QStringLiteral("financial_documents:read")));
}

void TestSqlTeam::builtInRolesAreReadOnly()
{
    StoreFixture f;
    Role viewer = await(f.store->roles({})).value().last();
    QVERIFY(viewer.builtIn);
    viewer.scopes.clear();
    QCOMPARE(await(f.store->saveRole({}, viewer)).error().code(), StoreError::Code::Invalid);
    QCOMPARE(await(f.store->deleteRole({}, QStringLiteral("Viewer"))).error().code(),
             StoreError::Code::Invalid);
    QCOMPARE(await(f.store->deleteRole({}, QStringLiteral("Nope"))).error().code(),
             StoreError::Code::NotFound);
}

void TestSqlTeam::roleInUseCannotBeDeleted()
{
    StoreFixture f;
    QVERIFY(await(f.store->saveRole(
                      {}, role(QStringLiteral("Integrations"), {QStringLiteral("webhooks:write")})))
                .ok());
    KeyDraft draft;
    draft.name = QStringLiteral("Zapier");
    draft.roles = {QStringLiteral("Integrations")};
    QVERIFY(await(f.store->createKey({}, draft)).ok());
    f.addMember(QStringLiteral("Iggy"), QStringLiteral("Integrations"));
    const auto result = await(f.store->deleteRole({}, QStringLiteral("Integrations")));
    QCOMPARE(result.error().code(), StoreError::Code::Conflict);
    QVERIFY2(result.error().message().contains(QStringLiteral("Zapier")) &&
                 result.error().message().contains(QStringLiteral("Iggy")),
             qPrintable(result.error().message()));
    QCOMPARE(await(f.store->roles({})).value().size(), 5);
}

void TestSqlTeam::demotionNarrowsExistingKeys()
{
    StoreFixture f;
    const Member ada = f.addMember(QStringLiteral("Ada"), QStringLiteral("Admin"));
    KeyDraft draft;
    draft.name = QStringLiteral("Ada's webhook key");
    draft.scopes = {QStringLiteral("webhooks:write")};
    const IssuedKey issued = await(f.store->createKey(Actor{ada.id, std::nullopt}, draft)).value();
    QCOMPARE(f.verify(issued.token, QStringLiteral("webhooks:write")),
             Verification::Outcome::Valid);
    QVERIFY(await(f.store->changeMemberRole({}, ada.id, QStringLiteral("Viewer"))).ok());
    QCOMPARE(f.verify(issued.token, QStringLiteral("webhooks:write")),
             Verification::Outcome::Forbidden);
    QCOMPARE(await(f.store->key({}, issued.key.id)).value().effectiveScopes, QStringList());
}

void TestSqlTeam::sameRoleIsNotAChange()
{
    StoreFixture f;
    const Member ann = f.addMember(QStringLiteral("Ann"), QStringLiteral("Viewer"));
    QVERIFY(await(f.store->changeMemberRole({}, ann.id, QStringLiteral("Viewer"))).ok());
    QCOMPARE(f.audit({}, QStringLiteral("member_role")).value().size(), 0);
    const auto unnamed =
        await(f.store->addMember({}, Member{0, QStringLiteral(" "), {}, QStringLiteral("Viewer")}));
    QCOMPARE(unnamed.error().message(), QStringLiteral("Enter the member's name."));
    const auto unnamedRole = await(f.store->saveRole({}, role(QString(), {})));
    QCOMPARE(unnamedRole.error().message(), QStringLiteral("Enter a name for the role."));
}

void TestSqlTeam::wholeAuditLogNeedsAuditLogRead()
{
    StoreFixture f;
    QVERIFY(await(f.store->saveRole(
                      {}, role(QStringLiteral("Key reader"), {QStringLiteral("api_keys:read")})))
                .ok());
    const Member reader = f.addMember(QStringLiteral("Kim"), QStringLiteral("Key reader"));
    const IssuedKey issued = f.create(QStringLiteral("Watched"));
    const Actor asReader{reader.id, std::nullopt};
    const auto whole = await(f.store->auditEvents(asReader, AuditQuery{}));
    QCOMPARE(whole.error().code(), StoreError::Code::Forbidden);
    QVERIFY(whole.error().message().contains(QStringLiteral("audit_log:read")));
    AuditQuery history;
    history.keyId = issued.key.id;
    const auto own = await(f.store->auditEvents(asReader, history));
    QVERIFY(own.ok());
    QCOMPARE(own.value().size(), 1);
}

QTEST_GUILESS_MAIN(TestSqlTeam)
#include "tst_sqlteam.moc"
