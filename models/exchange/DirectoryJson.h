#pragma once

#include "domain/AuditEvent.h"
#include "domain/Directory.h"

#include <QJsonArray>
#include <QJsonObject>

//! The JSON forms of a workspace's directory and history, shared by the CLI and the
//! server: the scope catalog, roles, members and audit events. Never a secret.
namespace DirectoryJson {

QJsonArray catalog(const ScopeCatalog &catalog);
QJsonObject role(const Role &role);
QJsonObject member(const Member &member);
QJsonObject auditEvent(const AuditEvent &event);

//! The other way, as keyward-server sends them; unknown fields are ignored.
ScopeCatalog catalogFrom(const QJsonArray &array);
Role roleFrom(const QJsonObject &object);
Member memberFrom(const QJsonObject &object);
AuditEvent auditEventFrom(const QJsonObject &object);

template <typename T, typename Convert> QList<T> listFrom(const QJsonArray &array, Convert convert)
{
    QList<T> result;
    for (const QJsonValue item : array)
        result.append(convert(item.toObject()));
    return result;
}

template <typename T, typename Convert> QJsonArray array(const QList<T> &items, Convert convert)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(convert(item));
    return result;
}

} // namespace DirectoryJson
