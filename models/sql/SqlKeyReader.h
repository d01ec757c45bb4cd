#pragma once

#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <QVariantList>

class SqlConnection;
class SqlDirectory;
class QSqlQuery;

//! Reads keys: one by id, or a filtered, sorted page with a cursor. All in SQL.
class SqlKeyReader final {
    Q_DECLARE_TR_FUNCTIONS(SqlKeyReader)

public:
    SqlKeyReader(SqlConnection &connection, SqlDirectory &directory);

    //! Throws NotFound when @p kid is not a key of the workspace.
    ApiKey load(qint64 workspaceId, const QString &kid);
    //! What a page's keys carry besides their own columns.
    enum class Details {
        Full,   //!< roles, scopes, credentials and effective scopes
        Listed, //!< roles and scopes only, read in the page's one query (exports)
    };
    KeyPage page(qint64 workspaceId, const KeyQuery &query, const QDateTime &now,
                 Details details = Details::Full);
    KeyCounts counts(qint64 workspaceId, const KeyFilter &filter, const QDateTime &now);

private:
    struct Clause {
        QString sql;
        QVariantList bindings;
        bool fromMatches = false; //!< the query starts from the search index's matches
    };

    //! page() sorted by status.
    KeyPage statusPage(qint64 workspaceId, const KeyQuery &query, const QDateTime &now,
                       Details details);
    //! counts() for a filter by type and status only: from the maintained counters.
    KeyCounts countedByType(qint64 workspaceId, const KeyFilter &filter, const QDateTime &now);
    //! How a query may reach the keys of a workspace.
    enum class Walk {
        AnyIndex, //!< as the sort's index or the search index serve best
        IdOrder,  //!< in id order (statusPage()), unless a search starts from its matches
    };
    Clause whereFor(qint64 workspaceId, const KeyFilter &filter, const QDateTime &now,
                    Walk walk = Walk::AnyIndex) const;
    //! Whether the search index has @p count rows or fewer for the FTS5 query @p phrase.
    bool matchesAtMost(const QString &phrase, int count) const;
    QList<ApiKey> readRows(QSqlQuery &query, QVariantList *sortValues = nullptr,
                           Details details = Details::Full);
    void attachDetails(qint64 workspaceId, QList<ApiKey> &keys);

    SqlConnection &m_connection;
    SqlDirectory &m_directory;
};
