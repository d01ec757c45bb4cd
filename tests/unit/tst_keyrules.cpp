#include "domain/KeyRules.h"
#include "domain/KeyStatus.h"

#include <QTest>

class TestKeyRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void invisibleCharactersAreNamed();
    void descriptions();
    void effectiveScopesAreCappedByTheCreator();
    void firstMissingNamesTheScope();
    void statusBoundaries();
    void catalogKnowsReadOnlyResources();
};

void TestKeyRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("CRM sync") << true;
    QTest::newRow("padded") << QStringLiteral("  CRM  ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("whitespace") << QStringLiteral(" \t ") << false;
    QTest::newRow("100") << QString(100, QLatin1Char('n')) << true;
    QTest::newRow("101") << QString(101, QLatin1Char('n')) << false;
    QTest::newRow("10 MB") << QString(qsizetype{10} * 1024 * 1024, QLatin1Char('n')) << false;
    QTest::newRow("100 emoji") << QString::fromUtf8("😀").repeated(100) << true;
    QTest::newRow("101 emoji") << QString::fromUtf8("😀").repeated(101) << false;
    QTest::newRow("combining") << QString::fromUtf8("Cafe\u0301") << true;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE keys;--") << true;
    QTest::newRow("format") << QStringLiteral("%s %n %x") << true;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << false;
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("rtl override") << QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("gpj")
                                  << false;
    QTest::newRow("bidi isolate") << QStringLiteral("x") + QChar(0x2066) << false;
    QTest::newRow("delete char") << QStringLiteral("x") + QChar(0x7F) << false;
    // Invisible characters make two names that look the same differ.
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << false;
    QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b") << false;
    QTest::newRow("zero-width space") << QStringLiteral("CRM\u200Bsync") << false;
    QTest::newRow("zero-width non-joiner") << QStringLiteral("CRM\u200Csync") << false;
    QTest::newRow("zero-width joiner") << QStringLiteral("CRM\u200Dsync") << false;
    QTest::newRow("word joiner") << QStringLiteral("CRM\u2060sync") << false;
    QTest::newRow("invisible times") << QStringLiteral("CRM\u2062sync") << false;
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFCRM") << false;
    QTest::newRow("soft hyphen") << QStringLiteral("CRM\u00ADsync") << false;
    QTest::newRow("mongolian vowel separator") << QStringLiteral("CRM\u180Esync") << false;
    QTest::newRow("hangul filler") << QStringLiteral("CRM\u3164") << false;
    QTest::newRow("combining grapheme joiner") << QStringLiteral("CRM\u034Fsync") << false;
    QTest::newRow("language tag") << QStringLiteral("CRM\U000E0001") << false;
    QTest::newRow("tag letter") << QStringLiteral("CRM\U000E0041") << false;
    QTest::newRow("cancel tag") << QStringLiteral("CRM\U000E007F") << false;
    QTest::newRow("unassigned tag") << QStringLiteral("CRM\U000E0000") << false;
    QTest::newRow("variation selector") << QStringLiteral("\u2764\uFE0F CRM") << true;
    // A lone surrogate cannot be stored as UTF-8: it would turn into U+FFFD unseen.
    QTest::newRow("lone high surrogate") << QStringLiteral("CRM") + QChar(0xD83D) << false;
    QTest::newRow("lone low surrogate") << QChar(0xDE00) + QStringLiteral("CRM") << false;
    QTest::newRow("swapped surrogates")
        << QStringLiteral("x") + QChar(0xDE00) + QChar(0xD83D) << false;
    QTest::newRow("non-breaking space") << QStringLiteral("CRM\u00A0sync") << true;
}

void TestKeyRules::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto problem = KeyRules::nameProblem(name);
    QCOMPARE(!problem.has_value(), valid);
    if (problem)
        QVERIFY(!problem->isEmpty());
}

void TestKeyRules::invisibleCharactersAreNamed()
{
    const auto problem = KeyRules::nameProblem(QStringLiteral("CRM\u200Bsync"));
    QVERIFY(problem);
    QVERIFY2(problem->contains(QStringLiteral("U+200B")), qPrintable(*problem));
    QVERIFY2(
        KeyRules::nameProblem(QStringLiteral("x\U000E0041"))->contains(QStringLiteral("U+E0041")),
        "the tag character is named");
    // A description may hold them (it is text, not an identifier); controls it may not.
    QVERIFY(!KeyRules::descriptionProblem(QStringLiteral("Owner: Zo\u00ADe")));
}

void TestKeyRules::descriptions()
{
    QVERIFY(!KeyRules::descriptionProblem(QString()));
    QVERIFY(!KeyRules::descriptionProblem(QStringLiteral("Line one\nline two")));
    QVERIFY(!KeyRules::descriptionProblem(QString(500, QLatin1Char('d'))));
    QVERIFY(KeyRules::descriptionProblem(QString(501, QLatin1Char('d'))));
    QVERIFY(KeyRules::descriptionProblem(QStringLiteral("a\rb")));
    QVERIFY(KeyRules::descriptionProblem(QStringLiteral("x") + QChar(0x202E)));
    QVERIFY(KeyRules::descriptionProblem(QStringLiteral("half an emoji ") + QChar(0xD83D)));
    QVERIFY(!KeyRules::descriptionProblem(QString::fromUtf8("a whole one 😀")));
}

void TestKeyRules::effectiveScopesAreCappedByTheCreator()
{
    const QHash<QString, ScopeSet> roles{
        {QStringLiteral("Viewer"),
         {QStringLiteral("documents:read"), QStringLiteral("folders:read")}}};
    const ScopeSet held{QStringLiteral("documents:read"), QStringLiteral("webhooks:write")};
    const ScopeSet effective = KeyRules::effectiveScopes(
        {QStringLiteral("webhooks:write"), QStringLiteral("api_keys:write")},
        {QStringLiteral("Viewer")}, roles, held);
    QCOMPARE(effective,
             (ScopeSet{QStringLiteral("documents:read"), QStringLiteral("webhooks:write")}));
}

void TestKeyRules::firstMissingNamesTheScope()
{
    const ScopeSet held{QStringLiteral("documents:read")};
    QCOMPARE(KeyRules::firstMissing({QStringLiteral("documents:read")}, held), std::nullopt);
    QCOMPARE(
        KeyRules::firstMissing({QStringLiteral("documents:read"), QStringLiteral("api_keys:write"),
                                QStringLiteral("webhooks:delete")},
                               held),
        std::optional<QString>(QStringLiteral("api_keys:write")));
}

void TestKeyRules::statusBoundaries()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(keyStatusAt({}, {}, now), KeyStatus::Active);
    QCOMPARE(keyStatusAt({}, now.addDays(31), now), KeyStatus::Active);
    QCOMPARE(keyStatusAt({}, now.addDays(30), now), KeyStatus::ExpiringSoon);
    QCOMPARE(keyStatusAt({}, now.addMSecs(1), now), KeyStatus::ExpiringSoon);
    QCOMPARE(keyStatusAt({}, now, now), KeyStatus::Expired);
    QCOMPARE(keyStatusAt(now, now.addDays(90), now), KeyStatus::Revoked);
    for (auto status :
         {KeyStatus::Active, KeyStatus::ExpiringSoon, KeyStatus::Expired, KeyStatus::Revoked})
        QCOMPARE(keyStatusFromName(keyStatusName(status)), std::optional<KeyStatus>(status));
    QCOMPARE(keyStatusFromName(QStringLiteral("bogus")), std::nullopt);
}

void TestKeyRules::catalogKnowsReadOnlyResources()
{
    const ScopeCatalog catalog = ScopeCatalog::defaults();
    QVERIFY(catalog.contains(QStringLiteral("documents:delete")));
    QVERIFY(catalog.contains(QStringLiteral("audit_log:read")));
    QVERIFY(!catalog.contains(QStringLiteral("audit_log:write")));
    QVERIFY(!catalog.contains(QStringLiteral("financial_documents:delete")));
    QVERIFY(!catalog.contains(QStringLiteral("nothing:read")));
    QVERIFY(!catalog.contains(QStringLiteral("documents:admin")));
    QVERIFY(!catalog.contains(QStringLiteral("documents")));
    QCOMPARE(catalog.allScopes().size(), 9 * 3 + 2);
}

QTEST_APPLESS_MAIN(TestKeyRules)
#include "tst_keyrules.moc"
