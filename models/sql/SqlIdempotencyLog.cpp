#include "sql/SqlIdempotencyLog.h"

#include "keys/IdempotencySeal.h"
#include "keys/SealSecret.h"
#include "sql/SqlConnection.h"
#include "sql/SqlKeyReader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

constexpr qint64 WindowMs = 24LL * 3600 * 1000;

QByteArray requestDigest(const QJsonObject &request)
{
    return QCryptographicHash::hash(QJsonDocument(request).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

} // namespace

SqlIdempotencyLog::SqlIdempotencyLog(SqlConnection &connection, SqlKeyReader &reader,
                                     QString secretPath)
    : m_connection(connection)
    , m_reader(reader)
    , m_secretPath(std::move(secretPath))
{
}

SqlIdempotencyLog::~SqlIdempotencyLog()
{
    m_secret.fill('\0');
}

const QByteArray &SqlIdempotencyLog::secret()
{
    if (!m_secret.isEmpty())
        return m_secret;
    if (m_secretPath.isEmpty()) {
        quint32 words[SealSecret::Size / sizeof(quint32)];
        QRandomGenerator::system()->fillRange(words);
        m_secret = QByteArray(reinterpret_cast<const char *>(words), SealSecret::Size);
        return m_secret;
    }
    QString error;
    m_secret = SealSecret::loadOrCreate(m_secretPath, &error);
    if (m_secret.isEmpty()) {
        throw StoreError::unavailable(
            tr("A retry-safe create or reset needs the sealing secret. %1").arg(error));
    }
    return m_secret;
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
    const QString kid = query.value(1).toString();
    const std::optional<QString> token =
        IdempotencySeal::open(query.value(2).toByteArray(), idempotencyKey, secret());
    if (!token) {
        throw StoreError::conflict(
            tr("This idempotency key already issued the key %1, but its secret cannot be shown "
               "again here: it was sealed with another sealing secret (another computer's, or "
               "the store was copied). No second key was made. Reset the key %1, with a new "
               "idempotency key, to get a secret you can use.")
                .arg(kid));
    }
    return IssuedKey{m_reader.load(workspaceId, kid), *token};
}

void SqlIdempotencyLog::remember(qint64 workspaceId, const QString &idempotencyKey,
                                 const QJsonObject &request, const IssuedKey &issued,
                                 const QDateTime &now)
{
    // An expired row with the same key would be in the way of the new one.
    m_connection.exec(QStringLiteral("DELETE FROM idempotency WHERE workspace_id = ? AND"
                                     " key_digest = ?"),
                      {workspaceId, IdempotencySeal::keyDigest(idempotencyKey)});
    m_connection.exec(QStringLiteral("INSERT INTO idempotency (workspace_id, key_digest, operation,"
                                     " request_digest, kid, sealed, created_at) VALUES (?, ?, ?, ?,"
                                     " ?, ?, ?)"),
                      {workspaceId, IdempotencySeal::keyDigest(idempotencyKey),
                       request.value(QStringLiteral("op")).toString(), requestDigest(request),
                       issued.key.id, IdempotencySeal::seal(issued.token, idempotencyKey, secret()),
                       SqlConnection::timeValue(now)});
}

void SqlIdempotencyLog::purge(const QDateTime &now)
{
    const qint64 before = now.toMSecsSinceEpoch() - WindowMs;
    // Looked for first: a DELETE would take the write lock even when nothing has expired.
    if (!m_connection
             .scalar(QStringLiteral("SELECT 1 FROM idempotency WHERE created_at < ? LIMIT 1"),
                     {before})
             .isValid()) {
        return;
    }
    m_connection.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {before});
}
