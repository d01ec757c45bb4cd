#pragma once

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
        return page->template findChild<T *>(QString::fromLatin1(name));
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

namespace PageTests {

//! Each test executable: test paths, its own settings folder, English words.
inline void initSettings(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward-tests"));
}

//! The modal dialog on top, once one of type @p T is there.
template <typename T> T *waitForModal()
{
    T *found = nullptr;
    const auto modal = [&found] {
        return (found = qobject_cast<T *>(QApplication::activeModalWidget())) != nullptr;
    };
    if (!QTest::qWaitFor(modal, 10000))
        return nullptr;
    return found;
}

//! No window may outlive a test.
inline bool noVisibleWindows()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget->isVisible()) {
            qWarning("Window left open: %s", qPrintable(widget->objectName()));
            return false;
        }
    }
    return true;
}

} // namespace PageTests
