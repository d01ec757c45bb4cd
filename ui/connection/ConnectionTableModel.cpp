#include "connection/ConnectionTableModel.h"

#include <QFont>

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : RecordTableModel({tr("Name"), tr("Store"), tr("Where"), tr("State")}, parent)
{
}

int ConnectionTableModel::rowOfId(const QString &id) const
{
    return rowWhere([&id](const ConnectionRow &row) { return row.connection.id == id; });
}

QVariant ConnectionTableModel::cell(const ConnectionRow &row, int column, int role) const
{
    const Connection &connection = row.connection;
    switch (role) {
    case Qt::ToolTipRole:
        return connection.location();
    case Qt::FontRole:
        if (row.open) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Name:
        return connection.name;
    case Kind:
        return connection.kindName();
    case Location:
        return connection.location();
    case State:
        return row.open               ? tr("Open")
               : row.secretForSession ? tr("Secret kept for this session")
                                      : QString();
    default:
        return {};
    }
}
