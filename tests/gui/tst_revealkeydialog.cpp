#include "GuiTest.h"
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

using GuiTest::child;

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
    void closingOverwritesTheKeyWhereItWas();

private:
    //! Clicks the box itself: the widget is wider than its indicator and text.
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    //! The close question, once it is up.
    static QMessageBox *question();
    //! @p text in a buffer of its own, which closing a reveal dialog does not wipe.
    static QString ownCopy(const QString &text) { return QString(text.constData(), text.size()); }
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
        auto *field = child<QLabel>(&dialog, "keyField");
        QCOMPARE(field->focusPolicy(), Qt::NoFocus);
        QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
        QCOMPARE(field->textInteractionFlags(), Qt::NoTextInteraction);
        QTest::mouseDClick(field, Qt::LeftButton, {}, field->rect().center());
        QVERIFY(!field->hasSelectedText()); // no selection, so no X11 primary selection
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(&dialog, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        clickBox(child<QCheckBox>(&dialog, "storedCheckBox"));
        dialog.accept();
        QVERIFY(field->text().isEmpty());
    }
}

void TestRevealKeyDialog::closingOverwritesTheKeyWhereItWas()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Wiped"));
    const QString expected = ownCopy(issued.token);
    // A copy as the store's future and the create dialog keep one: it shares the key's
    // buffer, and keeps that memory alive after the dialog is gone.
    const QString kept = issued.token;
    const QChar *buffer = kept.constData();
    QCOMPARE(issued.token.constData(), buffer);
    {
        RevealKeyDialog dialog(issued, 30);
        dialog.show();
        QCOMPARE(child<QLabel>(&dialog, "keyField")->text().constData(), buffer); // no copy
        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "doneButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        // Wiped when it closed, not only when it is deleted.
        QCOMPARE(kept.constData(), buffer);
        for (qsizetype index = 0; index < expected.size(); ++index)
            QVERIFY2(buffer[index] == QChar(u'\0'), qPrintable(QString::number(index)));
    }
    // The key is nowhere in the memory that held it; every copy sharing it reads NULs.
    QCOMPARE(kept.size(), expected.size());
    QCOMPARE(kept, QString(expected.size(), QChar(u'\0')));
    QCOMPARE(issued.token, kept);
    // The clipboard's copy is its own: still there for the countdown.
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestRevealKeyDialog::showsTheKeyButNotInTheTitle()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("CRM sync"));
    RevealKeyDialog dialog(issued, 30);
    dialog.show();
    auto *field = child<QLabel>(&dialog, "keyField");
    QCOMPARE(field->text(), issued.token);
    QCOMPARE(field->textFormat(), Qt::PlainText);
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
    const QString token = ownCopy(issued.token); // closing wipes the shared one
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
        QVERIFY(child<QLabel>(&dialog, "keyField")->text().isEmpty());
    }
    // Copy, close, paste: the key stays on the clipboard after the dialog is gone.
    QCOMPARE(QGuiApplication::clipboard()->text(), token);

    IssuedKey again = issued;
    again.token = token;
    RevealKeyDialog dialog(again, 30);
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
    QVERIFY(child<QLabel>(&dialog, "keyField")->text().isEmpty());
}

void TestRevealKeyDialog::copiedKeyOutlivesTheDialogUntilTheTimeout()
{
    StoreFixture fixture;
    const IssuedKey issued = fixture.create(QStringLiteral("Billing export"));
    const QString token = ownCopy(issued.token);
    {
        RevealKeyDialog dialog(issued, 1);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "doneButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    QClipboard *clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), token);
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
    QVERIFY(child<QLabel>(&dialog, "keyField")->text().isEmpty());
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
    QCOMPARE(child<QLabel>(&dialog, "keyField")->text(), issued.token);

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
