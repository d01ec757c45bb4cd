#include "sql/SqlKeyReader.h"

#include "domain/KeyRules.h"
#include "keys/KeyToken.h"
#include "sql/KeySql.h"
#include "sql/PageCursor.h"
#include "sql/SqlConnection.h"
#include "sql/SqlDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT k.kid, k.name, k.description, k.environment, k.created_by, m.name, k.created_at,"
    " k.expires_at, k.last_used_at, k.revoked_at, k.hint, k.version");
//! Up to this many keys matching a search are read from the index and sorted; more are
//! found by walking the sort order (SqlKeyReader::whereFor).
constexpr int FewMatches = 2000;

const QString FromKeys = QStringLiteral(" FROM api_keys k JOIN members m ON m.id = k.created_by");
//! The same rows with the members read first, in name order, and each one's keys in id
//! order (api_keys_by_creator): sorted by creator, a page is read without sorting them
//! all. CROSS JOIN keeps SQLite to that order of loops (SQLite only: PostgreSQL allows no
//! ON after it, and plans the join by its statistics).
const QString FromMembersFirst =
    QStringLiteral(" FROM members m CROSS JOIN api_keys k ON m.id ="
                   " k.created_by AND m.workspace_id = k.workspace_id");
} // namespace

SqlKeyReader::SqlKeyReader(SqlConnection &connection, SqlDirectory &directory)
    : m_connection(connection)
    , m_directory(directory)
{
}

ApiKey SqlKeyReader::load(qint64 workspaceId, const QString &kid)
{
    // Whatever cannot be a kid (a typo, a whole key, a NUL) is not looked up at all.
    if (!KeyToken::isValidKid(kid)) {
        throw StoreError::notFound(
            tr("There is no key with the id “%1”.").arg(kid.left(KeyToken::KidLength + 8)));
    }
    QSqlQuery query = m_connection.exec(
        SelectColumns + FromKeys + QStringLiteral(" WHERE k.workspace_id = ? AND k.kid = ?"),
        {workspaceId, kid});
    QList<ApiKey> keys = readRows(query);
    if (keys.isEmpty())
        throw StoreError::notFound(tr("There is no key with the id “%1”.").arg(kid));
    attachDetails(workspaceId, keys);
    return keys.first();
}

KeyPage SqlKeyReader::page(qint64 workspaceId, const KeyQuery &request, const QDateTime &now,
                           Details details)
{
    if (request.sortField == KeySortField::Status)
        return statusPage(workspaceId, request, now, details);
    const int limit = qBound(1, request.limit, 1000);
    const bool ascending = request.sortOrder == Qt::AscendingOrder;
    const QString sort = KeySql::sortExpression(request.sortField, now);
    Clause where = whereFor(workspaceId, request.filter, now);
    if (!request.after.isEmpty()) {
        // A cursor comes back from the caller: its value must have the sort's type.
        const bool textSort = request.sortField == KeySortField::Name ||
                              request.sortField == KeySortField::Type ||
                              request.sortField == KeySortField::CreatedBy;
        const std::optional<PageCursor> cursor = PageCursor::decode(
            request.after, textSort ? PageCursor::Kind::Text : PageCursor::Kind::Number);
        if (!cursor)
            throw StoreError::invalid(tr("The page cursor is not valid."));
        where.sql += QStringLiteral(" AND (%1, k.kid) %2 (?, ?)")
                         .arg(sort, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        where.bindings << cursor->sortValue << cursor->kid;
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString listed =
        details == Details::Listed ? KeySql::listedColumns(m_connection.isPostgres()) : QString();
    const bool membersFirst = request.sortField == KeySortField::CreatedBy && !where.fromMatches &&
                              !m_connection.isPostgres();
    const QString &from = membersFirst ? FromMembersFirst : FromKeys;
    QSqlQuery query = m_connection.exec(SelectColumns + QStringLiteral(", %1").arg(sort) + listed +
                                            from + where.sql +
                                            QStringLiteral(" ORDER BY %1 %2, k.kid %2 LIMIT %3")
                                                .arg(sort, direction)
                                                .arg(limit + 1),
                                        where.bindings);
    QVariantList sortValues;
    KeyPage page;
    page.keys = readRows(query, &sortValues, details);
    if (page.keys.size() > limit) {
        page.keys.removeLast();
        page.nextCursor = PageCursor{sortValues.at(limit - 1), page.keys.constLast().id}.encode();
    }
    if (details == Details::Full)
        attachDetails(workspaceId, page.keys);
    return page;
}

KeyPage SqlKeyReader::statusPage(qint64 workspaceId, const KeyQuery &request, const QDateTime &now,
                                 Details details)
{
    // A status depends on the time of the query, so no index holds their order: the page
    // is read one status at a time, in the order of the sort (active, expiring soon,
    // expired, revoked; KeySql::sortExpression()'s numbers), each status's keys in id order. A
    // page of the commonest status is read without sorting the others.
    constexpr KeyStatus InOrder[] = {KeyStatus::Active, KeyStatus::ExpiringSoon, KeyStatus::Expired,
                                     KeyStatus::Revoked};
    constexpr int Statuses = int(std::size(InOrder));
    const int limit = qBound(1, request.limit, 1000);
    const bool ascending = request.sortOrder == Qt::AscendingOrder;
    std::optional<PageCursor> cursor;
    if (!request.after.isEmpty()) {
        cursor = PageCursor::decode(request.after, PageCursor::Kind::Number);
        const qint64 rank = cursor ? cursor->sortValue.toLongLong() : -1;
        if (rank < 0 || rank >= Statuses)
            throw StoreError::invalid(tr("The page cursor is not valid."));
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString listed =
        details == Details::Listed ? KeySql::listedColumns(m_connection.isPostgres()) : QString();
    const SqlReadTransaction snapshot(m_connection); // the statuses of one moment
    KeyPage page;
    QVariantList ranks;
    int rank = cursor ? int(cursor->sortValue.toLongLong()) : ascending ? 0 : Statuses - 1;
    for (; rank >= 0 && rank < Statuses && page.keys.size() <= limit; rank += ascending ? 1 : -1) {
        if (request.filter.status && *request.filter.status != InOrder[rank])
            continue; // no key has two statuses: a walk past every key for nothing
        Clause where = whereFor(workspaceId, request.filter, now, Walk::IdOrder);
        where.sql += QStringLiteral(" AND ") + KeySql::statusCondition(InOrder[rank], now);
        if (cursor && rank == cursor->sortValue.toLongLong()) {
            where.sql +=
                ascending ? QStringLiteral(" AND k.kid > ?") : QStringLiteral(" AND k.kid < ?");
            where.bindings << cursor->kid;
        }
        QSqlQuery query = m_connection.exec(SelectColumns + QStringLiteral(", %1").arg(rank) +
                                                listed + FromKeys + where.sql +
                                                QStringLiteral(" ORDER BY k.kid %1 LIMIT %2")
                                                    .arg(direction)
                                                    .arg(limit + 1 - page.keys.size()),
                                            where.bindings);
        page.keys += readRows(query, &ranks, details);
    }
    if (page.keys.size() > limit) {
        page.keys.removeLast();
        page.nextCursor = PageCursor{ranks.at(limit - 1), page.keys.constLast().id}.encode();
    }
    if (details == Details::Full)
        attachDetails(workspaceId, page.keys);
    return page;
}

KeyCounts SqlKeyReader::counts(qint64 workspaceId, const KeyFilter &filter, const QDateTime &now)
{
    if (filter.text.trimmed().isEmpty() && filter.role.isEmpty() && filter.createdBy.isEmpty())
        return countedByType(workspaceId, filter, now);
    const Clause where = whereFor(workspaceId, filter, now);
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                .arg(KeySql::statusCondition(KeyStatus::ExpiringSoon, now)) +
            FromKeys + where.sql,
        where.bindings);
    query.next();
    return {query.value(0).toInt(), query.value(1).toInt()};
}

KeyCounts SqlKeyReader::countedByType(qint64 workspaceId, const KeyFilter &filter,
                                      const QDateTime &now)
{
    // key_counts has the keys per type, revoked or not (SqlMigrations, keyCounters()); of the
    // ones not revoked, those expired or expiring by now are counted on their partial
    // index. The rest are active.
    const SqlReadTransaction snapshot(m_connection); // both reads see the same keys
    QString type;
    QVariantList bindings{workspaceId};
    if (filter.environment) {
        type = QStringLiteral(" AND environment = ?");
        bindings << environmentName(*filter.environment);
    }
    QSqlQuery kept = m_connection.exec(
        QStringLiteral("SELECT coalesce(sum(CASE WHEN revoked = 0 THEN n ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN revoked = 1 THEN n ELSE 0 END), 0) FROM"
                       " key_counts WHERE workspace_id = ?") +
            type,
        bindings);
    kept.next();
    const qint64 unrevoked = kept.value(0).toLongLong();
    const qint64 revoked = kept.value(1).toLongLong();
    const QString nowMs = QString::number(now.toMSecsSinceEpoch());
    const QString soonMs = QString::number(now.addDays(ExpiringSoonDays).toMSecsSinceEpoch());
    QSqlQuery ending = m_connection.exec(
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN expires_at <= %1 THEN 1 ELSE 0"
                       " END), 0) FROM api_keys WHERE workspace_id = ?%2 AND revoked_at IS NULL"
                       " AND expires_at <= %3")
            .arg(nowMs, type, soonMs),
        bindings);
    ending.next();
    const qint64 expired = ending.value(1).toLongLong();
    const qint64 expiring = ending.value(0).toLongLong() - expired;
    const auto total = [&]() -> qint64 {
        if (!filter.status)
            return unrevoked + revoked;
        switch (*filter.status) {
        case KeyStatus::Active:
            return unrevoked - expired - expiring;
        case KeyStatus::ExpiringSoon:
            return expiring;
        case KeyStatus::Expired:
            return expired;
        case KeyStatus::Revoked:
            return revoked;
        }
        return 0;
    };
    const bool expiringCounts = !filter.status || *filter.status == KeyStatus::ExpiringSoon;
    return {int(total()), expiringCounts ? int(expiring) : 0};
}

SqlKeyReader::Clause SqlKeyReader::whereFor(qint64 workspaceId, const KeyFilter &filter,
                                            const QDateTime &now, Walk walk) const
{
    // '+' keeps the workspace's indexes out of SQLite's plan: the keys are walked in id
    // order rather than found through one of those and sorted.
    Clause clause{walk == Walk::IdOrder && !m_connection.isPostgres()
                      ? QStringLiteral(" WHERE +k.workspace_id = ?")
                      : QStringLiteral(" WHERE k.workspace_id = ?"),
                  {workspaceId}};
    if (const QString text = filter.text.trimmed().toCaseFolded(); !text.isEmpty()) {
        // The same literal substring either way. SQLite's trigram index answers for three
        // characters or more, when few keys match: it cannot tell how many do, so it is
        // asked for a few more than a few first; if that is all, the query starts from the
        // matches ('+' keeps the workspace's indexes out of the plan) and sorts them.
        // Otherwise, and for shorter terms, the query walks the sort index and tests each
        // key's own text: when many keys match, a page is found within a few steps
        // (reading every match from the index first took 0.4 s at a million). PostgreSQL's
        // LIKE uses its pg_trgm index by itself (SqlMigrations, searchIndex()).
        const bool indexed = !m_connection.isPostgres() && text.toUcs4().size() >= 3;
        if (const QString phrase = KeySql::trigramPhrase(text);
            indexed && matchesAtMost(phrase, FewMatches)) {
            clause.sql = QStringLiteral(" WHERE +k.workspace_id = ? AND k.search_id IN (SELECT"
                                        " rowid FROM api_keys_search WHERE api_keys_search"
                                        " MATCH ?)");
            clause.bindings << phrase;
            clause.fromMatches = true;
        } else {
            clause.sql += QStringLiteral(" AND k.search_text LIKE ? ESCAPE '\\'");
            clause.bindings << KeySql::likePattern(text);
        }
    }
    if (filter.environment) {
        clause.sql += QStringLiteral(" AND k.environment = ?");
        clause.bindings << environmentName(*filter.environment);
    }
    if (filter.status)
        clause.sql += QStringLiteral(" AND ") + KeySql::statusCondition(*filter.status, now);
    if (!filter.role.isEmpty()) {
        clause.sql += QStringLiteral(" AND k.kid IN (SELECT kr.kid FROM key_roles kr JOIN roles r"
                                     " ON r.id = kr.role_id WHERE r.name = ?)");
        clause.bindings << filter.role;
    }
    if (!filter.createdBy.isEmpty()) {
        clause.sql += QStringLiteral(" AND m.name = ?");
        clause.bindings << filter.createdBy;
    }
    return clause;
}

bool SqlKeyReader::matchesAtMost(const QString &phrase, int count) const
{
    QSqlQuery query =
        m_connection.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM api_keys_search"
                                         " WHERE api_keys_search MATCH ? LIMIT %1)")
                              .arg(count + 1),
                          {phrase});
    return query.next() && query.value(0).toInt() <= count;
}

QList<ApiKey> SqlKeyReader::readRows(QSqlQuery &query, QVariantList *sortValues, Details details)
{
    const auto list = [](const QVariant &value) {
        const QString joined = value.toString();
        return joined.isEmpty() ? QStringList() : joined.split(QChar(0x1F));
    };
    QList<ApiKey> keys;
    while (query.next()) {
        ApiKey key;
        key.id = query.value(0).toString();
        key.name = query.value(1).toString();
        key.description = query.value(2).toString();
        key.environment =
            environmentFromName(query.value(3).toString()).value_or(Environment::Test);
        key.createdById = query.value(4).toLongLong();
        key.createdBy = query.value(5).toString();
        key.createdAt = SqlConnection::timeFrom(query.value(6));
        key.expiresAt = SqlConnection::timeFrom(query.value(7));
        key.lastUsedAt = SqlConnection::timeFrom(query.value(8));
        key.revokedAt = SqlConnection::timeFrom(query.value(9));
        key.hint = query.value(10).toString();
        key.version = query.value(11).toInt();
        if (sortValues)
            sortValues->append(query.value(12));
        if (details == Details::Listed) {
            key.roles = list(query.value(13));
            key.scopes = list(query.value(14));
        }
        keys.append(key);
    }
    return keys;
}

void SqlKeyReader::attachDetails(qint64 workspaceId, QList<ApiKey> &keys)
{
    if (keys.isEmpty())
        return;
    QHash<QString, ApiKey *> byId;
    QJsonArray ids;
    for (ApiKey &key : keys) {
        byId.insert(key.id, &key);
        ids.append(key.id);
    }
    // The page's ids travel as one JSON array, so each statement is the same text for
    // every page, prepared once (a list of a thousand '?' was parsed again for each page).
    const QVariantList bound{QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))};
    const QString in = m_connection.isPostgres()
                           ? QStringLiteral("SELECT json_array_elements_text(CAST(? AS json))")
                           : QStringLiteral("SELECT value FROM json_each(?)");
    QSqlQuery &roles = m_connection.execCached(
        QStringLiteral("SELECT kr.kid, r.name FROM key_roles kr JOIN roles r ON r.id ="
                       " kr.role_id WHERE kr.kid IN (%1) ORDER BY r.name")
            .arg(in),
        bound);
    while (roles.next())
        byId.value(roles.value(0).toString())->roles.append(roles.value(1).toString());
    QSqlQuery &scopes = m_connection.execCached(
        QStringLiteral("SELECT kid, scope FROM key_scopes WHERE kid IN (%1) ORDER BY scope")
            .arg(in),
        bound);
    while (scopes.next())
        byId.value(scopes.value(0).toString())->scopes.append(scopes.value(1).toString());
    QSqlQuery &credentials = m_connection.execCached(
        QStringLiteral("SELECT kid, created_at, ends_at FROM credentials WHERE kid IN (%1)"
                       " ORDER BY id")
            .arg(in),
        bound);
    while (credentials.next()) {
        byId.value(credentials.value(0).toString())
            ->credentials.append({SqlConnection::timeFrom(credentials.value(1)),
                                  SqlConnection::timeFrom(credentials.value(2))});
    }
    const QHash<QString, ScopeSet> roleScopes = m_directory.roleScopes(workspaceId);
    const QHash<qint64, ScopeSet> memberScopes = m_directory.memberScopes(workspaceId);
    for (ApiKey &key : keys) {
        key.effectiveScopes = sortedScopes(KeyRules::effectiveScopes(
            key.scopes, key.roles, roleScopes, memberScopes.value(key.createdById)));
    }
}
