#include "BearerToken.h"

#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestBearerToken final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheToken_data();
    void readsTheToken();
};

void TestBearerToken::readsTheToken_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("problem"); // -1 none, 0 missing, 1 malformed
    QTest::newRow("bearer") << Headers{{"Authorization", "Bearer abc"}} << "abc" << -1;
    QTest::newRow("lowercase scheme") << Headers{{"authorization", "bearer abc"}} << "abc" << -1;
    QTest::newRow("missing") << Headers{{"Accept", "*/*"}} << "" << 0;
    QTest::newRow("basic") << Headers{{"Authorization", "Basic dXNlcjpwYXNz"}} << "" << 1;
    QTest::newRow("no token") << Headers{{"Authorization", "Bearer "}} << "" << 1;
    QTest::newRow("two tokens") << Headers{{"Authorization", "Bearer a b"}} << "" << 1;
    QTest::newRow("duplicate header")
        << Headers{{"Authorization", "Bearer a"}, {"authorization", "Bearer b"}} << "" << 1;
    QTest::newRow("huge") << Headers{{"Authorization", "Bearer " + QByteArray(4096, 'a')}} << ""
                          << 1;
}

void TestBearerToken::readsTheToken()
{
    QFETCH(Headers, headers);
    QFETCH(QString, token);
    QFETCH(int, problem);
    const BearerToken::Result result = BearerToken::fromHeaders(headers);
    QCOMPARE(result.token, token);
    QCOMPARE(result.problem ? int(*result.problem) : -1, problem);
}

QTEST_APPLESS_MAIN(TestBearerToken)
#include "tst_bearertoken.moc"
