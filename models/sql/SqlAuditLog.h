#pragma once

#include "domain/AuditEvent.h"
#include "store/KeyQuery.h"

class SqlConnection;

//! Appends audit events (inside the caller's transaction) and reads them back.
class SqlAuditLog final {
public:
    explicit SqlAuditLog(SqlConnection &connection);

    void append(qint64 workspaceId, const AuditEvent &event);
    QList<AuditEvent> events(qint64 workspaceId, const AuditQuery &query);

private:
    SqlConnection &m_connection;
};
