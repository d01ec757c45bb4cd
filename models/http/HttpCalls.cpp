#include "http/HttpCalls.h"

#include "exchange/ApiBodies.h"
#include "exchange/ApiQueries.h"
#include "exchange/DirectoryJson.h"
#include "exchange/KeyJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace {

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
    call.headers.append({ApiBodies::IdempotencyKeyHeader, key.toUtf8()});
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
    return get(withQuery(QStringLiteral("/v1/keys"), ApiQueries::page(query)));
}

HttpCall HttpCalls::countKeys(const KeyFilter &filter)
{
    return get(withQuery(QStringLiteral("/v1/keys/count"), ApiQueries::filter(filter)));
}

HttpCall HttpCalls::key(const QString &id)
{
    return get(keyPath(id));
}

HttpCall HttpCalls::createKey(const KeyDraft &draft)
{
    return idempotent(
        write(QByteArrayLiteral("POST"), QStringLiteral("/v1/keys"), ApiBodies::draft(draft)),
        draft.idempotencyKey);
}

HttpCall HttpCalls::editKey(const KeyChanges &changes)
{
    HttpCall call =
        write(QByteArrayLiteral("PATCH"), keyPath(changes.id), ApiBodies::changes(changes));
    call.headers.append({ApiBodies::IfMatchHeader, ApiBodies::versionTag(changes.expectedVersion)});
    return call;
}

HttpCall HttpCalls::resetKey(const QString &id, std::chrono::seconds grace,
                             const QString &idempotencyKey)
{
    return idempotent(write(QByteArrayLiteral("POST"), keyPath(id, QStringLiteral("/reset")),
                            ApiBodies::grace(grace)),
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
    return get(withQuery(QStringLiteral("/v1/audit"), ApiQueries::audit(query)));
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
                 ApiBodies::newMember(member));
}

HttpCall HttpCalls::changeMemberRole(qint64 memberId, const QString &role)
{
    return write(QByteArrayLiteral("PATCH"), QStringLiteral("/v1/members/%1").arg(memberId),
                 ApiBodies::roleChange(role));
}

HttpCall HttpCalls::saveRole(const Role &role)
{
    const QJsonObject body = ApiBodies::roleFields(role);
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
    return get(withQuery(QStringLiteral("/v1/export"), ApiQueries::exported(filter, format)));
}

HttpCall HttpCalls::verify(const QString &token, const QString &scope)
{
    HttpCall call = write(QByteArrayLiteral("POST"), QStringLiteral("/v1/keys/verify"),
                          ApiBodies::check({token, scope}));
    call.repeatable = true; // a check changes nothing
    return call;
}

StoreInfo HttpCalls::storeInfo(const QJsonDocument &answer, const QUrl &server)
{
    const ApiBodies::WorkspaceAnswer workspace = ApiBodies::workspaceFrom(answer.object());
    StoreInfo info;
    info.displayName = server.host() + QLatin1Char(':') + QString::number(server.port(443));
    info.location = server.toDisplayString();
    info.workspace = workspace.workspace;
    info.defaultActor = workspace.member;
    return info;
}

ScopeSet HttpCalls::keyScopes(const QJsonDocument &answer)
{
    const QStringList scopes = ApiBodies::workspaceFrom(answer.object()).keyScopes;
    return ScopeSet(scopes.cbegin(), scopes.cend());
}

qint64 HttpCalls::lastChange(const QJsonDocument &answer)
{
    return ApiBodies::lastChangeFrom(answer.object());
}

KeyPage HttpCalls::page(const QJsonDocument &answer)
{
    return ApiBodies::pageFrom(answer.object());
}

KeyCounts HttpCalls::counts(const QJsonDocument &answer)
{
    return ApiBodies::countsFrom(answer.object());
}

ApiKey HttpCalls::key(const QJsonDocument &answer)
{
    return KeyJson::fromJson(answer.object());
}

IssuedKey HttpCalls::issued(const QJsonDocument &answer)
{
    return ApiBodies::issuedFrom(answer.object());
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

Verification HttpCalls::verification(const QJsonDocument &answer)
{
    return ApiBodies::verificationFrom(answer.object());
}

int HttpCalls::exportedKeys(const HttpRequester::Headers &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare(ApiBodies::KeyCountHeader, Qt::CaseInsensitive) == 0)
            return value.toInt();
    }
    return 0;
}
