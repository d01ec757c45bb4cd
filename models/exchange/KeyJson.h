#pragma once

#include "domain/ApiKey.h"

#include <QJsonObject>

//! The JSON form of a key shared by the CLI, exports and the server:
//! id, name, description, type, status, roles, scopes, created_at, created_by,
//! expires_at, last_used_at, hint. Never a secret or digest.
namespace KeyJson {

//! The export's and the CLI's form: exactly the fields above, in that order.
QJsonObject toJson(const ApiKey &key, const QDateTime &now);
//! The key as keyward-server's management API sends it (the ApiKey schema of
//! server/openapi.yaml): toJson plus version, effective_scopes, revoked_at and
//! credentials. fromJson reads it back; the two are one contract.
QJsonObject toApiJson(const ApiKey &key, const QDateTime &now);
//! Reads what toApiJson wrote (the member who created it is known by name only: the
//! API does not send createdById); unknown fields are ignored.
ApiKey fromJson(const QJsonObject &object);
//! ISO 8601 in UTC with a trailing Z; null for an invalid time.
QJsonValue timeValue(const QDateTime &time);
QString timeText(const QDateTime &time);
//! The time timeValue() wrote; invalid for null or anything else.
QDateTime timeFrom(const QJsonValue &value);
QStringList stringsFrom(const QJsonValue &value);

} // namespace KeyJson
