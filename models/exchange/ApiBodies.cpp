#include "exchange/ApiBodies.h"

#include "exchange/DirectoryJson.h"
#include "exchange/JsonBody.h"
#include "exchange/KeyJson.h"
#include "exchange/StrictJson.h"

#include <QJsonArray>
#include <algorithm>

namespace {

const QList<QPair<Verification::Outcome, QString>> Outcomes = {
    {Verification::Outcome::Valid, QStringLiteral("valid")},
    {Verification::Outcome::Forbidden, QStringLiteral("forbidden")},
    {Verification::Outcome::Unauthenticated, QStringLiteral("unauthenticated")},
};

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QByteArray ApiBodies::versionTag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<int> ApiBodies::versionFrom(const QByteArray &ifMatch, QString *problem)
{
    // Exactly the strong entity tag we send as ETag: "N". A bare 3, W/"3", * or a list
    // is not one of our tags; it is refused rather than read as something else.
    const QByteArray tag = ifMatch.trimmed();
    problem->clear();
    if (tag.isEmpty())
        return std::nullopt;
    const QByteArray digits = tag.size() >= 3 && tag.startsWith('"') && tag.endsWith('"')
                                  ? tag.mid(1, tag.size() - 2)
                                  : QByteArray();
    const bool decimal =
        !digits.isEmpty() && digits.size() <= 9 && digits.front() != '0' &&
        std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!decimal) {
        *problem = tr("If-Match takes the key's version as the ETag gave it, in double quotes, "
                      "e.g. If-Match: \"3\"; “%1” is not one.")
                       .arg(StrictJson::visible(QString::fromLatin1(tag)));
        return std::nullopt;
    }
    return digits.toInt();
}

QJsonObject ApiBodies::draft(const KeyDraft &draft)
{
    QJsonObject body{{QStringLiteral("name"), draft.name},
                     {QStringLiteral("description"), draft.description},
                     {QStringLiteral("type"), environmentName(draft.environment)},
                     {QStringLiteral("roles"), strings(draft.roles)},
                     {QStringLiteral("scopes"), strings(draft.scopes)}};
    if (draft.neverExpires)
        body.insert(QStringLiteral("never_expires"), true);
    else if (draft.expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), KeyJson::timeText(draft.expiresAt));
    return body;
}

KeyDraft ApiBodies::draftFrom(JsonBody &body)
{
    KeyDraft draft;
    draft.name = body.requiredString(QStringLiteral("name"));
    draft.description = body.optionalString(QStringLiteral("description"));
    const QString type = body.string(QStringLiteral("type")).value_or(QStringLiteral("test"));
    if (const auto environment = environmentFromName(type))
        draft.environment = *environment;
    else
        body.reject(tr("The field \"type\" must be test or live."));
    draft.roles = body.stringList(QStringLiteral("roles")).value_or(QStringList());
    draft.scopes = body.stringList(QStringLiteral("scopes")).value_or(QStringList());
    draft.neverExpires = body.boolean(QStringLiteral("never_expires")).value_or(false);
    draft.expiresAt = body.time(QStringLiteral("expires_at")).value_or(QDateTime());
    if (draft.neverExpires && body.has(QStringLiteral("expires_at")))
        body.reject(tr("Send either \"expires_at\" or \"never_expires\": true, not both."));
    return draft;
}

QJsonObject ApiBodies::changes(const KeyChanges &changes)
{
    QJsonObject body;
    if (changes.name)
        body.insert(QStringLiteral("name"), *changes.name);
    if (changes.description)
        body.insert(QStringLiteral("description"), *changes.description);
    if (changes.roles)
        body.insert(QStringLiteral("roles"), strings(*changes.roles));
    if (changes.scopes)
        body.insert(QStringLiteral("scopes"), strings(*changes.scopes));
    return body;
}

KeyChanges ApiBodies::changesFrom(JsonBody &body)
{
    KeyChanges changes;
    changes.name = body.string(QStringLiteral("name"));
    changes.description = body.string(QStringLiteral("description"));
    changes.roles = body.stringList(QStringLiteral("roles"));
    changes.scopes = body.stringList(QStringLiteral("scopes"));
    return changes;
}

QJsonObject ApiBodies::grace(std::chrono::seconds grace)
{
    return {{QStringLiteral("grace_seconds"), qint64(grace.count())}};
}

std::chrono::seconds ApiBodies::graceFrom(JsonBody &body)
{
    return std::chrono::seconds(
        body.integer(QStringLiteral("grace_seconds"), 0, MaxGraceSeconds).value_or(0));
}

QJsonObject ApiBodies::check(const Check &check)
{
    return {{QStringLiteral("key"), check.token}, {QStringLiteral("scope"), check.scope}};
}

ApiBodies::Check ApiBodies::checkFrom(JsonBody &body)
{
    Check check;
    check.token = body.requiredString(QStringLiteral("key"));
    check.scope = body.optionalString(QStringLiteral("scope"));
    return check;
}

QJsonObject ApiBodies::newMember(const Member &member)
{
    return {{QStringLiteral("name"), member.name},
            {QStringLiteral("email"), member.email},
            {QStringLiteral("role"), member.role}};
}

Member ApiBodies::newMemberFrom(JsonBody &body)
{
    Member member;
    member.name = body.requiredString(QStringLiteral("name"));
    member.email = body.optionalString(QStringLiteral("email"));
    member.role = body.requiredString(QStringLiteral("role"));
    return member;
}

QJsonObject ApiBodies::roleChange(const QString &role)
{
    return {{QStringLiteral("role"), role}};
}

QString ApiBodies::roleChangeFrom(JsonBody &body)
{
    return body.requiredString(QStringLiteral("role"));
}

QJsonObject ApiBodies::roleFields(const Role &role)
{
    return {{QStringLiteral("name"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("scopes"), strings(role.scopes)}};
}

Role ApiBodies::roleFieldsFrom(JsonBody &body, qint64 id)
{
    Role role;
    role.id = id;
    role.name = body.requiredString(QStringLiteral("name"));
    role.description = body.optionalString(QStringLiteral("description"));
    role.scopes = body.stringList(QStringLiteral("scopes")).value_or(QStringList());
    return role;
}

QJsonObject ApiBodies::page(const KeyPage &page, const QDateTime &now)
{
    QJsonArray keys;
    for (const ApiKey &key : page.keys)
        keys.append(KeyJson::toApiJson(key, now));
    return {{QStringLiteral("keys"), keys},
            {QStringLiteral("next_cursor"),
             page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}};
}

KeyPage ApiBodies::pageFrom(const QJsonObject &object)
{
    KeyPage page;
    for (const QJsonValue key : object.value(QStringLiteral("keys")).toArray())
        page.keys.append(KeyJson::fromJson(key.toObject()));
    page.nextCursor = object.value(QStringLiteral("next_cursor")).toString();
    return page;
}

QJsonObject ApiBodies::issued(const IssuedKey &issued, const QDateTime &now)
{
    return {{QStringLiteral("key"), KeyJson::toApiJson(issued.key, now)},
            {QStringLiteral("token"), issued.token}};
}

IssuedKey ApiBodies::issuedFrom(const QJsonObject &object)
{
    return {KeyJson::fromJson(object.value(QStringLiteral("key")).toObject()),
            object.value(QStringLiteral("token")).toString()};
}

QJsonObject ApiBodies::counts(const KeyCounts &counts)
{
    return {{QStringLiteral("total"), counts.total},
            {QStringLiteral("expiring"), counts.expiringSoon}};
}

KeyCounts ApiBodies::countsFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("total")).toInt(),
            object.value(QStringLiteral("expiring")).toInt()};
}

QJsonObject ApiBodies::lastChange(qint64 change)
{
    return {{QStringLiteral("last_change"), change}};
}

qint64 ApiBodies::lastChangeFrom(const QJsonObject &object)
{
    return object.value(QStringLiteral("last_change")).toInteger();
}

QJsonObject ApiBodies::workspace(const WorkspaceAnswer &answer)
{
    const Workspace &workspace = answer.workspace;
    return {{QStringLiteral("workspace"),
             QJsonObject{{QStringLiteral("name"), workspace.name},
                         {QStringLiteral("prefix"), workspace.prefix},
                         {QStringLiteral("allow_never_expire"), workspace.allowNeverExpire}}},
            {QStringLiteral("member"), DirectoryJson::member(answer.member)},
            {QStringLiteral("key"),
             QJsonObject{{QStringLiteral("id"), answer.keyId},
                         {QStringLiteral("scopes"), strings(answer.keyScopes)}}}};
}

ApiBodies::WorkspaceAnswer ApiBodies::workspaceFrom(const QJsonObject &object)
{
    const QJsonObject workspace = object.value(QStringLiteral("workspace")).toObject();
    const QJsonObject key = object.value(QStringLiteral("key")).toObject();
    WorkspaceAnswer answer;
    answer.workspace.name = workspace.value(QStringLiteral("name")).toString();
    answer.workspace.prefix = workspace.value(QStringLiteral("prefix")).toString();
    answer.workspace.allowNeverExpire =
        workspace.value(QStringLiteral("allow_never_expire")).toBool();
    answer.member = DirectoryJson::memberFrom(object.value(QStringLiteral("member")).toObject());
    answer.keyId = key.value(QStringLiteral("id")).toString();
    answer.keyScopes = KeyJson::stringsFrom(key.value(QStringLiteral("scopes")));
    return answer;
}

QJsonObject ApiBodies::verification(const Verification &verification)
{
    const auto outcome =
        std::find_if(Outcomes.cbegin(), Outcomes.cend(), [&verification](const auto &known) {
            return known.first == verification.outcome;
        });
    QJsonObject body{
        {QStringLiteral("valid"), verification.outcome == Verification::Outcome::Valid},
        {QStringLiteral("outcome"), outcome->second}};
    if (verification.outcome == Verification::Outcome::Unauthenticated)
        return body; // nothing about a key that did not authenticate
    body.insert(QStringLiteral("id"), verification.keyId);
    body.insert(QStringLiteral("workspace"), verification.workspace);
    if (verification.environment)
        body.insert(QStringLiteral("type"), environmentName(*verification.environment));
    return body;
}

Verification ApiBodies::verificationFrom(const QJsonObject &object)
{
    const QString outcome = object.value(QStringLiteral("outcome")).toString();
    Verification verification; // anything unknown reads as unauthenticated
    for (const auto &[known, name] : Outcomes) {
        if (name == outcome)
            verification.outcome = known;
    }
    if (verification.outcome == Verification::Outcome::Unauthenticated)
        return verification;
    verification.keyId = object.value(QStringLiteral("id")).toString();
    verification.workspace = object.value(QStringLiteral("workspace")).toString();
    verification.environment = environmentFromName(object.value(QStringLiteral("type")).toString());
    return verification;
}
