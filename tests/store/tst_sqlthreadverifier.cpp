#include "RawStore.h"
#include "StoreFixture.h"
#include "keys/KeyToken.h"
#include "sql/SqlThreadVerifier.h"

#include <QFile>
#include <QTest>
#include <thread>

//! The verifier keyward-server's threads use: on a thread without an event loop, with
//! its own connection, doing the same work for every key whatever its state.
class TestSqlThreadVerifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCheckComparesTheSameDigests();
    void worksOnAThreadWithoutEventLoop();
    void seesAChangeMadeThroughTheStoreAtOnce();
    void lastUseWaitsUntilTaken();
    void anotherProgramsRevokeIsEnforcedByTheNextCheck();
    void writesThatChangeNoCheckKeepWhatItKnows();
    void anotherProgramsChangeIsSeenOnceItsWindowHasPassed();
    void probeReadsTheStore();
    void theFileIsMappedOnlyWhenAsked();

private:
    //! How many of this process's memory mappings are of the file @p path itself.
    static int mappingsOf(const QString &path);
    //! The digest comparisons one check of @p token makes on this thread.
    quint64 comparisonsFor(SqlThreadVerifier &verifier, const QString &token);

    StoreFixture m_fixture;
    IssuedKey m_live;
    IssuedKey m_revoked;
    IssuedKey m_graced; //!< reset with a grace period: two credentials
};

void TestSqlThreadVerifier::initTestCase()
{
    m_live = m_fixture.create(QStringLiteral("Live"), {QStringLiteral("documents:read")});
    m_revoked = m_fixture.create(QStringLiteral("Revoked"));
    QVERIFY(await(m_fixture.store->revokeKey({}, m_revoked.key.id)).ok());
    const IssuedKey first = m_fixture.create(QStringLiteral("Graced"));
    const auto reset = await(m_fixture.store->resetKey({}, first.key.id, std::chrono::hours(1),
                                                       QStringLiteral("graced-reset-00001")));
    QVERIFY(reset.ok());
    m_graced = reset.value();
}

quint64 TestSqlThreadVerifier::comparisonsFor(SqlThreadVerifier &verifier, const QString &token)
{
    const quint64 before = KeyToken::digestComparisonsOnThisThread();
    const StoreResult<Verification> result = verifier.verify(token, {});
    if (!result.ok())
        qFatal("verify failed: %s", qPrintable(result.error().message()));
    return KeyToken::digestComparisonsOnThisThread() - before;
}

void TestSqlThreadVerifier::everyCheckComparesTheSameDigests()
{
    SqlThreadVerifier verifier(*m_fixture.store);
    // A well-formed key whose kid is not in the store (its checksum is right).
    const std::optional<ParsedToken> live = KeyToken::parse(m_live.token);
    QVERIFY(live);
    ParsedToken parts = *live;
    parts.kid = QStringLiteral("AAAAAAAAAAAA");
    const QString unknown = KeyToken::compose(parts);
    QVERIFY(KeyToken::parse(unknown));
    // The same key in the other environment: its checksum is right too.
    parts = *live;
    parts.environment = Environment::Live;
    const QString otherEnvironment = KeyToken::compose(parts);
    QVERIFY(KeyToken::parse(otherEnvironment));

    const quint64 valid = comparisonsFor(verifier, m_live.token);
    QVERIFY(valid > 0);
    QCOMPARE(comparisonsFor(verifier, unknown), valid);
    QCOMPARE(comparisonsFor(verifier, m_revoked.token), valid);
    QCOMPARE(comparisonsFor(verifier, otherEnvironment), valid);
    QCOMPARE(comparisonsFor(verifier, m_graced.token), valid);
    // And again once the facts are remembered.
    QCOMPARE(comparisonsFor(verifier, unknown), valid);
    QCOMPARE(comparisonsFor(verifier, m_revoked.token), valid);
}

void TestSqlThreadVerifier::worksOnAThreadWithoutEventLoop()
{
    Verification::Outcome live = Verification::Outcome::Unauthenticated;
    Verification::Outcome revoked = Verification::Outcome::Valid;
    std::thread thread([&] {
        SqlThreadVerifier verifier(*m_fixture.store);
        live = verifier.verify(m_live.token, QStringLiteral("documents:read")).value().outcome;
        revoked = verifier.verify(m_revoked.token, {}).value().outcome;
    });
    thread.join();
    QCOMPARE(live, Verification::Outcome::Valid);
    QCOMPARE(revoked, Verification::Outcome::Unauthenticated);
}

void TestSqlThreadVerifier::seesAChangeMadeThroughTheStoreAtOnce()
{
    SqlThreadVerifier verifier(*m_fixture.store);
    const IssuedKey key = m_fixture.create(QStringLiteral("Soon revoked"));
    QCOMPARE(verifier.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    QVERIFY(await(m_fixture.store->revokeKey({}, key.key.id)).ok());
    QCOMPARE(verifier.verify(key.token, {}).value().outcome,
             Verification::Outcome::Unauthenticated);
}

void TestSqlThreadVerifier::lastUseWaitsUntilTaken()
{
    SqlThreadVerifier verifier(*m_fixture.store);
    QVERIFY(verifier.takeUsage().isEmpty());
    QCOMPARE(verifier.verify(m_live.token, {}).value().outcome, Verification::Outcome::Valid);
    QCOMPARE(verifier.verify(m_revoked.token, {}).value().outcome,
             Verification::Outcome::Unauthenticated);
    const QHash<QString, QDateTime> usage = verifier.takeUsage();
    QCOMPARE(usage.keys(), QList<QString>{m_live.key.id});
    QCOMPARE(usage.value(m_live.key.id), m_fixture.clock.now());
    QVERIFY(verifier.takeUsage().isEmpty());
}

void TestSqlThreadVerifier::anotherProgramsRevokeIsEnforcedByTheNextCheck()
{
    SqlThreadVerifier verifier(*m_fixture.store);
    const IssuedKey key = m_fixture.create(QStringLiteral("Revoked elsewhere"));
    QCOMPARE(verifier.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    RawStore other(m_fixture.path()); // as the sqlite3 shell or another Keyward would
    QVERIFY(other.exec(
        QStringLiteral("UPDATE api_keys SET revoked_at = 1 WHERE kid = '%1'").arg(key.key.id)));
    QCOMPARE(verifier.verify(key.token, {}).value().outcome,
             Verification::Outcome::Unauthenticated);
    // And a credential removed by hand.
    const IssuedKey second = m_fixture.create(QStringLiteral("Credential removed"));
    QCOMPARE(verifier.verify(second.token, {}).value().outcome, Verification::Outcome::Valid);
    QVERIFY(
        other.exec(QStringLiteral("DELETE FROM credentials WHERE kid = '%1'").arg(second.key.id)));
    QCOMPARE(verifier.verify(second.token, {}).value().outcome,
             Verification::Outcome::Unauthenticated);
}

void TestSqlThreadVerifier::writesThatChangeNoCheckKeepWhatItKnows()
{
    StoreFixture fixture; // its triggers are changed below
    SqlThreadVerifier verifier(*fixture.store);
    const IssuedKey key = fixture.create(QStringLiteral("Kept in memory"));
    QCOMPARE(verifier.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    RawStore other(fixture.path());
    // A batch of last-used times (and a rename) from another connection leaves the
    // verifier's memory as it was. To see that, the next change is made without the
    // trigger that tells: the verifier still answers from what it knew...
    QVERIFY(other.exec(QStringLiteral("UPDATE api_keys SET last_used_at = 5, name = 'Renamed'"
                                      " WHERE kid = '%1'")
                           .arg(key.key.id)));
    QVERIFY(other.exec(QStringLiteral("DROP TRIGGER verify_epoch_api_keys_update")));
    QVERIFY(other.exec(
        QStringLiteral("UPDATE api_keys SET revoked_at = 1 WHERE kid = '%1'").arg(key.key.id)));
    QCOMPARE(verifier.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    // ... until the epoch moves.
    QVERIFY(other.exec(QStringLiteral("UPDATE verify_epoch SET n = n + 1")));
    QCOMPARE(verifier.verify(key.token, {}).value().outcome,
             Verification::Outcome::Unauthenticated);
}

void TestSqlThreadVerifier::anotherProgramsChangeIsSeenOnceItsWindowHasPassed()
{
    const IssuedKey key = m_fixture.create(QStringLiteral("Revoked elsewhere, seen late"));
    const IssuedKey mine = m_fixture.create(QStringLiteral("Revoked through the store"));
    SqlThreadVerifier slow(*m_fixture.store, std::chrono::hours(1));
    SqlThreadVerifier quick(*m_fixture.store, std::chrono::milliseconds(20));
    QCOMPARE(slow.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    QCOMPARE(quick.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    RawStore other(m_fixture.path());
    QVERIFY(other.exec(
        QStringLiteral("UPDATE api_keys SET revoked_at = 1 WHERE kid = '%1'").arg(key.key.id)));
    // Within its window a verifier does not read data_version again...
    QCOMPARE(slow.verify(key.token, {}).value().outcome, Verification::Outcome::Valid);
    // ... once the window has passed, it does.
    QTRY_COMPARE_WITH_TIMEOUT(quick.verify(key.token, {}).value().outcome,
                              Verification::Outcome::Unauthenticated, 5000);
    // A change made through the store is seen by the next check, window or not.
    QCOMPARE(slow.verify(mine.token, {}).value().outcome, Verification::Outcome::Valid);
    QVERIFY(await(m_fixture.store->revokeKey({}, mine.key.id)).ok());
    QCOMPARE(slow.verify(mine.token, {}).value().outcome, Verification::Outcome::Unauthenticated);
}

void TestSqlThreadVerifier::probeReadsTheStore()
{
    SqlThreadVerifier verifier(*m_fixture.store);
    QVERIFY(verifier.probe().ok());
    SqlStoreOptions broken;
    broken.path = QStringLiteral("/proc/keyward-cannot-be-here/keys.db");
    SqlKeyStore unreachable(broken);
    SqlThreadVerifier nowhere(unreachable);
    const StoreResult<Done> result = nowhere.probe();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), StoreError::Code::Unavailable);
}

int TestSqlThreadVerifier::mappingsOf(const QString &path)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    const QByteArray name = ' ' + path.toLocal8Bit(); // not keys.db-shm
    int count = 0;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.endsWith(name))
            ++count;
    }
    return count;
}

void TestSqlThreadVerifier::theFileIsMappedOnlyWhenAsked()
{
    // Pages are read through a map only from the file, not from the write-ahead log.
    const auto readFromTheFile = [](StoreFixture &fixture, const QString &token) {
        QVERIFY(RawStore(fixture.path()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(await(fixture.store->queryKeys({}, KeyQuery{})).ok());
        SqlThreadVerifier verifier(*fixture.store);
        QVERIFY(verifier.verify(token, {}).ok());
    };
    // A desktop's store (the default): read through SQLite's page cache.
    readFromTheFile(m_fixture, m_live.token);
    QCOMPARE(mappingsOf(m_fixture.path()), 0);
    // keyward-server's: mapped.
    StoreFixture mapped;
    mapped.tune = [](SqlStoreOptions &options) { options.mmapBytes = qint64(64) * 1024 * 1024; };
    mapped.reopen();
    const IssuedKey key = mapped.create(QStringLiteral("Mapped"));
    readFromTheFile(mapped, key.token);
    QVERIFY(mappingsOf(mapped.path()) > 0);
}

QTEST_GUILESS_MAIN(TestSqlThreadVerifier)
#include "tst_sqlthreadverifier.moc"
