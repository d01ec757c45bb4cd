#include "http/HttpCalls.h"

#include "exchange/DirectoryJson.h"
#include "exchange/KeyJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace {

const QList<QPair<KeySortField, QString>> SortNames = {
    {KeySortField::Name, QStringLiteral("name")},
    {KeySortField::Type, QStringLiteral("type")},
    {KeySortField::Status, QStringLiteral("status")},
    {KeySortField::Created, QStringLiteral("created")},
    {KeySortField::CreatedBy, QStringLiteral("created_by")},
    {KeySortField::LastUsed, QStringLiteral("last_used")},
    {KeySortField::Expires, QStringLiteral("expires")},
};

QUrlQuery filterQuery(const KeyFilter &filter)
{
    QUrlQuery query;
    if (!filter.text.isEmpty())
        query.addQueryItem(QStringLiteral("search"), filter.text);
    if (filter.environment)
        query.addQueryItem(QStringLiteral("type"), environmentName(*filter.environment));
    if (filter.status)
        query.addQueryItem(QStringLiteral("status"), keyStatusName(*filter.status));
    if (!filter.role.isEmpty())
        query.addQueryItem(QStringLiteral("role"), filter.role);
    if (!filter.createdBy.isEmpty())
        query.addQueryItem(QStringLiteral("created_by"), filter.createdBy);
    return query;
}

QString withQuery(const QString &path, const QUrlQuery &query)
{
    const QString encoded = query.toString(QUrl::FullyEncoded);
    return encoded.isEmpty() ? path : path + QLatin1Char('?') + encoded;
}

HttpCall get(const QString &path)
{
    HttpCall call;
    call.path = path;
    call.repeatable = true;
    return call;
}

HttpCall write(const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    HttpCall call;
    call.method = method;
    call.path = path;
    if (method != "DELETE")
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call;
}

//! A write that may be sent again: the server answers a repeat with the first result.
HttpCall idempotent(HttpCall call, const QString &idempotencyKey)
{
    const QString key = idempotencyKey.isEmpty()
                            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : idempotencyKey;
    call.headers.append({QByteArrayLiteral("Idempotency-Key"), key.toUtf8()});
    call.repeatable = true;
    return call;
}

QString keyPath(const QString &id, const QString &rest = {})
{
    return QStringLiteral("/v1/keys/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

QJsonArray arrayOf(const QJsonDocument &answer, const char *name)
{
    return answer.object().value(QLatin1String(name)).toArray();
}

} // namespace

HttpCall HttpCalls::workspace()
{
    return get(QStringLiteral("/v1/workspace"));
}

HttpCall HttpCalls::changes()
{
    return get(QStringLiteral("/v1/changes"));
}

HttpCall HttpCalls::keys(const KeyQuery &query)
{
    QUrlQuery url = filterQuery(query.filter);
    for (const auto &[field, name] : SortNames) {
        if (field == query.sortField)
            url.addQueryItem(QStringLiteral("sort"), name);
    }
    url.addQueryItem(QStringLiteral("order"), query.sortOrder == Qt::AscendingOrder
                                                  ? QStringLiteral("asc")
                                                  : QStringLiteral("desc"));
    url.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.limit, 500)));
    if (!query.after.isEmpty())
        url.addQueryItem(QStringLiteral("cursor"), query.after);
    return get(withQuery(QStringLiteral("/v1/keys"), url));
}

HttpCall HttpCalls::countKeys(const KeyFilter &filter)
{
    return get(withQuery(QStringLiteral("/v1/keys/count"), filterQuery(filter)));
}

HttpCall HttpCalls::key(const QString &id)
{
    return get(keyPath(id));
}

HttpCall HttpCalls::createKey(const KeyDraft &draft)
{
    QJsonObject body{{QStringLiteral("name"), draft.name},
                     {QStringLiteral("description"), draft.description},
                     {QStringLiteral("type"), environmentName(draft.environment)},
                     {QStringLiteral("roles"), QJsonArray::fromStringList(draft.roles)},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(draft.scopes)}};
    if (draft.neverExpires)
        body.insert(QStringLiteral("never_expires"), true);
    else if (draft.expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), KeyJson::timeText(draft.expiresAt));
    return idempotent(write(QByteArrayLiteral("POST"), QStringLiteral("/v1/keys"), body),
                      draft.idempotencyKey);
}

HttpCall HttpCalls::editKey(const KeyChanges &changes)
{
    QJsonObject body;
    if (changes.name)
        body.insert(QStringLiteral("name"), *changes.name);
    if (changes.description)
        body.insert(QStringLiteral("description"), *changes.description);
    if (changes.roles)
        body.insert(QStringLiteral("roles"), QJsonArray::fromStringList(*changes.roles));
    if (changes.scopes)
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(*changes.scopes));
    HttpCall call = write(QByteArrayLiteral("PATCH"), keyPath(changes.id), body);
    call.headers.append(
        {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(changes.expectedVersion) + '"'});
    return call;
}

HttpCall HttpCalls::resetKey(const QString &id, std::chrono::seconds grace,
                             const QString &idempotencyKey)
{
    const QJsonObject body{{QStringLiteral("grace_seconds"), qint64(grace.count())}};
    return idempotent(write(QByteArrayLiteral("POST"), keyPath(id, QStringLiteral("/reset")), body),
                      idempotencyKey);
}

HttpCall HttpCalls::revokeKey(const QString &id)
{
    return write(QByteArrayLiteral("POST"), keyPath(id, QStringLiteral("/revoke")));
}

HttpCall HttpCalls::deleteKey(const QString &id)
{
    return write(QByteArrayLiteral("DELETE"), keyPath(id));
}

HttpCall HttpCalls::audit(const AuditQuery &query)
{
    const bool oneKey = !query.keyId.isEmpty() && query.action.isEmpty() && query.actor.isEmpty() &&
                        !query.from.isValid() && !query.to.isValid() && query.beforeId == 0 &&
                        query.afterId == 0;
    if (oneKey)
        return get(keyPath(query.keyId, QStringLiteral("/audit"))); // api_keys:read is enough
    QUrlQuery url;
    const QList<QPair<QString, QString>> items{
        {QStringLiteral("key"), query.keyId},
        {QStringLiteral("action"), query.action},
        {QStringLiteral("actor"), query.actor},
        {QStringLiteral("from"), KeyJson::timeText(query.from)},
        {QStringLiteral("to"), KeyJson::timeText(query.to)},
        {QStringLiteral("before"),
         query.beforeId > 0 ? QString::number(query.beforeId) : QString()},
        {QStringLiteral("after"), query.afterId > 0 ? QString::number(query.afterId) : QString()}};
    for (const auto &[name, value] : items) {
        if (!value.isEmpty())
            url.addQueryItem(name, value);
    }
    url.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.limit, 10000)));
    return get(withQuery(QStringLiteral("/v1/audit"), url));
}

HttpCall HttpCalls::scopes()
{
    return get(QStringLiteral("/v1/scopes"));
}

HttpCall HttpCalls::roles()
{
    return get(QStringLiteral("/v1/roles"));
}

HttpCall HttpCalls::members()
{
    return get(QStringLiteral("/v1/members"));
}

HttpCall HttpCalls::addMember(const Member &member)
{
    return write(QByteArrayLiteral("POST"), QStringLiteral("/v1/members"),
                 {{QStringLiteral("name"), member.name},
                  {QStringLiteral("email"), member.email},
                  {QStringLiteral("role"), member.role}});
}

HttpCall HttpCalls::changeMemberRole(qint64 memberId, const QString &role)
{
    return write(QByteArrayLiteral("PATCH"), QStringLiteral("/v1/members/%1").arg(memberId),
                 {{QStringLiteral("role"), role}});
}

HttpCall HttpCalls::saveRole(const Role &role)
{
    const QJsonObject body{{QStringLiteral("name"), role.name},
                           {QStringLiteral("description"), role.description},
                           {QStringLiteral("scopes"), QJsonArray::fromStringList(role.scopes)}};
    return role.id == 0
               ? write(QByteArrayLiteral("POST"), QStringLiteral("/v1/roles"), body)
               : write(QByteArrayLiteral("PUT"), QStringLiteral("/v1/roles/%1").arg(role.id), body);
}

HttpCall HttpCalls::deleteRole(qint64 roleId)
{
    return write(QByteArrayLiteral("DELETE"), QStringLiteral("/v1/roles/%1").arg(roleId));
}

HttpCall HttpCalls::exportInventory(const KeyFilter &filter, ExportFormat format)
{
    QUrlQuery url = filterQuery(filter);
    url.addQueryItem(QStringLiteral("format"),
                     format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
    return get(withQuery(QStringLiteral("/v1/export"), url));
}

HttpCall HttpCalls::verify(const QString &token, const QString &scope)
{
    HttpCall call = write(QByteArrayLiteral("POST"), QStringLiteral("/v1/keys/verify"),
                          {{QStringLiteral("key"), token}, {QStringLiteral("scope"), scope}});
    call.repeatable = true; // a check changes nothing
    return call;
}

StoreInfo HttpCalls::storeInfo(const QJsonDocument &answer, const QUrl &server)
{
    const QJsonObject object = answer.object();
    const QJsonObject workspace = object.value(QStringLiteral("workspace")).toObject();
    StoreInfo info;
    info.displayName = server.host() + QLatin1Char(':') + QString::number(server.port(443));
    info.location = server.toDisplayString();
    info.workspace.name = workspace.value(QStringLiteral("name")).toString();
    info.workspace.prefix = workspace.value(QStringLiteral("prefix")).toString();
    info.workspace.allowNeverExpire =
        workspace.value(QStringLiteral("allow_never_expire")).toBool();
    info.defaultActor =
        DirectoryJson::memberFrom(object.value(QStringLiteral("member")).toObject());
    return info;
}

ScopeSet HttpCalls::keyScopes(const QJsonDocument &answer)
{
    const QJsonObject key = answer.object().value(QStringLiteral("key")).toObject();
    ScopeSet scopes;
    for (const QJsonValue &scope : key.value(QStringLiteral("scopes")).toArray())
        scopes.insert(scope.toString());
    return scopes;
}

qint64 HttpCalls::lastChange(const QJsonDocument &answer)
{
    return answer.object().value(QStringLiteral("last_change")).toInteger();
}

KeyPage HttpCalls::page(const QJsonDocument &answer)
{
    KeyPage page;
    for (const QJsonValue &key : arrayOf(answer, "keys"))
        page.keys.append(KeyJson::fromJson(key.toObject()));
    page.nextCursor = answer.object().value(QStringLiteral("next_cursor")).toString();
    return page;
}

KeyCounts HttpCalls::counts(const QJsonDocument &answer)
{
    const QJsonObject object = answer.object();
    return {object.value(QStringLiteral("total")).toInt(),
            object.value(QStringLiteral("expiring")).toInt()};
}

ApiKey HttpCalls::key(const QJsonDocument &answer)
{
    return KeyJson::fromJson(answer.object());
}

IssuedKey HttpCalls::issued(const QJsonDocument &answer)
{
    const QJsonObject object = answer.object();
    return {KeyJson::fromJson(object.value(QStringLiteral("key")).toObject()),
            object.value(QStringLiteral("token")).toString()};
}

QList<AuditEvent> HttpCalls::events(const QJsonDocument &answer)
{
    return DirectoryJson::listFrom<AuditEvent>(arrayOf(answer, "events"),
                                               DirectoryJson::auditEventFrom);
}

ScopeCatalog HttpCalls::catalog(const QJsonDocument &answer)
{
    return DirectoryJson::catalogFrom(arrayOf(answer, "resources"));
}

QList<Role> HttpCalls::roles(const QJsonDocument &answer)
{
    return DirectoryJson::listFrom<Role>(arrayOf(answer, "roles"), DirectoryJson::roleFrom);
}

Role HttpCalls::role(const QJsonDocument &answer)
{
    return DirectoryJson::roleFrom(answer.object());
}

QList<Member> HttpCalls::members(const QJsonDocument &answer)
{
    return DirectoryJson::listFrom<Member>(arrayOf(answer, "members"), DirectoryJson::memberFrom);
}

Member HttpCalls::member(const QJsonDocument &answer)
{
    return DirectoryJson::memberFrom(answer.object());
}

Verification HttpCalls::verification(const QJsonDocument &answer, Environment environment)
{
    const QJsonObject object = answer.object();
    const QString outcome = object.value(QStringLiteral("outcome")).toString();
    Verification verification;
    verification.outcome = outcome == QLatin1String("valid") ? Verification::Outcome::Valid
                           : outcome == QLatin1String("forbidden")
                               ? Verification::Outcome::Forbidden
                               : Verification::Outcome::Unauthenticated;
    if (verification.outcome != Verification::Outcome::Unauthenticated) {
        verification.keyId = object.value(QStringLiteral("id")).toString();
        verification.workspace = object.value(QStringLiteral("workspace")).toString();
        verification.environment = environment;
    }
    return verification;
}

int HttpCalls::exportedKeys(const HttpRequester::Headers &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("X-Keyward-Key-Count", Qt::CaseInsensitive) == 0)
            return value.toInt();
    }
    return 0;
}
