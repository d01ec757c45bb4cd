#include "AuditCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "OptionValues.h"
#include "Output.h"
#include "TableFormatter.h"
#include "exchange/DirectoryJson.h"
#include "exchange/KeyJson.h"

#include <QJsonArray>

namespace {

constexpr int MaxEvents = 100000;

} // namespace

AuditCommand::AuditCommand(CliContext &context)
    : m_context(context)
{
}

int AuditCommand::run(const QStringList &arguments)
{
    using Format = OptionValues::Format;
    CommandLine line(QStringLiteral("audit"),
                     tr("Shows the audit log, newest first: who changed which key, when and how."));
    line.addValueOption(QStringLiteral("format"), tr("table or json (default: table)."),
                        tr("format"), QStringLiteral("table"));
    line.addValueOption(QStringLiteral("key"), tr("Only the events of this key id."), tr("id"));
    line.addValueOption(QStringLiteral("limit"), tr("At most this many events (default 1000)."),
                        tr("count"), QStringLiteral("1000"));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    const Format format =
        OptionValues::format(line.value(QStringLiteral("format")), {Format::Table, Format::Json});
    AuditQuery query;
    query.keyId = line.value(QStringLiteral("key"));
    query.limit = OptionValues::count(QStringLiteral("limit"), line.value(QStringLiteral("limit")),
                                      MaxEvents);

    SqlKeyStore &store = m_context.store();
    const QList<AuditEvent> events = m_context.await(store.auditEvents(m_context.actor(), query));
    if (format == Format::Json) {
        QJsonArray array;
        for (const AuditEvent &event : events)
            array.append(DirectoryJson::auditEvent(event));
        m_context.output().json(array);
        return 0;
    }
    TableFormatter table(
        {tr("TIME"), tr("ACTOR"), tr("VIA"), tr("ACTION"), tr("KEY"), tr("CHANGES")});
    for (const AuditEvent &event : events) {
        table.addRow({Output::time(event.at, QString()), event.actor, via(event), event.action,
                      event.keyId, summary(event)});
    }
    table.write(m_context.output());
    return 0;
}

QString AuditCommand::via(const AuditEvent &event)
{
    QStringList parts;
    if (!event.osUser.isEmpty())
        parts << tr("user %1").arg(event.osUser);
    if (!event.actorKeyId.isEmpty())
        parts << tr("key %1").arg(event.actorKeyId);
    return parts.join(QStringLiteral(", "));
}

QString AuditCommand::summary(const AuditEvent &event)
{
    QStringList parts;
    for (auto it = event.after.begin(); it != event.after.end(); ++it) {
        if (event.before.contains(it.key())) {
            parts << tr("%1: %2 → %3")
                         .arg(it.key(), valueText(event.before.value(it.key())),
                              valueText(it.value()));
        } else {
            parts << tr("%1: %2").arg(it.key(), valueText(it.value()));
        }
    }
    // A deleted key has only a "before": name it.
    if (event.after.isEmpty() && event.before.contains(QStringLiteral("name")))
        parts << tr("name: %1").arg(valueText(event.before.value(QStringLiteral("name"))));
    return parts.join(QStringLiteral("; "));
}

QString AuditCommand::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items << valueText(item);
        return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
    }
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("empty") : value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Object:
        break;
    }
    return tr("none");
}
