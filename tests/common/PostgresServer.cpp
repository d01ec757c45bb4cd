#include "PostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return versions.isEmpty() ? QString()
                              : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

bool PostgresServer::available()
{
    return !binDir().isEmpty() && QFile::exists(binDir() + QStringLiteral("/initdb")) &&
           QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

QStringList PostgresServer::asOwner(const QString &program, const QStringList &arguments) const
{
    if (!m_asPostgres)
        return QStringList{program} + arguments;
    // setpriv executes the program in place, so the pid we hold is PostgreSQL's own.
    return QStringList{QStringLiteral("setpriv"),
                       QStringLiteral("--reuid=postgres"),
                       QStringLiteral("--regid=postgres"),
                       QStringLiteral("--init-groups"),
                       QStringLiteral("--"),
                       program} +
           arguments;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error)
{
    const QStringList command = asOwner(program, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = command.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                 QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (!available()) {
        *error = QStringLiteral("PostgreSQL or Qt's QPSQL driver is not installed");
        return false;
    }
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd *owner = ::getpwnam("postgres");
        if (!owner || ::chown(QFile::encodeName(m_dir.path()).constData(), owner->pw_uid,
                              owner->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand the cluster's folder to the postgres user");
            return false;
        }
    }
    QFile pwfile(m_dir.filePath(QStringLiteral("pwfile")));
    if (!pwfile.open(QIODevice::WriteOnly) || pwfile.write(password().toUtf8() + '\n') < 0) {
        *error = QStringLiteral("cannot write the password file");
        return false;
    }
    pwfile.close();
    pwfile.setPermissions(QFile::ReadOwner | QFile::ReadOther | QFile::WriteOwner);
    const QString data = dataDir();
    if (!run(binDir() + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("keyward"),
              QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile"), pwfile.fileName(),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
             error)) {
        return false;
    }

    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    return launch(QStringLiteral("CREATE DATABASE keyward"), error);
}

bool PostgresServer::restart(QString *error)
{
    stop();
    return launch(QString(), error);
}

bool PostgresServer::launch(const QString &sql, QString *error)
{
    const QStringList command =
        asOwner(binDir() + QStringLiteral("/postgres"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-k"), m_dir.path(),
                 QStringLiteral("-c"), QStringLiteral("max_connections=60")});
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(command.first(), command.mid(1));
    if (!m_server.waitForStarted()) {
        *error = QStringLiteral("postgres did not start");
        return false;
    }

    // Ready when it accepts a login; then the SQL (the test's database).
    const QString name = QStringLiteral("pg-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ready = false;
    {
        QSqlDatabase db = connection(name, QStringLiteral("postgres"));
        QElapsedTimer waited;
        waited.start();
        while (!(ready = db.open()) && waited.elapsed() < 30000 &&
               m_server.state() == QProcess::Running) {
            m_server.waitForReadyRead(100);
        }
        if (ready && !sql.isEmpty()) {
            QSqlQuery query(db);
            ready = query.exec(sql);
            if (!ready)
                *error = query.lastError().text();
        } else if (!ready) {
            *error = QStringLiteral("postgres did not accept connections: ") +
                     db.lastError().text() + QString::fromLocal8Bit(m_server.readAll());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ready;
}

void PostgresServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_server.processId()), SIGINT); // fast shutdown, by pid
    if (!m_server.waitForFinished(30000)) {
        m_server.kill();
        m_server.waitForFinished(10000);
    }
}

QString PostgresServer::url() const
{
    return QStringLiteral("postgresql://keyward@127.0.0.1:%1/keyward").arg(m_port);
}

QString PostgresServer::passwordFile()
{
    return m_dir.filePath(QStringLiteral("pwfile"));
}

QSqlDatabase PostgresServer::connection(const QString &name, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(QStringLiteral("keyward"));
    db.setPassword(password());
    return db;
}
