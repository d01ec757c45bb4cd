#pragma once

#include "domain/AuditEvent.h"
#include "store/KeyQuery.h"

class SqlConnection;
struct ActingMember;

//! Appends audit events (inside the caller's transaction) and reads them back.
class SqlAuditLog final {
public:
    //! @p osUser is recorded beside the member in every event (see SqlStoreOptions).
    SqlAuditLog(SqlConnection &connection, QString osUser);

    //! Appends @p event as made by @p acting: the member, the key they act through, and
    //! the operating-system user (its actor fields are set here).
    void append(const ActingMember &acting, AuditEvent event);
    QList<AuditEvent> events(qint64 workspaceId, const AuditQuery &query);

private:
    SqlConnection &m_connection;
    QString m_osUser;
};
