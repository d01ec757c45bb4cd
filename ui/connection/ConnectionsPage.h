#pragma once

#include "connection/Connection.h"

#include <QWidget>
#include <memory>
#include <optional>

class ConnectionTableModel;
class StoreSwitcher;

namespace Ui {
class ConnectionsPage;
}

//! Settings > Connections: the saved connections, which one is open, and the commands
//! to add, edit, open and forget them. Works without an open store.
class ConnectionsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    explicit ConnectionsPage(StoreSwitcher *switcher, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    //! Opens the dialog that adds a connection.
    void addConnection();

private:
    void reload();
    void updateActions();
    std::optional<Connection> selectedConnection() const;
    void editSelected();
    void openSelected();
    void forgetSelected();
    void showNotice(const QString &message);

    std::unique_ptr<Ui::ConnectionsPage> m_ui;
    StoreSwitcher *m_switcher;
    ConnectionTableModel *m_rows;
};
