#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

//! One recorded change. Never holds a secret; never updated or deleted.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at; //!< UTC
    QString actor;
    QString action; //!< create, edit, reset, revoke, delete, export, …
    QString keyId;
    QJsonObject before;
    QJsonObject after;
};
