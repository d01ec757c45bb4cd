#pragma once

#include "domain/AuditEvent.h"
#include "http/HttpRequester.h"
#include "store/KeyStore.h"

#include <chrono>

//! keyward-server's management API as HttpKeyStore uses it: the call for each store
//! operation, and what each answer holds, in the store's own types.
namespace HttpCalls {

// Calls
HttpCall workspace();
HttpCall changes();
HttpCall keys(const KeyQuery &query);
HttpCall countKeys(const KeyFilter &filter);
HttpCall key(const QString &id);
//! With an Idempotency-Key (the draft's, or a new one): safe to send again.
HttpCall createKey(const KeyDraft &draft);
HttpCall editKey(const KeyChanges &changes);
HttpCall resetKey(const QString &id, std::chrono::seconds grace, const QString &idempotencyKey);
HttpCall revokeKey(const QString &id);
HttpCall deleteKey(const QString &id);
HttpCall audit(const AuditQuery &query);
HttpCall scopes();
HttpCall roles();
HttpCall members();
HttpCall addMember(const Member &member);
HttpCall changeMemberRole(qint64 memberId, const QString &role);
HttpCall saveRole(const Role &role);
HttpCall deleteRole(qint64 roleId);
HttpCall exportInventory(const KeyFilter &filter, ExportFormat format);
HttpCall verify(const QString &token, const QString &scope);

// Answers
StoreInfo storeInfo(const QJsonDocument &answer, const QUrl &server);
//! The acting key's scopes in GET /v1/workspace's answer.
ScopeSet keyScopes(const QJsonDocument &answer);
qint64 lastChange(const QJsonDocument &answer);
KeyPage page(const QJsonDocument &answer);
KeyCounts counts(const QJsonDocument &answer);
ApiKey key(const QJsonDocument &answer);
IssuedKey issued(const QJsonDocument &answer);
QList<AuditEvent> events(const QJsonDocument &answer);
ScopeCatalog catalog(const QJsonDocument &answer);
QList<Role> roles(const QJsonDocument &answer);
Role role(const QJsonDocument &answer);
QList<Member> members(const QJsonDocument &answer);
Member member(const QJsonDocument &answer);
Verification verification(const QJsonDocument &answer);
//! The key count an export answer's headers carry.
int exportedKeys(const HttpRequester::Headers &headers);

} // namespace HttpCalls
