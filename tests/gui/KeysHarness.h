#pragma once

#include "GuiTest.h"
#include "KeyClicks.h"
#include "StoreFixture.h"
#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <memory>

namespace KeysTests {

using namespace GuiTest;

//! A session on its own store, opened, with its directory read.
struct SessionHarness {
    StoreFixture fixture;
    Session session{fixture.store.get()};

    bool open()
    {
        session.open();
        return QTest::qWaitFor([this] { return session.isOpen() && !session.roles().isEmpty(); },
                               10000);
    }
};

//! The main window on its own store, shown, with its directory read.
struct WindowHarness {
    StoreFixture fixture;
    std::unique_ptr<MainWindow> window;

    bool open(int expectedRows)
    {
        return KeyClicks::showWindow(window, fixture.store.get(), 5000, expectedRows);
    }

    ApiKeysPage *page() const { return window->apiKeysPage(); }
    ApiKeyTableModel *model() const { return page()->model(); }
    template <typename T> T *child(const char *name) const
    {
        return GuiTest::child<T>(window.get(), name);
    }
    QTableView *table() const { return child<QTableView>("keyTable"); }

    //! Selects the row of key @p id; false when the table does not show it.
    bool select(const QString &id) const
    {
        const int row = model()->rowOfKey(id);
        if (row < 0)
            return false;
        table()->setFocus();
        table()->selectRow(row);
        return page()->currentKey() && page()->currentKey()->id == id;
    }
};

} // namespace KeysTests
