#pragma once

#include "domain/ApiKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class SqlConnection;
class SqlKeyReader;

//! Remembers which idempotency key issued which key, so that a retried create or reset
//! returns the first result instead of issuing again. The issued key is sealed
//! (IdempotencySeal) with the secret in the sealing secret's file (SealSecret); rows are
//! kept for 24 hours, then purged.
class SqlIdempotencyLog final {
    Q_DECLARE_TR_FUNCTIONS(SqlIdempotencyLog)
    Q_DISABLE_COPY_MOVE(SqlIdempotencyLog)

public:
    //! @p secretPath: the sealing secret's file, read (or created) when first needed;
    //! empty: a random secret held by this object only.
    SqlIdempotencyLog(SqlConnection &connection, SqlKeyReader &reader, QString secretPath);
    ~SqlIdempotencyLog();

    //! The earlier result for @p idempotencyKey. A Conflict when it was used for another
    //! request, or when its seal cannot be opened with this secret (another computer's,
    //! a copied store): the key it issued is named, and no second one is made.
    std::optional<IssuedKey> replay(qint64 workspaceId, const QString &idempotencyKey,
                                    const QJsonObject &request, const QDateTime &now);
    void remember(qint64 workspaceId, const QString &idempotencyKey, const QJsonObject &request,
                  const IssuedKey &issued, const QDateTime &now);
    //! Deletes the rows older than 24 hours; writes nothing when there are none.
    void purge(const QDateTime &now);

private:
    const QByteArray &secret();

    SqlConnection &m_connection;
    SqlKeyReader &m_reader;
    QString m_secretPath;
    QByteArray m_secret;
};
