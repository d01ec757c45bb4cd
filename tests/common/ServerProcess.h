#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QString>

//! keyward-server as a real process on 127.0.0.1 for HTTP tests: started on a port the
//! system picks, stopped with SIGTERM (or killed) by pid.
class ServerProcess final {
public:
    ServerProcess();
    ~ServerProcess();

    //! Starts `keyward-server --listen 127.0.0.1:PORT ARGS` and waits for it to listen;
    //! port 0: one the system picks. start(ARGS, port()) starts a stopped server again
    //! where its clients left it. Unless ARGS say otherwise, every server of the test
    //! process gets the same --seal-key-file, in a temporary folder.
    bool start(const QStringList &arguments, quint16 port = 0);
    //! SIGTERM, then waits; true when it exited cleanly with 0.
    bool stop();
    //! SIGTERM without waiting: the server drains while the test goes on.
    void signalStop();
    //! Waits for a server told to stop; true when it exited cleanly with 0.
    bool waitUntilStopped();
    void kill();

    QString base() const { return m_base; }
    //! The same address over https://, for a server started with --tls-cert.
    QString secureBase() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    //! The open-files limit (RLIMIT_NOFILE) the next start() gives the server; 0: inherited.
    void setFileLimit(int files) { m_fileLimit = files; }
    //! User and system CPU time the running server has used, in milliseconds (from /proc).
    qint64 cpuMilliseconds() const;
    //! Its resident memory now, in KiB (from /proc); -1 when it cannot be read.
    qint64 residentKiB() const;
    //! Its anonymous resident memory (heap and stacks, not mapped files), in KiB.
    qint64 anonymousKiB() const;
    //! What the server wrote on stderr so far (its request log).
    QByteArray errorOutput();
    //! Runs `keyward-server ARGS` to the end (e.g. init); returns stdout, trimmed.
    static QString run(const QStringList &arguments, int *exitCode = nullptr);
    //! Runs `keyward-server init --database DATABASE` with a `--scope` for each of
    //! @p scopes; returns the admin key it printed.
    static QString init(const QString &database, const QStringList &scopes,
                        int *exitCode = nullptr);
    //! What tests start a server on @p database with: no throttle (they present refused
    //! keys on purpose) and no request log.
    static QStringList arguments(const QString &database);
    //! The admin key's scopes for the window's tests on a server: wide enough for every
    //! page of the window, with no teammates:write nor templates.
    static QStringList windowAdminScopes();
    //! Makes a self-signed certificate for 127.0.0.1 and its key with openssl, for
    //! --tls-cert and --tls-key; on failure returns false with a message.
    static bool makeCertificate(const QString &certificatePath, const QString &keyPath,
                                QString *error);
    //! Makes a certificate authority and its key with openssl: a test that trusts it
    //! (QSslConfiguration's CA certificates) has an authority vouching for the
    //! certificates it signs.
    static bool makeAuthority(const QString &certificatePath, const QString &keyPath,
                              QString *error);
    //! Makes a certificate for 127.0.0.1 and its key, signed by the authority in
    //! @p authorityPath (its key in @p authorityKeyPath).
    static bool makeSignedCertificate(const QString &authorityPath, const QString &authorityKeyPath,
                                      const QString &certificatePath, const QString &keyPath,
                                      QString *error);

private:
    qint64 statusKiB(const QByteArray &field) const;

    QProcess m_process;
    QString m_base;
    quint16 m_port = 0;
    int m_fileLimit = 0;
    QByteArray m_stderr;
};

//! A small HTTP client for the tests: every call waits for its answer.
class HttpClient final {
public:
    struct Answer {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; //!< names in lower case
        QJsonObject json() const;
        QString error() const { return json().value(QStringLiteral("error")).toString(); }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(QString base = {});
    void setBase(const QString &base) { m_base = base; }
    //! Sends `Authorization: Bearer TOKEN` with every request (empty: none).
    void setBearer(const QString &token) { m_bearer = token; }
    //! Trusts only @p authorities for HTTPS (e.g. a test's self-signed certificate).
    void setCaCertificates(const QList<QSslCertificate> &authorities)
    {
        m_authorities = authorities;
    }

    Answer get(const QString &path, const Headers &headers = {});
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const Headers &headers = {});
    Answer sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const Headers &headers = {});

    //! POST /v1/keys: creates a key named @p name, as another administrator would;
    //! warns unless the answer is 201.
    Answer createKey(const QString &name);
    //! The keys named exactly @p name (GET /v1/keys?search=NAME); when listing failed, none
    //! with a warning and @p ok false.
    QJsonArray keysNamed(const QString &name, bool *ok = nullptr);

private:
    QString m_base;
    QString m_bearer;
    QList<QSslCertificate> m_authorities;
    QNetworkAccessManager m_network;
};
