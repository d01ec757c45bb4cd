#include "exchange/InventoryWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestInventoryWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvFieldsAreQuotedAndDefused_data();
    void csvFieldsAreQuotedAndDefused();
    void csvHasHeaderAndCrlfRows();
    void jsonIsOneDocument();
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

QTEST_APPLESS_MAIN(TestInventoryWriter)
#include "tst_inventorywriter.moc"
