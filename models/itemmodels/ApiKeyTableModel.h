#pragma once

#include "itemmodels/KeyPager.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>
#include <optional>

class KeyStore;

Q_DECLARE_METATYPE(ApiKey)

//! The API keys of a store as a table, fetched page by page. Filtering and sorting
//! run in the store; the model holds only the pages fetched so far (one on open)
//! and re-reads from the start when the store changes. It never holds a secret.
//! The store must outlive the model.
class ApiKeyTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyTableModel)

public:
    enum Column {
        Name,
        Key,
        Type,
        Scopes,
        Status,
        Created,
        CreatedBy,
        LastUsed,
        Expires,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        KeyIdRole = Qt::UserRole, //!< QString: the kid
        StatusRole,               //!< int: KeyStatus
        VersionRole,              //!< int: for optimistic concurrency
        KeyRole,                  //!< ApiKey: the whole key (it has no secret)
        EnvironmentRole,          //!< int: Environment
        HintRole,                 //!< QString: vendor_env_kid…last4
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 100;

    explicit ApiKeyTableModel(KeyStore *store, QObject *parent = nullptr);
    ~ApiKeyTableModel() override;

    //! Starts (or restarts) loading as @p actor. Nothing is queried before this.
    void setActor(const Actor &actor);
    void setPageSize(int rows);
    int pageSize() const;

    void setFilter(const KeyFilter &filter);
    const KeyFilter &filter() const;
    //! Re-reads from the start, keeping as many rows as are loaded now (up to a cap).
    void refresh();

    bool isLoading() const;
    //! The whole inventory's counts (not the filter's); known after the first answer.
    std::optional<KeyCounts> counts() const { return m_counts; }
    ApiKey keyAt(int row) const;
    int rowOfKey(const QString &id) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    //! The store's sort field for @p column; nullopt for columns the store cannot sort.
    static std::optional<KeySortField> sortFieldFor(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! A store request failed; @p message says why, in words a person can act on.
    void errorOccurred(const QString &message);
    //! The inventory's counts arrived: all keys, and those expiring within 30 days.
    void countsChanged(int total, int expiringSoon);

private:
    void applyPage(KeyPager::Kind kind, const QList<ApiKey> &keys);
    void applyCounts(int total, int expiringSoon);
    void replaceRows(const QList<ApiKey> &fresh);
    void removeMissing(const QList<ApiKey> &fresh);
    void reorderLike(const QList<ApiKey> &fresh);
    void insertMissing(const QList<ApiKey> &fresh);
    QVariant displayData(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant toolTipData(const ApiKey &key, int column, const QDateTime &now) const;

    KeyPager *m_pager;
    KeyStore *m_store; //!< its clock decides statuses
    int m_sortColumn = Created;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<ApiKey> m_keys;
    std::optional<KeyCounts> m_counts;
    bool m_applying = false; //!< rows are being changed: no fetchMore() from signal handlers
};
