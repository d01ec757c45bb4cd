#include "KeywardServer.h"
#include "ServerOptions.h"
#include "sql/SqlKeyStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

//! Keeps server/openapi.yaml true: every route the server registers is documented
//! with its method, nothing documented is missing, and the served document is the
//! one in the source tree.
class TestOpenApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentMatchesTheRoutes();
    void documentIsServed();

private:
    static QSet<QString> documentedOperations(const QByteArray &yaml);
    QByteArray sourceDocument() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SqlKeyStore> m_store;
    ServerOptions m_options;
    std::unique_ptr<KeywardServer> m_server;
};

void TestOpenApi::initTestCase()
{
    SqlStoreOptions storeOptions;
    storeOptions.path = m_dir.filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqlKeyStore>(storeOptions);
    m_store->open().waitForFinished();
    m_options.port = 0;
    m_options.requestLog = false;
    m_server = std::make_unique<KeywardServer>(*m_store, m_options);
}

QByteArray TestOpenApi::sourceDocument() const
{
    QFile file(QStringLiteral(KEYWARD_SOURCE_DIR "/server/openapi.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSet<QString> TestOpenApi::documentedOperations(const QByteArray &yaml)
{
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|post|patch|put|delete):\\s*$"));
    QSet<QString> operations;
    QString path;
    bool inPaths = false;
    for (const QByteArray &raw : yaml.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line == QLatin1String("paths:");
        if (!inPaths)
            continue;
        if (const auto match = pathLine.match(line); match.hasMatch())
            path = match.captured(1);
        else if (const auto method = methodLine.match(line); method.hasMatch())
            operations.insert(method.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    return operations;
}

void TestOpenApi::documentMatchesTheRoutes()
{
    QSet<QString> registered;
    for (const auto &[method, path] : m_server->router().routes()) {
        QString documented = path;
        documented.replace(QStringLiteral("<arg>"), QStringLiteral("{id}"));
        registered.insert(QString::fromLatin1(httpMethodName(method)) + QLatin1Char(' ') +
                          documented);
    }
    const QSet<QString> documented = documentedOperations(sourceDocument());
    QVERIFY(registered.size() >= 15);
    QCOMPARE(QSet<QString>(registered - documented), QSet<QString>());
    QCOMPARE(QSet<QString>(documented - registered), QSet<QString>());
}

void TestOpenApi::documentIsServed()
{
    QString error;
    const quint16 port = m_server->listen(&error);
    QVERIFY2(port != 0, qPrintable(error));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/openapi.yaml").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray served = reply->readAll();
    QVERIFY(served.startsWith("openapi: 3."));
    QCOMPARE(served, sourceDocument());
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
