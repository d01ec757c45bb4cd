#include "sql/KeySql.h"

namespace KeySql {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString trigramPhrase(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString statusCondition(KeyStatus status, const QDateTime &now)
{
    // Times are our own integers, never user input, so they are safe to inline.
    const QString nowMs = QString::number(now.toMSecsSinceEpoch());
    const QString soonMs = QString::number(now.addDays(ExpiringSoonDays).toMSecsSinceEpoch());
    switch (status) {
    case KeyStatus::Revoked:
        return QStringLiteral("k.revoked_at IS NOT NULL");
    case KeyStatus::Expired:
        return QStringLiteral("(k.revoked_at IS NULL AND k.expires_at <= %1)").arg(nowMs);
    case KeyStatus::ExpiringSoon:
        return QStringLiteral("(k.revoked_at IS NULL AND k.expires_at > %1 AND k.expires_at <= %2)")
            .arg(nowMs, soonMs);
    case KeyStatus::Active:
        return QStringLiteral(
                   "(k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > %1))")
            .arg(soonMs);
    }
    return QStringLiteral("1 = 1");
}

QString sortExpression(KeySortField field, const QDateTime &now)
{
    // Name, type, creation, last use and expiry have an index on exactly this expression
    // (SqlMigrations): keep them in step.
    switch (field) {
    case KeySortField::Name:
        return QStringLiteral("k.sort_name");
    case KeySortField::Type:
        return QStringLiteral("k.environment");
    case KeySortField::Status:
        return QStringLiteral("(CASE WHEN %1 THEN 0 WHEN %2 THEN 1 WHEN %3 THEN 2 ELSE 3 END)")
            .arg(statusCondition(KeyStatus::Active, now),
                 statusCondition(KeyStatus::ExpiringSoon, now),
                 statusCondition(KeyStatus::Expired, now));
    case KeySortField::Created:
        return QStringLiteral("k.created_at");
    case KeySortField::CreatedBy:
        return QStringLiteral("m.name");
    case KeySortField::LastUsed:
        return QStringLiteral("coalesce(k.last_used_at, -1)");
    case KeySortField::Expires:
        // "Never" sorts after every date; the sentinel (year 9999) survives the JSON cursor
        // exactly, as every value below 2^53 does.
        return QStringLiteral("coalesce(k.expires_at, 253402300800000)");
    }
    return QStringLiteral("k.created_at");
}

QString listedColumns(bool postgres)
{
    // Each list joined by U+001F, which no role name (KeyRules::nameProblem) or scope
    // contains, in the order SqlKeyReader::attachDetails() reads them.
    if (postgres) {
        return QStringLiteral(
            ", (SELECT string_agg(r.name, chr(31) ORDER BY r.name) FROM key_roles kr JOIN roles r"
            " ON r.id = kr.role_id WHERE kr.kid = k.kid), (SELECT string_agg(s.scope, chr(31)"
            " ORDER BY s.scope) FROM key_scopes s WHERE s.kid = k.kid)");
    }
    return QStringLiteral(
        ", (SELECT group_concat(name, char(31)) FROM (SELECT r.name FROM key_roles kr JOIN roles r"
        " ON r.id = kr.role_id WHERE kr.kid = k.kid ORDER BY r.name)), (SELECT"
        " group_concat(scope, char(31)) FROM (SELECT s.scope FROM key_scopes s WHERE s.kid ="
        " k.kid ORDER BY s.scope))");
}

} // namespace KeySql
