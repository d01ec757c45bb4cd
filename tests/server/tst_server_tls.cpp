#include "ServerProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

//! keyward-server over HTTPS with --tls-cert/--tls-key: a client that trusts the
//! certificate is served, plain HTTP on the TLS port is not, and bad TLS options are
//! refused with a message before anything listens.
class TestServerTls final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesHttps();
    void badOptionsAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;
    QString m_database;
};

void TestServerTls::initTestCase()
{
    m_certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QString error;
    QVERIFY2(ServerProcess::makeCertificate(m_certificate, m_key, &error), qPrintable(error));
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db"));
}

void TestServerTls::servesHttps()
{
    ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--database"), m_database, QStringLiteral("--tls-cert"),
                          m_certificate, QStringLiteral("--tls-key"), m_key}));
    HttpClient secure(server.secureBase());
    QFile certificate(m_certificate);
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    secure.setCaCertificates(QSslCertificate::fromDevice(&certificate));
    QCOMPARE(secure.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(secure.get(QStringLiteral("/v1/authorize")).status, 401);

    HttpClient untrusting(server.secureBase()); // the system's authorities only
    QCOMPARE(untrusting.get(QStringLiteral("/healthz")).status, 0);
    HttpClient plain(server.base());
    QCOMPARE(plain.get(QStringLiteral("/healthz")).status, 0);
    QVERIFY(server.stop());
}

void TestServerTls::badOptionsAreRefused()
{
    int code = -1;
    ServerProcess::run(
        {QStringLiteral("--database"), m_database, QStringLiteral("--tls-cert"), m_certificate},
        &code);
    QCOMPARE(code, 2);
    ServerProcess::run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--database"), m_database, QStringLiteral("--tls-cert"),
                        m_key, QStringLiteral("--tls-key"), m_key},
                       &code);
    QCOMPARE(code, 1);
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
