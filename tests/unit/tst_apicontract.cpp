#include "exchange/ApiBodies.h"
#include "exchange/ApiQueries.h"
#include "exchange/JsonBody.h"

#include <QJsonDocument>
#include <QTest>

//! The management API's contract, both halves at once: what the HTTP store writes
//! (query strings, request bodies, headers) the server's readers read back unchanged,
//! through the same encoding the wire uses; and what the server answers the store reads
//! back unchanged. A field one side forgets, or spells differently, fails here.
class TestApiContract final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFilterRoundTrips();
    void everySortFieldAndOrderRoundTrips();
    void pageLimitsAreTheReadersLimits();
    void anAuditQueryRoundTrips();
    void anExportRoundTripsInBothFormats();
    void keyRequestBodiesRoundTrip();
    void teamRequestBodiesRoundTrip();
    void theVersionTagRoundTrips();
    void keyAnswersRoundTrip();
    void theWorkspaceAnswerRoundTrips();
    void everyVerificationOutcomeRoundTrips();
};

namespace {

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

//! @p url as the wire carries it, and as the server's QUrlQuery reads it back.
QUrlQuery overTheWire(const QUrlQuery &url)
{
    return QUrlQuery(url.toString(QUrl::FullyEncoded));
}

//! @p object as the wire carries it, in a server's JsonBody.
JsonBody bodyOf(const QJsonObject &object, JsonBody::Empty empty = JsonBody::Empty::IsError)
{
    return JsonBody(QJsonDocument(object).toJson(QJsonDocument::Compact), JsonBody::DefaultMaxBytes,
                    empty);
}

//! @p object as the wire carries it, read back by the store.
QJsonObject answerOf(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

KeyFilter fullFilter()
{
    KeyFilter filter;
    filter.text = QStringLiteral("a+b & c=d %20 “Zürich” #1");
    filter.environment = Environment::Live;
    filter.status = KeyStatus::ExpiringSoon;
    filter.role = QStringLiteral("Billing & Ops");
    filter.createdBy = QStringLiteral("Olivia O'Owner");
    return filter;
}

void compareFilters(const KeyFilter &actual, const KeyFilter &expected)
{
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(actual.environment, expected.environment);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.createdBy, expected.createdBy);
}

ApiKey someKey(const QString &id)
{
    ApiKey key;
    key.id = id;
    key.name = QStringLiteral("Key ") + id;
    key.environment = Environment::Live;
    key.scopes = {QStringLiteral("documents:read")};
    key.effectiveScopes = key.scopes;
    key.createdAt = Now.addDays(-3);
    key.version = 2;
    return key;
}

} // namespace

void TestApiContract::aFilterRoundTrips()
{
    QString problem;
    const std::optional<KeyFilter> read =
        ApiQueries::filterFrom(overTheWire(ApiQueries::filter(fullFilter())), {}, &problem);
    QVERIFY2(read, qPrintable(problem));
    compareFilters(*read, fullFilter());

    // An empty filter writes nothing, and reads back empty.
    QVERIFY(ApiQueries::filter(KeyFilter()).isEmpty());
    const std::optional<KeyFilter> empty = ApiQueries::filterFrom(QUrlQuery(), {}, &problem);
    QVERIFY(empty);
    compareFilters(*empty, KeyFilter());
}

void TestApiContract::everySortFieldAndOrderRoundTrips()
{
    const QList<KeySortField> fields = {KeySortField::Name,      KeySortField::Type,
                                        KeySortField::Status,    KeySortField::Created,
                                        KeySortField::CreatedBy, KeySortField::LastUsed,
                                        KeySortField::Expires};
    QStringList names;
    for (const KeySortField field : fields) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            KeyQuery query;
            query.filter = fullFilter();
            query.sortField = field;
            query.sortOrder = order;
            query.limit = 250;
            query.after = QStringLiteral("b64+/cursor==");
            QString problem;
            const std::optional<KeyQuery> read =
                ApiQueries::pageFrom(overTheWire(ApiQueries::page(query)), &problem);
            QVERIFY2(read, qPrintable(problem));
            compareFilters(read->filter, query.filter);
            QCOMPARE(read->sortField, field);
            QCOMPARE(read->sortOrder, order);
            QCOMPARE(read->limit, 250);
            QCOMPARE(read->after, query.after);
        }
        names << ApiQueries::sortName(field);
    }
    QCOMPARE(names.join(u' '),
             QStringLiteral("name type status created created_by last_used expires"));
    QVERIFY(!ApiQueries::sortFieldFrom(QStringLiteral("Name")));
}

void TestApiContract::pageLimitsAreTheReadersLimits()
{
    KeyQuery query;
    QString problem;
    query.limit = ApiQueries::MaxPageSize + 1;
    QCOMPARE(ApiQueries::pageFrom(ApiQueries::page(query), &problem)->limit,
             ApiQueries::MaxPageSize);
    query.limit = 0;
    QCOMPARE(ApiQueries::pageFrom(ApiQueries::page(query), &problem)->limit, 1);
    AuditQuery audit;
    audit.limit = ApiQueries::MaxAuditPage + 1;
    QCOMPARE(ApiQueries::auditFrom(ApiQueries::audit(audit), &problem)->limit,
             ApiQueries::MaxAuditPage);

    // What the writer never sends, the reader refuses with a message.
    QUrlQuery tooMany;
    tooMany.addQueryItem(QStringLiteral("limit"), QString::number(ApiQueries::MaxPageSize + 1));
    QVERIFY(!ApiQueries::pageFrom(tooMany, &problem));
    QVERIFY(problem.contains(QStringLiteral("limit")));
}

void TestApiContract::anAuditQueryRoundTrips()
{
    AuditQuery query;
    query.keyId = QStringLiteral("AbCdEfGhIjKl");
    query.action = QStringLiteral("key.revoked");
    query.actor = QStringLiteral("Olivia & Co");
    query.from = Now.addDays(-30);
    query.to = Now;
    query.beforeId = 1234567890123;
    query.afterId = 17;
    query.limit = 42;
    QString problem;
    const std::optional<AuditQuery> read =
        ApiQueries::auditFrom(overTheWire(ApiQueries::audit(query)), &problem);
    QVERIFY2(read, qPrintable(problem));
    QCOMPARE(read->keyId, query.keyId);
    QCOMPARE(read->action, query.action);
    QCOMPARE(read->actor, query.actor);
    QCOMPARE(read->from, query.from);
    QCOMPARE(read->to, query.to);
    QCOMPARE(read->beforeId, query.beforeId);
    QCOMPARE(read->afterId, query.afterId);
    QCOMPARE(read->limit, 42);
}

void TestApiContract::anExportRoundTripsInBothFormats()
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        QString problem;
        const auto read = ApiQueries::exportedFrom(
            overTheWire(ApiQueries::exported(fullFilter(), format)), &problem);
        QVERIFY2(read, qPrintable(problem));
        compareFilters(read->first, fullFilter());
        QCOMPARE(read->second, format);
    }
    QString problem;
    QVERIFY(!ApiQueries::exportedFrom(ApiQueries::filter(fullFilter()), &problem));
    QCOMPARE(problem, QStringLiteral("“format” must be csv or json."));
}

void TestApiContract::keyRequestBodiesRoundTrip()
{
    KeyDraft draft;
    draft.name = QStringLiteral("CRM sync \"prod\"");
    draft.description = QStringLiteral("Line one\nline two");
    draft.environment = Environment::Live;
    draft.roles = {QStringLiteral("Developer")};
    draft.scopes = {QStringLiteral("documents:read"), QStringLiteral("templates:write")};
    draft.expiresAt = Now.addDays(90);
    for (const bool never : {false, true}) {
        draft.neverExpires = never;
        JsonBody body = bodyOf(ApiBodies::draft(draft));
        const KeyDraft read = ApiBodies::draftFrom(body);
        QVERIFY2(body.finish(), qPrintable(body.problem()));
        QCOMPARE(read.name, draft.name);
        QCOMPARE(read.description, draft.description);
        QCOMPARE(read.environment, draft.environment);
        QCOMPARE(read.roles, draft.roles);
        QCOMPARE(read.scopes, draft.scopes);
        QCOMPARE(read.neverExpires, never);
        QCOMPARE(read.expiresAt, never ? QDateTime() : draft.expiresAt);
    }

    KeyChanges changes;
    changes.description = QString(); // cleared, not left alone
    changes.scopes = QStringList{QStringLiteral("documents:read")};
    JsonBody changed = bodyOf(ApiBodies::changes(changes));
    const KeyChanges read = ApiBodies::changesFrom(changed);
    QVERIFY2(changed.finish(), qPrintable(changed.problem()));
    QCOMPARE(read.name, std::nullopt);
    QCOMPARE(read.description, std::optional<QString>(QString()));
    QCOMPARE(read.roles, std::nullopt);
    QCOMPARE(read.scopes, changes.scopes);

    JsonBody grace =
        bodyOf(ApiBodies::grace(std::chrono::hours(24)), JsonBody::Empty::IsEmptyObject);
    QCOMPARE(ApiBodies::graceFrom(grace), std::chrono::seconds(std::chrono::hours(24)));
    QVERIFY(grace.finish());

    JsonBody check = bodyOf(ApiBodies::check({QStringLiteral("token"), QStringLiteral("a:read")}));
    const ApiBodies::Check readCheck = ApiBodies::checkFrom(check);
    QVERIFY(check.finish());
    QCOMPARE(readCheck.token, QStringLiteral("token"));
    QCOMPARE(readCheck.scope, QStringLiteral("a:read"));
}

void TestApiContract::teamRequestBodiesRoundTrip()
{
    const Member member{0, QStringLiteral("Dana Dev"), QStringLiteral("dana@example.com"),
                        QStringLiteral("Developer")};
    JsonBody added = bodyOf(ApiBodies::newMember(member));
    const Member readMember = ApiBodies::newMemberFrom(added);
    QVERIFY(added.finish());
    QCOMPARE(readMember.name, member.name);
    QCOMPARE(readMember.email, member.email);
    QCOMPARE(readMember.role, member.role);

    JsonBody changed = bodyOf(ApiBodies::roleChange(QStringLiteral("Viewer")));
    QCOMPARE(ApiBodies::roleChangeFrom(changed), QStringLiteral("Viewer"));
    QVERIFY(changed.finish());

    Role role;
    role.name = QStringLiteral("Billing");
    role.description = QStringLiteral("Reads invoices");
    role.scopes = {QStringLiteral("invoices:read")};
    JsonBody saved = bodyOf(ApiBodies::roleFields(role));
    const Role readRole = ApiBodies::roleFieldsFrom(saved, 12);
    QVERIFY(saved.finish());
    QCOMPARE(readRole.id, 12);
    QCOMPARE(readRole.name, role.name);
    QCOMPARE(readRole.description, role.description);
    QCOMPARE(readRole.scopes, role.scopes);
}

void TestApiContract::theVersionTagRoundTrips()
{
    QString problem;
    for (const int version : {1, 7, 123456789})
        QCOMPARE(ApiBodies::versionFrom(ApiBodies::versionTag(version), &problem), version);
    QCOMPARE(ApiBodies::versionFrom(QByteArray(), &problem), std::nullopt);
    QVERIFY(problem.isEmpty());
    QCOMPARE(ApiBodies::versionFrom(QByteArrayLiteral("W/\"3\""), &problem), std::nullopt);
    QVERIFY(problem.contains(QStringLiteral("If-Match")));
}

void TestApiContract::keyAnswersRoundTrip()
{
    const KeyPage page{{someKey(QStringLiteral("AAAAAAAAAAAA")), someKey(QStringLiteral("BBBB"))},
                       QStringLiteral("next+cursor")};
    for (const QString &cursor : {page.nextCursor, QString()}) {
        KeyPage sent = page;
        sent.nextCursor = cursor;
        const QJsonObject written = ApiBodies::page(sent, Now);
        QCOMPARE(written.value(QStringLiteral("next_cursor")).isNull(), cursor.isEmpty());
        const KeyPage read = ApiBodies::pageFrom(answerOf(written));
        QCOMPARE(read.keys.size(), 2);
        QCOMPARE(read.keys.at(1).id, QStringLiteral("BBBB"));
        QCOMPARE(read.keys.at(1).name, QStringLiteral("Key BBBB"));
        QCOMPARE(read.keys.at(0).version, 2);
        QCOMPARE(read.nextCursor, cursor);
    }

    const IssuedKey issued{someKey(QStringLiteral("CCCCCCCCCCCC")), QStringLiteral("acme_live_x")};
    const IssuedKey readIssued = ApiBodies::issuedFrom(answerOf(ApiBodies::issued(issued, Now)));
    QCOMPARE(readIssued.key.id, issued.key.id);
    QCOMPARE(readIssued.token, issued.token);

    const KeyCounts counts = ApiBodies::countsFrom(answerOf(ApiBodies::counts({1000000, 37})));
    QCOMPARE(counts.total, 1000000);
    QCOMPARE(counts.expiringSoon, 37);
    QCOMPARE(ApiBodies::lastChangeFrom(answerOf(ApiBodies::lastChange(9007199254740991))),
             9007199254740991);
}

void TestApiContract::theWorkspaceAnswerRoundTrips()
{
    ApiBodies::WorkspaceAnswer answer;
    answer.workspace.name = QStringLiteral("Acme");
    answer.workspace.prefix = QStringLiteral("acme");
    answer.workspace.allowNeverExpire = false;
    answer.member = {3, QStringLiteral("Olivia"), QStringLiteral("o@example.com"),
                     QStringLiteral("Owner")};
    answer.keyId = QStringLiteral("AbCdEfGhIjKl");
    answer.keyScopes = {QStringLiteral("api_keys:read"), QStringLiteral("api_keys:write")};
    const ApiBodies::WorkspaceAnswer read =
        ApiBodies::workspaceFrom(answerOf(ApiBodies::workspace(answer)));
    QCOMPARE(read.workspace.name, answer.workspace.name);
    QCOMPARE(read.workspace.prefix, answer.workspace.prefix);
    QCOMPARE(read.workspace.allowNeverExpire, false);
    QCOMPARE(read.member.id, 3);
    QCOMPARE(read.member.name, answer.member.name);
    QCOMPARE(read.member.role, answer.member.role);
    QCOMPARE(read.keyId, answer.keyId);
    QCOMPARE(read.keyScopes, answer.keyScopes);
}

void TestApiContract::everyVerificationOutcomeRoundTrips()
{
    for (const auto outcome : {Verification::Outcome::Valid, Verification::Outcome::Forbidden,
                               Verification::Outcome::Unauthenticated}) {
        Verification sent;
        sent.outcome = outcome;
        sent.keyId = QStringLiteral("AbCdEfGhIjKl");
        sent.workspace = QStringLiteral("Acme");
        sent.environment = Environment::Live;
        sent.reason = QStringLiteral("missing scope"); // for records, never the caller
        const QJsonObject written = ApiBodies::verification(sent);
        QCOMPARE(written.value(QStringLiteral("valid")).toBool(),
                 outcome == Verification::Outcome::Valid);
        QVERIFY(!QJsonDocument(written).toJson().contains("missing scope"));
        const Verification read = ApiBodies::verificationFrom(answerOf(written));
        QCOMPARE(read.outcome, outcome);
        if (outcome == Verification::Outcome::Unauthenticated) {
            // Nothing about a key that did not authenticate.
            QCOMPARE(written.keys().join(u' '), QStringLiteral("outcome valid"));
            QVERIFY(read.keyId.isEmpty());
            QCOMPARE(read.environment, std::nullopt);
        } else {
            QCOMPARE(read.keyId, sent.keyId);
            QCOMPARE(read.workspace, sent.workspace);
            QCOMPARE(read.environment, sent.environment);
        }
    }
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
