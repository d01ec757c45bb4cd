#pragma once

#include "domain/Directory.h"
#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <chrono>
#include <optional>

class JsonBody;

//! The management API's JSON bodies and headers, each writer beside its reader. For a
//! request the HTTP store writes it and keyward-server reads it strictly, through a
//! JsonBody (whose finish() then says whether it was right); for an answer the server
//! writes it and the HTTP store reads it. Keys inside them are KeyJson's API form,
//! members, roles and events DirectoryJson's.
class ApiBodies final {
    Q_DECLARE_TR_FUNCTIONS(ApiBodies)

public:
    static constexpr qint64 MaxGraceSeconds = qint64{7} * 24 * 3600;

    // Headers.
    static constexpr char IdempotencyKeyHeader[] = "Idempotency-Key";
    static constexpr char IfMatchHeader[] = "If-Match";
    static constexpr char KeyCountHeader[] = "X-Keyward-Key-Count";
    //! A key's version as its entity tag, `"3"`: the ETag the server sends, the If-Match
    //! the store sends back.
    static QByteArray versionTag(int version);
    //! The version in an If-Match value; nullopt with an empty @p problem when absent,
    //! with a @p problem for anything but one versionTag().
    static std::optional<int> versionFrom(const QByteArray &ifMatch, QString *problem);

    // Requests: POST /v1/keys, PATCH /v1/keys/{id}, POST /v1/keys/{id}/reset,
    // POST /v1/keys/verify, POST /v1/members, PATCH /v1/members/{id}, POST|PUT /v1/roles.
    //! `name, description, type, roles, scopes, expires_at | never_expires` (not both).
    static QJsonObject draft(const KeyDraft &draft);
    static KeyDraft draftFrom(JsonBody &body);
    //! `name, description, roles, scopes`; absent fields stay as they are.
    static QJsonObject changes(const KeyChanges &changes);
    static KeyChanges changesFrom(JsonBody &body);
    //! `grace_seconds`, 0 to MaxGraceSeconds; an empty body means 0.
    static QJsonObject grace(std::chrono::seconds grace);
    static std::chrono::seconds graceFrom(JsonBody &body);
    //! `key` (the token) and `scope` (may be empty).
    struct Check {
        QString token;
        QString scope;
    };
    static QJsonObject check(const Check &check);
    static Check checkFrom(JsonBody &body);
    //! `name, email, role` of a member to add.
    static QJsonObject newMember(const Member &member);
    static Member newMemberFrom(JsonBody &body);
    //! `role` of a member whose role changes.
    static QJsonObject roleChange(const QString &role);
    static QString roleChangeFrom(JsonBody &body);
    //! `name, description, scopes` of a role to add or replace (its id is in the path).
    static QJsonObject roleFields(const Role &role);
    static Role roleFieldsFrom(JsonBody &body, qint64 id);

    // Answers.
    //! `{"keys": [...], "next_cursor": "..." | null}`
    static QJsonObject page(const KeyPage &page, const QDateTime &now);
    static KeyPage pageFrom(const QJsonObject &object);
    //! `{"key": {...}, "token": "..."}`: the plaintext key, once.
    static QJsonObject issued(const IssuedKey &issued, const QDateTime &now);
    static IssuedKey issuedFrom(const QJsonObject &object);
    //! `{"total": N, "expiring": N}`
    static QJsonObject counts(const KeyCounts &counts);
    static KeyCounts countsFrom(const QJsonObject &object);
    //! `{"last_change": N}`
    static QJsonObject lastChange(qint64 change);
    static qint64 lastChangeFrom(const QJsonObject &object);
    //! GET /v1/workspace: the workspace, the member the caller acts for, and the
    //! calling key's id and scopes.
    struct WorkspaceAnswer {
        Workspace workspace;
        Member member;
        QString keyId;
        QStringList keyScopes;
    };
    static QJsonObject workspace(const WorkspaceAnswer &answer);
    static WorkspaceAnswer workspaceFrom(const QJsonObject &object);
    //! `{"valid": bool, "outcome": "valid" | "forbidden" | "unauthenticated", "id",
    //! "workspace", "type"}`, the last three only for a key that authenticated.
    static QJsonObject verification(const Verification &verification);
    static Verification verificationFrom(const QJsonObject &object);
};
