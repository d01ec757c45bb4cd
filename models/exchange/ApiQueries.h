#pragma once

#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <QUrlQuery>
#include <optional>

//! The management API's query strings, each writer beside its reader: the HTTP store
//! writes them, keyward-server reads them. A reader refuses any parameter it does not
//! know, one given twice, and bad values, with nullopt and a message in @p problem.
class ApiQueries final {
    Q_DECLARE_TR_FUNCTIONS(ApiQueries)

public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultAuditPage = 1000;
    static constexpr int MaxAuditPage = 10000;

    //! `search, type, status, role, created_by`; only the ones that are set.
    static QUrlQuery filter(const KeyFilter &filter);
    //! Those, and @p alsoAllowed (which the caller reads itself).
    static std::optional<KeyFilter> filterFrom(const QUrlQuery &url, const QStringList &alsoAllowed,
                                               QString *problem);

    //! The filter and `sort, order, limit, cursor`.
    static QUrlQuery page(const KeyQuery &query);
    static std::optional<KeyQuery> pageFrom(const QUrlQuery &url, QString *problem);

    //! `key, action, actor, from, to, before, after, limit`.
    static QUrlQuery audit(const AuditQuery &query);
    static std::optional<AuditQuery> auditFrom(const QUrlQuery &url, QString *problem);

    //! The filter and `format=csv|json`.
    static QUrlQuery exported(const KeyFilter &filter, ExportFormat format);
    static std::optional<std::pair<KeyFilter, ExportFormat>> exportedFrom(const QUrlQuery &url,
                                                                          QString *problem);

    //! "csv" or "json", as the format parameter and the file name's suffix say it.
    static QString formatName(ExportFormat format);
    //! "name", "created_by", … as the sort parameter says it.
    static QString sortName(KeySortField field);
    static std::optional<KeySortField> sortFieldFrom(const QString &name);
};
