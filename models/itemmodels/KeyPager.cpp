#include "itemmodels/KeyPager.h"

#include "store/KeyStore.h"

KeyPager::KeyPager(KeyStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

KeyPager::~KeyPager() = default;

void KeyPager::setActor(const Actor &actor)
{
    m_actor = actor;
}

void KeyPager::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, MaxRows);
}

void KeyPager::setOrder(KeySortField field, Qt::SortOrder order)
{
    m_sortField = field;
    m_sortOrder = order;
}

void KeyPager::reload()
{
    if (m_actor && m_store)
        query(Kind::Reload);
}

void KeyPager::refresh()
{
    if (!m_actor || !m_store)
        return;
    if (m_fetchingFirst) {
        m_refreshQueued = true;
        return;
    }
    query(Kind::Refresh);
}

void KeyPager::fetchNext()
{
    if (canFetchMore() && m_actor && m_store)
        query(Kind::NextPage);
}

bool KeyPager::canFetchMore() const
{
    return !m_nextCursor.isEmpty() && !m_fetchingNext && !m_fetchingFirst;
}

void KeyPager::query(Kind kind)
{
    KeyQuery query;
    query.filter = m_filter;
    query.sortField = m_sortField;
    query.sortOrder = m_sortOrder;
    query.limit = m_pageSize;
    // A next page that this first page makes stale is asked for again with it.
    const int requested = m_loadedRows + (m_fetchingNext ? m_pageSize : 0);
    if (kind == Kind::NextPage) {
        query.after = m_nextCursor;
        m_fetchingNext = true;
    } else {
        // A first page makes every answer still on its way stale.
        ++m_generation;
        m_nextCursor.clear();
        m_fetchingNext = false;
        m_fetchingFirst = true;
    }
    if (kind == Kind::Refresh) {
        const int pages = (requested + m_pageSize - 1) / m_pageSize;
        query.limit = qBound(m_pageSize, pages * m_pageSize, MaxRows);
    }
    beginRequest();
    const quint64 generation = m_generation;
    // The store is the context: it outlives its requests, while this pager may not
    // (a destroyed context would trip Qt's assertion in QFuture::then).
    m_store->queryKeys(*m_actor, query)
        .then(m_store.data(), [self = QPointer<KeyPager>(this), kind,
                               generation](const StoreResult<KeyPage> &result) {
            if (self)
                self->answer(kind, generation, result);
        });
}

void KeyPager::answer(Kind kind, quint64 generation, const StoreResult<KeyPage> &result)
{
    if (generation != m_generation) {
        endRequest();
        return;
    }
    (kind == Kind::NextPage ? m_fetchingNext : m_fetchingFirst) = false;
    if (result.ok()) {
        const KeyPage &page = result.value();
        m_nextCursor = page.nextCursor;
        m_loadedRows = int(page.keys.size()) + (kind == Kind::NextPage ? m_loadedRows : 0);
        Q_EMIT pageArrived(kind, page.keys);
    } else {
        Q_EMIT failed(result.error().message());
    }
    endRequest();
    if (kind != Kind::NextPage && m_refreshQueued) {
        m_refreshQueued = false;
        refresh();
    }
}

void KeyPager::recount()
{
    if (!m_actor || !m_store)
        return;
    beginRequest();
    const quint64 generation = ++m_countGeneration;
    m_store->countKeys(*m_actor, KeyFilter())
        .then(m_store.data(),
              [self = QPointer<KeyPager>(this), generation](const StoreResult<KeyCounts> &result) {
                  if (self)
                      self->countAnswer(generation, result);
              });
}

void KeyPager::countAnswer(quint64 generation, const StoreResult<KeyCounts> &result)
{
    if (generation == m_countGeneration) {
        if (result.ok())
            Q_EMIT countsArrived(result.value().total, result.value().expiringSoon);
        else
            Q_EMIT failed(result.error().message());
    }
    endRequest();
}

void KeyPager::beginRequest()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
}

void KeyPager::endRequest()
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
}
