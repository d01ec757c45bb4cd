#include "exchange/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

//! The strict RFC 8259 reader: what JSON is, it reads as QJsonDocument does; what is
//! not JSON (or is ambiguous, like a member name given twice) it refuses with the byte
//! where the problem is and a message that names it.
class TestStrictJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsJson_data();
    void readsJson();
    void refusesWhatIsNotStrictJson_data();
    void refusesWhatIsNotStrictJson();
    void wholeNumbersStayExact();
    void nestingStopsAtTheLimit();
    void visibleShowsInvisibleCharacters();
};

namespace {

QJsonValue qtReading(const QByteArray &bytes)
{
    // QJsonDocument reads only arrays and objects; wrap scalars in an array.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("QJsonDocument refused %s: %s", bytes.constData(),
                 qPrintable(error.errorString()));
    return document.array().at(0);
}

} // namespace

void TestStrictJson::readsJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("object") << QByteArray(R"({"name":"CRM","scopes":["documents:read"]})");
    QTest::newRow("spaces everywhere")
        << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] } \n");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[true,false,null]}}})");
    QTest::newRow("every escape") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t \u0041 \u00e9"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\udd11 key"])");
    QTest::newRow("upper-case hex") << QByteArray(R"(["\uD83D\uDD11"])");
    QTest::newRow("escaped NUL") << QByteArray(R"(["a\u0000b"])");
    QTest::newRow("UTF-8") << QByteArray("[\"Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x94\x91\"]");
    QTest::newRow("U+FEFF inside a string") << QByteArray("[\"a\xEF\xBB\xBF\"]");
    QTest::newRow("DEL and C1 are not JSON controls") << QByteArray("[\"\x7F\xC2\x85\"]");
    QTest::newRow("numbers") << QByteArray("[0,-0,12,-3,0.5,-0.25,1e6,1E+2,2e-3,1.5e300]");
    QTest::newRow("largest integers")
        << QByteArray("[9223372036854775807,-9223372036854775808,9223372036854775808]");
    QTest::newRow("string") << QByteArray(R"("just a string")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("members in any order") << QByteArray(R"({"z":1,"a":2,"m":3,"b":4})");
}

void TestStrictJson::readsJson()
{
    QFETCH(QByteArray, bytes);
    StrictJson::Error error;
    const std::optional<QJsonValue> value = StrictJson::parse(bytes, &error);
    QVERIFY2(value, qPrintable(error.message));
    QCOMPARE(*value, qtReading(bytes.trimmed()));
}

void TestStrictJson::refusesWhatIsNotStrictJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate member") << QByteArray(R"({"key":"garbage","key":"valid"})") << 17
                                      << QStringLiteral("“key” appears twice");
    QTest::newRow("duplicate spelled with an escape")
        << QByteArray(R"({"scopes":[],"\u0073copes":["api_keys:write"]})") << 13
        << QStringLiteral("“scopes” appears twice");
    QTest::newRow("duplicate in a nested object")
        << QByteArray(R"({"a":{"b":1,"b":2}})") << 12 << QStringLiteral("“b” appears twice");
    QTest::newRow("lone high surrogate") << QByteArray(R"({"name":"\ud800x"})") << 9
                                         << QStringLiteral("\\ud800 is a high surrogate");
    QTest::newRow("high surrogate before a quote")
        << QByteArray(R"(["\ud800"])") << 2 << QStringLiteral("without a low surrogate");
    QTest::newRow("high surrogate before another escape")
        << QByteArray(R"(["\ud800\u0041"])") << 2 << QStringLiteral("without a low surrogate");
    QTest::newRow("two high surrogates")
        << QByteArray(R"(["\ud800\ud800"])") << 2 << QStringLiteral("without a low surrogate");
    QTest::newRow("lone low surrogate")
        << QByteArray(R"(["\udc00"])") << 2 << QStringLiteral("\\udc00 is a lone low surrogate");
    QTest::newRow("escape \\c") << QByteArray(R"({"name":"a\cb"})") << 10
                                << QStringLiteral("“\\c” is not a JSON escape");
    QTest::newRow("escape \\x") << QByteArray(R"(["\x41"])") << 2
                                << QStringLiteral("“\\x” is not a JSON escape");
    QTest::newRow("escape \\'") << QByteArray(R"(["\'"])") << 2
                                << QStringLiteral("“\\'” is not a JSON escape");
    QTest::newRow("escape \\U") << QByteArray(R"(["\U0041"])") << 2
                                << QStringLiteral("“\\U” is not a JSON escape");
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << 2
                               << QStringLiteral("four hexadecimal digits");
    QTest::newRow("\\u with a non-hex digit")
        << QByteArray(R"(["\u12g4"])") << 2 << QStringLiteral("four hexadecimal digits");
    QTest::newRow("text ends in an escape")
        << QByteArray("[\"\\") << 2 << QStringLiteral("ends inside an escape");
    QTest::newRow("raw tab") << QByteArray("[\"a\tb\"]") << 3
                             << QStringLiteral("control character U+0009");
    QTest::newRow("raw line feed")
        << QByteArray("[\"a\nb\"]") << 3 << QStringLiteral("control character U+000A");
    QTest::newRow("raw NUL") << QByteArray("[\"a\0b\"]", 6) << 3
                             << QStringLiteral("control character U+0000");
    QTest::newRow("lone continuation byte")
        << QByteArray("[\"a\x80\"]") << 3 << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong slash")
        << QByteArray("[\"\xC0\xAF\"]") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong three bytes")
        << QByteArray("[\"\xE0\x80\xAF\"]") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("encoded surrogate")
        << QByteArray("[\"\xED\xA0\x80\"]") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("above U+10FFFF")
        << QByteArray("[\"\xF4\x90\x80\x80\"]") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("byte F5") << QByteArray("[\"\xF5\x80\x80\x80\"]") << 2
                             << QStringLiteral("not valid UTF-8");
    QTest::newRow("truncated sequence")
        << QByteArray("[\"\xE2\x82\"]") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("sequence cut by the end")
        << QByteArray("[\"\xE2\x82") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("Latin-1 outside a string")
        << QByteArray("[1,\xE9]") << 3 << QStringLiteral("unexpected 0xe9");
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{}") << 0 << QStringLiteral("byte order mark");
    QTest::newRow("1e400") << QByteArray(R"({"grace_seconds":1e400})") << 17
                           << QStringLiteral("out of range");
    QTest::newRow("-1e400") << QByteArray("[-1e400]") << 1 << QStringLiteral("out of range");
    QTest::newRow("1e-400") << QByteArray("[1e-400]") << 1 << QStringLiteral("out of range");
    QTest::newRow("leading zero") << QByteArray("[01]") << 1
                                  << QStringLiteral("is not written as JSON numbers are");
    QTest::newRow("1.") << QByteArray("[1.]") << 1 << QStringLiteral("not written as JSON");
    QTest::newRow(".5") << QByteArray("[.5]") << 1 << QStringLiteral("unexpected “.”");
    QTest::newRow("minus alone") << QByteArray("[-]") << 1 << QStringLiteral("not written as");
    QTest::newRow("plus sign") << QByteArray("[+1]") << 1 << QStringLiteral("unexpected “+”");
    QTest::newRow("1e") << QByteArray("[1e]") << 1 << QStringLiteral("not written as JSON");
    QTest::newRow("hex number") << QByteArray("[0x10]") << 2 << QStringLiteral("unexpected “x”");
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << QStringLiteral("unexpected “N”");
    QTest::newRow("Infinity") << QByteArray("[Infinity]") << 1 << QStringLiteral("unexpected “I”");
    QTest::newRow("trailing comma in an array")
        << QByteArray("[1,]") << 3 << QStringLiteral("unexpected “]”");
    QTest::newRow("trailing comma in an object")
        << QByteArray(R"({"a":1,})") << 7 << QStringLiteral("unexpected “}”");
    QTest::newRow("single quotes")
        << QByteArray("{'a':1}") << 1 << QStringLiteral("unexpected “'”");
    QTest::newRow("unquoted name") << QByteArray("{a:1}") << 1 << QStringLiteral("unexpected “a”");
    QTest::newRow("comment") << QByteArray("[1 // one\n]") << 3 << QStringLiteral("unexpected “/”");
    QTest::newRow("missing colon")
        << QByteArray(R"({"a" 1})") << 5 << QStringLiteral("unexpected “1”");
    QTest::newRow("two values") << QByteArray("{}{}") << 2 << QStringLiteral("follows the value");
    QTest::newRow("garbage after")
        << QByteArray("{} x") << 3 << QStringLiteral("follows the value at byte 3");
    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("holds no value");
    QTest::newRow("only spaces") << QByteArray(" \n ") << 3 << QStringLiteral("holds no value");
    QTest::newRow("unterminated string")
        << QByteArray(R"({"a":"b)") << 5 << QStringLiteral("starts at byte 5 does not end");
    QTest::newRow("unterminated object")
        << QByteArray(R"({"a":1)") << 6 << QStringLiteral("ends too early");
    QTest::newRow("unterminated array")
        << QByteArray("[1,2") << 4 << QStringLiteral("ends too early, at byte 4");
    QTest::newRow("tru") << QByteArray("[tru]") << 1 << QStringLiteral("unexpected “t”");
    QTest::newRow("True") << QByteArray("[True]") << 1 << QStringLiteral("unexpected “T”");
}

void TestStrictJson::refusesWhatIsNotStrictJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QFETCH(QString, message);
    StrictJson::Error error;
    QVERIFY(!StrictJson::parse(bytes, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.offset, qsizetype(offset));
    QVERIFY2(error.message.contains(QStringLiteral("byte %1").arg(offset)),
             qPrintable(error.message));
}

void TestStrictJson::wholeNumbersStayExact()
{
    // Above 2^53 a double cannot hold every whole number: these stay qint64.
    StrictJson::Error error;
    const auto value = StrictJson::parse("[9007199254740993,-9223372036854775808,7,1e300]", &error);
    QVERIFY2(value, qPrintable(error.message));
    const QJsonArray numbers = value->toArray();
    QCOMPARE(numbers.at(0).toInteger(), Q_INT64_C(9007199254740993));
    QCOMPARE(numbers.at(1).toInteger(), std::numeric_limits<qint64>::min());
    QCOMPARE(numbers.at(2).toInteger(), Q_INT64_C(7));
    QCOMPARE(numbers.at(3).toDouble(), 1e300);
    QCOMPARE(numbers.at(3).toInteger(-1), Q_INT64_C(-1)); // not a qint64
}

void TestStrictJson::nestingStopsAtTheLimit()
{
    const int limit = StrictJson::DefaultMaxDepth;
    StrictJson::Error error;
    const QByteArray deepest = QByteArray(limit, '[') + QByteArray(limit, ']');
    QVERIFY2(StrictJson::parse(deepest, &error), qPrintable(error.message));
    const QByteArray tooDeep = QByteArray(limit + 1, '[') + QByteArray(limit + 1, ']');
    QVERIFY(!StrictJson::parse(tooDeep, &error));
    QCOMPARE(error.offset, qsizetype(limit));
    QVERIFY2(error.message.contains(QStringLiteral("deeper than %1 levels").arg(limit)),
             qPrintable(error.message));
    const QByteArray objects =
        QByteArray(R"({"a":)").repeated(limit + 1) + "1" + QByteArray(limit + 1, '}');
    QVERIFY(!StrictJson::parse(objects, &error));
    QVERIFY(error.message.contains(QStringLiteral("deeper than")));
    // A megabyte of brackets is refused at the limit, not by running out of stack.
    QVERIFY(!StrictJson::parse(QByteArray(qsizetype{1024} * 1024, '['), &error));
    QCOMPARE(error.offset, qsizetype(limit));
}

void TestStrictJson::visibleShowsInvisibleCharacters()
{
    QCOMPARE(StrictJson::visible(QStringLiteral("\uFEFFname")), QStringLiteral("<U+FEFF>name"));
    QCOMPARE(StrictJson::visible(QStringLiteral("a\u200Bb\u2028c\td")),
             QStringLiteral("a<U+200B>b<U+2028>c<U+0009>d"));
    QCOMPARE(StrictJson::visible(QStringLiteral("key \U0001F511")),
             QStringLiteral("key \U0001F511"));
    QCOMPARE(StrictJson::visible(QStringLiteral("x\U000E0041")), QStringLiteral("x<U+E0041>"));
    QCOMPARE(StrictJson::visible(QString(50, QLatin1Char('n')), 40),
             QString(40, QLatin1Char('n')) + QChar(0x2026));
}

QTEST_APPLESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
