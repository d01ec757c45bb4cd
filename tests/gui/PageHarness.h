#pragma once

#include "GuiTest.h"
#include "StoreFixture.h"
#include "common/Session.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

//! A settings page on its own store and session, shown and opened: what every page
//! test starts from. Members are destroyed page first, then session, then store.
template <typename Page> struct PageHarness {
    StoreFixture fixture;
    Session session{fixture.store.get()};
    std::unique_ptr<Page> page;

    //! Opens the session, waits for its directory (roles, members) and shows the page.
    bool open()
    {
        session.open();
        if (!QTest::qWaitFor([this] { return session.isOpen() && !session.roles().isEmpty(); },
                             10000)) {
            return false;
        }
        page = std::make_unique<Page>(&session);
        page->resize(1000, 640);
        page->show();
        QApplication::setActiveWindow(page.get());
        return QTest::qWaitForWindowActive(page.get());
    }

    template <typename T> T *child(const char *name) const
    {
        return GuiTest::child<T>(page.get(), name);
    }

    //! Waits until the directory lists a member or role change made behind the page's back.
    bool reloaded()
    {
        QSignalSpy spy(&session, &Session::directoryChanged);
        session.reloadDirectory();
        // The answers may all be there already, and directoryChanged() with them.
        return !spy.isEmpty() || spy.wait(10000);
    }
};
