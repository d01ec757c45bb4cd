#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

//! What every GUI test executable shares: its own settings, modal dialogs, and the
//! rule that no window outlives a test.
namespace GuiTest {

//! Test paths, the test's own settings folder, and the application's names.
inline void initSettings(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward-tests"));
}

//! Moves HOME, and with it QStandardPaths' test-mode folders (~/.qttest, where the
//! default local store "This computer" lives), into @p folder. Test mode alone shares
//! those folders with every test run of the user, other suites running at the same
//! time included. True when the application's data folder is now below @p folder.
inline bool useOwnHome(const QString &folder)
{
    qputenv("HOME", QFile::encodeName(folder));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(folder);
}

//! Whether every top-level window is closed; names the first one left open.
inline bool noVisibleWindows()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget->isVisible()) {
            qWarning("Window left open: %s (%s)", qPrintable(widget->objectName()),
                     widget->metaObject()->className());
            return false;
        }
    }
    return true;
}

//! The child of @p parent of type @p T named @p name, or nullptr.
template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

//! What the cell of @p view at @p row, @p column shows; empty past the end.
inline QString cellText(const QAbstractItemView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

//! The number of rows @p view shows.
inline int rowCount(const QAbstractItemView *view)
{
    return view->model()->rowCount();
}

//! The modal dialog on top, once one of type @p T is there.
template <typename T> T *waitForModal()
{
    T *found = nullptr;
    const auto modal = [&found] {
        return (found = qobject_cast<T *>(QApplication::activeModalWidget())) != nullptr;
    };
    return QTest::qWaitFor(modal, 10000) ? found : nullptr;
}

} // namespace GuiTest
