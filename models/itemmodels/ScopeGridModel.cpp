#include "itemmodels/ScopeGridModel.h"

ScopeGridModel::ScopeGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ScopeGridModel::~ScopeGridModel() = default;

void ScopeGridModel::setCatalog(const ScopeCatalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

void ScopeGridModel::setCheckedScopes(const QStringList &scopes)
{
    const ScopeSet fresh(scopes.cbegin(), scopes.cend());
    if (fresh == m_checked)
        return;
    const ScopeSet old = std::exchange(m_checked, fresh);
    for (int row = 0; row < rowCount(); ++row) {
        int first = ColumnCount;
        int last = -1;
        for (int column = Read; column < ColumnCount; ++column) {
            const QString scope = scopeAt(row, column);
            if (!scope.isEmpty() && old.contains(scope) != fresh.contains(scope)) {
                first = qMin(first, column);
                last = column;
            }
        }
        if (last >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last), {Qt::CheckStateRole});
    }
    Q_EMIT checkedScopesChanged();
}

QStringList ScopeGridModel::checkedScopes() const
{
    QStringList scopes;
    for (const QString &scope : m_catalog.allScopes()) {
        if (m_checked.contains(scope))
            scopes.append(scope);
    }
    QStringList unknown;
    for (const QString &scope : m_checked) {
        if (!m_catalog.contains(scope))
            unknown.append(scope);
    }
    unknown.sort();
    return scopes + unknown;
}

void ScopeGridModel::setHeldScopes(const ScopeSet &held)
{
    m_held = held;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Read), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, HeldRole});
}

void ScopeGridModel::setRowChecked(int row, bool checked)
{
    QList<QPair<int, int>> cells;
    for (int column = Read; column < ColumnCount; ++column)
        cells.append({row, column});
    setCells(cells, checked);
}

void ScopeGridModel::setColumnChecked(int column, bool checked)
{
    QList<QPair<int, int>> cells;
    for (int row = 0; row < rowCount(); ++row)
        cells.append({row, column});
    setCells(cells, checked);
}

void ScopeGridModel::toggleRow(int row)
{
    bool allChecked = true;
    for (int column = Read; column < ColumnCount; ++column) {
        if (isToggleable(row, column) && !m_checked.contains(scopeAt(row, column)))
            allChecked = false;
    }
    setRowChecked(row, !allChecked);
}

void ScopeGridModel::toggleColumn(int column)
{
    bool allChecked = true;
    for (int row = 0; row < rowCount(); ++row) {
        if (isToggleable(row, column) && !m_checked.contains(scopeAt(row, column)))
            allChecked = false;
    }
    setColumnChecked(column, !allChecked);
}

bool ScopeGridModel::setCells(const QList<QPair<int, int>> &cells, bool checked)
{
    QModelIndex first;
    QModelIndex last;
    for (const auto &[row, column] : cells) {
        if (!isToggleable(row, column))
            continue;
        const QString scope = scopeAt(row, column);
        if (m_checked.contains(scope) == checked)
            continue;
        if (checked)
            m_checked.insert(scope);
        else
            m_checked.remove(scope);
        if (!first.isValid())
            first = index(row, column);
        last = index(row, column);
    }
    if (!first.isValid())
        return false;
    // The cells are one row or one column, so first..last is the changed range.
    Q_EMIT dataChanged(first, last, {Qt::CheckStateRole});
    Q_EMIT checkedScopesChanged();
    return true;
}

std::optional<ScopeAction> ScopeGridModel::actionFor(int column)
{
    switch (column) {
    case Read:
        return ScopeAction::Read;
    case Write:
        return ScopeAction::Write;
    case Delete:
        return ScopeAction::Delete;
    default:
        return std::nullopt;
    }
}

QString ScopeGridModel::scopeAt(int row, int column) const
{
    const std::optional<ScopeAction> action = actionFor(column);
    if (!action || row < 0 || row >= rowCount())
        return {};
    const ScopeResource &resource = m_catalog.resources().at(row);
    return resource.supports(*action) ? makeScope(resource.name, *action) : QString();
}

bool ScopeGridModel::isHeld(const QString &scope) const
{
    return !m_held || m_held->contains(scope);
}

bool ScopeGridModel::isToggleable(int row, int column) const
{
    const QString scope = scopeAt(row, column);
    return !scope.isEmpty() && isHeld(scope);
}

int ScopeGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.resources().size());
}

int ScopeGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScopeResource &resource = m_catalog.resources().at(index.row());
    if (role == ResourceRole)
        return resource.name;
    if (index.column() == Resource) {
        if (role == Qt::DisplayRole)
            return resource.name;
        if (role == Qt::ToolTipRole)
            return resource.description;
        return {};
    }
    const QString scope = scopeAt(index.row(), index.column());
    switch (role) {
    case Qt::CheckStateRole:
        if (scope.isEmpty())
            return {};
        return m_checked.contains(scope) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return actionToolTip(index.row(), index.column());
    case Qt::AccessibleTextRole:
    case ScopeRole:
        return scope.isEmpty() ? QVariant() : QVariant(scope);
    case SupportedRole:
        return !scope.isEmpty();
    case HeldRole:
        return !scope.isEmpty() && isHeld(scope);
    default:
        return {};
    }
}

QVariant ScopeGridModel::actionToolTip(int row, int column) const
{
    const ScopeResource &resource = m_catalog.resources().at(row);
    const QString scope = scopeAt(row, column);
    if (scope.isEmpty())
        return tr("%1 is read-only").arg(resource.name);
    if (!isHeld(scope))
        return tr("Your role does not include %1").arg(scope);
    return scope;
}

bool ScopeGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isToggleable(index.row(), index.column())) {
        return false;
    }
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.contains(scopeAt(index.row(), index.column())) != checked)
        setCells({{index.row(), index.column()}}, checked);
    return true;
}

Qt::ItemFlags ScopeGridModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == Resource)
        return Qt::ItemIsEnabled;
    const QString scope = scopeAt(index.row(), index.column());
    if (scope.isEmpty())
        return Qt::NoItemFlags;
    return isHeld(scope) ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable;
}

QVariant ScopeGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Resource:
        //: Column header: a part of the API that scopes apply to
        return tr("Resource");
    case Read:
        //: Column header: the scope action "read"
        return tr("Read");
    case Write:
        //: Column header: the scope action "write"
        return tr("Write");
    case Delete:
        //: Column header: the scope action "delete"
        return tr("Delete");
    default:
        return {};
    }
}
