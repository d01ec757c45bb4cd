#include "exchange/InventoryWriter.h"
#include "exchange/KeyJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

class TestInventoryWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvFieldsAreQuotedAndDefused_data();
    void csvFieldsAreQuotedAndDefused();
    void csvHasHeaderAndCrlfRows();
    void jsonIsOneDocument();
    void timesAreWrittenAsQtWritesIsoDates();
    void csvRowsAreTheJsonFields();
};

namespace {

ApiKey sampleKey(const QString &name)
{
    ApiKey key;
    key.id = QStringLiteral("AbCdEfGhIjKl");
    key.name = name;
    key.description = QStringLiteral("Line one\nline \"two\"");
    key.environment = Environment::Live;
    key.roles = {QStringLiteral("Developer")};
    key.scopes = {QStringLiteral("documents:read"), QStringLiteral("documents:write")};
    key.createdBy = QStringLiteral("alice");
    key.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    key.hint = QStringLiteral("key_live_AbCdEfGhIjKl…9xYz");
    return key;
}

const QDateTime Now(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);

} // namespace

void TestInventoryWriter::csvFieldsAreQuotedAndDefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    // Full-width forms, which input methods and Excel's width conversion turn into formulas.
    QTest::newRow("full-width equals")
        << QStringLiteral("\uFF1D1+1") << QStringLiteral("'\uFF1D1+1");
    QTest::newRow("full-width plus") << QStringLiteral("\uFF0B1") << QStringLiteral("'\uFF0B1");
    QTest::newRow("full-width minus") << QStringLiteral("\uFF0D1") << QStringLiteral("'\uFF0D1");
    QTest::newRow("full-width at")
        << QStringLiteral("\uFF20SUM(A1)") << QStringLiteral("'\uFF20SUM(A1)");
    // LibreOffice drops a leading NUL, and trims leading spaces when asked to, then sees "=".
    QTest::newRow("space, formula") << QStringLiteral("  =1+1") << QStringLiteral("'  =1+1");
    QTest::newRow("NUL, formula") << QChar(0) + QStringLiteral("=1+1")
                                  << QStringLiteral("'") + QChar(0) + QStringLiteral("=1+1");
    QTest::newRow("ideographic space, full-width")
        << QStringLiteral("\u3000\uFF1D1") << QStringLiteral("'\u3000\uFF1D1");
    QTest::newRow("newline, at") << QStringLiteral("\n@x") << QStringLiteral("\"'\n@x\"");
    QTest::newRow("formula sign inside")
        << QStringLiteral("a\uFF1Db=c") << QStringLiteral("a\uFF1Db=c");
    QTest::newRow("space, text") << QStringLiteral(" a=b") << QStringLiteral(" a=b");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

void TestInventoryWriter::csvFieldsAreQuotedAndDefused()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(InventoryWriter::csvField(value), field);
}

void TestInventoryWriter::csvHasHeaderAndCrlfRows()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    InventoryWriter writer(buffer, ExportFormat::Csv, Now);
    writer.begin();
    writer.add(sampleKey(QStringLiteral("=cmd|' /C calc'!A0")));
    writer.finish();
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.startsWith(QStringLiteral(
        "id,name,description,type,status,roles,scopes,created_at,created_by,expires_at,"
        "last_used_at,hint\r\n")));
    QVERIFY(
        text.contains(QStringLiteral("AbCdEfGhIjKl,'=cmd|' /C calc'!A0,\"Line one\nline "
                                     "\"\"two\"\"\",live,active,Developer,documents:read "
                                     "documents:write,2026-01-02T03:04:05Z,alice,,,key_live_")));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
}

void TestInventoryWriter::jsonIsOneDocument()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    InventoryWriter writer(buffer, ExportFormat::Json, Now);
    writer.begin();
    writer.add(sampleKey(QStringLiteral("One")));
    writer.add(sampleKey(QStringLiteral("Two")));
    writer.finish();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray keys = document.object().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Two"));
    QCOMPARE(keys.at(0).toObject().keys().size(), 12);
    QCOMPARE(document.object().value(QStringLiteral("exported_at")).toString(),
             QStringLiteral("2026-02-01T00:00:00Z"));
}

void TestInventoryWriter::timesAreWrittenAsQtWritesIsoDates()
{
    // KeyJson::timeText() writes the digits itself: the same text as Qt's, for the
    // edges (the epoch, before it, leap days, the last millisecond of 9999, an offset
    // from UTC) and for random moments from year 0 to 9999.
    const QList<QDateTime> edges = {
        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(-86400000, Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(0, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2026, 6, 1), QTime(1, 30), Qt::OffsetFromUTC, 5 * 3600),
    };
    for (const QDateTime &time : edges)
        QCOMPARE(KeyJson::timeText(time), time.toUTC().toString(Qt::ISODate));
    QRandomGenerator random(20261204);
    const qint64 first = QDateTime(QDate(0, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last =
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 100000; ++i) {
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(first + random.bounded(last - first), Qt::UTC);
        if (KeyJson::timeText(time) != time.toString(Qt::ISODate))
            QCOMPARE(KeyJson::timeText(time), time.toString(Qt::ISODate));
    }
    QCOMPARE(KeyJson::timeText({}), QString());
}

void TestInventoryWriter::csvRowsAreTheJsonFields()
{
    // A CSV row is written from the key, not from its JSON object: field by field, the
    // same texts (a list's items joined by spaces, a time not set empty).
    ApiKey key = sampleKey(QStringLiteral("Plain name"));
    key.description = QStringLiteral("no specials");
    key.expiresAt = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (const bool used : {false, true}) {
        key.lastUsedAt = used ? QDateTime(QDate(2026, 1, 3), QTime(0, 0), Qt::UTC) : QDateTime();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        InventoryWriter writer(buffer, ExportFormat::Csv, Now);
        writer.add(key);
        const QJsonObject object = KeyJson::toJson(key, Now);
        QStringList expected;
        for (const QString &column : InventoryWriter::columns()) {
            const QJsonValue value = object.value(column);
            QStringList items;
            for (const QJsonValue item : value.toArray())
                items << item.toString();
            expected << (value.isArray() ? items.join(QLatin1Char(' ')) : value.toString());
        }
        QCOMPARE(QString::fromUtf8(buffer.data()),
                 expected.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    }
    QCOMPARE(InventoryWriter::columns().size(), InventoryWriter::ColumnCount);
}

QTEST_APPLESS_MAIN(TestInventoryWriter)
#include "tst_inventorywriter.moc"
