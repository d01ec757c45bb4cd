#include "exchange/ApiQueries.h"

#include "exchange/JsonBody.h"
#include "exchange/KeyJson.h"

#include <QSet>
#include <algorithm>

namespace {

const QStringList FilterParameters = {QStringLiteral("search"), QStringLiteral("type"),
                                      QStringLiteral("status"), QStringLiteral("role"),
                                      QStringLiteral("created_by")};

const QStringList PageParameters = {QStringLiteral("sort"), QStringLiteral("order"),
                                    QStringLiteral("limit"), QStringLiteral("cursor")};

const QStringList AuditParameters = {QStringLiteral("key"),   QStringLiteral("action"),
                                     QStringLiteral("actor"), QStringLiteral("from"),
                                     QStringLiteral("to"),    QStringLiteral("before"),
                                     QStringLiteral("after"), QStringLiteral("limit")};

const QList<QPair<QString, KeySortField>> SortFields = {
    {QStringLiteral("name"), KeySortField::Name},
    {QStringLiteral("type"), KeySortField::Type},
    {QStringLiteral("status"), KeySortField::Status},
    {QStringLiteral("created"), KeySortField::Created},
    {QStringLiteral("created_by"), KeySortField::CreatedBy},
    {QStringLiteral("last_used"), KeySortField::LastUsed},
    {QStringLiteral("expires"), KeySortField::Expires},
};

//! Adds @p name=@p value, literally: QUrlQuery would read a "%20" in it as an escape.
void add(QUrlQuery &url, const QString &name, QString value)
{
    url.addQueryItem(name, value.replace(QLatin1Char('%'), QLatin1String("%25")));
}

//! Adds @p name=@p value unless the value is empty (an unset field).
void addIfSet(QUrlQuery &url, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        add(url, name, value);
}

QString value(const QUrlQuery &url, const QString &name)
{
    return url.queryItemValue(name, QUrl::FullyDecoded);
}

bool onlyKnown(const QUrlQuery &url, const QStringList &known, QString *problem)
{
    QSet<QString> seen;
    for (const auto &[name, text] : url.queryItems(QUrl::FullyDecoded)) {
        if (text.contains(QChar(0)) || text.size() > 1000) {
            *problem = ApiQueries::tr("The query parameter “%1” holds a NUL character or is "
                                      "longer than 1000 characters.")
                           .arg(name.left(100));
            return false;
        }
        if (!known.contains(name)) {
            *problem = ApiQueries::tr("The query parameter “%1” is not known here; use %2.")
                           .arg(name.left(100), known.join(QStringLiteral(", ")));
            return false;
        }
        if (seen.contains(name)) {
            *problem =
                ApiQueries::tr("The query parameter “%1” is given more than once.").arg(name);
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
    std::optional<QDateTime> time = JsonBody::utcTime(text);
    if (!time) {
        *problem = ApiQueries::tr("“%1” must be a time such as 2027-01-31T12:00:00Z.").arg(name);
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
        *problem = ApiQueries::tr("“limit” must be a number from 1 to %1.").arg(max);
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
        *problem = ApiQueries::tr("“%1” must be an event id, a whole number from 1.").arg(name);
        return std::nullopt;
    }
    return id;
}

} // namespace

QUrlQuery ApiQueries::filter(const KeyFilter &filter)
{
    QUrlQuery url;
    addIfSet(url, QStringLiteral("search"), filter.text);
    if (filter.environment)
        add(url, QStringLiteral("type"), environmentName(*filter.environment));
    if (filter.status)
        add(url, QStringLiteral("status"), keyStatusName(*filter.status));
    addIfSet(url, QStringLiteral("role"), filter.role);
    addIfSet(url, QStringLiteral("created_by"), filter.createdBy);
    return url;
}

std::optional<KeyFilter> ApiQueries::filterFrom(const QUrlQuery &url,
                                                const QStringList &alsoAllowed, QString *problem)
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

QUrlQuery ApiQueries::page(const KeyQuery &query)
{
    QUrlQuery url = filter(query.filter);
    add(url, QStringLiteral("sort"), sortName(query.sortField));
    add(url, QStringLiteral("order"),
        query.sortOrder == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
    add(url, QStringLiteral("limit"), QString::number(qBound(1, query.limit, MaxPageSize)));
    addIfSet(url, QStringLiteral("cursor"), query.after);
    return url;
}

std::optional<KeyQuery> ApiQueries::pageFrom(const QUrlQuery &url, QString *problem)
{
    const std::optional<KeyFilter> filter = filterFrom(url, PageParameters, problem);
    if (!filter)
        return std::nullopt;
    KeyQuery query;
    query.filter = *filter;
    const QString sort = value(url, QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        const std::optional<KeySortField> field = sortFieldFrom(sort);
        if (!field) {
            *problem = tr("“sort” must be name, type, status, created, created_by, last_used or "
                          "expires.");
            return std::nullopt;
        }
        query.sortField = *field;
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
    const std::optional<int> limit = limitParameter(url, DefaultPageSize, MaxPageSize, problem);
    if (!limit)
        return std::nullopt;
    query.limit = *limit;
    query.after = value(url, QStringLiteral("cursor"));
    return query;
}

QUrlQuery ApiQueries::audit(const AuditQuery &query)
{
    QUrlQuery url;
    addIfSet(url, QStringLiteral("key"), query.keyId);
    addIfSet(url, QStringLiteral("action"), query.action);
    addIfSet(url, QStringLiteral("actor"), query.actor);
    addIfSet(url, QStringLiteral("from"), KeyJson::timeText(query.from));
    addIfSet(url, QStringLiteral("to"), KeyJson::timeText(query.to));
    if (query.beforeId > 0)
        add(url, QStringLiteral("before"), QString::number(query.beforeId));
    if (query.afterId > 0)
        add(url, QStringLiteral("after"), QString::number(query.afterId));
    add(url, QStringLiteral("limit"), QString::number(qBound(1, query.limit, MaxAuditPage)));
    return url;
}

std::optional<AuditQuery> ApiQueries::auditFrom(const QUrlQuery &url, QString *problem)
{
    if (!onlyKnown(url, AuditParameters, problem))
        return std::nullopt;
    AuditQuery query;
    query.keyId = value(url, QStringLiteral("key"));
    query.action = value(url, QStringLiteral("action"));
    query.actor = value(url, QStringLiteral("actor"));
    const auto from = timeParameter(url, QStringLiteral("from"), problem);
    const auto to = timeParameter(url, QStringLiteral("to"), problem);
    const auto limit = limitParameter(url, DefaultAuditPage, MaxAuditPage, problem);
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

QUrlQuery ApiQueries::exported(const KeyFilter &filter, ExportFormat format)
{
    QUrlQuery url = ApiQueries::filter(filter);
    add(url, QStringLiteral("format"), formatName(format));
    return url;
}

std::optional<std::pair<KeyFilter, ExportFormat>> ApiQueries::exportedFrom(const QUrlQuery &url,
                                                                           QString *problem)
{
    const std::optional<KeyFilter> filter = filterFrom(url, {QStringLiteral("format")}, problem);
    if (!filter)
        return std::nullopt;
    const QString format = value(url, QStringLiteral("format"));
    for (const ExportFormat known : {ExportFormat::Csv, ExportFormat::Json}) {
        if (format == formatName(known))
            return std::pair(*filter, known);
    }
    *problem = tr("“format” must be csv or json.");
    return std::nullopt;
}

QString ApiQueries::formatName(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

QString ApiQueries::sortName(KeySortField field)
{
    for (const auto &[name, known] : SortFields) {
        if (known == field)
            return name;
    }
    return QString();
}

std::optional<KeySortField> ApiQueries::sortFieldFrom(const QString &name)
{
    for (const auto &[known, field] : SortFields) {
        if (known == name)
            return field;
    }
    return std::nullopt;
}
