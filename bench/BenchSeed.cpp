// keyward-bench-seed STORE COUNT TOKENS SAMPLE
// Creates the store STORE with COUNT real, verifiable keys (documents:read, live) in one
// transaction, and writes the tokens of SAMPLE of them, spread evenly over the
// inventory, to the file TOKENS (one per line) for the load generator. Benchmark
// data only: the tokens file holds secrets, so it lives in a temporary folder.
#include "keys/KeyToken.h"
#include "sql/SqlKeyStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "keyward-bench-seed: %s\n", qPrintable(message));
    return 1;
}

//! Opens (creates, migrates) the store through the real store code; returns the owner.
qint64 createStore(const QString &path, QString *error)
{
    SqlStoreOptions options;
    options.path = path;
    SqlKeyStore store(options);
    QFuture<StoreResult<StoreInfo>> future = store.open();
    future.waitForFinished();
    const StoreResult<StoreInfo> info = future.result();
    if (!info.ok()) {
        *error = info.error().message();
        return 0;
    }
    return info.value().defaultActor.id;
}

bool insert(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

// NOLINTNEXTLINE(bugprone-exception-escape): a store error aborts the seeder, as it should
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5)
        return fail(QStringLiteral("usage: keyward-bench-seed STORE COUNT TOKENS SAMPLE"));
    const QString &path = arguments.at(1);
    const int count = arguments.at(2).toInt();
    const int sample = arguments.at(4).toInt();
    if (count < 1 || sample < 1 || sample > count)
        return fail(QStringLiteral("COUNT and SAMPLE must be positive, SAMPLE <= COUNT"));
    QString error;
    const qint64 owner = createStore(path, &error);
    if (owner == 0)
        return fail(error);
    QFile tokens(arguments.at(3));
    if (!tokens.open(QIODevice::WriteOnly))
        return fail(tokens.errorString());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    // The keys' random ids land all over the primary key's pages: keep them in memory
    // (256 MiB) rather than spill them to the WAL again and again.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!db.transaction())
        return fail(db.lastError().text());
    // The search index is built once at the end, as migration 5 builds it, instead of
    // row by row: its insert trigger is taken out meanwhile and put back as the schema
    // wrote it.
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND"
                                    " name = 'api_keys_search_insert'")) ||
        !schema.next())
        return fail(QStringLiteral("the store has no search index trigger"));
    const QString searchTrigger = schema.value(0).toString();
    if (!schema.exec(QStringLiteral("DROP TRIGGER api_keys_search_insert")) ||
        !schema.exec(QStringLiteral("SELECT coalesce(max(search_id), 0) FROM api_keys")) ||
        !schema.next())
        return fail(schema.lastError().text());
    const qint64 firstSearchId = schema.value(0).toLongLong() + 1;
    QSqlQuery key(db), credential(db), scope(db);
    key.prepare(
        QStringLiteral("INSERT INTO api_keys (kid, workspace_id, name, sort_name, search_text,"
                       " description, environment, created_by, created_at, expires_at,"
                       " hint, version, search_id) VALUES (?, 1, ?, ?, ?, '', 'live', ?,"
                       " ?, ?, ?, 1, ?)"));
    credential.prepare(
        QStringLiteral("INSERT INTO credentials (kid, digest, created_at) VALUES (?, ?, ?)"));
    scope.prepare(
        QStringLiteral("INSERT INTO key_scopes (kid, scope) VALUES (?, 'documents:read')"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    const int every = count / sample;
    for (int i = 0; i < count; ++i) {
        const QString kid = KeyToken::generateKid();
        const QString token = KeyToken::generate(QStringLiteral("key"), Environment::Live, kid);
        const QString name = QStringLiteral("Bench %1").arg(i, 7, 10, QLatin1Char('0'));
        const QByteArray digest = KeyToken::digest(KeyToken::parse(token)->secret);
        if (!insert(key,
                    {kid, name, name.toCaseFolded(), name.toCaseFolded() + QLatin1Char('\n') + kid,
                     owner, now, now + year, KeyToken::hint(token), firstSearchId + i}) ||
            !insert(credential, {kid, digest, now}) || !insert(scope, {kid})) {
            return fail(key.lastError().text() + credential.lastError().text() +
                        scope.lastError().text());
        }
        if (i % every == 0 && i / every < sample)
            tokens.write(token.toLatin1() + '\n');
    }
    if (!schema.exec(
            QStringLiteral("INSERT INTO api_keys_search (api_keys_search) VALUES ('rebuild')")) ||
        !schema.exec(searchTrigger))
        return fail(schema.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    std::printf("%d keys in %s; %d tokens in %s\n", count, qPrintable(path), sample,
                qPrintable(tokens.fileName()));
    return 0;
}
