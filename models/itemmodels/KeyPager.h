#pragma once

#include "domain/Directory.h"
#include "store/KeyQuery.h"
#include "store/StoreError.h"

#include <QObject>
#include <QPointer>
#include <optional>

class KeyStore;

//! Runs a key table's queries in the store: first pages, next pages and counts.
//! Every request is asynchronous; an answer made stale by a newer request is dropped.
//! The store must outlive the pager.
class KeyPager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPager)

public:
    enum class Kind {
        Reload,   //!< a new first page (other filter or order): replaces the rows
        Refresh,  //!< the same query again after a change: as many rows as were loaded
        NextPage, //!< the page after the loaded ones: appended
    };
    Q_ENUM(Kind)

    //! The most rows one query returns (the store's page limit).
    static constexpr int MaxRows = 1000;

    explicit KeyPager(KeyStore *store, QObject *parent = nullptr);
    ~KeyPager() override;

    void setActor(const Actor &actor);
    bool hasActor() const { return m_actor.has_value(); }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setFilter(const KeyFilter &filter) { m_filter = filter; }
    const KeyFilter &filter() const { return m_filter; }
    void setOrder(KeySortField field, Qt::SortOrder order);

    void reload();
    //! Re-reads from the start, as many rows as are loaded and asked for (a next page on
    //! its way becomes stale, so its rows are read again here); while a first page is on
    //! its way, runs once more after it.
    void refresh();
    void fetchNext();
    bool canFetchMore() const;
    //! Asks for the whole inventory's counts (the filter does not apply).
    void recount();
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    //! Keys for @p kind arrived; slots apply them before the pager asks again.
    void pageArrived(KeyPager::Kind kind, const QList<ApiKey> &keys);
    void countsArrived(int total, int expiringSoon);
    void failed(const QString &message);
    void loadingChanged(bool loading);

private:
    void query(Kind kind);
    void answer(Kind kind, quint64 generation, const StoreResult<KeyPage> &result);
    void countAnswer(quint64 generation, const StoreResult<KeyCounts> &result);
    void beginRequest();
    void endRequest();

    QPointer<KeyStore> m_store;
    std::optional<Actor> m_actor;
    KeyFilter m_filter;
    KeySortField m_sortField = KeySortField::Created;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = 100;

    QString m_nextCursor;
    int m_loadedRows = 0;
    quint64 m_generation = 0; //!< bumped by every first-page request
    quint64 m_countGeneration = 0;
    bool m_fetchingNext = false;
    bool m_fetchingFirst = false;
    bool m_refreshQueued = false;
    int m_pending = 0;
};
