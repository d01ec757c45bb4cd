#include "exchange/DirectoryJson.h"

#include "exchange/KeyJson.h"

QJsonArray DirectoryJson::catalog(const ScopeCatalog &catalog)
{
    QJsonArray array;
    for (const ScopeResource &resource : catalog.resources()) {
        QJsonArray scopes;
        for (ScopeAction action : AllScopeActions) {
            if (resource.supports(action))
                scopes.append(makeScope(resource.name, action));
        }
        array.append(QJsonObject{{QStringLiteral("resource"), resource.name},
                                 {QStringLiteral("description"), resource.description},
                                 {QStringLiteral("read_only"), resource.readOnly},
                                 {QStringLiteral("scopes"), scopes}});
    }
    return array;
}

QJsonObject DirectoryJson::role(const Role &role)
{
    return {{QStringLiteral("id"), role.id},
            {QStringLiteral("name"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("built_in"), role.builtIn},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(role.scopes)}};
}

QJsonObject DirectoryJson::member(const Member &member)
{
    return {{QStringLiteral("id"), member.id},
            {QStringLiteral("name"), member.name},
            {QStringLiteral("email"), member.email},
            {QStringLiteral("role"), member.role}};
}

QJsonObject DirectoryJson::auditEvent(const AuditEvent &event)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{QStringLiteral("id"), event.id},
            {QStringLiteral("at"), KeyJson::timeValue(event.at)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("actor_key_id"), orNull(event.actorKeyId)},
            {QStringLiteral("os_user"), orNull(event.osUser)},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("key_id"), orNull(event.keyId)},
            {QStringLiteral("before"), event.before},
            {QStringLiteral("after"), event.after}};
}

ScopeCatalog DirectoryJson::catalogFrom(const QJsonArray &array)
{
    QList<ScopeResource> resources;
    for (const QJsonValue item : array) {
        const QJsonObject object = item.toObject();
        resources.append({object.value(QStringLiteral("resource")).toString(),
                          object.value(QStringLiteral("description")).toString(),
                          object.value(QStringLiteral("read_only")).toBool()});
    }
    return ScopeCatalog(resources);
}

Role DirectoryJson::roleFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toInteger(),
            object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("description")).toString(),
            object.value(QStringLiteral("built_in")).toBool(),
            KeyJson::stringsFrom(object.value(QStringLiteral("scopes")))};
}

Member DirectoryJson::memberFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toInteger(),
            object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("email")).toString(),
            object.value(QStringLiteral("role")).toString()};
}

AuditEvent DirectoryJson::auditEventFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toInteger(),
            KeyJson::timeFrom(object.value(QStringLiteral("at"))),
            object.value(QStringLiteral("actor")).toString(),
            object.value(QStringLiteral("action")).toString(),
            object.value(QStringLiteral("key_id")).toString(),
            object.value(QStringLiteral("before")).toObject(),
            object.value(QStringLiteral("after")).toObject(),
            object.value(QStringLiteral("os_user")).toString(),
            object.value(QStringLiteral("actor_key_id")).toString()};
}
