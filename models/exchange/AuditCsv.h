#pragma once

#include "domain/AuditEvent.h"

#include <QList>
#include <QString>

//! Audit events as RFC 4180 CSV: time (UTC, ISO 8601), actor, the key the actor used
//! (actor_key_id) and the operating-system user (os_user), action, key_id, and the
//! before/after fields as compact JSON. Every field goes through
//! InventoryWriter::csvField, so a value starting like a formula is neutralised.
//! Audit events hold no secret, and this adds none. AuditCsvExport writes a whole log.
class AuditCsv final {
public:
    static QStringList columns();
    static QString header();
    static QString row(const AuditEvent &event);
    //! The header and one row per event, CRLF line ends.
    static QByteArray document(const QList<AuditEvent> &events);
};
