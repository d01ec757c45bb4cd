#pragma once

#include "GuiTest.h"
#include "common/Session.h"
#include "connection/ConnectionList.h"
#include "connection/ConnectionSecrets.h"
#include "connection/ConnectionTableModel.h"
#include "connection/ConnectionsPage.h"
#include "connection/StoreSwitcher.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <memory>
#include <optional>

//! The desktop application as app/desktop/main.cpp puts it together: the saved
//! connections from QSettings, the window, and the switcher that opens their stores,
//! by default starting on the connection opened last. Also what tests ask of it: which
//! store the window shows, the keys it lists, and the Connections page's table and
//! buttons.
class DesktopApp final {
public:
    enum class Start {
        ConnectToCurrent, //!< opens the current connection at once, as main.cpp does
        Idle,             //!< opens nothing: the test calls switcher.connectTo()
    };

    //! How long waitUntilShows() waits unless told.
    static constexpr int DefaultOpenMs = 10000;

    explicit DesktopApp(Start start = Start::ConnectToCurrent,
                        int keychainTimeoutMs = ConnectionSecrets::DefaultTimeoutMs)
        : window(std::make_unique<MainWindow>())
        , switcher(&connections, window.get(), keychainTimeoutMs)
    {
        window->setSwitcher(&switcher);
        window->resize(1100, 700);
        window->show();
        if (start == Start::ConnectToCurrent)
            switcher.connectTo(connections.current().id);
    }
    ~DesktopApp() { window.reset(); } // before the switcher deletes the store the window shows
    Q_DISABLE_COPY_MOVE(DesktopApp)

    //! Whether the window shows the open store of the connection named @p name, with its
    //! keys loaded.
    bool shows(const QString &name) const
    {
        Session *session = window->session();
        const ApiKeysPage *keys = window->apiKeysPage();
        return window->windowTitle() == name && window->storeName() == name && session &&
               session->isOpen() && switcher.store() == session->store() &&
               !switcher.isConnecting() && keys && !keys->model()->isLoading();
    }
    bool waitUntilShows(const QString &name, int timeoutMs = DefaultOpenMs) const
    {
        return QTest::qWaitFor([this, name] { return shows(name); }, timeoutMs);
    }
    //! Whether the key list holds a key named @p name.
    bool listsKey(const QString &name) const
    {
        const ApiKeysPage *page = window->apiKeysPage();
        if (!page)
            return false;
        const ApiKeyTableModel *model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ApiKeyTableModel::Name).data().toString() == name)
                return true;
        }
        return false;
    }
    //! The status bar's text about the open store.
    QString status() const { return child<QLabel>("storeStatusLabel")->text(); }
    //! The saved connection named @p name.
    std::optional<Connection> saved(const QString &name) const
    {
        for (const Connection &connection : connections.connections()) {
            if (connection.name == name)
                return connection;
        }
        return std::nullopt;
    }
    //! The window's child of type @p T named @p name.
    template <typename T> T *child(const char *name) const
    {
        return GuiTest::child<T>(window.get(), name);
    }

    //! Settings > Connections.
    QWidget *page() const { return child<QWidget>("connectionsPage"); }
    QTableView *table() const { return child<QTableView>("connectionTable"); }
    //! A button of the Connections page (not of a dialog opened over it).
    QPushButton *pageButton(const char *name) const
    {
        const QList<QPushButton *> buttons =
            page()->findChildren<QPushButton *>(QString::fromLatin1(name));
        for (QPushButton *button : buttons) {
            if (button->window() == window.get())
                return button;
        }
        return nullptr;
    }
    //! The table row of the connection named @p name; -1 when it is not listed.
    int rowOf(const QString &name) const
    {
        const QTableView *connectionTable = table();
        for (int row = 0; row < GuiTest::rowCount(connectionTable); ++row) {
            if (GuiTest::cellText(connectionTable, row, ConnectionTableModel::Name) == name)
                return row;
        }
        return -1;
    }
    //! Selects the row of the connection named @p name; false when it is not listed.
    bool select(const QString &name) const
    {
        const int row = rowOf(name);
        if (row < 0)
            return false;
        table()->selectRow(row);
        return true;
    }
    //! The State cell of the connection named @p name.
    QString state(const QString &name) const
    {
        const int row = rowOf(name);
        return row < 0 ? QStringLiteral("(not listed)")
                       : GuiTest::cellText(table(), row, ConnectionTableModel::State);
    }
    //! Opens the connection named @p name with the Connections page's Connect button.
    bool connectWithPage(const QString &name) const
    {
        window->showPage(MainWindow::Page::Connections);
        if (!select(name))
            return false;
        QPushButton *connect = pageButton("connectButton");
        if (!connect || !connect->isEnabled())
            return false;
        QTest::mouseClick(connect, Qt::LeftButton);
        return true;
    }
    //! The visible top-level widgets (the window and what it opened as windows).
    static int visibleWindows()
    {
        int visible = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            visible += widget->isVisible() ? 1 : 0;
        return visible;
    }

    ConnectionList connections;
    std::unique_ptr<MainWindow> window;
    StoreSwitcher switcher;
};
