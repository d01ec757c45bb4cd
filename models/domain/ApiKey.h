#pragma once

#include "domain/Environment.h"
#include "domain/KeyStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

//! One secret behind a key. Two exist only during a reset's grace period.
struct Credential {
    QDateTime createdAt;
    QDateTime endsAt; //!< null while it is the current credential
};

//! An API key as administrators see it. It never holds the secret.
struct ApiKey {
    QString id; //!< the public kid
    QString name;
    QString description;
    Environment environment = Environment::Test;
    QStringList roles;
    QStringList scopes;          //!< granted directly
    QStringList effectiveScopes; //!< (scopes ∪ roles' scopes) ∩ creator's role
    QString createdBy;           //!< the creating member's name
    qint64 createdById = 0;
    QDateTime createdAt;
    QDateTime expiresAt; //!< null: never expires
    QDateTime lastUsedAt;
    QDateTime revokedAt;
    QString hint; //!< vendor_env_kid…last4, safe to show anywhere
    int version = 0;
    QList<Credential> credentials;

    KeyStatus statusAt(const QDateTime &now) const
    {
        return keyStatusAt(revokedAt, expiresAt, now);
    }
};

//! A freshly created or reset key, and its plaintext token, returned exactly once.
struct IssuedKey {
    ApiKey key;
    QString token;
};
