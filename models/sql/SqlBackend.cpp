#include "sql/SqlBackend.h"

#include "exchange/InventoryWriter.h"
#include "sql/SqlSchema.h"
#include "store/PrivateFiles.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr int ExportPageSize = 1000;

} // namespace

SqlBackend::SqlBackend(SqlStoreOptions options)
    : m_options(std::move(options))
    , m_connection(m_options)
    , m_directory(m_connection)
    , m_reader(m_connection, m_directory)
    , m_audit(m_connection, m_options.osUser)
    , m_idempotency(m_connection, m_reader, m_options.sealSecretPath)
    , m_writer(m_connection, m_directory, m_reader, m_audit, m_idempotency)
    , m_verifier(m_connection)
    , m_team(m_connection, m_directory, m_audit)
{
    if (!m_options.clock)
        m_options.clock = systemClock();
}

void SqlBackend::ensureOpen()
{
    if (m_connection.isOpen())
        return;
    m_connection.open();
    try {
        SqlSchema::migrate(m_connection, m_options.prefix, m_options.ownerName, now(),
                           m_upgradeProgress);
    } catch (...) {
        m_connection.close();
        throw;
    }
    m_dataVersion = m_connection.dataVersion();
    try {
        purgeExpiredRetries();
    } catch (const StoreError &error) {
        // A busy or read-only store still opens; the worker's timer tries again.
        qWarning("Could not purge expired idempotency rows: %s", qPrintable(error.message()));
    }
}

void SqlBackend::dropLostConnection()
{
    if (m_connection.isPostgres())
        m_connection.close();
}

void SqlBackend::probe()
{
    m_connection.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_events"));
}

StoreInfo SqlBackend::info()
{
    const Member owner = m_directory.firstMember();
    const ActingMember acting = m_directory.resolve(Actor{owner.id, std::nullopt});
    return {m_connection.displayName(), m_connection.path(), acting.workspace, owner};
}

StoreInfo SqlBackend::addWorkspace(const QString &name, const QString &prefix,
                                   const QString &ownerName)
{
    SqlTransaction transaction(m_connection);
    const qint64 workspaceId =
        SqlSchema::addWorkspace(m_connection, name, prefix, ownerName, now());
    const Member owner = m_directory.members(workspaceId).constFirst();
    transaction.commit();
    return {m_connection.displayName(), m_connection.path(), m_directory.workspace(workspaceId),
            owner};
}

QDateTime SqlBackend::now() const
{
    return m_options.clock().toUTC();
}

ActingMember SqlBackend::reader(const Actor &actor)
{
    ActingMember acting = m_directory.resolve(actor);
    SqlDirectory::require(acting, QStringLiteral("api_keys:read"));
    return acting;
}

StoreInfo SqlBackend::actingAs(const Actor &actor)
{
    const ActingMember acting = m_directory.resolve(actor);
    return {m_connection.displayName(), m_connection.path(), acting.workspace, acting.member};
}

StoreInfo SqlBackend::switchActor(const Actor &actor, qint64 memberId)
{
    SqlTransaction transaction(m_connection);
    const ActingMember from = m_directory.resolve(actor);
    const ActingMember to = m_directory.resolve(Actor{memberId, std::nullopt, QString()});
    if (from.capped) {
        throw StoreError::forbidden(tr("Acting through a key, you cannot act as another member."));
    }
    if (to.workspace.id != from.workspace.id)
        throw StoreError::notFound(tr("There is no member with the id %1.").arg(memberId));
    if (to.member.id != from.member.id) {
        m_audit.append(from, {0,
                              now(),
                              QString(),
                              QStringLiteral("act_as"),
                              QString(),
                              {{QStringLiteral("acting_as"), from.member.name}},
                              {{QStringLiteral("acting_as"), to.member.name}}});
    }
    transaction.commit();
    return {m_connection.displayName(), m_connection.path(), to.workspace, to.member};
}

qint64 SqlBackend::lastChange(const Actor &actor)
{
    return m_connection
        .scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_events WHERE"
                               " workspace_id = ?"),
                {reader(actor).workspace.id})
        .toLongLong();
}

KeyPage SqlBackend::queryKeys(const Actor &actor, const KeyQuery &query)
{
    return m_reader.page(reader(actor).workspace.id, query, now());
}

KeyCounts SqlBackend::countKeys(const Actor &actor, const KeyFilter &filter)
{
    return m_reader.counts(reader(actor).workspace.id, filter, now());
}

ApiKey SqlBackend::key(const Actor &actor, const QString &id)
{
    return m_reader.load(reader(actor).workspace.id, id);
}

IssuedKey SqlBackend::createKey(const Actor &actor, const KeyDraft &draft)
{
    return m_writer.create(actor, draft, now());
}

ApiKey SqlBackend::editKey(const Actor &actor, const KeyChanges &changes)
{
    return m_writer.edit(actor, changes, now());
}

IssuedKey SqlBackend::resetKey(const Actor &actor, const QString &id, KeyStore::Grace grace,
                               const QString &idempotencyKey)
{
    return m_writer.reset(actor, id, grace, idempotencyKey, now());
}

ApiKey SqlBackend::revokeKey(const Actor &actor, const QString &id)
{
    return m_writer.revoke(actor, id, now());
}

void SqlBackend::deleteKey(const Actor &actor, const QString &id)
{
    m_writer.remove(actor, id, now());
}

Verification SqlBackend::verify(const ParsedToken &token, const QString &scope)
{
    return m_verifier.verify(token, scope, now());
}

QList<AuditEvent> SqlBackend::auditEvents(const Actor &actor, const AuditQuery &query)
{
    // One key's history goes with the key (api_keys:read); the whole log needs audit_log:read.
    const ActingMember acting = m_directory.resolve(actor);
    SqlDirectory::require(acting, query.keyId.isEmpty() ? QStringLiteral("audit_log:read")
                                                        : QStringLiteral("api_keys:read"));
    return m_audit.events(acting.workspace.id, query);
}

ScopeCatalog SqlBackend::scopeCatalog(const Actor &actor)
{
    return m_directory.catalog(m_directory.resolve(actor).workspace.id);
}

QList<Role> SqlBackend::roles(const Actor &actor)
{
    return m_directory.roles(m_directory.resolve(actor).workspace.id);
}

QList<Member> SqlBackend::members(const Actor &actor)
{
    return m_directory.members(m_directory.resolve(actor).workspace.id);
}

Member SqlBackend::addMember(const Actor &actor, const Member &member)
{
    return m_team.addMember(actor, member, now());
}

Member SqlBackend::changeMemberRole(const Actor &actor, qint64 memberId, const QString &role)
{
    return m_team.changeMemberRole(actor, memberId, role, now());
}

Role SqlBackend::saveRole(const Actor &actor, const Role &role)
{
    return m_team.saveRole(actor, role, now());
}

void SqlBackend::deleteRole(const Actor &actor, const QString &name)
{
    m_team.deleteRole(actor, name, now());
}

ExportSummary SqlBackend::exportInventory(const Actor &actor, const KeyFilter &filter,
                                          ExportFormat format, const QString &path,
                                          const JobControl &control)
{
    reader(actor);
    if (control.isCanceled())
        throw StoreError::invalid(tr("The export was cancelled; no file was written."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError::unavailable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    PrivateFiles::keepToOwner(file);
    const ExportStart start = startExport(actor, filter, format);
    InventoryWriter writer(file, format, start.at);
    writer.begin();
    QString after;
    int written = 0;
    const auto stopWhenCanceled = [&control, &file] {
        if (control.isCanceled()) {
            file.cancelWriting();
            throw StoreError::invalid(tr("The export was cancelled; no file was written."));
        }
    };
    control.progress(0, start.keyCount);
    do {
        stopWhenCanceled();
        const KeyPage page = exportPage(actor, filter, start, after);
        for (const ApiKey &key : page.keys)
            writer.add(key);
        written += static_cast<int>(page.keys.size());
        control.progress(written, start.keyCount);
        after = page.nextCursor;
    } while (!after.isEmpty());
    writer.finish();
    stopWhenCanceled(); // also while the last page was read: nothing is committed then
    if (!file.commit())
        throw StoreError::unavailable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {path, written};
}

ExportStart SqlBackend::startExport(const Actor &actor, const KeyFilter &filter,
                                    ExportFormat format)
{
    const ActingMember acting = reader(actor);
    const QDateTime started = now();
    const int total = m_reader.counts(acting.workspace.id, filter, started).total;
    // The write lock is held for this one insert, not for the whole export (a million
    // keys take seconds, and every other writer would wait).
    SqlTransaction transaction(m_connection);
    m_audit.append(acting, {0,
                            started,
                            QString(),
                            QStringLiteral("export"),
                            QString(),
                            {},
                            QJsonObject{{QStringLiteral("format"), format == ExportFormat::Csv
                                                                       ? QStringLiteral("csv")
                                                                       : QStringLiteral("json")},
                                        {QStringLiteral("keys"), total}}});
    transaction.commit();
    return {total, started};
}

KeyPage SqlBackend::exportPage(const Actor &actor, const KeyFilter &filter,
                               const ExportStart &start, const QString &after)
{
    const KeyQuery query{filter, KeySortField::Name, Qt::AscendingOrder, after, ExportPageSize};
    return m_reader.page(reader(actor).workspace.id, query, start.at,
                         SqlKeyReader::Details::Listed);
}

void SqlBackend::flushUsage()
{
    if (m_connection.isOpen())
        m_verifier.flushUsage();
}

void SqlBackend::purgeExpiredRetries()
{
    if (m_connection.isOpen())
        m_idempotency.purge(now());
}

bool SqlBackend::externalChangeSeen()
{
    if (!m_connection.isOpen())
        return false;
    const qint64 version = m_connection.dataVersion();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}
