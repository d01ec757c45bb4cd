#include "exchange/AuditCsv.h"

#include "exchange/InventoryWriter.h"
#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString LineEnd = QStringLiteral("\r\n");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList AuditCsv::columns()
{
    return {QStringLiteral("time"),    QStringLiteral("actor"),  QStringLiteral("actor_key_id"),
            QStringLiteral("os_user"), QStringLiteral("action"), QStringLiteral("key_id"),
            QStringLiteral("before"),  QStringLiteral("after")};
}

QString AuditCsv::header()
{
    return columns().join(QLatin1Char(',')) + LineEnd;
}

QString AuditCsv::row(const AuditEvent &event)
{
    const QStringList values = {event.at.toUTC().toString(Qt::ISODate),
                                event.actor,
                                event.actorKeyId,
                                event.osUser,
                                event.action,
                                event.keyId,
                                compactJson(event.before),
                                compactJson(event.after)};
    QStringList fields;
    for (const QString &value : values)
        fields << InventoryWriter::csvField(value);
    return fields.join(QLatin1Char(',')) + LineEnd;
}

QByteArray AuditCsv::document(const QList<AuditEvent> &events)
{
    QString text = header();
    for (const AuditEvent &event : events)
        text += row(event);
    return text.toUtf8();
}
