#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

//! One recorded change. Never holds a secret; never updated or deleted.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;   //!< UTC
    QString actor;  //!< the member who made the change
    QString action; //!< create, edit, reset, revoke, delete, export, act_as, …
    QString keyId;  //!< the key the change is about, if any
    QJsonObject before;
    QJsonObject after;
    // {}: brace-initialized events that do not name who acted need not spell them out.
    QString osUser{};     //!< on a local store: the operating-system user beside the member
    QString actorKeyId{}; //!< through keyward-server: the kid of the key the member acted with
};
