#include "CliRunner.h"
#include "KeyRecount.h"
#include "RawStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sched.h>
#include <signal.h> // NOLINT(modernize-deprecated-headers): kill() is POSIX, not <csignal>
#include <unistd.h>

//! docs/security.md 2: killing keyward-cli at any moment loses no committed change and
//! leaves the store intact; a change and its audit event are never split. Some of the
//! kills must land inside a write transaction, or the test proves nothing: each process
//! is stopped (SIGSTOP) before it is killed, and SQLite's locks on the store say whether
//! it was writing at that moment.
class TestCliCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedCreatesLoseNothingAcknowledged();

private:
    enum class Kill { Finished, Outside, InsideWrite };

    //! keyward-cli create, started.
    static bool startCreate(QProcess &process, const CliRunner &cli, int number);
    //! Stops @p process, notes whether it was inside a write transaction on @p database,
    //! then kills it (SIGKILL) and waits for it. Finished when it had ended already.
    static Kill stopAndKill(QProcess &process, const QString &database);
    //! True while process @p pid is inside a write transaction on @p database: from
    //! BEGIN IMMEDIATE until its commit is durable it holds the WAL write lock (byte 120
    //! of the -shm file, exclusive) together with a read mark (one of bytes 123–127,
    //! shared). Recovering the WAL index when a store opens takes the write lock without
    //! a read mark, and is not a write. (SQLite's wal.c and os_unix.c: WAL_WRITE_LOCK,
    //! WAL_READ_LOCK(n), UNIX_SHM_BASE.)
    static bool insideWrite(const QString &database, qint64 pid);
    //! The pid holding a lock on byte @p offset of the open file @p fd that conflicts
    //! with an exclusive one, and its kind (F_RDLCK or F_WRLCK); 0 when there is none.
    static pid_t lockHolder(int fd, off_t offset, short *type);
    //! True once @p pid is stopped (or gone).
    static bool waitUntilStopped(qint64 pid);
};

bool TestCliCrash::startCreate(QProcess &process, const CliRunner &cli, int number)
{
    process.setProcessEnvironment(cli.environment());
    process.start(QStringLiteral(KEYWARD_CLI),
                  {QStringLiteral("--store"), cli.storePath(), QStringLiteral("create"),
                   QStringLiteral("--name"), QStringLiteral("Key %1").arg(number),
                   QStringLiteral("--scope"), QStringLiteral("documents:read")});
    return process.waitForStarted();
}

pid_t TestCliCrash::lockHolder(int fd, off_t offset, short *type)
{
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = offset;
    lock.l_len = 1;
    if (::fcntl(fd, F_GETLK, &lock) != 0 || lock.l_type == F_UNLCK)
        return 0;
    *type = lock.l_type;
    return lock.l_pid;
}

bool TestCliCrash::insideWrite(const QString &database, qint64 pid)
{
    const QByteArray shm = QFile::encodeName(database + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    constexpr off_t WriteLock = 120;
    constexpr off_t FirstReadMark = 123;
    constexpr off_t LastReadMark = 127;
    short type = F_UNLCK;
    bool writing = lockHolder(fd, WriteLock, &type) == pid && type == F_WRLCK;
    bool reading = false;
    for (off_t mark = FirstReadMark; writing && !reading && mark <= LastReadMark; ++mark)
        reading = lockHolder(fd, mark, &type) == pid && type == F_RDLCK;
    // Closing drops every fcntl lock this process holds on the file: the test has no
    // connection to the store while it probes.
    ::close(fd);
    return writing && reading;
}

bool TestCliCrash::waitUntilStopped(qint64 pid)
{
    // /proc/PID/stat: "PID (NAME) STATE ..."; T is stopped, Z or no file is gone.
    const QString path = QStringLiteral("/proc/%1/stat").arg(pid);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QFile stat(path);
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray line = stat.readAll();
        const qsizetype name = line.lastIndexOf(')');
        const char state = name >= 0 && name + 2 < line.size() ? line.at(name + 2) : '?';
        if (state == 'T' || state == 't' || state == 'Z' || state == 'X')
            return true;
        sched_yield();
    }
    return false;
}

TestCliCrash::Kill TestCliCrash::stopAndKill(QProcess &process, const QString &database)
{
    const qint64 pid = process.processId();
    if (pid <= 0 || process.state() != QProcess::Running)
        return Kill::Finished;
    ::kill(pid_t(pid), SIGSTOP);
    Kill kill = Kill::Finished;
    if (waitUntilStopped(pid) && !process.waitForFinished(0))
        kill = insideWrite(database, pid) ? Kill::InsideWrite : Kill::Outside;
    process.kill(); // SIGKILL ends a stopped process too
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit ? kill : Kill::Finished;
}

void TestCliCrash::killedCreatesLoseNothingAcknowledged()
{
    CliRunner cli;
    QVERIFY(cli.isValid());
    CLI_EXPECT(cli.run({QStringLiteral("init")}), 0);

    QStringList acknowledged;
    int killed = 0;
    int killedInsideWrite = 0;
    int number = 0;
    const auto account = [&](QProcess &process, Kill kill) {
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            acknowledged << QString::fromLatin1(process.readAllStandardOutput()).trimmed();
        killed += kill != Kill::Finished;
        killedInsideWrite += kill == Kill::InsideWrite;
    };

    // How long a create takes on this machine now, when nobody kills it.
    qint64 longest = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer took;
        took.start();
        QProcess process;
        QVERIFY(startCreate(process, cli, ++number));
        QVERIFY(process.waitForFinished(30000));
        longest = qMax(longest, took.elapsed());
        QCOMPARE(process.exitCode(), 0);
        account(process, Kill::Finished);
    }

    // Killed at random moments, from at once to half as long again as a create takes:
    // some before they write, some while they write, some after they are done.
    QRandomGenerator random(20261122); // reproducible kill times
    const int calibrated = int(acknowledged.size());
    for (int i = 0; i < 40; ++i) {
        QProcess process;
        QVERIFY(startCreate(process, cli, ++number));
        QSignalSpy finished(&process, &QProcess::finished);
        Kill kill = Kill::Finished;
        QTimer::singleShot(int(random.bounded(longest * 3 / 2 + 1)), &process,
                           [&] { kill = stopAndKill(process, cli.storePath()); });
        QVERIFY(finished.wait(30000));
        account(process, kill);
    }
    const int randomInsideWrite = killedInsideWrite;
    const int randomAcknowledged = int(acknowledged.size()) - calibrated;

    // Killed the moment they are seen writing: the test watches the store's locks while
    // each process runs, until a few such kills have landed inside a write for certain
    // (a process may end its write between being seen and being stopped).
    constexpr int AimedInsideWrite = 3;
    int aimed = 0;
    for (; killedInsideWrite - randomInsideWrite < AimedInsideWrite && aimed < 60; ++aimed) {
        QProcess process;
        QVERIFY(startCreate(process, cli, ++number));
        Kill kill = Kill::Finished;
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && !process.waitForFinished(0)) {
            if (insideWrite(cli.storePath(), process.processId())) {
                kill = stopAndKill(process, cli.storePath());
                break;
            }
        }
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(10000));
        account(process, kill);
    }
    qInfo("a create takes up to %lld ms; %lld creates acknowledged (%d of the randomly killed"
          " ones), %d killed, %d of them inside a write (%d at random times, the others in %d"
          " aimed runs)",
          qlonglong(longest), qlonglong(acknowledged.size()), randomAcknowledged, killed,
          killedInsideWrite, randomInsideWrite, aimed);
    QVERIFY2(killedInsideWrite - randomInsideWrite >= AimedInsideWrite,
             "too few kills landed inside a write");
    QVERIFY(killed > killedInsideWrite); // and some outside one
    QVERIFY2(randomAcknowledged >= 3, "too few creates ended before their kill");

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(cli.storePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        // Every key has exactly its create event, and no event lacks its key.
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM api_keys),"
                                          " (SELECT count(*) FROM audit_events WHERE action ="
                                          " 'create')")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), query.value(1).toInt());
        QVERIFY(query.value(0).toInt() >= acknowledged.size());
        // The key counters, written by triggers in each create's transaction, equal a
        // recount.
        const QStringList counters = rowsAsText(db, KeyRecount::counters());
        QVERIFY(!counters.isEmpty());
        QCOMPARE(counters, rowsAsText(db, KeyRecount::recount()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    for (const QString &key : std::as_const(acknowledged)) {
        const CliResult verified = cli.run({QStringLiteral("verify"), key});
        CLI_EXPECT(verified, 0);
    }
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
