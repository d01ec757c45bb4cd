#include "MissingDependency.h"
#include "common/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

//! The clipboard guard on a real (virtual) X server: the primary selection, which the
//! offscreen platform of the other GUI tests lacks, and what other programs see: xclip,
//! a separate process, reads the clipboard and the selection. xclip asks the owning
//! process for the data, so the event loop must run while it does: every wait here
//! spins it (QSignalSpy::wait), never QProcess::waitForFinished.
class TestClipboardXvfb final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void selectionHoldsTheKeyAndItsHints();
    void anotherProcessReadsTheKeyUntilItIsCleared();
    void whatThisProcessCopiedSinceIsLeftAlone();
    void anotherProcessSeesTheHints();
    void whatAnotherProcessCopiedIsLeftAlone();

private:
    //! What `xclip -o` prints for @p selection ("clipboard" or "primary"), with @p extra.
    QByteArray xclipOutput(const QString &selection, const QStringList &extra = {});

    QString m_xclip;
    const QString m_key =
        QStringLiteral("key_live_Xy12Zw34Vu56_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW");
};

void TestClipboardXvfb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        SKIP_MISSING_DEPENDENCY(
            QStringLiteral("needs the xcb platform on an X server (ctest runs it under xvfb-run)"));
    }
    m_xclip = qEnvironmentVariable("KEYWARD_XCLIP", QStringLiteral("xclip"));
    QVERIFY(!QStandardPaths::findExecutable(m_xclip).isEmpty() || QFile::exists(m_xclip));
    QVERIFY(QGuiApplication::clipboard()->supportsSelection());
}

void TestClipboardXvfb::cleanup()
{
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

QByteArray TestClipboardXvfb::xclipOutput(const QString &selection, const QStringList &extra)
{
    QProcess xclip;
    QSignalSpy finished(&xclip, &QProcess::finished);
    xclip.start(m_xclip,
                QStringList{QStringLiteral("-o"), QStringLiteral("-selection"), selection} + extra);
    if (!finished.wait(15000)) {
        xclip.kill();
        finished.wait(5000);
        return QByteArrayLiteral("<xclip did not finish>");
    }
    return xclip.readAllStandardOutput();
}

void TestClipboardXvfb::selectionHoldsTheKeyAndItsHints()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    ClipboardGuard guard;
    guard.copySecret(m_key, 30);
    QCOMPARE(clipboard->text(QClipboard::Selection), m_key);
    const QMimeData *mime = clipboard->mimeData(QClipboard::Selection);
    QVERIFY(mime);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(mime->hasFormat(QStringLiteral("CanIncludeInClipboardHistory")));
    guard.clearNow();
    QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
    QVERIFY(clipboard->text(QClipboard::Clipboard).isEmpty());
}

void TestClipboardXvfb::anotherProcessReadsTheKeyUntilItIsCleared()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(m_key, 2);
    QCOMPARE(xclipOutput(QStringLiteral("clipboard")), m_key.toUtf8());
    QCOMPARE(xclipOutput(QStringLiteral("primary")), m_key.toUtf8());
    QVERIFY(cleared.wait(10000));
    QVERIFY(QGuiApplication::clipboard()->text(QClipboard::Selection).isEmpty());
    QVERIFY(!xclipOutput(QStringLiteral("clipboard")).contains(m_key.toUtf8()));
    QVERIFY(!xclipOutput(QStringLiteral("primary")).contains(m_key.toUtf8()));
}

void TestClipboardXvfb::whatThisProcessCopiedSinceIsLeftAlone()
{
    // The user copies something else in this program into both: nothing is ours any
    // more, so nothing is cleared.
    QClipboard *clipboard = QGuiApplication::clipboard();
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.copySecret(m_key, 1);
    const QString mine = QStringLiteral("a shopping list");
    clipboard->setText(mine, QClipboard::Clipboard);
    clipboard->setText(mine, QClipboard::Selection);
    QVERIFY(abandoned.wait(5000));
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard->text(QClipboard::Selection), mine);
    QCOMPARE(xclipOutput(QStringLiteral("primary")), mine.toUtf8());
    QCOMPARE(xclipOutput(QStringLiteral("clipboard")), mine.toUtf8());
    clipboard->clear(QClipboard::Clipboard);
    clipboard->clear(QClipboard::Selection);
}

void TestClipboardXvfb::anotherProcessSeesTheHints()
{
    ClipboardGuard guard;
    guard.copySecret(m_key, 30);
    const QByteArray targets =
        xclipOutput(QStringLiteral("clipboard"), {QStringLiteral("-t"), QStringLiteral("TARGETS")});
    QVERIFY2(targets.contains("x-kde-passwordManagerHint"), targets.constData());
    QCOMPARE(xclipOutput(QStringLiteral("clipboard"),
                         {QStringLiteral("-t"), QStringLiteral("x-kde-passwordManagerHint")}),
             QByteArray("secret"));
    guard.clearNow();
    QVERIFY(!xclipOutput(QStringLiteral("clipboard")).contains(m_key.toUtf8()));
}

void TestClipboardXvfb::whatAnotherProcessCopiedIsLeftAlone()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.copySecret(m_key, 2);
    QClipboard *clipboard = QGuiApplication::clipboard();
    QVERIFY(clipboard->ownsClipboard());

    // Another program copies: xclip in the foreground (-quiet), owning the clipboard
    // until we end it. It is our child, ended by us below.
    QProcess owner;
    QSignalSpy ownerFinished(&owner, &QProcess::finished);
    QSignalSpy started(&owner, &QProcess::started);
    owner.start(m_xclip, {QStringLiteral("-quiet"), QStringLiteral("-selection"),
                          QStringLiteral("clipboard"), QStringLiteral("-i")});
    QVERIFY(started.wait(10000));
    owner.write("another program's text");
    owner.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(!clipboard->ownsClipboard(), 10000);

    // The primary selection still holds the key and is cleared; the clipboard is not.
    QVERIFY(cleared.wait(10000));
    QCOMPARE(abandoned.count(), 0);
    QCOMPARE(xclipOutput(QStringLiteral("clipboard")), QByteArray("another program's text"));
    QVERIFY(!xclipOutput(QStringLiteral("primary")).contains(m_key.toUtf8()));

    owner.terminate();
    if (!ownerFinished.wait(5000)) {
        owner.kill();
        QVERIFY(ownerFinished.wait(5000));
    }
}

QTEST_MAIN(TestClipboardXvfb)
#include "tst_clipboard_xvfb.moc"
