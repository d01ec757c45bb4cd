#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>

namespace {

constexpr int ProcessTimeoutMs = 30000;

} // namespace

QString CliResult::outLine() const
{
    QString text = QString::fromUtf8(out);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QStringList CliResult::errLines() const
{
    QString text = QString::fromUtf8(err);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QJsonDocument CliResult::json() const
{
    return QJsonDocument::fromJson(out);
}

QString CliResult::describe(int expectedExitCode) const
{
    return QStringLiteral("exit code %1 (expected %2)%3\n--- stdout:\n%4\n--- stderr:\n%5")
        .arg(exitCode)
        .arg(expectedExitCode)
        .arg(finished ? QString() : QStringLiteral(", did not finish"),
             QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    const QDir root(m_dir.path());
    for (const char *folder : {"home", "data", "config", "cache"})
        root.mkpath(QString::fromLatin1(folder));
    m_environment.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         root.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    m_environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString CliRunner::storePath() const
{
    return m_dir.filePath(QStringLiteral("k.db"));
}

QString CliRunner::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    return runRaw(QStringList{QStringLiteral("--store"), storePath()} + arguments, input);
}

CliResult CliRunner::runRaw(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(KEYWARD_CLI), arguments);
    CliResult result;
    if (!process.waitForStarted(ProcessTimeoutMs))
        return result;
    process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(ProcessTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(ProcessTimeoutMs);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QString CliRunner::createKey(const QStringList &arguments) const
{
    const CliResult result = run(QStringList{QStringLiteral("create")} + arguments);
    return result.exitCode == 0 ? result.outLine() : QString();
}

QJsonArray CliRunner::listJson(const QStringList &filter) const
{
    return run(QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("json")} +
               filter)
        .json()
        .array();
}

QJsonArray CliRunner::auditJson() const
{
    return run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")})
        .json()
        .array();
}

QJsonObject CliRunner::showJson(const QString &id) const
{
    return run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
}

QStringList CliRunner::seedThreeKeys() const
{
    QStringList tokens{
        createKey({QStringLiteral("--name"), QStringLiteral("CRM sync"),
                   QStringLiteral("--description"), QStringLiteral("Pushes contacts"),
                   QStringLiteral("--scope"), QStringLiteral("documents:read")}),
        createKey({QStringLiteral("--name"), QStringLiteral("ERP live"), QStringLiteral("--type"),
                   QStringLiteral("live"), QStringLiteral("--role"), QStringLiteral("Viewer")}),
        createKey({QStringLiteral("--name"), QStringLiteral("Old script")}),
    };
    run({QStringLiteral("revoke"), idOf(tokens.at(2))});
    return tokens;
}

const QRegularExpression &CliRunner::keyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z][a-z0-9]{1,11}_(test|live)_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"));
    return pattern;
}

QString CliRunner::idOf(const QString &token)
{
    return token.section(QLatin1Char('_'), 2, 2);
}

QStringList CliRunner::ids(const QJsonArray &keys)
{
    QStringList result;
    for (const QJsonValue key : keys)
        result << key.toObject().value(QStringLiteral("id")).toString();
    return result;
}

int CliRunner::modeOf(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}
