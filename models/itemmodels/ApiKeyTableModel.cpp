#include "itemmodels/ApiKeyTableModel.h"

#include "itemmodels/KeyDisplay.h"
#include "store/KeyStore.h"

#include <QScopedValueRollback>
#include <QSet>
#include <algorithm>

ApiKeyTableModel::ApiKeyTableModel(KeyStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pager(new KeyPager(store, this))
    , m_store(store)
{
    qRegisterMetaType<ApiKey>();
    m_pager->setOrder(KeySortField::Created, m_sortOrder);
    connect(m_pager, &KeyPager::pageArrived, this, &ApiKeyTableModel::applyPage);
    connect(m_pager, &KeyPager::countsArrived, this, &ApiKeyTableModel::applyCounts);
    connect(m_pager, &KeyPager::failed, this, &ApiKeyTableModel::errorOccurred);
    connect(m_pager, &KeyPager::loadingChanged, this, &ApiKeyTableModel::loadingChanged);
    connect(store, &KeyStore::changed, this, &ApiKeyTableModel::refresh);
}

ApiKeyTableModel::~ApiKeyTableModel() = default;

void ApiKeyTableModel::setActor(const Actor &actor)
{
    m_pager->setActor(actor);
    m_pager->reload();
    m_pager->recount();
}

void ApiKeyTableModel::setPageSize(int rows)
{
    m_pager->setPageSize(rows);
}

int ApiKeyTableModel::pageSize() const
{
    return m_pager->pageSize();
}

void ApiKeyTableModel::setFilter(const KeyFilter &filter)
{
    m_pager->setFilter(filter);
    m_pager->reload();
}

const KeyFilter &ApiKeyTableModel::filter() const
{
    return m_pager->filter();
}

void ApiKeyTableModel::refresh()
{
    m_pager->refresh();
    m_pager->recount();
}

bool ApiKeyTableModel::isLoading() const
{
    return m_pager->isLoading();
}

void ApiKeyTableModel::applyPage(KeyPager::Kind kind, const QList<ApiKey> &keys)
{
    // No fetching from inside our own signals: whoever asks for more while rows
    // arrive would chain page after page. Views ask later, from their own timer.
    const QScopedValueRollback<bool> applying(m_applying, true);
    switch (kind) {
    case KeyPager::Kind::Reload:
        beginResetModel();
        m_keys = keys;
        endResetModel();
        break;
    case KeyPager::Kind::Refresh:
        replaceRows(keys);
        break;
    case KeyPager::Kind::NextPage:
        if (keys.isEmpty())
            break;
        beginInsertRows(QModelIndex(), int(m_keys.size()), int(m_keys.size() + keys.size()) - 1);
        m_keys.append(keys);
        endInsertRows();
        break;
    }
}

void ApiKeyTableModel::applyCounts(int total, int expiringSoon)
{
    m_counts = KeyCounts{total, expiringSoon};
    Q_EMIT countsChanged(total, expiringSoon);
}

void ApiKeyTableModel::replaceRows(const QList<ApiKey> &fresh)
{
    // Turn the old rows into the fresh ones with the smallest signals views
    // understand, so selection and scroll position survive a refresh.
    removeMissing(fresh);
    reorderLike(fresh);
    insertMissing(fresh);
    m_keys = fresh;
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

void ApiKeyTableModel::removeMissing(const QList<ApiKey> &fresh)
{
    QSet<QString> keep;
    for (const ApiKey &key : fresh)
        keep.insert(key.id);
    for (int last = int(m_keys.size()) - 1; last >= 0;) {
        if (keep.contains(m_keys.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(m_keys.at(first - 1).id))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_keys.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
}

void ApiKeyTableModel::reorderLike(const QList<ApiKey> &fresh)
{
    QHash<QString, int> position;
    for (int i = 0; i < fresh.size(); ++i)
        position.insert(fresh.at(i).id, i);
    const auto before = [&position](const ApiKey &a, const ApiKey &b) {
        return position.value(a.id) < position.value(b.id);
    };
    if (std::is_sorted(m_keys.cbegin(), m_keys.cend(), before))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<ApiKey> sorted = m_keys;
    std::sort(sorted.begin(), sorted.end(), before);
    QHash<QString, int> newRow;
    for (int row = 0; row < sorted.size(); ++row)
        newRow.insert(sorted.at(row).id, row);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    for (const QModelIndex &old : from)
        to.append(index(newRow.value(m_keys.at(old.row()).id), old.column()));
    m_keys = sorted;
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ApiKeyTableModel::insertMissing(const QList<ApiKey> &fresh)
{
    // The rows left are in fresh's order, so each gap is a run of new keys.
    QSet<QString> present;
    for (const ApiKey &key : std::as_const(m_keys))
        present.insert(key.id);
    for (int first = 0; first < fresh.size(); ++first) {
        if (present.contains(fresh.at(first).id))
            continue;
        int last = first;
        while (last + 1 < fresh.size() && !present.contains(fresh.at(last + 1).id))
            ++last;
        beginInsertRows(QModelIndex(), first, last);
        m_keys.insert(first, last - first + 1, ApiKey());
        std::copy(fresh.cbegin() + first, fresh.cbegin() + last + 1, m_keys.begin() + first);
        endInsertRows();
        first = last;
    }
}

ApiKey ApiKeyTableModel::keyAt(int row) const
{
    return m_keys.value(row);
}

int ApiKeyTableModel::rowOfKey(const QString &id) const
{
    const auto it = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                 [&id](const ApiKey &key) { return key.id == id; });
    return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
}

std::optional<KeySortField> ApiKeyTableModel::sortFieldFor(int column)
{
    switch (column) {
    case Name:
        return KeySortField::Name;
    case Type:
        return KeySortField::Type;
    case Status:
        return KeySortField::Status;
    case Created:
        return KeySortField::Created;
    case CreatedBy:
        return KeySortField::CreatedBy;
    case LastUsed:
        return KeySortField::LastUsed;
    case Expires:
        return KeySortField::Expires;
    default:
        return std::nullopt;
    }
}

int ApiKeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ApiKeyTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_applying && m_pager->canFetchMore();
}

void ApiKeyTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pager->fetchNext();
}

void ApiKeyTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<KeySortField> field = sortFieldFor(column);
    if (!field || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_pager->setOrder(*field, order);
    m_pager->reload();
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(key, index.column(), m_store->now());
    case Qt::ToolTipRole:
        return toolTipData(key, index.column(), m_store->now());
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return KeyDisplay::statusColor(key.statusAt(m_store->now()));
        return {};
    case KeyIdRole:
        return key.id;
    case StatusRole:
        return int(key.statusAt(m_store->now()));
    case VersionRole:
        return key.version;
    case KeyRole:
        return QVariant::fromValue(key);
    case EnvironmentRole:
        return int(key.environment);
    case HintRole:
        return key.hint;
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::displayData(const ApiKey &key, int column, const QDateTime &now) const
{
    switch (column) {
    case Name:
        return key.name;
    case Key:
        return key.hint;
    case Type:
        return KeyDisplay::typeText(key.environment);
    case Scopes:
        return KeyDisplay::scopeSummary(key.effectiveScopes);
    case Status:
        return KeyDisplay::statusText(key, now);
    case Created:
        return KeyDisplay::dateText(key.createdAt);
    case CreatedBy:
        return key.createdBy;
    case LastUsed:
        return KeyDisplay::lastUsedText(key.lastUsedAt);
    case Expires:
        return KeyDisplay::expiresText(key.expiresAt);
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::toolTipData(const ApiKey &key, int column, const QDateTime &now) const
{
    switch (column) {
    case Name:
        return key.description.isEmpty() ? key.name : key.description;
    case Key:
        return tr("Key id: %1").arg(key.id);
    case Scopes: {
        QString text = key.effectiveScopes.join(QLatin1Char('\n'));
        if (!key.roles.isEmpty())
            text +=
                QLatin1String("\n\n") + tr("Roles: %1").arg(key.roles.join(QLatin1String(", ")));
        return text.trimmed();
    }
    case Status:
        return KeyDisplay::statusDetail(key, now);
    case Created:
        return KeyDisplay::longTimeText(key.createdAt);
    case LastUsed:
        return KeyDisplay::longTimeText(key.lastUsedAt);
    case Expires:
        return KeyDisplay::longTimeText(key.expiresAt);
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Key:
        //: Column header: the key's public hint (never the secret)
        return tr("Key");
    case Type:
        return tr("Type");
    case Scopes:
        return tr("Scopes");
    case Status:
        return tr("Status");
    case Created:
        //: Column header: when the key was created
        return tr("Created");
    case CreatedBy:
        return tr("Created by");
    case LastUsed:
        return tr("Last used");
    case Expires:
        //: Column header: when the key expires
        return tr("Expires");
    default:
        return {};
    }
}

QHash<int, QByteArray> ApiKeyTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyIdRole, "keyId");
    names.insert(StatusRole, "status");
    names.insert(VersionRole, "version");
    names.insert(KeyRole, "key");
    names.insert(EnvironmentRole, "environment");
    names.insert(HintRole, "hint");
    return names;
}
