#include "http/HttpWriting.h"

#include <QTest>

//! The bytes of an answer as the engine sends them.
class TestHttpWriting final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anAnswerWithItsFieldsInOrder();
    void connectionOnlyWhereTheVersionDiffers_data();
    void connectionOnlyWhereTheVersionDiffers();
    void headKeepsTheLengthOfTheBodyItDoesNotSend();
    void noContentHasNoLengthAndNoBody();
    void aStreamedBodyIsChunkedOnHttp11Only();
    void aChunkIsItsHexSizeAndItsBytes();
};

namespace {

QByteArray written(const HttpResponse &response, unsigned version = 11, bool keepAlive = true,
                   bool head = false)
{
    const std::string bytes = HttpWriting::serialize(response, version, keepAlive, head);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

void TestHttpWriting::anAnswerWithItsFieldsInOrder()
{
    HttpResponse response(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"a\":1}"),
                          HttpStatus::Forbidden);
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    QCOMPARE(written(response), QByteArrayLiteral("HTTP/1.1 403 Forbidden\r\n"
                                                  "Content-Type: application/json\r\n"
                                                  "WWW-Authenticate: Bearer\r\n"
                                                  "Content-Length: 7\r\n"
                                                  "\r\n"
                                                  "{\"a\":1}"));
}

void TestHttpWriting::connectionOnlyWhereTheVersionDiffers_data()
{
    QTest::addColumn<unsigned>("version");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("1.1 kept") << 11u << true << QByteArray();
    QTest::newRow("1.1 closed") << 11u << false << QByteArrayLiteral("Connection: close\r\n");
    QTest::newRow("1.0 kept") << 10u << true << QByteArrayLiteral("Connection: keep-alive\r\n");
    QTest::newRow("1.0 closed") << 10u << false << QByteArray();
}

void TestHttpWriting::connectionOnlyWhereTheVersionDiffers()
{
    QFETCH(unsigned, version);
    QFETCH(bool, keepAlive);
    QFETCH(QByteArray, field);
    const QByteArray bytes = written(HttpResponse(HttpStatus::Ok), version, keepAlive);
    const QByteArray line = version == 10 ? "HTTP/1.0 200 OK\r\n" : "HTTP/1.1 200 OK\r\n";
    QCOMPARE(bytes, line + field + "Content-Length: 0\r\n\r\n");
}

void TestHttpWriting::headKeepsTheLengthOfTheBodyItDoesNotSend()
{
    const HttpResponse response(QByteArrayLiteral("text/plain"), QByteArrayLiteral("hello"));
    QCOMPARE(written(response, 11, true, true),
             QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                               "Content-Length: 5\r\n\r\n"));
}

void TestHttpWriting::noContentHasNoLengthAndNoBody()
{
    QCOMPARE(written(HttpResponse(HttpStatus::NoContent)),
             QByteArrayLiteral("HTTP/1.1 204 No Content\r\n\r\n"));
}

void TestHttpWriting::aStreamedBodyIsChunkedOnHttp11Only()
{
    struct Nothing final : HttpBodySource {
        std::optional<QByteArray> next() override { return QByteArray(); }
    };
    const HttpResponse response(QByteArrayLiteral("text/csv"), std::make_shared<Nothing>());
    QCOMPARE(written(response), QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n"
                                                  "Transfer-Encoding: chunked\r\n\r\n"));
    // HTTP/1.0: no length and no chunks; the closed connection ends the body.
    QCOMPARE(written(response, 10, false),
             QByteArrayLiteral("HTTP/1.0 200 OK\r\nContent-Type: text/csv\r\n\r\n"));
}

void TestHttpWriting::aChunkIsItsHexSizeAndItsBytes()
{
    const auto chunk = [](const QByteArray &piece) {
        const std::string bytes = HttpWriting::chunk(piece);
        return QByteArray(bytes.data(), qsizetype(bytes.size()));
    };
    QCOMPARE(chunk(QByteArrayLiteral("hello")), QByteArrayLiteral("5\r\nhello\r\n"));
    QCOMPARE(chunk(QByteArray(300, 'x')), "12c\r\n" + QByteArray(300, 'x') + "\r\n");
    QCOMPARE(chunk(QByteArray()), QByteArrayLiteral("0\r\n\r\n")); // the last chunk
}

QTEST_GUILESS_MAIN(TestHttpWriting)
#include "tst_httpwriting.moc"
