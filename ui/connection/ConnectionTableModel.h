#pragma once

#include "connection/Connection.h"
#include "itemmodels/RecordTableModel.h"

#include <QCoreApplication>

//! A saved connection as Settings > Connections lists it: with whether it is the open
//! one and whether its secret is kept for this session only.
struct ConnectionRow {
    Connection connection;
    bool open = false;
    bool secretForSession = false;
};

//! Settings > Connections' table: name, kind, location and state of each connection;
//! the open one in bold.
class ConnectionTableModel final : public RecordTableModel<ConnectionRow> {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTableModel)

public:
    enum Column { Name, Kind, Location, State, ColumnCount };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    //! The row of the connection with @p id; -1 when none.
    int rowOfId(const QString &id) const;

protected:
    QVariant cell(const ConnectionRow &row, int column, int role) const override;
};
