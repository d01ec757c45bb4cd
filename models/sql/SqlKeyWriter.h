#pragma once

#include "sql/SqlDirectory.h"
#include "sql/SqlIdempotencyLog.h"
#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <chrono>
#include <optional>

class SqlAuditLog;
class SqlConnection;
class SqlKeyReader;

//! Every change to keys: each one checked, applied and audited in one transaction.
class SqlKeyWriter final {
    Q_DECLARE_TR_FUNCTIONS(SqlKeyWriter)

public:
    SqlKeyWriter(SqlConnection &connection, SqlDirectory &directory, SqlKeyReader &reader,
                 SqlAuditLog &audit, SqlIdempotencyLog &idempotency);

    IssuedKey create(const Actor &actor, const KeyDraft &draft, const QDateTime &now);
    ApiKey edit(const Actor &actor, const KeyChanges &changes, const QDateTime &now);
    IssuedKey reset(const Actor &actor, const QString &kid, std::chrono::seconds grace,
                    const QString &idempotencyKey, const QDateTime &now);
    ApiKey revoke(const Actor &actor, const QString &kid, const QDateTime &now);
    void remove(const Actor &actor, const QString &kid, const QDateTime &now);

private:
    void checkGrant(const ActingMember &acting, const QStringList &roles,
                    const QStringList &scopes);
    //! Someone else's key may be reset only by a member holding every scope of its
    //! creator's role: the new secret acts as the creator. Throws Forbidden naming them.
    void checkResetOfAnothers(const ActingMember &acting, const ApiKey &key);
    void writeGrants(qint64 workspaceId, const QString &kid, const QStringList &roles,
                     const QStringList &scopes);
    QString addCredential(const Workspace &workspace, const ApiKey &key, const QDateTime &now);
    void storeCredential(const QString &kid, const QString &token, const QDateTime &now);
    void audit(const ActingMember &acting, const QString &action, const QString &kid,
               const QJsonObject &before, const QJsonObject &after, const QDateTime &now);
    QString newKid();

    SqlConnection &m_connection;
    SqlDirectory &m_directory;
    SqlKeyReader &m_reader;
    SqlAuditLog &m_audit;
    SqlIdempotencyLog &m_idempotency;
};
