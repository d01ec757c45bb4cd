#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

//! A real PostgreSQL server for one test: a new cluster (initdb) in a temporary folder,
//! listening on 127.0.0.1 only, on a free port, with a password-protected superuser
//! "keyward" and a database "keyward"; stopped by pid. As root, the cluster belongs to
//! the "postgres" system user, as PostgreSQL requires.
class PostgresServer final {
public:
    PostgresServer() = default;
    ~PostgresServer();

    //! True when PostgreSQL's programs are installed (packaging/dev.sh test installs them).
    static bool available();
    //! Creates and starts the cluster; on failure returns false with a message.
    bool start(QString *error);
    void stop();
    //! Starts the stopped server again on the same port and cluster (its data kept).
    bool restart(QString *error);

    quint16 port() const { return m_port; }
    //! postgresql://keyward@127.0.0.1:PORT/keyward (the password is separate, as for users).
    QString url() const;
    //! Adds the connection @p name (QSqlDatabase::removeDatabase() it when done) to
    //! @p database as its owner, the way another program would reach it, not opened.
    QSqlDatabase connection(const QString &name,
                            const QString &database = QStringLiteral("keyward")) const;
    QString password() const { return QStringLiteral("test-only-5e2b9c"); }
    //! Writes the password to a file readable by keyward-server, for --password-file.
    QString passwordFile();

private:
    static QString binDir();
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    bool run(const QString &program, const QStringList &arguments, QString *error);
    //! Starts postgres on the cluster and port, waits until it accepts a login, then
    //! runs @p sql (if any) in the "postgres" database.
    bool launch(const QString &sql, QString *error);
    QStringList asOwner(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    bool m_asPostgres = false;
};
