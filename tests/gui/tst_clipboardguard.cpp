#include "common/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

//! The clipboard guard in this process: payload and hints, countdown, clearing only
//! what is still ours. The offscreen platform has no X11 selection: the selection, and
//! what other processes see, are checked on a real X server in
//! tests/xvfb/tst_clipboard_xvfb.cpp.
class TestClipboardGuard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mimeDataCarriesTextAndEveryHint();
    void clipboardHoldsTheSecretAndItsHints();
    void clearsAfterTheTimeout();
    void leavesSomethingElseAlone();
    void clearNowClearsAtOnce();
    void countsDownEverySecond();
    void clearsOnDestruction();
    void clearsOnQuit();

private:
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static const QString &secret();
};

const QString &TestClipboardGuard::secret()
{
    static const QString key =
        QStringLiteral("key_test_AbCdEfGhIjKl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM");
    return key;
}

void TestClipboardGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // What follows covers the clipboard alone; with a selection it would be incomplete.
    QVERIFY2(!clipboard()->supportsSelection(),
             "run on the offscreen platform (ctest); tests/xvfb covers the selection");
}

void TestClipboardGuard::cleanup()
{
    clipboard()->clear(QClipboard::Clipboard);
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

void TestClipboardGuard::mimeDataCarriesTextAndEveryHint()
{
    std::unique_ptr<QMimeData> mime(ClipboardGuard::secretMimeData(secret()));
    QCOMPARE(mime->text(), secret());
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    for (const char *format : {"application/x-nspasteboard-concealed-type",
                               "ExcludeClipboardContentFromMonitorProcessing",
                               "CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"})
        QVERIFY2(mime->hasFormat(QString::fromLatin1(format)), format);
    const QByteArray dwordZero(4, '\0');
    QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), dwordZero);
    QCOMPARE(mime->data(QStringLiteral("CanUploadToCloudClipboard")), dwordZero);
    QVERIFY(!mime->data(QStringLiteral("application/x-nspasteboard-concealed-type"))
                 .contains(secret().toUtf8()));
}

void TestClipboardGuard::clipboardHoldsTheSecretAndItsHints()
{
    ClipboardGuard guard;
    guard.copySecret(secret(), 30);
    QVERIFY(guard.isActive());
    QCOMPARE(guard.secondsLeft(), 30);
    QCOMPARE(clipboard()->text(QClipboard::Clipboard), secret());
    const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
    QVERIFY(mime);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(mime->hasFormat(QStringLiteral("CanIncludeInClipboardHistory")));
    guard.clearNow();
}

void TestClipboardGuard::clearsAfterTheTimeout()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.copySecret(secret(), 1);
    QCOMPARE(clipboard()->text(), secret());
    QVERIFY(cleared.wait(5000));
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!guard.isActive());
    QCOMPARE(guard.secondsLeft(), 0);
    QCOMPARE(abandoned.count(), 0);
}

void TestClipboardGuard::leavesSomethingElseAlone()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.copySecret(secret(), 1);
    const QString mine = QStringLiteral("a shopping list");
    clipboard()->setText(mine, QClipboard::Clipboard);
    QVERIFY(abandoned.wait(5000));
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard()->text(), mine);
    QVERIFY(!guard.isActive());
}

void TestClipboardGuard::clearNowClearsAtOnce()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(secret(), 30);
    guard.clearNow();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!guard.isActive());
    guard.clearNow(); // nothing pending: no second signal
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::countsDownEverySecond()
{
    ClipboardGuard guard;
    QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(secret(), 2);
    QVERIFY(cleared.wait(6000));
    QList<int> values;
    for (const QList<QVariant> &arguments : std::as_const(seconds))
        values << arguments.at(0).toInt();
    QCOMPARE(values, (QList<int>{2, 1, 0}));
}

void TestClipboardGuard::clearsOnDestruction()
{
    {
        ClipboardGuard guard;
        guard.copySecret(secret(), 30);
        QCOMPARE(clipboard()->text(), secret());
    }
    QVERIFY(clipboard()->text().isEmpty());

    const QString mine = QStringLiteral("not a key");
    {
        ClipboardGuard guard;
        guard.copySecret(secret(), 30);
        clipboard()->setText(mine);
    }
    QCOMPARE(clipboard()->text(), mine);
}

void TestClipboardGuard::clearsOnQuit()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(secret(), 30);
    // What QCoreApplication::exec() emits on its way out, without ending the test run.
    QMetaObject::invokeMethod(qApp, "aboutToQuit");
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboard()->text().isEmpty());
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
