#include "sql/PageCursor.h"

#include <QTest>

//! The page cursor comes back from callers: what the store wrote reads back the same,
//! and anything else is refused without a cast that could overflow.
class TestPageCursor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrote_data();
    void readsBackWhatItWrote();
    void refusesOtherCursors_data();
    void refusesOtherCursors();
};

namespace {

const QString Kid = QStringLiteral("AbCdEfGhIjKl");

QString encoded(const QByteArray &json)
{
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

void TestPageCursor::readsBackWhatItWrote_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("kind");
    const int text = int(PageCursor::Kind::Text);
    const int number = int(PageCursor::Kind::Number);
    QTest::newRow("name") << QVariant(QStringLiteral("crm sync")) << text;
    QTest::newRow("name with quotes and emoji")
        << QVariant(QStringLiteral("\"a\\b\" \U0001F511 caf\u00e9")) << text;
    QTest::newRow("empty text") << QVariant(QString()) << text;
    QTest::newRow("created at") << QVariant(Q_INT64_C(1767225600000)) << number;
    QTest::newRow("never expires") << QVariant(Q_INT64_C(253402300800000)) << number;
    QTest::newRow("never used") << QVariant(Q_INT64_C(-1)) << number;
    QTest::newRow("status") << QVariant(2) << number;
    QTest::newRow("above 2^53") << QVariant(Q_INT64_C(9007199254740993)) << number;
}

void TestPageCursor::readsBackWhatItWrote()
{
    QFETCH(QVariant, value);
    QFETCH(int, kind);
    const QString cursor = PageCursor{value, Kid}.encode();
    const std::optional<PageCursor> read = PageCursor::decode(cursor, PageCursor::Kind(kind));
    QVERIFY(read);
    QCOMPARE(read->kid, Kid);
    if (PageCursor::Kind(kind) == PageCursor::Kind::Text)
        QCOMPARE(read->sortValue.toString(), value.toString());
    else
        QCOMPARE(read->sortValue.toLongLong(), value.toLongLong());
}

void TestPageCursor::refusesOtherCursors_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<int>("kind");
    const int text = int(PageCursor::Kind::Text);
    const int number = int(PageCursor::Kind::Number);
    QTest::newRow("not base64") << QStringLiteral("!!!") << text;
    QTest::newRow("not Latin-1") << QStringLiteral("\u20AC\u20AC\u20AC\u20AC") << text;
    QTest::newRow("not JSON") << encoded("[\"a\",") << text;
    QTest::newRow("not an array") << encoded("{\"a\":1}") << text;
    QTest::newRow("one part") << encoded("[\"a\"]") << text;
    QTest::newRow("three parts") << encoded("[\"a\",\"AbCdEfGhIjKl\",1]") << text;
    QTest::newRow("kid not a string") << encoded("[\"a\",7]") << text;
    QTest::newRow("kid malformed") << encoded("[\"a\",\"x'; DROP TABLE\"]") << text;
    QTest::newRow("number for a text sort") << encoded("[7,\"AbCdEfGhIjKl\"]") << text;
    QTest::newRow("text for a number sort") << encoded("[\"7\",\"AbCdEfGhIjKl\"]") << number;
    // These were cast to qint64 as doubles: undefined behaviour out of range.
    QTest::newRow("1e300") << encoded("[1e300,\"AbCdEfGhIjKl\"]") << number;
    QTest::newRow("-1e300") << encoded("[-1e300,\"AbCdEfGhIjKl\"]") << number;
    QTest::newRow("2^64") << encoded("[18446744073709551616,\"AbCdEfGhIjKl\"]") << number;
    QTest::newRow("a fraction") << encoded("[1.5,\"AbCdEfGhIjKl\"]") << number;
    QTest::newRow("1e400") << encoded("[1e400,\"AbCdEfGhIjKl\"]") << number;
    QTest::newRow("lone surrogate") << encoded("[\"\\ud800\",\"AbCdEfGhIjKl\"]") << text;
    QTest::newRow("nested") << encoded("[[[\"a\"]],\"AbCdEfGhIjKl\"]") << text;
    QTest::newRow("too long") << QString(PageCursor::MaxLength + 4, QLatin1Char('A')) << text;
}

void TestPageCursor::refusesOtherCursors()
{
    QFETCH(QString, cursor);
    QFETCH(int, kind);
    QVERIFY(!PageCursor::decode(cursor, PageCursor::Kind(kind)));
}

QTEST_APPLESS_MAIN(TestPageCursor)
#include "tst_pagecursor.moc"
