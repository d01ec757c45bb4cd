#include "sql/SqlIdempotencyLog.h"

#include "keys/IdempotencySeal.h"
#include "sql/SqlConnection.h"
#include "sql/SqlKeyReader.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {

constexpr qint64 WindowMs = 24LL * 3600 * 1000;

QByteArray requestDigest(const QJsonObject &request)
{
    return QCryptographicHash::hash(QJsonDocument(request).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

} // namespace

SqlIdempotencyLog::SqlIdempotencyLog(SqlConnection &connection, SqlKeyReader &reader)
    : m_connection(connection)
    , m_reader(reader)
{
}

std::optional<IssuedKey> SqlIdempotencyLog::replay(qint64 workspaceId,
                                                   const QString &idempotencyKey,
                                                   const QJsonObject &request, const QDateTime &now)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT request_digest, kid, sealed FROM idempotency WHERE workspace_id = ?"
                       " AND key_digest = ? AND created_at >= ?"),
        {workspaceId, IdempotencySeal::keyDigest(idempotencyKey),
         now.toMSecsSinceEpoch() - WindowMs});
    if (!query.next())
        return std::nullopt;
    if (query.value(0).toByteArray() != requestDigest(request)) {
        throw StoreError::conflict(
            tr("This idempotency key was already used for a different request."));
    }
    return IssuedKey{m_reader.load(workspaceId, query.value(1).toString()),
                     IdempotencySeal::open(query.value(2).toByteArray(), idempotencyKey)};
}

void SqlIdempotencyLog::remember(qint64 workspaceId, const QString &idempotencyKey,
                                 const QJsonObject &request, const IssuedKey &issued,
                                 const QDateTime &now)
{
    m_connection.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"),
                      {now.toMSecsSinceEpoch() - WindowMs});
    m_connection.exec(QStringLiteral("INSERT INTO idempotency (workspace_id, key_digest, operation,"
                                     " request_digest, kid, sealed, created_at) VALUES (?, ?, ?, ?,"
                                     " ?, ?, ?)"),
                      {workspaceId, IdempotencySeal::keyDigest(idempotencyKey),
                       request.value(QStringLiteral("op")).toString(), requestDigest(request),
                       issued.key.id, IdempotencySeal::seal(issued.token, idempotencyKey),
                       SqlConnection::timeValue(now)});
}
