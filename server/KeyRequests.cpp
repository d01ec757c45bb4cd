#include "KeyRequests.h"

#include "JsonBody.h"
#include "exchange/StrictJson.h"

#include <QSet>
#include <algorithm>

namespace {

const QStringList FilterParameters = {QStringLiteral("search"), QStringLiteral("type"),
                                      QStringLiteral("status"), QStringLiteral("role"),
                                      QStringLiteral("created_by")};

const QList<QPair<QString, KeySortField>> SortFields = {
    {QStringLiteral("name"), KeySortField::Name},
    {QStringLiteral("type"), KeySortField::Type},
    {QStringLiteral("status"), KeySortField::Status},
    {QStringLiteral("created"), KeySortField::Created},
    {QStringLiteral("created_by"), KeySortField::CreatedBy},
    {QStringLiteral("last_used"), KeySortField::LastUsed},
    {QStringLiteral("expires"), KeySortField::Expires},
};

QString value(const QUrlQuery &url, const QString &name)
{
    return url.queryItemValue(name, QUrl::FullyDecoded);
}

bool onlyKnown(const QUrlQuery &url, const QStringList &known, QString *problem)
{
    QSet<QString> seen;
    for (const auto &[name, text] : url.queryItems(QUrl::FullyDecoded)) {
        if (text.contains(QChar(0)) || text.size() > 1000) {
            *problem = KeyRequests::tr("The query parameter “%1” holds a NUL character or is "
                                       "longer than 1000 characters.")
                           .arg(name.left(100));
            return false;
        }
        if (!known.contains(name)) {
            *problem = KeyRequests::tr("The query parameter “%1” is not known here; use %2.")
                           .arg(name.left(100), known.join(QStringLiteral(", ")));
            return false;
        }
        if (seen.contains(name)) {
            *problem =
                KeyRequests::tr("The query parameter “%1” is given more than once.").arg(name);
            return false;
        }
        seen.insert(name);
    }
    return true;
}

std::optional<QDateTime> timeParameter(const QUrlQuery &url, const QString &name, QString *problem)
{
    const QString text = value(url, name);
    if (text.isEmpty())
        return QDateTime();
    const std::optional<QDateTime> time = JsonBody::utcTime(text);
    if (!time) {
        *problem = KeyRequests::tr("“%1” must be a time such as 2027-01-31T12:00:00Z.").arg(name);
        return std::nullopt;
    }
    return time;
}

//! Digits only, at most @p maxDigits: QString::toInt() would also take a sign, spaces or "0x".
bool isDecimal(QStringView text, int maxDigits = 9)
{
    return !text.isEmpty() && text.size() <= maxDigits &&
           std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

std::optional<int> limitParameter(const QUrlQuery &url, int fallback, int max, QString *problem)
{
    const QString text = value(url, QStringLiteral("limit"));
    if (text.isEmpty())
        return fallback;
    const int limit = isDecimal(text) ? text.toInt() : 0;
    if (limit < 1 || limit > max) {
        *problem = KeyRequests::tr("“limit” must be a number from 1 to %1.").arg(max);
        return std::nullopt;
    }
    return limit;
}

//! An audit event's id (1 to 18 digits), 0 when the parameter is absent.
std::optional<qint64> eventIdParameter(const QUrlQuery &url, const QString &name, QString *problem)
{
    const QString text = value(url, name);
    if (text.isEmpty())
        return 0;
    const qint64 id = isDecimal(text, 18) ? text.toLongLong() : 0;
    if (id < 1) {
        *problem = KeyRequests::tr("“%1” must be an event id, a whole number from 1.").arg(name);
        return std::nullopt;
    }
    return id;
}

} // namespace

std::optional<KeyFilter> KeyRequests::filter(const QUrlQuery &url, const QStringList &alsoAllowed,
                                             QString *problem)
{
    if (!onlyKnown(url, FilterParameters + alsoAllowed, problem))
        return std::nullopt;
    KeyFilter filter;
    filter.text = value(url, QStringLiteral("search"));
    filter.role = value(url, QStringLiteral("role"));
    filter.createdBy = value(url, QStringLiteral("created_by"));
    const QString type = value(url, QStringLiteral("type"));
    if (!type.isEmpty() && !(filter.environment = environmentFromName(type))) {
        *problem = tr("“type” must be test or live.");
        return std::nullopt;
    }
    const QString status = value(url, QStringLiteral("status"));
    if (!status.isEmpty() && !(filter.status = keyStatusFromName(status))) {
        *problem = tr("“status” must be active, expiring, expired or revoked.");
        return std::nullopt;
    }
    return filter;
}

std::optional<KeyQuery> KeyRequests::page(const QUrlQuery &url, QString *problem)
{
    const std::optional<KeyFilter> filter =
        KeyRequests::filter(url,
                            {QStringLiteral("sort"), QStringLiteral("order"),
                             QStringLiteral("limit"), QStringLiteral("cursor")},
                            problem);
    if (!filter)
        return std::nullopt;
    KeyQuery query;
    query.filter = *filter;
    const QString sort = value(url, QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        const auto found = std::find_if(SortFields.cbegin(), SortFields.cend(),
                                        [&sort](const auto &field) { return field.first == sort; });
        if (found == SortFields.cend()) {
            *problem = tr("“sort” must be name, type, status, created, created_by, last_used or "
                          "expires.");
            return std::nullopt;
        }
        query.sortField = found->second;
        query.sortOrder = Qt::AscendingOrder;
    }
    const QString order = value(url, QStringLiteral("order"));
    if (order == QLatin1String("asc")) {
        query.sortOrder = Qt::AscendingOrder;
    } else if (order == QLatin1String("desc")) {
        query.sortOrder = Qt::DescendingOrder;
    } else if (!order.isEmpty()) {
        *problem = tr("“order” must be asc or desc.");
        return std::nullopt;
    }
    const std::optional<int> limit = limitParameter(url, 100, MaxPageSize, problem);
    if (!limit)
        return std::nullopt;
    query.limit = *limit;
    query.after = value(url, QStringLiteral("cursor"));
    return query;
}

std::optional<AuditQuery> KeyRequests::audit(const QUrlQuery &url, QString *problem)
{
    if (!onlyKnown(url,
                   {QStringLiteral("key"), QStringLiteral("action"), QStringLiteral("actor"),
                    QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("before"),
                    QStringLiteral("after"), QStringLiteral("limit")},
                   problem)) {
        return std::nullopt;
    }
    AuditQuery query;
    query.keyId = value(url, QStringLiteral("key"));
    query.action = value(url, QStringLiteral("action"));
    query.actor = value(url, QStringLiteral("actor"));
    const auto from = timeParameter(url, QStringLiteral("from"), problem);
    const auto to = timeParameter(url, QStringLiteral("to"), problem);
    const auto limit = limitParameter(url, 1000, 10000, problem);
    const auto before = eventIdParameter(url, QStringLiteral("before"), problem);
    const auto after = eventIdParameter(url, QStringLiteral("after"), problem);
    if (!from || !to || !limit || !before || !after)
        return std::nullopt;
    query.from = *from;
    query.to = *to;
    query.limit = *limit;
    query.beforeId = *before;
    query.afterId = *after;
    return query;
}

KeyDraft KeyRequests::draft(JsonBody &body)
{
    KeyDraft draft;
    draft.name = body.requiredString(QStringLiteral("name"));
    draft.description = body.optionalString(QStringLiteral("description"));
    const QString type = body.string(QStringLiteral("type")).value_or(QStringLiteral("test"));
    if (const auto environment = environmentFromName(type))
        draft.environment = *environment;
    else
        body.reject(tr("The field \"type\" must be test or live."));
    draft.roles = body.stringList(QStringLiteral("roles")).value_or(QStringList());
    draft.scopes = body.stringList(QStringLiteral("scopes")).value_or(QStringList());
    draft.neverExpires = body.boolean(QStringLiteral("never_expires")).value_or(false);
    draft.expiresAt = body.time(QStringLiteral("expires_at")).value_or(QDateTime());
    if (draft.neverExpires && body.has(QStringLiteral("expires_at")))
        body.reject(tr("Send either \"expires_at\" or \"never_expires\": true, not both."));
    return draft;
}

KeyChanges KeyRequests::changes(JsonBody &body)
{
    KeyChanges changes;
    changes.name = body.string(QStringLiteral("name"));
    changes.description = body.string(QStringLiteral("description"));
    changes.roles = body.stringList(QStringLiteral("roles"));
    changes.scopes = body.stringList(QStringLiteral("scopes"));
    return changes;
}

std::optional<int> KeyRequests::ifMatch(const QByteArray &headerValue, QString *problem)
{
    // Exactly the strong entity tag we send as ETag: "N". A bare 3, W/"3", * or a list
    // is not one of our tags; it is refused rather than read as something else.
    const QByteArray tag = headerValue.trimmed();
    problem->clear();
    if (tag.isEmpty())
        return std::nullopt;
    const QByteArray digits = tag.size() >= 3 && tag.startsWith('"') && tag.endsWith('"')
                                  ? tag.mid(1, tag.size() - 2)
                                  : QByteArray();
    const bool decimal =
        !digits.isEmpty() && digits.size() <= 9 && digits.front() != '0' &&
        std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!decimal) {
        *problem = tr("If-Match takes the key's version as the ETag gave it, in double quotes, "
                      "e.g. If-Match: \"3\"; “%1” is not one.")
                       .arg(StrictJson::visible(QString::fromLatin1(tag)));
        return std::nullopt;
    }
    return digits.toInt();
}

QString KeyRequests::idempotencyKey(const QByteArray &headerValue)
{
    return QString::fromUtf8(headerValue);
}
