#include "CliRunner.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

//! SECURITY.md 15: killing keyward-cli at any moment loses no committed change and
//! leaves the store intact; a change and its audit event are never split.
class TestCliCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedCreatesLoseNothingAcknowledged();
};

void TestCliCrash::killedCreatesLoseNothingAcknowledged()
{
    CliRunner cli;
    QVERIFY(cli.isValid());
    CLI_EXPECT(cli.run({QStringLiteral("init")}), 0);

    QStringList acknowledged;
    int killed = 0;
    QRandomGenerator random(20261122); // reproducible kill times
    for (int i = 0; i < 40; ++i) {
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(QStringLiteral(KEYWARD_CLI),
                      {QStringLiteral("--store"), cli.storePath(), QStringLiteral("create"),
                       QStringLiteral("--name"), QStringLiteral("Key %1").arg(i),
                       QStringLiteral("--scope"), QStringLiteral("documents:read")});
        QVERIFY(process.waitForStarted());
        QSignalSpy finished(&process, &QProcess::finished);
        // The kill time is what the test varies: from at once to after the process is done.
        QTimer::singleShot(int(random.bounded(60)), &process, [&process] { process.kill(); });
        QVERIFY(finished.wait(10000));
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            acknowledged << QString::fromLatin1(process.readAllStandardOutput()).trimmed();
        else
            ++killed;
    }
    qInfo("%lld creates acknowledged, %d killed", qlonglong(acknowledged.size()), killed);

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
