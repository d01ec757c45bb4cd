#pragma once

#include "domain/Scope.h"

#include <QString>
#include <QStringList>

//! A tenant. Keys, roles and members belong to exactly one.
struct Workspace {
    qint64 id = 0;
    QString name;
    QString prefix = QStringLiteral("key"); //!< the vendor part of its keys
    bool allowNeverExpire = true;
};

//! A named set of scopes. Owner, Admin, Developer and Viewer are built in.
struct Role {
    qint64 id = 0;
    QString name;
    QString description;
    bool builtIn = false;
    QStringList scopes;
};

//! A person in a workspace, with one role. Every change is made by a member.
struct Member {
    qint64 id = 0;
    QString name;
    QString email;
    QString role;
};

//! Who performs a store operation: a member, optionally capped to fewer scopes
//! (a key acting for its creator holds no more than its own scopes).
struct Actor {
    qint64 memberId = 0;
    std::optional<ScopeSet> cap;
    QString keyId{}; //!< the kid of the key acting for the member, for the audit log
};
