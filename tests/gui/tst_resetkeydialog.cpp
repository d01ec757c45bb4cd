#include "KeysHarness.h"
#include "StoreLock.h"
#include "keys/ResetKeyDialog.h"
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace KeysTests;

//! The reset dialog: each grace period, what happens to the old and the new secret,
//! and the typed name that guards a live key.
class TestResetKeyDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void graceOptions_data();
    void graceOptions();
    void liveKeyNeedsItsName();
    void saysPlainlyWhatHappens();
    void cannotBeClosedWhileResetting();
    void ampersandInTheNameIsTypedAsShown();

private:
    //! Resets with the grace at @p graceIndex; returns the new key (empty on failure).
    static IssuedKey reset(Session *session, const ApiKey &key, int graceIndex);
    QTemporaryDir m_settings;
};

void TestResetKeyDialog::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
}

void TestResetKeyDialog::cleanup()
{
    QVERIFY(noVisibleWindows());
}

IssuedKey TestResetKeyDialog::reset(Session *session, const ApiKey &key, int graceIndex)
{
    ResetKeyDialog dialog(session, key);
    dialog.open();
    dialog.findChild<QComboBox *>(QStringLiteral("graceCombo"))->setCurrentIndex(graceIndex);
    QSignalSpy done(&dialog, &ResetKeyDialog::keyReset);
    if (!dialog.resetButton()->isEnabled())
        return {};
    QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
    if (done.isEmpty() && !done.wait(10000))
        return {};
    if (!QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }, 5000))
        return {};
    return done.first().first().value<IssuedKey>();
}

void TestResetKeyDialog::graceOptions_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("graceSeconds");
    QTest::newRow("immediately") << 0 << qint64(0);
    QTest::newRow("1 hour") << 1 << qint64(3600);
    QTest::newRow("24 hours") << 2 << qint64(24 * 3600);
    QTest::newRow("7 days") << 3 << qint64(7 * 24 * 3600);
}

void TestResetKeyDialog::graceOptions()
{
    QFETCH(int, index);
    QFETCH(qint64, graceSeconds);
    SessionHarness harness;
    const IssuedKey old = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open());
    const IssuedKey fresh = reset(&harness.session, old.key, index);
    QVERIFY(!fresh.token.isEmpty());
    QVERIFY(fresh.token != old.token);
    QCOMPARE(fresh.key.id, old.key.id);
    QCOMPARE(harness.fixture.verify(fresh.token), Verification::Outcome::Valid);
    if (graceSeconds == 0) {
        QCOMPARE(harness.fixture.verify(old.token), Verification::Outcome::Unauthenticated);
        QCOMPARE(fresh.key.credentials.size(), 1);
        return;
    }
    QCOMPARE(harness.fixture.verify(old.token), Verification::Outcome::Valid);
    const ApiKey key = await(harness.fixture.store->key({}, old.key.id)).value();
    QCOMPARE(key.credentials.size(), 2);
    QDateTime endsAt;
    for (const Credential &credential : key.credentials) {
        if (credential.endsAt.isValid())
            endsAt = credential.endsAt;
    }
    QCOMPARE(endsAt, harness.fixture.clock.now().addSecs(graceSeconds));
    harness.fixture.clock.advanceSecs(graceSeconds + 1);
    QCOMPARE(harness.fixture.verify(old.token), Verification::Outcome::Unauthenticated);
    QCOMPARE(harness.fixture.verify(fresh.token), Verification::Outcome::Valid);
}

void TestResetKeyDialog::liveKeyNeedsItsName()
{
    SessionHarness harness;
    const IssuedKey old =
        harness.fixture.create(QStringLiteral("ERP invoices"), {}, Environment::Live);
    QVERIFY(harness.open());
    ResetKeyDialog dialog(&harness.session, old.key);
    dialog.open();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(name->isVisible());
    QVERIFY(!dialog.resetButton()->isEnabled());
    QTest::keyClicks(name, QStringLiteral("ERP invoice"));
    QVERIFY(!dialog.resetButton()->isEnabled());
    QTest::keyClicks(name, QStringLiteral("S"));
    QVERIFY(!dialog.resetButton()->isEnabled()); // the name must match exactly
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClicks(name, QStringLiteral("s"));
    QVERIFY(dialog.resetButton()->isEnabled());
    QCOMPARE(dialog.resetButton()->text(), QStringLiteral("Reset key"));
    QCOMPARE(harness.fixture.verify(old.token), Verification::Outcome::Valid); // not yet
    dialog.reject();

    // A test key needs no typing.
    const IssuedKey test = harness.fixture.create(QStringLiteral("Sandbox"));
    ResetKeyDialog testDialog(&harness.session, test.key);
    testDialog.open();
    QVERIFY(!testDialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"))->isVisible());
    QVERIFY(testDialog.resetButton()->isEnabled());
    testDialog.reject();
}

void TestResetKeyDialog::cannotBeClosedWhileResetting()
{
    SessionHarness harness;
    const IssuedKey old = harness.fixture.create(QStringLiteral("Slow store"));
    QVERIFY(harness.open());
    // Another connection holds the write lock: the reset waits in the store.
    StoreLock lock(harness.fixture.path());
    QVERIFY(lock.isHeld());
    {
        ResetKeyDialog dialog(&harness.session, old.key);
        dialog.open();
        QSignalSpy done(&dialog, &ResetKeyDialog::keyReset);
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(!cancel->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.reject();
        QVERIFY(dialog.isVisible()); // closing now would lose the new key
        QVERIFY(lock.release());
        QVERIFY(done.count() == 1 || done.wait(10000));
        QVERIFY(!done.first().first().value<IssuedKey>().token.isEmpty());
    }
}

void TestResetKeyDialog::ampersandInTheNameIsTypedAsShown()
{
    SessionHarness harness;
    const IssuedKey old =
        harness.fixture.create(QStringLiteral("R&D <b>bold</b>"), {}, Environment::Live);
    QVERIFY(harness.open());
    ResetKeyDialog dialog(&harness.session, old.key);
    dialog.open();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("confirmNameLabel"));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->text().contains(QStringLiteral("R&&D <b>bold</b>")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")),
                     QStringLiteral("R&D <b>bold</b>"));
    QVERIFY(dialog.resetButton()->isEnabled());
    dialog.reject();
}

void TestResetKeyDialog::saysPlainlyWhatHappens()
{
    SessionHarness harness;
    const IssuedKey old = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open());
    ResetKeyDialog dialog(&harness.session, old.key);
    dialog.open();
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    QVERIFY(text.contains(QStringLiteral("stop working when the grace period ends")));
    auto *grace = dialog.findChild<QComboBox *>(QStringLiteral("graceCombo"));
    QCOMPARE(grace->count(), 4);
    QCOMPARE(grace->itemText(0), QStringLiteral("Immediately"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isDefault());
    QTRY_VERIFY(cancel->hasFocus());
    dialog.reject();
}

QTEST_MAIN(TestResetKeyDialog)
#include "tst_resetkeydialog.moc"
