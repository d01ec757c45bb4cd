#include "PageHarness.h"
#include "common/Preferences.h"
#include "preferences/PreferencesPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QSpinBox>

#include <sys/stat.h>

//! Settings > Preferences: every control writes its preference at once, and what it
//! wrote is what a new Preferences (the next start) reads.
class TestPreferencesPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDefaults();
    void clipboardTimeoutIsSavedWithinBounds();
    void defaultExpiryIsSaved();
    void defaultTypeIsSaved();
    void languageIsSavedForTheNextStart();
    void showsWhatWasSavedBefore();
    void theSettingsFileIsTheUsersOnly();

private:
    using Harness = PageHarness<PreferencesPage>;
    static void choose(QComboBox *combo, const QVariant &data);

    QTemporaryDir m_settings;
};

void TestPreferencesPage::initTestCase()
{
    QVERIFY(m_settings.isValid());
    GuiTest::initSettings(m_settings.path());
}

void TestPreferencesPage::init()
{
    QSettings().clear();
}

void TestPreferencesPage::cleanup()
{
    QSettings().clear();
    QVERIFY(GuiTest::noVisibleWindows());
}

void TestPreferencesPage::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    // As a user would: focus the box and step to the item with the keyboard.
    combo->setFocus();
    while (combo->currentIndex() != index)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
}

void TestPreferencesPage::showsTheDefaults()
{
    Harness h;
    QVERIFY(h.open());
    QCOMPARE(h.child<QLabel>("titleLabel")->text(), QStringLiteral("Preferences"));
    auto *spin = h.child<QSpinBox>("clipboardSpin");
    QCOMPARE(spin->value(), Preferences::DefaultClipboardSeconds);
    QCOMPARE(spin->minimum(), Preferences::MinClipboardSeconds);
    QCOMPARE(spin->maximum(), Preferences::MaxClipboardSeconds);
    QCOMPARE(h.child<QComboBox>("expiryCombo")->currentData().toInt(),
             Preferences::DefaultExpiryDays);
    QCOMPARE(h.child<QComboBox>("typeCombo")->currentText(), QStringLiteral("Test"));
    QCOMPARE(h.child<QComboBox>("languageCombo")->currentText(), QStringLiteral("System"));
    QCOMPARE(h.child<QComboBox>("expiryCombo")->count(), 4);
    QVERIFY(h.child<QLabel>("languageNoteLabel")->text().contains(QStringLiteral("next start")));
    QVERIFY(QSettings().allKeys().isEmpty()); // showing writes nothing
    h.page->close();
}

void TestPreferencesPage::clipboardTimeoutIsSavedWithinBounds()
{
    Harness h;
    QVERIFY(h.open());
    auto *spin = h.child<QSpinBox>("clipboardSpin");
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("45"));
    QCOMPARE(Preferences().clipboardTimeoutSeconds(), 45);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(Preferences().clipboardTimeoutSeconds(), 46);
    spin->setValue(100000); // the box keeps it within bounds
    QCOMPARE(Preferences().clipboardTimeoutSeconds(), Preferences::MaxClipboardSeconds);
    h.page->close();
}

void TestPreferencesPage::defaultExpiryIsSaved()
{
    Harness h;
    QVERIFY(h.open());
    auto *expiry = h.child<QComboBox>("expiryCombo");
    choose(expiry, 30);
    QCOMPARE(Preferences().defaultExpiryDays(), 30);
    choose(expiry, 0);
    QCOMPARE(expiry->currentText(), QStringLiteral("Never"));
    QCOMPARE(Preferences().defaultExpiryDays(), 0);
    choose(expiry, 90);
    QCOMPARE(Preferences().defaultExpiryDays(), 90);
    QCOMPARE(h.session.preferences()->defaultExpiryDays(), 90);
    h.page->close();
}

void TestPreferencesPage::defaultTypeIsSaved()
{
    Harness h;
    QVERIFY(h.open());
    auto *type = h.child<QComboBox>("typeCombo");
    choose(type, QStringLiteral("live"));
    QCOMPARE(Preferences().defaultEnvironment(), Environment::Live);
    choose(type, QStringLiteral("test"));
    QCOMPARE(Preferences().defaultEnvironment(), Environment::Test);
    h.page->close();
}

void TestPreferencesPage::languageIsSavedForTheNextStart()
{
    Harness h;
    QVERIFY(h.open());
    auto *language = h.child<QComboBox>("languageCombo");
    QCOMPARE(language->count(), 3);
    choose(language, QStringLiteral("de"));
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(Preferences().language(), QStringLiteral("de"));
    choose(language, QString());
    QCOMPARE(Preferences().language(), QString());
    choose(language, QStringLiteral("en"));
    QCOMPARE(Preferences().language(), QStringLiteral("en"));
    h.page->close();
}

void TestPreferencesPage::showsWhatWasSavedBefore()
{
    {
        Preferences saved;
        saved.setClipboardTimeoutSeconds(12);
        saved.setDefaultExpiryDays(365);
        saved.setDefaultEnvironment(Environment::Live);
        saved.setLanguage(QStringLiteral("de"));
    }
    Harness h;
    QVERIFY(h.open());
    QCOMPARE(h.child<QSpinBox>("clipboardSpin")->value(), 12);
    QCOMPARE(h.child<QComboBox>("expiryCombo")->currentData().toInt(), 365);
    QCOMPARE(h.child<QComboBox>("typeCombo")->currentData().toString(), QStringLiteral("live"));
    QCOMPARE(h.child<QComboBox>("languageCombo")->currentData().toString(), QStringLiteral("de"));
    // A change made elsewhere (another page) shows here at once.
    h.session.preferences()->setClipboardTimeoutSeconds(20);
    QCOMPARE(h.child<QSpinBox>("clipboardSpin")->value(), 20);
    h.page->close();
}

void TestPreferencesPage::theSettingsFileIsTheUsersOnly()
{
    // What the window does: a session (and its Preferences), then a preference changed on
    // the page. The usual umask 022 would make the file 0644.
    const QString path = QSettings().fileName();
    const auto modeOf = [&path] {
        struct stat status {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 0777
                                                                         : mode_t(07777);
    };
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous, &path] {
        ::umask(previous);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });
    for (const mode_t umask : {mode_t(022), mode_t(0277)}) {
        ::umask(umask);
        QSettings().sync();
        QFile::remove(path);
        QVERIFY(!QFile::exists(path));
        Harness h;
        QVERIFY(h.open());
        auto *spin = h.child<QSpinBox>("clipboardSpin");
        spin->setFocus();
        spin->selectAll();
        const int seconds = umask == 022 ? 45 : 50;
        QTest::keyClicks(spin, QString::number(seconds));
        QSettings().sync();
        QVERIFY(QFile::exists(path));
        // Nothing for the group and others; under 022, the owner reads and writes. (How
        // much of 0600 a stricter umask keeps for the owner is QSaveFile's business: it
        // copies the old file's permissions as the current user sees them.)
        QCOMPARE(modeOf() & 077, mode_t(0));
        if (umask == 022)
            QCOMPARE(modeOf(), mode_t(0600));
        QCOMPARE(Preferences().clipboardTimeoutSeconds(), seconds);
        h.page->close();
    }
}

QTEST_MAIN(TestPreferencesPage)
#include "tst_preferencespage.moc"
