#pragma once

#include "domain/AuditEvent.h"

#include <QList>
#include <QString>

//! Audit events as RFC 4180 CSV: time (UTC, ISO 8601), actor, the key the actor used
//! (actor_key_id) and the operating-system user (os_user), action, key_id, and the
//! before/after fields as compact JSON. Every field goes through
//! InventoryWriter::csvField, so a value starting like a formula is neutralised.
//! Audit events hold no secret, and this adds none.
class AuditCsv final {
public:
    static QStringList columns();
    static QString header();
    static QString row(const AuditEvent &event);
    //! The header and one row per event, CRLF line ends.
    static QByteArray document(const QList<AuditEvent> &events);
    //! Writes document(@p events) to @p path atomically (QSaveFile), readable by its owner
    //! only. On failure returns
    //! false and sets @p error to a sentence a person can act on.
    static bool write(const QString &path, const QList<AuditEvent> &events, QString *error);
};
