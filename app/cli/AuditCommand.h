#pragma once

#include "domain/AuditEvent.h"

#include <QCoreApplication>

class CliContext;

//! `keyward-cli audit`: the workspace's audit log, newest first.
class AuditCommand final {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
    Q_DISABLE_COPY_MOVE(AuditCommand)

public:
    explicit AuditCommand(CliContext &context);

    int run(const QStringList &arguments);

    //! What changed, in one line: "name: old → new; scopes: a, b".
    static QString summary(const AuditEvent &event);
    //! What the member acted through: "user olivia" on a local store, "key AbCd…" through
    //! keyward-server.
    static QString via(const AuditEvent &event);

private:
    static QString valueText(const QJsonValue &value);

    CliContext &m_context;
};
