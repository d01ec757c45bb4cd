#include "StoreFixture.h"
#include "common/ClipboardGuard.h"
#include "keys/RevealKeyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

//! The one-time reveal: the full key, Copy with a countdown, Done only once the key
//! was copied or stored, a question before closing without, and nothing left after.
class TestRevealKeyDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsTheKeyButNotInTheTitle();
    void copyPutsTheKeyOnTheClipboardAndCountsDown();
    void doneWaitsForCopyOrStored();
    void copiedKeyOutlivesTheDialogUntilTheTimeout();
    void closingWithoutCopyingAsksFirst();
    void escapeAsksAndGoBackKeepsItOpen();
    void resetKeysSaySo();
    void theKeyLeavesOnlyThroughCopy();

private:
    template <typename T> static T *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }
    //! Clicks the box itself: the widget is wider than its indicator and text.
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    //! The close question, once it is up.
    static QMessageBox *question();
};

QMessageBox *TestRevealKeyDialog::question()
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&box] {
                return (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            },
            5000))
        return nullptr;
    return box;
}

void TestRevealKeyDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRevealKeyDialog::cleanup()
{
    // A closed dialog hands its countdown to the application; end those still running.
    const auto guards = qApp->findChildren<ClipboardGuard *>(Qt::FindDirectChildrenOnly);
    for (ClipboardGuard *guard : guards)
        guard->clearNow();
    QGuiApplication::clipboard()->clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

void TestRevealKeyDialog::theKeyLeavesOnlyThroughCopy()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Copied the wrong way"));
    QApplication::clipboard()->setText(QStringLiteral("before"));
    {
        RevealKeyDialog dialog(issued, 30);
        dialog.show();
        auto *field = child<QLineEdit>(&dialog, "keyField");
        QCOMPARE(field->focusPolicy(), Qt::NoFocus);
        QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
        QTest::mouseDClick(field, Qt::LeftButton, {}, field->rect().center());
        QVERIFY(!field->hasSelectedText()); // no selection, so no X11 primary selection
        field->selectAll();
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        clickBox(child<QCheckBox>(&dialog, "storedCheckBox"));
        dialog.accept();
        QVERIFY(field->text().isEmpty());
        QVERIFY(!field->isUndoAvailable()); // the key is not kept for an undo either
    }
}

void TestRevealKeyDialog::showsTheKeyButNotInTheTitle()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("CRM sync"));
    RevealKeyDialog dialog(issued, 30);
    dialog.show();
    auto *field = child<QLineEdit>(&dialog, "keyField");
    QCOMPARE(field->text(), issued.token);
    QVERIFY(field->isReadOnly());
    QVERIFY(field->width() >= field->fontMetrics().horizontalAdvance(issued.token));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Your new API key"));
    QVERIFY(!dialog.windowTitle().contains(issued.key.id));
    QVERIFY(child<QLabel>(&dialog, "nameLabel")->text().contains(QStringLiteral("CRM sync")));
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (widget->isVisibleTo(&dialog) && widget->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    clickBox(child<QCheckBox>(&dialog, "storedCheckBox"));
    dialog.accept();
}

void TestRevealKeyDialog::copyPutsTheKeyOnTheClipboardAndCountsDown()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("ERP invoices"));
    RevealKeyDialog dialog(issued, 1);
    dialog.show();
    auto *countdown = child<QLabel>(&dialog, "countdownLabel");
    QVERIFY(countdown->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
    QClipboard *clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), issued.token);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    QCOMPARE(countdown->text(), QStringLiteral("Copied. The clipboard clears in 1 s."));
    QTRY_COMPARE_WITH_TIMEOUT(countdown->text(), QStringLiteral("Clipboard cleared."), 5000);
    QVERIFY(clipboard->text().isEmpty());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
}

void TestRevealKeyDialog::doneWaitsForCopyOrStored()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Partner script"));
    {
        RevealKeyDialog dialog(issued, 30);
        dialog.show();
        auto *done = child<QPushButton>(&dialog, "doneButton");
        QVERIFY(!done->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(child<QLineEdit>(&dialog, "keyField")->text().isEmpty());
    }
    // Copy, close, paste: the key stays on the clipboard after the dialog is gone.
    QCOMPARE(QGuiApplication::clipboard()->text(), issued.token);

    RevealKeyDialog dialog(issued, 30);
    dialog.show();
    auto *done = child<QPushButton>(&dialog, "doneButton");
    auto *stored = child<QCheckBox>(&dialog, "storedCheckBox");
    clickBox(stored);
    QVERIFY(done->isEnabled());
    clickBox(stored);
    QVERIFY(!done->isEnabled());
    QTest::keyClick(stored, Qt::Key_Space);
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "keyField")->text().isEmpty());
}

void TestRevealKeyDialog::copiedKeyOutlivesTheDialogUntilTheTimeout()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Billing export"));
    {
        RevealKeyDialog dialog(issued, 1);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "doneButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    QClipboard *clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), issued.token);
    const auto guards = qApp->findChildren<ClipboardGuard *>(Qt::FindDirectChildrenOnly);
    QCOMPARE(guards.size(), 1);
    QPointer<ClipboardGuard> guard(guards.first());
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
    QTRY_VERIFY(!guard); // it deletes itself once done
}

void TestRevealKeyDialog::closingWithoutCopyingAsksFirst()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Nightly export"));
    RevealKeyDialog dialog(issued, 30);
    dialog.show();
    dialog.close(); // the window's close button
    QMessageBox *box = question();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("closeWithoutCopyingBox"));
    QVERIFY(!box->text().contains(issued.token));
    auto *close = box->findChild<QPushButton *>(QStringLiteral("closeWithoutCopyingButton"));
    auto *back = box->findChild<QPushButton *>(QStringLiteral("goBackButton"));
    QCOMPARE(close->text(), QStringLiteral("Close without copying"));
    QCOMPARE(back->text(), QStringLiteral("Go back"));
    QCOMPARE(box->defaultButton(), back);
    QVERIFY(dialog.isVisible());
    QPointer<QMessageBox> guard(box);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLineEdit>(&dialog, "keyField")->text().isEmpty());
    QTRY_VERIFY(!guard);
}

void TestRevealKeyDialog::escapeAsksAndGoBackKeepsItOpen()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Staging"));
    RevealKeyDialog dialog(issued, 30);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QMessageBox *box = question();
    QVERIFY(box);
    QPointer<QMessageBox> guard(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("goBackButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "keyField")->text(), issued.token);

    // Asked again, and Escape in the question means "Go back" too.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY((box = question()));
    guard = box;
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QVERIFY(dialog.isVisible());

    QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Escape); // copied: closes without asking
    QVERIFY(!dialog.isVisible());
    QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
}

void TestRevealKeyDialog::resetKeysSaySo()
{
    StoreFixture fixture;
    IssuedKey issued = fixture.create(QStringLiteral("Rotated"));
    issued.key.credentials.append(Credential{QDateTime::currentDateTimeUtc(), {}});
    RevealKeyDialog dialog(issued, 30);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Your reset API key"));
}

QTEST_MAIN(TestRevealKeyDialog)
#include "tst_revealkeydialog.moc"
