#include "KeysHarness.h"
#include "SqlitePause.h"
#include "common/BusyIndicator.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTimer>

using namespace KeysTests;

//! The API Keys page's search field and type/status filters run in the store and
//! change the rows; sorting by a header still works while they are set.
class TestApiKeysPageFilters final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void searchFiltersAfterAShortPause();
    void typeAndStatusFilterTheRows();
    void sortingWorksWithAFilter();
    void theBusyIndicatorWaitsBeforeItShows();
    void aSlowSearchShowsTheBusyIndicator();

private:
    static QStringList names(ApiKeyTableModel *model);
    static void seed(StoreFixture &fixture);
    QTemporaryDir m_settings;
};

void TestApiKeysPageFilters::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
    SqlitePause::install(); // before any store opens its connection
}

void TestApiKeysPageFilters::cleanup()
{
    QSettings().clear();
    QVERIFY(noVisibleWindows());
}

QStringList TestApiKeysPageFilters::names(ApiKeyTableModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, ApiKeyTableModel::Name).data().toString();
    return result;
}

void TestApiKeysPageFilters::seed(StoreFixture &fixture)
{
    fixture.create(QStringLiteral("CRM sync"));
    fixture.create(QStringLiteral("ERP invoices"), {}, Environment::Live);
    const IssuedKey partner = fixture.create(QStringLiteral("Partner script"));
    fixture.create(QStringLiteral("CRM backup"), {}, Environment::Live);
    QVERIFY(await(fixture.store->revokeKey({}, partner.key.id)).ok());
}

void TestApiKeysPageFilters::searchFiltersAfterAShortPause()
{
    WindowHarness harness;
    seed(harness.fixture);
    QVERIFY(harness.open(4));
    auto *search = harness.child<QLineEdit>("searchEdit");
    auto *timer = harness.page()->findChild<QTimer *>(QStringLiteral("searchTimer"));
    QVERIFY(search && timer);
    QVERIFY(timer->isSingleShot());
    QCOMPARE(timer->interval(), ApiKeysPage::SearchDelayMs);

    // Ctrl+F puts the focus in the search field.
    harness.table()->setFocus();
    QTest::keyClick(harness.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QSignalSpy fired(timer, &QTimer::timeout);
    QTest::keyClicks(search, QStringLiteral("crm"));
    QVERIFY(timer->isActive()); // debounced: not one query per keystroke
    QCOMPARE(harness.model()->rowCount(), 4);
    QVERIFY(fired.wait(5000));
    QCOMPARE(fired.count(), 1);
    QCOMPARE(harness.model()->filter().text, QStringLiteral("crm"));
    QTRY_COMPARE(harness.model()->rowCount(), 2);
    QStringList found = names(harness.model());
    found.sort();
    QCOMPARE(found, (QStringList{QStringLiteral("CRM backup"), QStringLiteral("CRM sync")}));

    // The key ID matches too; clearing the field shows every key again.
    const QString id = harness.model()->index(0, 0).data(ApiKeyTableModel::KeyIdRole).toString();
    search->setText(id);
    QTest::keyClick(search, Qt::Key_Return); // Enter searches at once
    QTRY_COMPARE(harness.model()->rowCount(), 1);
    QCOMPARE(harness.model()->index(0, 0).data(ApiKeyTableModel::KeyIdRole).toString(), id);
    search->clear();
    QTRY_COMPARE(harness.model()->rowCount(), 4);
    harness.window->close();
}

void TestApiKeysPageFilters::typeAndStatusFilterTheRows()
{
    WindowHarness harness;
    seed(harness.fixture);
    QVERIFY(harness.open(4));
    auto *type = harness.child<QComboBox>("typeFilter");
    auto *status = harness.child<QComboBox>("statusFilter");
    QCOMPARE(type->count(), 3);
    QCOMPARE(status->count(), 5);
    QCOMPARE(type->itemText(0), QStringLiteral("All types"));

    type->setCurrentIndex(type->findText(QStringLiteral("Live")));
    QTRY_COMPARE(harness.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(harness.model()->index(row, 0).data(ApiKeyTableModel::EnvironmentRole).toInt(),
                 int(Environment::Live));
    }
    type->setCurrentIndex(0);
    status->setCurrentIndex(status->findText(QStringLiteral("Revoked")));
    QTRY_COMPARE(names(harness.model()), QStringList{QStringLiteral("Partner script")});
    status->setCurrentIndex(status->findText(QStringLiteral("Active")));
    QTRY_COMPARE(harness.model()->rowCount(), 3);
    type->setCurrentIndex(type->findText(QStringLiteral("Test")));
    QTRY_COMPARE(names(harness.model()), QStringList{QStringLiteral("CRM sync")});
    // The table stays (not the empty state) when a filter matches nothing.
    status->setCurrentIndex(status->findText(QStringLiteral("Expired")));
    QTRY_COMPARE(harness.model()->rowCount(), 0);
    QCOMPARE(harness.page()->view(), ApiKeysPage::View::Table);
    harness.window->close();
}

void TestApiKeysPageFilters::sortingWorksWithAFilter()
{
    WindowHarness harness;
    seed(harness.fixture);
    QVERIFY(harness.open(4));
    auto *type = harness.child<QComboBox>("typeFilter");
    type->setCurrentIndex(type->findText(QStringLiteral("Test")));
    QTRY_COMPARE(harness.model()->rowCount(), 2);
    harness.table()->sortByColumn(ApiKeyTableModel::Name, Qt::AscendingOrder);
    QTRY_COMPARE(names(harness.model()),
                 (QStringList{QStringLiteral("CRM sync"), QStringLiteral("Partner script")}));
    harness.table()->sortByColumn(ApiKeyTableModel::Name, Qt::DescendingOrder);
    QTRY_COMPARE(names(harness.model()),
                 (QStringList{QStringLiteral("Partner script"), QStringLiteral("CRM sync")}));
    QCOMPARE(harness.model()->filter().environment, std::optional(Environment::Test));
    harness.window->close();
}

void TestApiKeysPageFilters::theBusyIndicatorWaitsBeforeItShows()
{
    QWidget window;
    auto *busy = new BusyIndicator(&window);
    window.show();
    auto *delay = busy->findChild<QTimer *>();
    QVERIFY(delay && delay->isSingleShot());
    QCOMPARE(delay->interval(), BusyIndicator::ShowAfterMs);
    QVERIFY(!busy->accessibleName().isEmpty());

    busy->setBusy(true);
    QVERIFY(!busy->isVisible()); // not at once: a quick answer shows nothing
    busy->setBusy(false);
    QVERIFY(!delay->isActive()); // and an answer before the delay never shows it
    QVERIFY(!busy->isVisible());

    busy->setBusy(true);
    QTRY_VERIFY(busy->isVisible());
    busy->setBusy(true); // still busy: stays
    QVERIFY(busy->isVisible());
    busy->setBusy(false);
    QVERIFY(!busy->isVisible());
}

void TestApiKeysPageFilters::aSlowSearchShowsTheBusyIndicator()
{
    WindowHarness harness;
    seed(harness.fixture);
    QVERIFY(harness.open(4));
    auto *busy = harness.child<BusyIndicator>("busyIndicator");
    QVERIFY(busy);
    QVERIFY(!busy->isVisible());
    auto *search = harness.child<QLineEdit>("searchEdit");
    {
        // The store's next statement waits inside SQLite: the search's answer is late.
        SqlitePause pause([] { return true; });
        search->setText(QStringLiteral("crm"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(pause.waitUntilPaused());
        QTRY_VERIFY(busy->isVisible());
        QCOMPARE(harness.model()->rowCount(), 4); // the old rows, under the indicator
    }
    QTRY_COMPARE(harness.model()->rowCount(), 2);
    QTRY_VERIFY(!busy->isVisible());
    harness.window->close();
}

QTEST_MAIN(TestApiKeysPageFilters)
#include "tst_apikeyspage_filters.moc"
