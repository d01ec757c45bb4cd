#include "FuzzCheck.h"
#include "exchange/InventoryWriter.h"
#include "exchange/KeyJson.h"
#include "exchange/StrictJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <fuzzer/FuzzedDataProvider.h>

namespace {

const QDateTime Now(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);

QString text(FuzzedDataProvider &input, size_t maxBytes)
{
    return QString::fromStdString(input.ConsumeRandomLengthString(maxBytes));
}

QStringList texts(FuzzedDataProvider &input)
{
    QStringList list;
    for (int n = input.ConsumeIntegralInRange(0, 3); n > 0; --n)
        list << text(input, 30);
    return list;
}

QDateTime time(FuzzedDataProvider &input)
{
    if (input.ConsumeBool())
        return {};
    // From 1970 to the end of year 9999, to the millisecond.
    return QDateTime::fromMSecsSinceEpoch(
        input.ConsumeIntegralInRange<qint64>(0, Q_INT64_C(253402300799999)), Qt::UTC);
}

ApiKey key(FuzzedDataProvider &input)
{
    ApiKey key;
    key.id = text(input, 16);
    key.name = text(input, 120);
    key.description = text(input, 200);
    key.environment = input.ConsumeBool() ? Environment::Live : Environment::Test;
    key.roles = texts(input);
    key.scopes = texts(input);
    key.createdBy = text(input, 40);
    key.createdAt = time(input);
    key.expiresAt = time(input);
    key.lastUsedAt = time(input);
    key.revokedAt = time(input);
    key.hint = text(input, 40);
    return key;
}

//! A CSV reader for the check (RFC 4180: CRLF between records, quotes doubled inside
//! quoted fields), written apart from the writer.
QList<QStringList> readCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            FUZZ_CHECK(field.isEmpty() && !wasQuoted, QStringLiteral("a quote inside a field"));
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() &&
                   csv.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            FUZZ_CHECK(!wasQuoted, QStringLiteral("text after a closing quote"));
            FUZZ_CHECK(c != QLatin1Char('\r') && c != QLatin1Char('\n'),
                       QStringLiteral("a line break outside quotes"));
            field += c;
        }
    }
    FUZZ_CHECK(!quoted && row.isEmpty() && field.isEmpty(), QStringLiteral("an unfinished record"));
    return rows;
}

//! What the CSV writes for a JSON field: arrays joined by spaces, null as empty.
QString cellText(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items << item.toString();
    return items.join(QLatin1Char(' '));
}

QByteArray written(const QList<ApiKey> &keys, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    InventoryWriter writer(buffer, format, Now);
    writer.begin();
    for (const ApiKey &key : keys)
        writer.add(key);
    writer.finish();
    return buffer.data();
}

void checkCsv(const QList<ApiKey> &keys)
{
    const QByteArray bytes = written(keys, ExportFormat::Csv);
    const QString csv = QString::fromUtf8(bytes);
    FUZZ_CHECK(csv.toUtf8() == bytes, QStringLiteral("the CSV is not UTF-8"));
    const QList<QStringList> rows = readCsv(csv);
    FUZZ_CHECK(rows.size() == keys.size() + 1, QString::number(rows.size()));
    FUZZ_CHECK(rows.first() == InventoryWriter::columns(), rows.first().join(QLatin1Char(',')));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject object = KeyJson::toJson(keys.at(i), Now);
        const QStringList &row = rows.at(i + 1);
        FUZZ_CHECK(row.size() == InventoryWriter::columns().size(), QString::number(row.size()));
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString expected = cellText(object.value(InventoryWriter::columns().at(column)));
            const QString &cell = row.at(column);
            // The same text, or the same text defused with a leading ' ...
            FUZZ_CHECK(cell == expected ||
                           (!expected.isEmpty() && cell == QLatin1Char('\'') + expected),
                       cell + QStringLiteral(" for ") + expected);
            // ... and never a cell a spreadsheet runs as a formula.
            static const QString Risky = QStringLiteral("=+-@\t\r");
            FUZZ_CHECK(cell.isEmpty() || !Risky.contains(cell.front()), cell);
        }
    }
}

void checkJson(const QList<ApiKey> &keys)
{
    const QByteArray bytes = written(keys, ExportFormat::Json);
    StrictJson::Error error;
    const std::optional<QJsonValue> document = StrictJson::parse(bytes, &error);
    FUZZ_CHECK(document && document->isObject(), error.message);
    const QJsonObject object = document->toObject();
    FUZZ_CHECK(object.value(QStringLiteral("exported_at")).toString() == KeyJson::timeText(Now),
               QString::fromUtf8(bytes));
    const QJsonArray read = object.value(QStringLiteral("keys")).toArray();
    FUZZ_CHECK(read.size() == keys.size(), QString::number(read.size()));
    for (qsizetype i = 0; i < keys.size(); ++i)
        FUZZ_CHECK(read.at(i).toObject() == KeyJson::toJson(keys.at(i), Now),
                   QString::fromUtf8(bytes));
}

} // namespace

//! InventoryWriter as a round trip: what it writes (CSV or JSON) for any keys reads back
//! as the same rows, and no CSV cell starts like a formula.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    QList<ApiKey> keys;
    for (int n = input.ConsumeIntegralInRange(0, 4); n > 0; --n)
        keys << key(input);
    checkCsv(keys);
    checkJson(keys);
    return 0;
}
