#pragma once

#include "sql/SqlAuditLog.h"
#include "sql/SqlConnection.h"
#include "sql/SqlDirectory.h"
#include "sql/SqlIdempotencyLog.h"
#include "sql/SqlKeyReader.h"
#include "sql/SqlKeyWriter.h"
#include "sql/SqlSchema.h"
#include "sql/SqlStoreOptions.h"
#include "sql/SqlTeamWriter.h"
#include "sql/SqlVerifier.h"
#include "store/KeyStore.h"

#include <functional>

//! Lets a long job report progress and notice cancellation.
struct JobControl {
    std::function<bool()> isCanceled = [] { return false; };
    std::function<void(int done, int total)> progress = [](int, int) {};
};

//! The synchronous SQL store. Lives on one thread (SqlKeyStore's worker); every
//! method throws StoreError on failure.
class SqlBackend final {
    Q_DECLARE_TR_FUNCTIONS(SqlBackend)
    Q_DISABLE_COPY_MOVE(SqlBackend)

public:
    explicit SqlBackend(SqlStoreOptions options);

    //! Opens, creates and migrates the store on first use, and again after
    //! dropLostConnection().
    void ensureOpen();
    //! After an unavailable error. A PostgreSQL connection whose server went away may
    //! still count as open (it depends on the driver's version) though it is dead: it is
    //! closed, so the next call connects and listens again. A SQLite file is kept open:
    //! there is no connection to lose.
    void dropLostConnection();
    //! A cheap read that throws when the store cannot be reached; for probing while it
    //! could not.
    void probe();
    StoreInfo info();
    //! Provisions another workspace (catalog, built-in roles, an owner); see SqlSchema.
    StoreInfo addWorkspace(const QString &name, const QString &prefix, const QString &ownerName);
    QDateTime now() const;

    StoreInfo actingAs(const Actor &actor);
    StoreInfo switchActor(const Actor &actor, qint64 memberId);
    qint64 lastChange(const Actor &actor);
    KeyPage queryKeys(const Actor &actor, const KeyQuery &query);
    KeyCounts countKeys(const Actor &actor, const KeyFilter &filter);
    ApiKey key(const Actor &actor, const QString &id);
    IssuedKey createKey(const Actor &actor, const KeyDraft &draft);
    ApiKey editKey(const Actor &actor, const KeyChanges &changes);
    IssuedKey resetKey(const Actor &actor, const QString &id, KeyStore::Grace grace,
                       const QString &idempotencyKey);
    ApiKey revokeKey(const Actor &actor, const QString &id);
    void deleteKey(const Actor &actor, const QString &id);
    Verification verify(const ParsedToken &token, const QString &scope);
    QList<AuditEvent> auditEvents(const Actor &actor, const AuditQuery &query);
    ScopeCatalog scopeCatalog(const Actor &actor);
    QList<Role> roles(const Actor &actor);
    QList<Member> members(const Actor &actor);
    Member addMember(const Actor &actor, const Member &member);
    Member changeMemberRole(const Actor &actor, qint64 memberId, const QString &role);
    Role saveRole(const Actor &actor, const Role &role);
    void deleteRole(const Actor &actor, const QString &name);
    ExportSummary exportInventory(const Actor &actor, const KeyFilter &filter, ExportFormat format,
                                  const QString &path, const JobControl &control);
    //! Records an export of the keys @p filter selects: its audit event is committed
    //! before a key is read, so no export goes unrecorded.
    ExportStart startExport(const Actor &actor, const KeyFilter &filter, ExportFormat format);
    //! The export's keys after the cursor @p after (empty: from the first), in name
    //! order, with their roles and scopes; the page whose nextCursor is empty is the last.
    KeyPage exportPage(const Actor &actor, const KeyFilter &filter, const ExportStart &start,
                       const QString &after);

    void flushUsage();
    //! Deletes expired idempotency rows (they hold sealed keys): on open and on a timer.
    void purgeExpiredRetries();
    //! Last-used times recorded by a SqlThreadVerifier, written with the next flush.
    void addUsage(const QHash<QString, QDateTime> &usage) { m_verifier.addUsage(usage); }
    //! Called on the worker's thread for each change another session announces (PostgreSQL).
    //! Hears of each step of a migration that runs when the store opens.
    void onUpgradeProgress(SqlSchema::Progress progress)
    {
        m_upgradeProgress = std::move(progress);
    }
    void onNotification(std::function<void()> noticed)
    {
        m_connection.onNotification(std::move(noticed));
    }
    //! Called after every write through this backend: verification reads afresh.
    void forgetVerifiedKeys() { m_verifier.forgetKeys(); }
    //! True when another process committed a change since the last call.
    bool externalChangeSeen();

private:
    ActingMember reader(const Actor &actor);

    SqlStoreOptions m_options;
    SqlSchema::Progress m_upgradeProgress;
    SqlConnection m_connection;
    SqlDirectory m_directory;
    SqlKeyReader m_reader;
    SqlAuditLog m_audit;
    SqlIdempotencyLog m_idempotency;
    SqlKeyWriter m_writer;
    SqlVerifier m_verifier;
    SqlTeamWriter m_team;
    qint64 m_dataVersion = -1;
};
