#include "exchange/InventoryWriter.h"

#include "exchange/KeyJson.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <iterator>

namespace {

//! = + - @ start a formula in Excel (= alone in LibreOffice), and so may their full-width
//! forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Japanese input methods and Excel's
//! width conversion turn into the ASCII ones.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case 0xFF1D:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    default:
        return false;
    }
}

//! Whether a spreadsheet could read @p value as a formula: it starts with a tab or CR, or
//! with a formula character after spaces and control characters (LibreOffice drops a
//! leading NUL, and its "Trim spaces" import option the leading spaces).
bool mayBeFormula(const QString &value)
{
    if (value.startsWith(QLatin1Char('\t')) || value.startsWith(QLatin1Char('\r')))
        return true;
    for (QChar c : value) {
        if (startsFormula(c))
            return true;
        if (!c.isSpace() && c.category() != QChar::Other_Control)
            return false;
    }
    return false;
}

} // namespace

InventoryWriter::InventoryWriter(QIODevice &device, ExportFormat format, const QDateTime &now)
    : m_device(device)
    , m_format(format)
    , m_now(now)
{
}

QStringList InventoryWriter::columns()
{
    // The CSV fields add() writes, in the same order.
    return {
        QStringLiteral("id"),         QStringLiteral("name"),         QStringLiteral("description"),
        QStringLiteral("type"),       QStringLiteral("status"),       QStringLiteral("roles"),
        QStringLiteral("scopes"),     QStringLiteral("created_at"),   QStringLiteral("created_by"),
        QStringLiteral("expires_at"), QStringLiteral("last_used_at"), QStringLiteral("hint")};
}

void InventoryWriter::begin()
{
    if (m_format == ExportFormat::Csv) {
        write(columns().join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    } else {
        write(
            QStringLiteral("{\"exported_at\": \"%1\", \"keys\": [").arg(KeyJson::timeText(m_now)));
    }
}

void InventoryWriter::add(const ApiKey &key)
{
    if (m_format == ExportFormat::Csv) {
        // The fields of KeyJson::toJson(), in columns() order, read from the key itself
        // (an object per key was most of a CSV export's time); a list is its items
        // joined by spaces, a time that is not set an empty field.
        const QString fields[] = {key.id,
                                  key.name,
                                  key.description,
                                  environmentName(key.environment),
                                  keyStatusName(key.statusAt(m_now)),
                                  key.roles.join(QLatin1Char(' ')),
                                  key.scopes.join(QLatin1Char(' ')),
                                  KeyJson::timeText(key.createdAt),
                                  key.createdBy,
                                  KeyJson::timeText(key.expiresAt),
                                  KeyJson::timeText(key.lastUsedAt),
                                  key.hint};
        static_assert(std::size(fields) == ColumnCount);
        QString line;
        for (int i = 0; i < ColumnCount; ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += csvField(fields[i]);
        }
        write(line + QStringLiteral("\r\n"));
    } else {
        write((m_written > 0 ? QStringLiteral(",\n  ") : QStringLiteral("\n  ")) +
              QString::fromUtf8(
                  QJsonDocument(KeyJson::toJson(key, m_now)).toJson(QJsonDocument::Compact)));
    }
    ++m_written;
}

void InventoryWriter::finish()
{
    if (m_format == ExportFormat::Json)
        write(QStringLiteral("\n]}\n"));
}

QString InventoryWriter::csvField(const QString &value)
{
    QString field = value;
    if (mayBeFormula(field))
        field.prepend(QLatin1Char('\''));
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote)
        return field;
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

void InventoryWriter::write(const QString &text)
{
    m_device.write(text.toUtf8());
}
