#include "ServerProcess.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>
#include <unistd.h>

namespace {

//! One sealing secret for every server this test process starts (a retry after a restart,
//! or through another instance, gets its key back), in a temporary folder, not in HOME.
QString testSealKeyFile()
{
    static const QTemporaryDir folder;
    return folder.filePath(QStringLiteral("seal.key"));
}

} // namespace

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start(const QStringList &arguments, quint16 port)
{
    const int files = m_fileLimit;
    if (files > 0 && qEnvironmentVariableIsSet("UBSAN_OPTIONS")) {
        // Out of descriptors, UBSan's vptr check cannot read memory: see the file.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("UBSAN_OPTIONS"),
                           qEnvironmentVariable("UBSAN_OPTIONS") +
                               QStringLiteral(":suppressions=" KEYWARD_UBSAN_OUT_OF_FILES));
        m_process.setProcessEnvironment(environment);
    }
    m_process.setChildProcessModifier([files] {
        if (files > 0) {
            const rlimit limit{rlim_t(files), rlim_t(files)};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
    QStringList options{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    if (!arguments.contains(QStringLiteral("--seal-key-file")))
        options << QStringLiteral("--seal-key-file") << testSealKeyFile();
    m_process.start(QStringLiteral(KEYWARD_SERVER), options + arguments);
    if (!m_process.waitForStarted())
        return false;
    static const QRegularExpression listening(
        QStringLiteral("Listening on (127\\.0\\.0\\.1):(\\d+)"));
    QString output;
    QElapsedTimer timer;
    timer.start();
    while (!listening.match(output).hasMatch()) {
        if (m_process.state() == QProcess::NotRunning || timer.elapsed() > 15000) {
            qWarning("keyward-server did not start: %s", errorOutput().constData());
            return false;
        }
        m_process.waitForReadyRead(200);
        output += QString::fromLatin1(m_process.readAllStandardOutput());
    }
    const QRegularExpressionMatch match = listening.match(output);
    m_port = static_cast<quint16>(match.captured(2).toUInt());
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    return true;
}

bool ServerProcess::stop()
{
    signalStop();
    return waitUntilStopped();
}

void ServerProcess::signalStop()
{
    m_process.terminate(); // SIGTERM, by pid
}

bool ServerProcess::waitUntilStopped()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(15000);
    return m_process.state() == QProcess::NotRunning &&
           m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

qint64 ServerProcess::cpuMilliseconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // After "pid (comm) ", utime and stime are the 12th and 13th fields.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields[11].toLongLong() + fields[12].toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

qint64 ServerProcess::residentKiB() const
{
    return statusKiB("VmRSS:");
}

qint64 ServerProcess::anonymousKiB() const
{
    return statusKiB("RssAnon:");
}

qint64 ServerProcess::statusKiB(const QByteArray &field) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void ServerProcess::kill()
{
    m_process.kill(); // SIGKILL, by pid
    m_process.waitForFinished(15000);
}

QByteArray ServerProcess::errorOutput()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QString ServerProcess::run(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(KEYWARD_SERVER), arguments);
    process.waitForFinished(30000);
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (exitCode)
        *exitCode = code;
    if (code != 0)
        qInfo("keyward-server exited with %d: %s", code,
              process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString ServerProcess::init(const QString &database, const QStringList &scopes, int *exitCode)
{
    QStringList arguments{QStringLiteral("init"), QStringLiteral("--database"), database};
    for (const QString &scope : scopes)
        arguments << QStringLiteral("--scope") << scope;
    return run(arguments, exitCode);
}

QStringList ServerProcess::arguments(const QString &database)
{
    return {QStringLiteral("--database"), database, QStringLiteral("--max-failures"),
            QStringLiteral("0"), QStringLiteral("--quiet")};
}

QStringList ServerProcess::windowAdminScopes()
{
    return {QStringLiteral("api_keys:read"),   QStringLiteral("api_keys:write"),
            QStringLiteral("api_keys:delete"), QStringLiteral("teammates:read"),
            QStringLiteral("audit_log:read"),  QStringLiteral("documents:read"),
            QStringLiteral("documents:write"), QStringLiteral("webhooks:read"),
            QStringLiteral("webhooks:write")};
}

namespace {

//! Runs `openssl ARGUMENTS`; on failure returns false with a message.
bool runOpenssl(const QStringList &arguments, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral(
            "openssl is needed to make a test certificate (packaging/dev.sh test installs it)");
        return false;
    }
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(openssl, arguments);
    if (!make.waitForFinished(60000) || make.exitStatus() != QProcess::NormalExit ||
        make.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: ") +
                 QString::fromLocal8Bit(make.readAll());
        return false;
    }
    return true;
}

} // namespace

bool ServerProcess::makeCertificate(const QString &certificatePath, const QString &keyPath,
                                    QString *error)
{
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")},
                      error);
}

bool ServerProcess::makeAuthority(const QString &certificatePath, const QString &keyPath,
                                  QString *error)
{
    return runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
         QStringLiteral("-out"), certificatePath, QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=Keyward test authority"),
         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        error);
}

bool ServerProcess::makeSignedCertificate(const QString &authorityPath,
                                          const QString &authorityKeyPath,
                                          const QString &certificatePath, const QString &keyPath,
                                          QString *error)
{
    const QString request = certificatePath + QStringLiteral(".csr");
    const QString extensions = certificatePath + QStringLiteral(".ext");
    QFile file(extensions);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
                   "extendedKeyUsage=serverAuth\n") < 0) {
        *error = QStringLiteral("cannot write ") + extensions;
        return false;
    }
    file.close();
    // A random serial: two certificates of one authority must not share one.
    const QString serial = QStringLiteral("0x%1").arg(QRandomGenerator::global()->generate64(), 16,
                                                      16, QLatin1Char('0'));
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                       QStringLiteral("-out"), request, QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")},
                      error) &&
           runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       request, QStringLiteral("-CA"), authorityPath, QStringLiteral("-CAkey"),
                       authorityKeyPath, QStringLiteral("-set_serial"), serial,
                       QStringLiteral("-out"), certificatePath, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-extfile"), extensions},
                      error);
}

QJsonObject HttpClient::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(QString base)
    : m_base(std::move(base))
{
}

HttpClient::Answer HttpClient::get(const QString &path, const Headers &headers)
{
    return send(QByteArrayLiteral("GET"), path, {}, headers);
}

HttpClient::Answer HttpClient::sendJson(const QByteArray &method, const QString &path,
                                        const QJsonObject &body, const Headers &headers)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpClient::Answer HttpClient::send(const QByteArray &method, const QString &path,
                                    const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setTransferTimeout(30000);
    if (!m_authorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_authorities);
        request.setSslConfiguration(tls);
    }
    if (!m_bearer.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_bearer.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = body.isEmpty() && method != "POST"
                               ? m_network.sendCustomRequest(request, method)
                               : m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

HttpClient::Answer HttpClient::createKey(const QString &name)
{
    Answer answer = sendJson("POST", QStringLiteral("/v1/keys"), {{QStringLiteral("name"), name}});
    if (answer.status != 201)
        qWarning("the other administrator could not create a key: %d %s", answer.status,
                 answer.body.constData());
    return answer;
}

QJsonArray HttpClient::keysNamed(const QString &name, bool *ok)
{
    const Answer answer = get(QStringLiteral("/v1/keys?search=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(name)));
    if (ok)
        *ok = answer.status == 200;
    if (answer.status != 200) {
        qWarning("listing the keys failed: %d %s", answer.status, answer.body.constData());
        return {};
    }
    QJsonArray named;
    for (const QJsonValue key : answer.json().value(QStringLiteral("keys")).toArray()) {
        if (key.toObject().value(QStringLiteral("name")).toString() == name)
            named.append(key);
    }
    return named;
}
