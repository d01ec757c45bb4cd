#pragma once

#include "sql/SqlStoreOptions.h"
#include "store/KeyStore.h"

#include <QThread>
#include <memory>

class SqlWorker;
class SqlBackend;

//! The SQL store: every call runs on a worker thread that owns the database connection.
class SqlKeyStore final : public KeyStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlKeyStore)

public:
    explicit SqlKeyStore(SqlStoreOptions options, QObject *parent = nullptr);
    ~SqlKeyStore() override;

    QFuture<StoreResult<StoreInfo>> open() override;
    QFuture<StoreResult<StoreInfo>> actingAs(const Actor &actor) override;
    QFuture<StoreResult<StoreInfo>> switchActor(const Actor &actor, qint64 memberId) override;
    QFuture<StoreResult<qint64>> lastChange(const Actor &actor) override;
    QFuture<StoreResult<KeyPage>> queryKeys(const Actor &actor, const KeyQuery &query) override;
    QFuture<StoreResult<KeyCounts>> countKeys(const Actor &actor, const KeyFilter &filter) override;
    QFuture<StoreResult<ApiKey>> key(const Actor &actor, const QString &id) override;
    QFuture<StoreResult<IssuedKey>> createKey(const Actor &actor, const KeyDraft &draft) override;
    QFuture<StoreResult<ApiKey>> editKey(const Actor &actor, const KeyChanges &changes) override;
    QFuture<StoreResult<IssuedKey>> resetKey(const Actor &actor, const QString &id, Grace grace,
                                             const QString &idempotencyKey) override;
    QFuture<StoreResult<ApiKey>> revokeKey(const Actor &actor, const QString &id) override;
    QFuture<StoreResult<Done>> deleteKey(const Actor &actor, const QString &id) override;
    QFuture<StoreResult<QList<AuditEvent>>> auditEvents(const Actor &actor,
                                                        const AuditQuery &query) override;
    QFuture<StoreResult<ScopeCatalog>> scopeCatalog(const Actor &actor) override;
    QFuture<StoreResult<QList<Role>>> roles(const Actor &actor) override;
    QFuture<StoreResult<QList<Member>>> members(const Actor &actor) override;
    QFuture<StoreResult<Member>> addMember(const Actor &actor, const Member &member) override;
    QFuture<StoreResult<Member>> changeMemberRole(const Actor &actor, qint64 memberId,
                                                  const QString &role) override;
    QFuture<StoreResult<Role>> saveRole(const Actor &actor, const Role &role) override;
    QFuture<StoreResult<Done>> deleteRole(const Actor &actor, const QString &name) override;
    QFuture<StoreResult<ExportSummary>> exportInventory(const Actor &actor, const KeyFilter &filter,
                                                        ExportFormat format,
                                                        const QString &path) override;

    //! An export for a caller that writes the keys itself as they come (keyward-server
    //! streams them to its client): startExport() records it, exportPage() reads its keys
    //! one page after another, from an empty @p after to the page whose nextCursor is
    //! empty. exportInventory() is the same two writing a file.
    QFuture<StoreResult<ExportStart>> startExport(const Actor &actor, const KeyFilter &filter,
                                                  ExportFormat format);
    QFuture<StoreResult<KeyPage>> exportPage(const Actor &actor, const KeyFilter &filter,
                                             const ExportStart &start, const QString &after);

    //! Provisions another workspace in this store, with its own catalog, built-in roles
    //! and owner (an operator's task, e.g. `keyward-server init --workspace`).
    QFuture<StoreResult<StoreInfo>> addWorkspace(const QString &name, const QString &prefix,
                                                 const QString &ownerName);

    //! Last-used times recorded by a SqlThreadVerifier; written with the worker's batch.
    void addUsage(const QHash<QString, QDateTime> &usage);
    const SqlStoreOptions &options() const { return m_options; }
    //! Counts the changes made through this store, and those another PostgreSQL session
    //! announced to it; it moves before a change's future finishes, and as soon as a
    //! notification arrives, so a SqlThreadVerifier that reads it sees every change it
    //! was told of.
    quint64 changeCount() const { return m_localChanges.load() + m_noticedChanges.load(); }

    //! Writes pending last-used times now and waits for it (used on shutdown and by tests).
    void flushUsage();

protected:
    QFuture<StoreResult<Verification>> verifyParsed(const ParsedToken &token,
                                                    const QString &scope) override;

private:
    template <typename T, typename Job> QFuture<StoreResult<T>> dispatch(Job job);
    template <typename T, typename Job> QFuture<StoreResult<T>> dispatchChange(Job job);

    SqlStoreOptions m_options;
    std::atomic<quint64> m_localChanges{0};
    std::atomic<quint64> m_noticedChanges{0}; //!< written by the worker's thread
    QThread m_thread;
    SqlWorker *m_worker = nullptr; //!< lives in m_thread
};
