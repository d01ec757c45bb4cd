#pragma once

#include "domain/ApiKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class SqlConnection;
class SqlKeyReader;

//! Remembers which idempotency key issued which key, so that a retried create or reset
//! returns the first result instead of issuing again (see IdempotencySeal). Entries
//! are kept for 24 hours.
class SqlIdempotencyLog final {
    Q_DECLARE_TR_FUNCTIONS(SqlIdempotencyLog)

public:
    SqlIdempotencyLog(SqlConnection &connection, SqlKeyReader &reader);

    //! The earlier result for @p idempotencyKey; a Conflict when it was used for another request.
    std::optional<IssuedKey> replay(qint64 workspaceId, const QString &idempotencyKey,
                                    const QJsonObject &request, const QDateTime &now);
    void remember(qint64 workspaceId, const QString &idempotencyKey, const QJsonObject &request,
                  const IssuedKey &issued, const QDateTime &now);

private:
    SqlConnection &m_connection;
    SqlKeyReader &m_reader;
};
