#pragma once

#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyActions.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <memory>

//! What GUI tests of the key flows do with the window, as a user would.
namespace KeyClicks {

//! Shows @p window on @p store, active, and waits until the store is open, the directory
//! and the keys are read (@p rows of them, unless -1) and a key can be created.
inline bool showWindow(std::unique_ptr<MainWindow> &window, KeyStore *store, int timeoutMs,
                       int rows = -1)
{
    window = std::make_unique<MainWindow>(store);
    window->resize(1200, 760);
    window->show();
    QApplication::setActiveWindow(window.get());
    Session *session = window->session();
    ApiKeyTableModel *keys = window->apiKeysPage()->model();
    KeyActions *actions = window->keyActions();
    return QTest::qWaitForWindowActive(window.get()) &&
           QTest::qWaitFor(
               [session, keys, actions, rows] {
                   return session->isOpen() && !session->roles().isEmpty() &&
                          !session->members().isEmpty() &&
                          !session->catalog().resources().isEmpty() && keys->counts() &&
                          !keys->isLoading() && (rows < 0 || keys->rowCount() == rows) &&
                          actions->createAction()->isEnabled();
               },
               timeoutMs);
}

//! Clicks the row of key @p id in @p window's table; true once it is the current key.
inline bool clickRow(MainWindow *window, const QString &id)
{
    ApiKeysPage *page = window->apiKeysPage();
    auto *table = window->findChild<QTableView *>(QStringLiteral("keyTable"));
    const int row = page ? page->model()->rowOfKey(id) : -1;
    if (row < 0 || !table)
        return false;
    const QModelIndex index = page->model()->index(row, ApiKeyTableModel::Name);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    return QTest::qWaitFor(
        [page, id] { return page->currentKey() && page->currentKey()->id == id; }, 5000);
}

//! The key the reveal dialog shows, as its user would write it down: in a buffer of its
//! own, since closing the dialog overwrites the key in every QString that shares its
//! buffer.
inline QString revealedKey(const QDialog *reveal)
{
    const auto *field = reveal->findChild<QLabel *>(QStringLiteral("keyField"));
    const QString shown = field ? field->text() : QString();
    return QString(shown.constData(), shown.size());
}

//! Closes the reveal dialog as someone who stored the key; true once it is gone.
inline bool closeReveal(QDialog *reveal)
{
    QPointer<QDialog> guard(reveal);
    auto *stored = reveal->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"));
    auto *done = reveal->findChild<QPushButton *>(QStringLiteral("doneButton"));
    if (!stored || !done)
        return false;
    if (!done->isEnabled())
        QTest::mouseClick(stored, Qt::LeftButton, {}, QPoint(8, stored->height() / 2));
    if (!done->isEnabled())
        return false;
    QTest::mouseClick(done, Qt::LeftButton);
    return QTest::qWaitFor([&guard] { return !guard; }, 5000); // deleted on close
}

} // namespace KeyClicks
