#include "sql/SqlAuditLog.h"

#include "sql/SqlConnection.h"
#include "sql/SqlDirectory.h"

#include <QJsonDocument>

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

SqlAuditLog::SqlAuditLog(SqlConnection &connection, QString osUser)
    : m_connection(connection)
    , m_osUser(std::move(osUser))
{
}

void SqlAuditLog::append(const ActingMember &acting, AuditEvent event)
{
    event.actor = acting.member.name;
    event.actorKeyId = acting.keyId;
    event.osUser = m_osUser;
    m_connection.exec(QStringLiteral("INSERT INTO audit_events (workspace_id, at, actor, action,"
                                     " kid, before_json, after_json, actor_os_user, actor_kid)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {acting.workspace.id, SqlConnection::timeValue(event.at), event.actor,
                       event.action, event.keyId, jsonText(event.before), jsonText(event.after),
                       event.osUser, event.actorKeyId});
}

QList<AuditEvent> SqlAuditLog::events(qint64 workspaceId, const AuditQuery &query)
{
    QString sql = QStringLiteral("SELECT id, at, actor, action, kid, before_json, after_json,"
                                 " actor_os_user, actor_kid FROM audit_events WHERE"
                                 " workspace_id = ?");
    QVariantList bindings{workspaceId};
    const auto match = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            bindings << value;
        }
    };
    match("kid", query.keyId);
    match("action", query.action);
    match("actor", query.actor);
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        bindings << SqlConnection::timeValue(query.from);
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        bindings << SqlConnection::timeValue(query.to);
    }
    if (query.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        bindings << query.beforeId;
    }
    if (query.afterId > 0) {
        sql += QStringLiteral(" AND id > ?");
        bindings << query.afterId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qBound(1, query.limit, 100000));
    QSqlQuery rows = m_connection.exec(sql, bindings);
    QList<AuditEvent> events;
    while (rows.next()) {
        events.append({rows.value(0).toLongLong(), SqlConnection::timeFrom(rows.value(1)),
                       rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString(),
                       jsonObject(rows.value(5)), jsonObject(rows.value(6)),
                       rows.value(7).toString(), rows.value(8).toString()});
    }
    return events;
}
