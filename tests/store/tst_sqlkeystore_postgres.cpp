#include "Await.h"
#include "MissingDependency.h"
#include "PostgresServer.h"
#include "RawStore.h"
#include "StoreOrder.h"
#include "StoreRecount.h"
#include "TestClock.h"
#include "sql/SqlKeyStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

//! SqlKeyStore on a real PostgreSQL server that goes away and comes back: calls fail as
//! unavailable and the store says it is unreachable; once the server is back, the store
//! reconnects by itself, says it is reachable, and hears other stores' changes again.
class TestSqlKeyStorePostgres final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void textSearchGoesThroughTheTrigramIndex();
    void countsEqualARecountAfterConcurrentWriters();
    void pagesByStatusAndCreatorVisitEveryKeyInOrder();
    void recoversWhenTheServerIsBack();

private:
    SqlStoreOptions options() const;

    PostgresServer m_postgres;
};

void TestSqlKeyStorePostgres::initTestCase()
{
    if (!PostgresServer::available())
        SKIP_MISSING_DEPENDENCY(QStringLiteral("PostgreSQL or Qt's QPSQL driver is not installed"));
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
}

void TestSqlKeyStorePostgres::cleanupTestCase()
{
    m_postgres.stop();
}

SqlStoreOptions TestSqlKeyStorePostgres::options() const
{
    PostgresTarget target;
    target.port = m_postgres.port();
    target.user = QStringLiteral("keyward");
    target.password = m_postgres.password();
    SqlStoreOptions options;
    options.postgres = target;
    options.ownerName = QStringLiteral("Olivia Owner");
    options.pollIntervalMs = 200;
    return options;
}

void TestSqlKeyStorePostgres::textSearchGoesThroughTheTrigramIndex()
{
    SqlKeyStore store(options());
    QVERIFY(await(store.open()).ok());
    KeyDraft draft;
    draft.name = QStringLiteral("Warehouse feed");
    const StoreResult<IssuedKey> issued = await(store.createKey({}, draft));
    QVERIFY(issued.ok());
    KeyQuery query;
    query.filter.text = QStringLiteral("REHOUS");
    const StoreResult<KeyPage> found = await(store.queryKeys({}, query));
    QVERIFY(found.ok());
    QCOMPARE(found.value().keys.size(), 1);
    QCOMPARE(found.value().keys.first().id, issued.value().key.id);

    // The migration made the pg_trgm index, and the search's LIKE can use it (a table this
    // small is scanned unless scans are off).
    {
        QSqlDatabase db = m_postgres.connection(QStringLiteral("raw"));
        QVERIFY(db.open());
        QSqlQuery sql(db);
        QVERIFY(sql.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(sql.exec(QStringLiteral("EXPLAIN SELECT kid FROM api_keys WHERE search_text LIKE"
                                        " '%rehous%' ESCAPE '\\'")));
        QString plan;
        while (sql.next())
            plan += sql.value(0).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("api_keys_by_search_text")), qPrintable(plan));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestSqlKeyStorePostgres::countsEqualARecountAfterConcurrentWriters()
{
    // Two stores on one database, as two keyward-server instances would be: the counters'
    // triggers run in each writer's transaction.
    TestClock clock;
    SqlStoreOptions clocked = options();
    clocked.clock = clock.clock();
    SqlKeyStore first(clocked);
    SqlKeyStore second(clocked);
    QVERIFY(await(first.open()).ok());
    QVERIFY(await(second.open()).ok());
    writeConcurrently(first, second, 120);
    if (QTest::currentTestFailed())
        return;
    compareCountsWithRecount(first, clock.now());
    if (QTest::currentTestFailed())
        return;
    {
        QSqlDatabase db = m_postgres.connection(QStringLiteral("recount"));
        QVERIFY(db.open());
        const QStringList counters = rowsAsText(db, KeyRecount::counters());
        QVERIFY(!counters.isEmpty());
        QCOMPARE(counters, rowsAsText(db, KeyRecount::recount()));
        // Statements that write many keys at once, as a database administrator's would:
        // counted per statement, and not at all when no counted column changes.
        QSqlQuery bulk(db);
        QVERIFY(bulk.exec(QStringLiteral("UPDATE api_keys SET last_used_at = 5")));
        QVERIFY(bulk.exec(QStringLiteral("UPDATE api_keys SET revoked_at = 7 WHERE revoked_at IS"
                                         " NULL AND environment = 'live'")));
        QVERIFY(bulk.exec(QStringLiteral("DELETE FROM api_keys WHERE environment = 'test' AND"
                                         " name LIKE 'Concurrent 1%'")));
        QVERIFY(bulk.numRowsAffected() > 1);
        QCOMPARE(rowsAsText(db, KeyRecount::counters()), rowsAsText(db, KeyRecount::recount()));
        bulk.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recount"));
}

void TestSqlKeyStorePostgres::pagesByStatusAndCreatorVisitEveryKeyInOrder()
{
    // The keys of the tests before are in the same database: they are sorted with these.
    TestClock clock;
    SqlStoreOptions clocked = options();
    clocked.clock = clock.clock();
    SqlKeyStore store(clocked);
    QVERIFY(await(store.open()).ok());
    ::pagesByStatusAndCreatorVisitEveryKeyInOrder(store, clock);
}

void TestSqlKeyStorePostgres::recoversWhenTheServerIsBack()
{
    SqlKeyStore store(options());
    QVERIFY(await(store.open()).ok());
    QVERIFY(store.isReachable());
    QSignalSpy reachability(&store, &KeyStore::reachabilityChanged);
    QSignalSpy changed(&store, &KeyStore::changed);

    m_postgres.stop();
    const StoreResult<KeyPage> failed = await(store.queryKeys({}, {}));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code(), StoreError::Code::Unavailable);
    QTRY_COMPARE(reachability.count(), 1);
    QCOMPARE(reachability.at(0).at(0).toBool(), false);
    QVERIFY(!store.isReachable());
    QVERIFY(!store.unreachableReason().isEmpty());
    QVERIFY(!store.unreachableReason().contains(m_postgres.password()));

    // Same port, same cluster; nothing is asked of the store until it says it is back.
    changed.clear();
    QString error;
    QVERIFY2(m_postgres.restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(reachability.count(), 2, 15000);
    QCOMPARE(reachability.at(1).at(0).toBool(), true);
    QVERIFY(store.isReachable());
    QVERIFY(store.unreachableReason().isEmpty());
    QTRY_VERIFY(changed.count() > 0); // what changed meanwhile was not seen: refresh
    const StoreResult<KeyPage> page = await(store.queryKeys({}, {}));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));

    // The new session listens again: another store's change reaches this one.
    changed.clear();
    SqlKeyStore other(options());
    KeyDraft draft;
    draft.name = QStringLiteral("Made by the other store");
    const StoreResult<IssuedKey> issued = await(other.createKey({}, draft));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message()));
    QTRY_VERIFY(changed.count() > 0);
    QCOMPARE(reachability.count(), 2);
}

QTEST_GUILESS_MAIN(TestSqlKeyStorePostgres)
#include "tst_sqlkeystore_postgres.moc"
