#pragma once

#include <QAbstractTableModel>
#include <QItemSelectionModel>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

//! A read-only table over a short list of records of one type (roles, members, saved
//! connections), replaced as a whole when its source changes: a row is a record, a
//! column what cell() says of it. The views keep no copy of their own; a page asks the
//! model which record a selected row holds.
template <typename Record> class RecordTableModel : public QAbstractTableModel {
public:
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record> &records() const { return m_records; }
    //! The record in @p row (a valid row of this model).
    const Record &recordAt(int row) const { return m_records.at(row); }
    //! The record in the first row @p selection (of a view of this model) selects.
    std::optional<Record> selectedRecord(const QItemSelectionModel *selection) const
    {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.isEmpty())
            return std::nullopt;
        return m_records.at(rows.first().row());
    }
    //! The first row whose record satisfies @p matches; -1 when none does.
    template <typename Predicate> int rowWhere(Predicate matches) const
    {
        for (qsizetype row = 0; row < m_records.size(); ++row) {
            if (matches(m_records.at(row)))
                return int(row);
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_records.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_headers.size())
            return m_headers.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    //! @p headers names the columns, in order.
    explicit RecordTableModel(QStringList headers, QObject *parent)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
    {
    }
    //! What @p column shows of @p record for @p role (a Qt::ItemDataRole).
    virtual QVariant cell(const Record &record, int column, int role) const = 0;

private:
    QStringList m_headers;
    QList<Record> m_records;
};
