#include "ServerOptions.h"

#include <QTest>

//! keyward-server's command line is parsed without ever leaving the process: --help,
//! --version and usage errors come back to main(), which decides what to print.
class TestServerOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersionComeBackAsText();
    void usageErrorsComeBackAsMessages_data();
    void usageErrorsComeBackAsMessages();
    void optionsAreRead();
};

namespace {

ServerOptions parsed(const QStringList &arguments, QString *error)
{
    return ServerOptions::parse(QStringList{QStringLiteral("keyward-server")} + arguments, error);
}

} // namespace

void TestServerOptions::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
}

void TestServerOptions::helpAndVersionComeBackAsText()
{
    QString error;
    const ServerOptions help = parsed({QStringLiteral("--help")}, &error);
    QVERIFY(error.isEmpty());
    QVERIFY2(help.exitText.contains(QStringLiteral("--listen")), qPrintable(help.exitText));
    QVERIFY(help.exitText.contains(QStringLiteral("--max-header-bytes")));
    const ServerOptions version = parsed({QStringLiteral("--version")}, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(version.exitText, QStringLiteral("keyward-server 1.2.3\n"));
}

void TestServerOptions::usageErrorsComeBackAsMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--listen")} << QStringLiteral("listen");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("serve")} << QStringLiteral("serve");
    QTest::newRow("port out of range")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
        << QStringLiteral("70000");
}

void TestServerOptions::usageErrorsComeBackAsMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QString error;
    const ServerOptions options = parsed(arguments, &error);
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(options.exitText.isEmpty());
}

void TestServerOptions::optionsAreRead()
{
    QString error;
    const ServerOptions options =
        parsed({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9000"),
                QStringLiteral("--threads"), QStringLiteral("3"), QStringLiteral("--quiet")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(options.port, quint16(9000));
    QCOMPARE(options.threads, 3);
    QVERIFY(!options.requestLog);
    QVERIFY(options.exitText.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
