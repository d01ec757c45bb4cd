#include "sql/SqlMigrations.h"

namespace SqlMigrations {
namespace {

//! Substring search through an index (SqlKeyReader::whereFor). SQLite: an FTS5 table
//! with the trigram tokenizer over search_text, its text read from api_keys (external
//! content) and kept in step by triggers, for every program that writes the file. Its
//! rows are keyed by search_id, a number of the key's own: api_keys' rowid is not an
//! INTEGER PRIMARY KEY, so VACUUM may renumber it. search_text is case-folded by the
//! writer, so the index folds nothing again (case_sensitive 1). PostgreSQL: a pg_trgm GIN
//! index, which serves the LIKE the search already is.
QStringList searchIndex()
{
    return {
        SqliteOnly + QStringLiteral("ALTER TABLE api_keys ADD COLUMN search_id INTEGER"),
        SqliteOnly + QStringLiteral("UPDATE api_keys SET search_id = rowid"),
        SqliteOnly + QStringLiteral("CREATE UNIQUE INDEX api_keys_by_search_id ON api_keys"
                                    " (search_id)"),
        SqliteOnly + QStringLiteral("CREATE VIRTUAL TABLE api_keys_search USING fts5(search_text,"
                                    " content='api_keys', content_rowid='search_id',"
                                    " tokenize='trigram case_sensitive 1')"),
        SqliteOnly +
            QStringLiteral("INSERT INTO api_keys_search (api_keys_search) VALUES ('rebuild')"),
        SqliteOnly + QStringLiteral(
                         "CREATE TRIGGER api_keys_search_insert AFTER INSERT ON api_keys BEGIN"
                         " UPDATE api_keys SET search_id = (SELECT coalesce(max(search_id), 0) + 1"
                         " FROM api_keys) WHERE rowid = new.rowid;"
                         " INSERT INTO api_keys_search (rowid, search_text) SELECT search_id,"
                         " search_text FROM api_keys WHERE rowid = new.rowid; END"),
        SqliteOnly +
            QStringLiteral("CREATE TRIGGER api_keys_search_update AFTER UPDATE OF search_text ON"
                           " api_keys BEGIN INSERT INTO api_keys_search (api_keys_search, rowid,"
                           " search_text) VALUES ('delete', old.search_id, old.search_text);"
                           " INSERT INTO api_keys_search (rowid, search_text) VALUES"
                           " (new.search_id, new.search_text); END"),
        SqliteOnly +
            QStringLiteral("CREATE TRIGGER api_keys_search_delete AFTER DELETE ON api_keys BEGIN"
                           " INSERT INTO api_keys_search (api_keys_search, rowid, search_text)"
                           " VALUES ('delete', old.search_id, old.search_text); END"),
        PostgresOnly + QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        PostgresOnly + QStringLiteral("CREATE INDEX api_keys_by_search_text ON api_keys USING gin"
                                      " (search_text gin_trgm_ops)"),
    };
}

//! PostgreSQL: adds to key_counts what the rows of @p rows (api_keys' columns and d, +1 or
//! -1 for each) change; nothing when they cancel out, as an update of other columns does.
QString countedChange(const QString &rows)
{
    return QStringLiteral(
               "INSERT INTO key_counts (workspace_id, environment, revoked, n) SELECT"
               " workspace_id, environment, CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END,"
               " sum(d) FROM (%1) AS changed GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ON CONFLICT"
               " (workspace_id, environment, revoked) DO UPDATE SET n = key_counts.n +"
               " excluded.n;")
        .arg(rows);
}

//! How many keys a workspace has, per type and revoked or not (SqlKeyReader::counts()),
//! so that a count reads a few rows instead of every key. Derived data, kept in step by
//! triggers in the transaction of each write, so no writer, crash or other program
//! (the sqlite3 shell, a second server) can leave it behind. Whether a key that is not
//! revoked has expired depends on the time of the question: that part is counted on a
//! partial index of those keys' expiry times.
QStringList keyCounters()
{
    const QString change = QStringLiteral(
        "INSERT INTO key_counts (workspace_id, environment, revoked, n) VALUES (%1.workspace_id,"
        " %1.environment, CASE WHEN %1.revoked_at IS NULL THEN 0 ELSE 1 END, %2) ON CONFLICT"
        " (workspace_id, environment, revoked) DO UPDATE SET n = key_counts.n + excluded.n;");
    const QString added = change.arg(QLatin1String("new"), QLatin1String("1"));
    const QString removed = change.arg(QLatin1String("old"), QLatin1String("-1"));
    return {
        QStringLiteral("CREATE TABLE key_counts (workspace_id INTEGER NOT NULL, environment TEXT"
                       " NOT NULL, revoked INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY"
                       " (workspace_id, environment, revoked))"),
        QStringLiteral("INSERT INTO key_counts (workspace_id, environment, revoked, n) SELECT"
                       " workspace_id, environment, CASE WHEN revoked_at IS NULL THEN 0 ELSE 1"
                       " END, count(*) FROM api_keys GROUP BY 1, 2, 3"),
        SqliteOnly + QStringLiteral("CREATE TRIGGER key_counts_insert AFTER INSERT ON api_keys"
                                    " BEGIN %1 END")
                         .arg(added),
        SqliteOnly + QStringLiteral("CREATE TRIGGER key_counts_delete AFTER DELETE ON api_keys"
                                    " BEGIN %1 END")
                         .arg(removed),
        SqliteOnly + QStringLiteral("CREATE TRIGGER key_counts_update AFTER UPDATE OF"
                                    " workspace_id, environment, revoked_at ON api_keys BEGIN"
                                    " %1 %2 END")
                         .arg(removed, added),
        // PostgreSQL counts per statement, from its transition tables: a row trigger
        // would update one counter row once per key, and a statement that writes many
        // keys (a bulk load, a workspace's keys deleted) would leave a chain of versions
        // of that row to walk for each of them.
        PostgresOnly +
            QStringLiteral(
                "CREATE FUNCTION keyward_count_keys() RETURNS trigger LANGUAGE plpgsql AS $$"
                " BEGIN IF TG_OP = 'INSERT' THEN %1 ELSIF TG_OP = 'DELETE' THEN %2"
                " ELSE %3 END IF; RETURN NULL; END $$")
                .arg(countedChange(QStringLiteral("SELECT *, 1 AS d FROM new_rows")),
                     countedChange(QStringLiteral("SELECT *, -1 AS d FROM old_rows")),
                     countedChange(QStringLiteral("SELECT *, 1 AS d FROM new_rows UNION ALL"
                                                  " SELECT *, -1 FROM old_rows"))),
        PostgresOnly + QStringLiteral("CREATE TRIGGER key_counts_insert AFTER INSERT ON api_keys"
                                      " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
                                      " EXECUTE FUNCTION keyward_count_keys()"),
        PostgresOnly + QStringLiteral("CREATE TRIGGER key_counts_delete AFTER DELETE ON api_keys"
                                      " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"
                                      " EXECUTE FUNCTION keyward_count_keys()"),
        PostgresOnly + QStringLiteral("CREATE TRIGGER key_counts_update AFTER UPDATE ON api_keys"
                                      " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
                                      " FOR EACH STATEMENT EXECUTE FUNCTION keyward_count_keys()"),
        QStringLiteral("CREATE INDEX api_keys_unrevoked_by_expiry ON api_keys (workspace_id,"
                       " expires_at, environment) WHERE revoked_at IS NULL"),
    };
}

//! SQLite: every write that can change what a check decides (credentials, revocation,
//! expiry, scopes, roles, a member's role, a workspace's prefix) adds one to
//! verify_epoch.n in its own transaction; last-used times and names do not. A check's
//! memory of keys is emptied when the number moves, so keyward-server's own batches of
//! last-used times do not empty it. Triggers run for every program that writes the
//! file, including the sqlite3 shell.
QStringList verifyEpochTriggers()
{
    struct Watched {
        const char *table;
        const char *events[3];
    };
    const Watched watched[] = {
        {"api_keys",
         {"DELETE", "UPDATE OF workspace_id, environment, created_by, expires_at, revoked_at"}},
        {"credentials", {"INSERT", "UPDATE", "DELETE"}},
        {"key_scopes", {"INSERT", "UPDATE", "DELETE"}},
        {"key_roles", {"INSERT", "UPDATE", "DELETE"}},
        {"role_scopes", {"INSERT", "UPDATE", "DELETE"}},
        {"roles", {"UPDATE", "DELETE"}},
        {"members", {"UPDATE OF role_id, workspace_id", "DELETE"}},
        {"workspaces", {"UPDATE OF name, prefix", "DELETE"}},
    };
    QStringList statements{
        QStringLiteral("CREATE TABLE verify_epoch (n INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO verify_epoch (n) VALUES (0)"),
    };
    for (const Watched &entry : watched) {
        for (const char *event : entry.events) {
            if (!event)
                continue;
            const QString name =
                QString::fromLatin1(event).section(QLatin1Char(' '), 0, 0).toLower();
            statements << VerifyEpochTrigger +
                              QStringLiteral("%1_%2 AFTER %3 ON %1 BEGIN UPDATE"
                                             " verify_epoch SET n = n + 1; END")
                                  .arg(QLatin1String(entry.table), name, QLatin1String(event));
        }
    }
    return statements;
}

} // namespace

const QList<QStringList> &all()
{
    static const QList<QStringList> migrations = {
        {
            QStringLiteral("CREATE TABLE workspaces (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                           " prefix TEXT NOT NULL, allow_never_expire INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE resources (workspace_id INTEGER NOT NULL REFERENCES"
                           " workspaces(id), name TEXT NOT NULL, description TEXT NOT NULL,"
                           " read_only INTEGER NOT NULL, position INTEGER NOT NULL,"
                           " PRIMARY KEY (workspace_id, name))"),
            QStringLiteral("CREATE TABLE roles (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT"
                           " NULL REFERENCES workspaces(id), name TEXT NOT NULL, description"
                           " TEXT NOT NULL, built_in INTEGER NOT NULL,"
                           " UNIQUE (workspace_id, name))"),
            QStringLiteral("CREATE TABLE role_scopes (role_id INTEGER NOT NULL REFERENCES"
                           " roles(id) ON DELETE CASCADE, scope TEXT NOT NULL,"
                           " PRIMARY KEY (role_id, scope))"),
            QStringLiteral("CREATE TABLE members (id INTEGER PRIMARY KEY, workspace_id INTEGER"
                           " NOT NULL REFERENCES workspaces(id), name TEXT NOT NULL, email TEXT"
                           " NOT NULL, role_id INTEGER NOT NULL REFERENCES roles(id), created_at"
                           " INTEGER NOT NULL, UNIQUE (workspace_id, name))"),
            QStringLiteral("CREATE TABLE api_keys (kid TEXT PRIMARY KEY, workspace_id INTEGER NOT"
                           " NULL REFERENCES workspaces(id), name TEXT NOT NULL, sort_name TEXT"
                           " NOT NULL, search_text TEXT NOT NULL, description TEXT NOT NULL,"
                           " environment TEXT NOT NULL, created_by INTEGER NOT NULL REFERENCES"
                           " members(id), created_at INTEGER NOT NULL, expires_at INTEGER,"
                           " last_used_at INTEGER, revoked_at INTEGER, hint TEXT NOT NULL,"
                           " version INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX api_keys_by_created ON api_keys (workspace_id,"
                           " created_at, kid)"),
            QStringLiteral("CREATE INDEX api_keys_by_name ON api_keys (workspace_id, sort_name,"
                           " kid)"),
            QStringLiteral("CREATE INDEX api_keys_by_expiry ON api_keys (workspace_id,"
                           " expires_at, kid)"),
            QStringLiteral("CREATE TABLE key_roles (kid TEXT NOT NULL REFERENCES api_keys(kid)"
                           " ON DELETE CASCADE, role_id INTEGER NOT NULL REFERENCES roles(id),"
                           " PRIMARY KEY (kid, role_id))"),
            QStringLiteral("CREATE TABLE key_scopes (kid TEXT NOT NULL REFERENCES api_keys(kid)"
                           " ON DELETE CASCADE, scope TEXT NOT NULL, PRIMARY KEY (kid, scope))"),
            QStringLiteral("CREATE TABLE credentials (id INTEGER PRIMARY KEY, kid TEXT NOT NULL"
                           " REFERENCES api_keys(kid) ON DELETE CASCADE, digest BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL, ends_at INTEGER)"),
            QStringLiteral("CREATE INDEX credentials_by_kid ON credentials (kid)"),
            QStringLiteral("CREATE TABLE audit_events (id INTEGER PRIMARY KEY, workspace_id"
                           " INTEGER NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL, action"
                           " TEXT NOT NULL, kid TEXT NOT NULL, before_json TEXT NOT NULL,"
                           " after_json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_by_key ON audit_events (workspace_id, kid, id)"),
            QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
            QStringLiteral("CREATE TABLE idempotency (workspace_id INTEGER NOT NULL, key_digest"
                           " BLOB NOT NULL, operation TEXT NOT NULL, request_digest BLOB NOT"
                           " NULL, kid TEXT NOT NULL, sealed BLOB NOT NULL, created_at INTEGER"
                           " NOT NULL, PRIMARY KEY (workspace_id, key_digest))"),
        },
        {
            // Rows sealed with the idempotency key alone (before the sealing secret) open
            // with that key and the database: they go.
            QStringLiteral("DELETE FROM idempotency"),
        },
        {
            // Who acted, beside the member: the operating-system user on a local store,
            // the key used through keyward-server.
            QStringLiteral("ALTER TABLE audit_events ADD COLUMN actor_os_user TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit_events ADD COLUMN actor_kid TEXT NOT NULL"
                           " DEFAULT ''"),
        },
        verifyEpochTriggers(),
        searchIndex(),
        {
            // The first page by type, last use or expiry read in index order, like name
            // and creation (SqlKeyReader::sortExpression() spells the same expressions).
            // Status depends on the time of the query and creator on a joined name.
            QStringLiteral("CREATE INDEX api_keys_by_type ON api_keys (workspace_id,"
                           " environment, kid)"),
            QStringLiteral("CREATE INDEX api_keys_by_last_use ON api_keys (workspace_id,"
                           " (coalesce(last_used_at, -1)), kid)"),
            QStringLiteral("CREATE INDEX api_keys_by_expiry_or_never ON api_keys (workspace_id,"
                           " (coalesce(expires_at, 253402300800000)), kid)"),
        },
        keyCounters(),
        {
            // The audit log's filters read a page of events by index, newest first: by
            // action or member in id order, a date range from its start (SqlAuditLog).
            QStringLiteral("CREATE INDEX audit_by_action ON audit_events (workspace_id, action,"
                           " id)"),
            QStringLiteral("CREATE INDEX audit_by_actor ON audit_events (workspace_id, actor,"
                           " id)"),
            QStringLiteral("CREATE INDEX audit_by_time ON audit_events (workspace_id, at)"),
            // Keys by creator, for the first page sorted by creator (SqlKeyReader's
            // FromMembersFirst).
            QStringLiteral("CREATE INDEX api_keys_by_creator ON api_keys (workspace_id,"
                           " created_by, kid)"),
        },
    };
    return migrations;
}

} // namespace SqlMigrations
