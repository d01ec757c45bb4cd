#include "KeyClicks.h"
#include "KeysHarness.h"
#include "StoreLock.h"
#include "keys/KeyActions.h"
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace KeysTests;

//! The key commands: revoke and delete behind a confirmation that names the action and
//! focuses Cancel, copy key ID, the Key menu and the row's context menu, and actions
//! disabled where they do not apply or the acting member lacks the scope.
class TestKeyActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void revokeAsksFirst();
    void cancelDoesNothing();
    void failedRevokeIsShownInAWindow();
    void deleteAsksFirst();
    void copiesTheKeyId();
    void disabledWithoutSelectionOrForRetiredKeys();
    void disabledForAViewer();
    void keyMenuAndContextMenuHoldTheActions();
    void editAndResetOpenTheirDialogs();

private:
    //! The confirmation that @p action opens, checked for its button and focus.
    static QMessageBox *confirmation(QAction *action, const QString &objectName,
                                     const QString &buttonText);
    QTemporaryDir m_settings;
};

void TestKeyActions::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
}

void TestKeyActions::cleanup()
{
    QSettings().clear();
    QTRY_VERIFY(noVisibleWindows());
}

QMessageBox *TestKeyActions::confirmation(QAction *action, const QString &objectName,
                                          const QString &buttonText)
{
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    auto *box = waitForModal<QMessageBox>();
    if (!box || box->objectName() != objectName)
        return nullptr;
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    if (!confirm || confirm->text() != buttonText || box->defaultButton() != cancel ||
        !QTest::qWaitFor([cancel] { return cancel->hasFocus(); }, 5000))
        return nullptr;
    return box;
}

void TestKeyActions::revokeAsksFirst()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(issued.key.id));
    KeyActions *actions = harness.window->keyActions();
    QCOMPARE(actions->revokeAction()->shortcut(), QKeySequence(Qt::Key_Delete));

    QMessageBox *box =
        confirmation(actions->revokeAction(), QStringLiteral("revokeKeyConfirmation"),
                     QStringLiteral("Revoke key"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Revoke key?"));
    QVERIFY(box->informativeText().contains(QStringLiteral("permanent")));
    QVERIFY(box->informativeText().contains(QStringLiteral("stop working")));
    QVERIFY(box->informativeText().contains(QStringLiteral("not affected")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!await(harness.fixture.store->key({}, issued.key.id)).value().revokedAt.isNull());
    QCOMPARE(harness.fixture.verify(issued.token), Verification::Outcome::Unauthenticated);
    QTRY_VERIFY(harness.window->statusBar()->currentMessage().contains(QStringLiteral("Revoked")));
    // A revoked key cannot be revoked or reset again; it can still be edited.
    QTRY_VERIFY(!actions->revokeAction()->isEnabled());
    QVERIFY(!actions->resetAction()->isEnabled());
    QVERIFY(actions->editAction()->isEnabled());
    harness.window->close();
}

void TestKeyActions::failedRevokeIsShownInAWindow()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("Leaked"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(issued.key.id));
    KeyActions *actions = harness.window->keyActions();
    QMessageBox *box =
        confirmation(actions->revokeAction(), QStringLiteral("revokeKeyConfirmation"),
                     QStringLiteral("Revoke key"));
    QVERIFY(box);
    // Another program holds the write lock past the busy timeout: the revoke fails.
    StoreLock lock(harness.fixture.path());
    QVERIFY(lock.isHeld());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QMessageBox *error = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (error = harness.window->findChild<QMessageBox *>(QStringLiteral("actionErrorBox"))),
        15000);
    QVERIFY(error->text().contains(QStringLiteral("not revoked")));
    QVERIFY(lock.release());
    QCOMPARE(harness.fixture.verify(issued.token), Verification::Outcome::Valid);
    error->close();
    harness.window->close();
}

void TestKeyActions::cancelDoesNothing()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(issued.key.id));
    KeyActions *actions = harness.window->keyActions();
    for (QAction *action : {actions->revokeAction(), actions->deleteAction()}) {
        action->trigger();
        QMessageBox *box = waitForModal<QMessageBox>();
        QVERIFY(box);
        QPointer<QMessageBox> guard(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
        // Enter on the focused Cancel does nothing either.
        action->trigger();
        box = waitForModal<QMessageBox>();
        QVERIFY(box);
        guard = box;
        auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QTRY_VERIFY(cancel->hasFocus());
        QTest::keyClick(cancel, Qt::Key_Return);
        QTRY_VERIFY(!guard);
    }
    const auto key = await(harness.fixture.store->key({}, issued.key.id));
    QVERIFY(key.ok());
    QVERIFY(key.value().revokedAt.isNull());
    QCOMPARE(harness.fixture.verify(issued.token), Verification::Outcome::Valid);
    QCOMPARE(harness.fixture.audit(issued.key.id).value().size(), 1); // only "create"
    harness.window->close();
}

void TestKeyActions::deleteAsksFirst()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    harness.fixture.create(QStringLiteral("ERP invoices"));
    QVERIFY(harness.open(2));
    QVERIFY(harness.select(issued.key.id));
    QMessageBox *box =
        confirmation(harness.window->keyActions()->deleteAction(),
                     QStringLiteral("deleteKeyConfirmation"), QStringLiteral("Delete key"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Delete key?"));
    QVERIFY(box->informativeText().contains(QStringLiteral("audit history stays")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(harness.model()->rowCount(), 1);
    QCOMPARE(harness.model()->rowOfKey(issued.key.id), -1);
    QCOMPARE(await(harness.fixture.store->key({}, issued.key.id)).error().code(),
             StoreError::Code::NotFound);
    QVERIFY(!harness.fixture.audit(issued.key.id, QStringLiteral("delete")).value().isEmpty());
    harness.window->close();
}

void TestKeyActions::copiesTheKeyId()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(issued.key.id));
    QAction *copy = harness.window->keyActions()->copyIdAction();
    QCOMPARE(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QApplication::clipboard()->clear();
    QTest::keyClick(harness.table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::clipboard()->text(), issued.key.id);
    QVERIFY(!QApplication::clipboard()->text().contains(issued.token));
    harness.window->close();
}

void TestKeyActions::disabledWithoutSelectionOrForRetiredKeys()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    KeyActions *actions = harness.window->keyActions();
    for (QAction *action : {actions->editAction(), actions->resetAction(), actions->revokeAction(),
                            actions->deleteAction(), actions->copyIdAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(action->toolTip().contains(QStringLiteral("Select a key")));
    }
    QVERIFY(actions->createAction()->isEnabled());
    QVERIFY(actions->exportAction()->isEnabled());
    QVERIFY(harness.select(issued.key.id));
    for (QAction *action : {actions->editAction(), actions->resetAction(), actions->revokeAction(),
                            actions->deleteAction(), actions->copyIdAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    harness.window->close();
}

void TestKeyActions::disabledForAViewer()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    const Member viewer =
        harness.fixture.addMember(QStringLiteral("Vera Viewer"), QStringLiteral("Viewer"));
    QVERIFY(harness.open(1));
    harness.window->session()->setActingMember(viewer);
    QTRY_COMPARE(harness.model()->rowCount(), 1);
    QVERIFY(harness.select(issued.key.id));
    KeyActions *actions = harness.window->keyActions();
    for (QAction *action : {actions->createAction(), actions->editAction(), actions->resetAction(),
                            actions->revokeAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().contains(QStringLiteral("api_keys:write")),
                 qPrintable(action->toolTip()));
        QCOMPARE(action->statusTip(), action->toolTip());
    }
    QVERIFY(!actions->deleteAction()->isEnabled());
    QVERIFY(actions->deleteAction()->toolTip().contains(QStringLiteral("api_keys:delete")));
    QVERIFY(actions->copyIdAction()->isEnabled()); // reading is fine
    auto *create = harness.child<QPushButton>("createKeyButton");
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QStringLiteral("api_keys:write")));
    // The shortcut does nothing either.
    QTest::keyClick(harness.table(), Qt::Key_Delete);
    QVERIFY(!QApplication::activeModalWidget());
    harness.window->close();
}

void TestKeyActions::keyMenuAndContextMenuHoldTheActions()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    KeyActions *actions = harness.window->keyActions();
    const QList<QAction *> keyActions = {actions->editAction(), actions->resetAction(),
                                         actions->revokeAction(), actions->deleteAction(),
                                         actions->copyIdAction()};
    auto *keyMenu = harness.window->menuBar()->findChild<QMenu *>(QStringLiteral("keyMenu"));
    QVERIFY(keyMenu);
    for (QAction *action : keyActions)
        QVERIFY(keyMenu->actions().contains(action));
    QVERIFY(keyMenu->actions().contains(actions->createAction()));
    auto *fileMenu = harness.window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu->actions().contains(actions->exportAction()));

    // Shift+F10 on the selected row, then the Menu key: the same menu pops up.
    QVERIFY(harness.select(issued.key.id));
    for (const auto &[key, modifiers] :
         {std::pair{Qt::Key_F10, Qt::ShiftModifier}, std::pair{Qt::Key_Menu, Qt::NoModifier}}) {
        QTest::keyClick(harness.table(), key, modifiers);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(menu->objectName(), QStringLiteral("keyActionsMenu"));
        for (QAction *action : keyActions)
            QVERIFY(menu->actions().contains(action));
        QPointer<QMenu> guard(menu);
        menu->close();
        QTRY_VERIFY(!guard);
    }
    // A right click on another row selects it and shows the menu for it.
    harness.table()->clearSelection();
    const QRect cell = harness.table()->visualRect(harness.model()->index(0, 0));
    QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(),
                            harness.table()->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(harness.table()->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QCOMPARE(harness.page()->currentKey()->id, issued.key.id);
    menu->close();
    harness.window->close();
}

void TestKeyActions::editAndResetOpenTheirDialogs()
{
    WindowHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(issued.key.id));
    QTest::keyClick(harness.table(), Qt::Key_F2);
    auto *edit = waitForModal<QDialog>();
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("EditKeyDialog"));
    QPointer<QDialog> guard(edit);
    edit->reject();
    QTRY_VERIFY(!guard);

    harness.window->keyActions()->resetAction()->trigger();
    auto *reset = waitForModal<QDialog>();
    QVERIFY(reset);
    QCOMPARE(reset->objectName(), QStringLiteral("ResetKeyDialog"));
    auto *graceCombo = reset->findChild<QComboBox *>(QStringLiteral("graceCombo"));
    graceCombo->setCurrentIndex(0);
    QTest::mouseClick(reset->findChild<QPushButton *>(QStringLiteral("resetButton")),
                      Qt::LeftButton);
    // The new key is shown once, in the reveal dialog; the old one stopped working.
    QDialog *reveal = nullptr;
    QTRY_VERIFY((reveal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) &&
                reveal->objectName() == QStringLiteral("RevealKeyDialog"));
    QCOMPARE(harness.fixture.verify(issued.token), Verification::Outcome::Unauthenticated);
    auto *field = reveal->findChild<QLabel *>(QStringLiteral("keyField"));
    QVERIFY(field);
    QCOMPARE(harness.fixture.verify(KeyClicks::revealedKey(reveal)), Verification::Outcome::Valid);
    // The buffer the key came in, from the store through the reset dialog: kept alive
    // here, it must be overwritten when the reveal closes.
    const QString shown = field->text();
    const QChar *buffer = shown.constData();
    reveal->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    guard = reveal;
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QCOMPARE(shown.constData(), buffer);
    QCOMPARE(shown, QString(shown.size(), QChar(u'\0')));
    harness.window->close();
}

QTEST_MAIN(TestKeyActions)
#include "tst_keyactions.moc"
