#include "PageHarness.h"
#include "RawStore.h"
#include "audit/AuditLogPage.h"
#include "itemmodels/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

//! Settings > Audit log: events appear as the store changes, the filters narrow them
//! in the store, the table reads older pages as it scrolls, and the CSV export holds
//! every matching event, formulas neutralised and never a key.
class TestAuditLogPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void eventsAppearAfterStoreChanges();
    void filtersNarrowTheRows();
    void showsWhoActedAndTheSwitches();
    void exportsTheShownEventsAsCsv();
    void anExportThatCannotBeWrittenSaysWhy();
    void scrollsThroughAHundredThousandEventsAndExportsThemAll();
    void aCancelledExportLeavesNoFile();

private:
    using Harness = PageHarness<AuditLogPage>;
    static int rows(Harness &h) { return h.page->model()->rowCount(); }
    static bool settled(Harness &h) { return !h.page->model()->isLoading(); }
    static void choose(QComboBox *combo, const QString &data);
    //! Adds @p count revoke events (Key1 … KeyN, oldest first) to the store's audit log.
    static bool seedEvents(Harness &h, int count);

    QTemporaryDir m_settings;
};

void TestAuditLogPage::initTestCase()
{
    QVERIFY(m_settings.isValid());
    GuiTest::initSettings(m_settings.path());
}

void TestAuditLogPage::cleanup()
{
    AuditLogPage::setNextFileName({});
    QVERIFY(GuiTest::noVisibleWindows());
}

void TestAuditLogPage::choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

bool TestAuditLogPage::seedEvents(Harness &h, int count)
{
    RawStore raw(h.fixture.path());
    return raw.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                       " WHERE i < %1) INSERT INTO audit_events (workspace_id, at, actor,"
                       " action, kid, before_json, after_json) SELECT 1, %2 + i * 1000,"
                       " 'Olivia Owner', 'revoke', 'Key' || i, '{}', '{}' FROM n")
            .arg(count)
            .arg(h.fixture.clock.now().toMSecsSinceEpoch()));
}

void TestAuditLogPage::eventsAppearAfterStoreChanges()
{
    Harness h;
    QVERIFY(h.open());
    QCOMPARE(h.child<QLabel>("titleLabel")->text(), QStringLiteral("Audit log"));
    QTRY_VERIFY(settled(h));
    QCOMPARE(rows(h), 0);
    QVERIFY(!h.child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(h.child<QLabel>("statusLabel")->text().contains(QStringLiteral("No events")));

    const IssuedKey key = h.fixture.create(QStringLiteral("CRM sync"));
    QTRY_COMPARE(rows(h), 1);
    QVERIFY(await(h.fixture.store->revokeKey({}, key.key.id)).ok());
    QTRY_COMPARE(rows(h), 2);
    auto *table = h.child<QTableView>("auditTable");
    QCOMPARE(table->model()->index(0, AuditTableModel::Action).data().toString(),
             QStringLiteral("Revoked key"));
    QCOMPARE(table->model()->index(1, AuditTableModel::Action).data().toString(),
             QStringLiteral("Created key"));
    QCOMPARE(table->model()->index(1, AuditTableModel::Key).data().toString(), key.key.id);
    QTRY_VERIFY(h.child<QPushButton>("exportButton")->isEnabled());
    h.page->close();
}

void TestAuditLogPage::showsWhoActedAndTheSwitches()
{
    Harness h;
    const Member dana =
        h.fixture.addMember(QStringLiteral("Dana Dev"), QStringLiteral("Developer"));
    QVERIFY(h.open());
    QTRY_COMPARE(rows(h), 1);
    // Another program on this computer (the CLI, say), run by the account "olivia".
    SqlStoreOptions options;
    options.path = h.fixture.path();
    options.clock = h.fixture.clock.clock();
    options.osUser = QStringLiteral("olivia");
    SqlKeyStore cli(options);
    KeyDraft draft;
    draft.name = QStringLiteral("From the CLI");
    QVERIFY(await(cli.createKey({}, draft)).ok());
    QVERIFY(await(cli.switchActor({}, dana.id)).ok());
    QTRY_COMPARE(rows(h), 3);
    QAbstractItemModel *model = h.child<QTableView>("auditTable")->model();
    QCOMPARE(model->index(0, AuditTableModel::Action).data().toString(),
             QStringLiteral("Switched acting member"));
    QCOMPARE(model->index(0, AuditTableModel::Actor).data().toString(),
             QStringLiteral("Olivia Owner"));
    QCOMPARE(model->index(0, AuditTableModel::Via).data().toString(),
             QStringLiteral("olivia (computer user)"));
    QCOMPARE(model->index(0, AuditTableModel::Details).data().toString(),
             QStringLiteral("acting_as: Olivia Owner → Dana Dev"));
    QCOMPARE(model->index(1, AuditTableModel::Via).data().toString(),
             QStringLiteral("olivia (computer user)"));
    QCOMPARE(model->headerData(AuditTableModel::Via, Qt::Horizontal).toString(),
             QStringLiteral("Via"));
    choose(h.child<QComboBox>("actionCombo"), QStringLiteral("act_as"));
    QTRY_COMPARE(rows(h), 1);
    h.page->close();
}

void TestAuditLogPage::filtersNarrowTheRows()
{
    Harness h;
    // Jan 1: Alpha created; Jan 11: Bravo created; Jan 21: Alpha revoked, Ada's key.
    const Member ada = h.fixture.addMember(QStringLiteral("Ada Admin"), QStringLiteral("Admin"));
    const IssuedKey alpha = h.fixture.create(QStringLiteral("Alpha"));
    h.fixture.clock.advanceDays(10);
    h.fixture.create(QStringLiteral("Bravo"));
    h.fixture.clock.advanceDays(10);
    QVERIFY(await(h.fixture.store->revokeKey({}, alpha.key.id)).ok());
    h.fixture.create(QStringLiteral("Ada's key"), {}, Environment::Test, Actor{ada.id, {}});
    QVERIFY(h.open());
    QTRY_COMPARE(rows(h), 5); // with the member_add

    auto *action = h.child<QComboBox>("actionCombo");
    choose(action, QStringLiteral("revoke"));
    QTRY_COMPARE(rows(h), 1);
    QCOMPARE(h.page->model()->index(0, AuditTableModel::Key).data().toString(), alpha.key.id);
    choose(action, QString());
    QTRY_COMPARE(rows(h), 5);

    auto *key = h.child<QLineEdit>("keyIdEdit");
    QTest::keyClicks(key, alpha.key.id);
    QTRY_VERIFY(settled(h));
    QTRY_COMPARE(rows(h), 2);
    choose(action, QStringLiteral("create"));
    QTRY_COMPARE(rows(h), 1);
    key->clear();
    choose(action, QString());
    QTRY_COMPARE(rows(h), 5);

    auto *member = h.child<QComboBox>("memberCombo");
    QTRY_COMPARE(member->count(), 3); // all, Olivia, Ada
    choose(member, QStringLiteral("Ada Admin"));
    QTRY_COMPARE(rows(h), 1);
    QCOMPARE(h.page->model()->index(0, AuditTableModel::Actor).data().toString(),
             QStringLiteral("Ada Admin"));
    choose(member, QString());
    QTRY_COMPARE(rows(h), 5);

    // The range counts the whole "to" day: Jan 11 to Jan 11 holds Bravo's creation.
    auto *from = h.child<QDateEdit>("fromDateEdit");
    auto *to = h.child<QDateEdit>("toDateEdit");
    QVERIFY(!from->isEnabled());
    h.child<QCheckBox>("dateFilterCheck")->setChecked(true);
    QVERIFY(from->isEnabled() && to->isEnabled());
    from->setDate(QDate(2026, 1, 11));
    to->setDate(QDate(2026, 1, 11));
    QTRY_VERIFY(settled(h));
    QTRY_COMPARE(rows(h), 1);
    QCOMPARE(h.page->query().to.toLocalTime(), QDateTime(QDate(2026, 1, 12), QTime(0, 0)));
    to->setDate(QDate(2026, 1, 21));
    QTRY_COMPARE(rows(h), 3);
    from->setDate(QDate(2025, 12, 1));
    QTRY_COMPARE(rows(h), 5);

    QTest::mouseClick(h.child<QPushButton>("clearFiltersButton"), Qt::LeftButton);
    QVERIFY(!h.child<QCheckBox>("dateFilterCheck")->isChecked());
    QVERIFY(!h.page->query().from.isValid());
    QTRY_COMPARE(rows(h), 5);
    h.page->close();
}

void TestAuditLogPage::exportsTheShownEventsAsCsv()
{
    Harness h;
    const Member formula = h.fixture.addMember(QStringLiteral("=2+5"), QStringLiteral("Admin"));
    const IssuedKey plain = h.fixture.create(QStringLiteral("CRM sync"));
    const IssuedKey risky = h.fixture.create(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), {},
                                             Environment::Live, Actor{formula.id, {}});
    QVERIFY(await(h.fixture.store->resetKey({}, plain.key.id, KeyStore::Grace(0), {})).ok());
    QVERIFY(h.open());
    QTRY_COMPARE(rows(h), 4);
    // Export only the key events: what is shown is what is written.
    choose(h.child<QComboBox>("actionCombo"), QStringLiteral("create"));
    QTRY_COMPARE(rows(h), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    AuditLogPage::setNextFileName(path);
    QSignalSpy finished(h.page.get(), &AuditLogPage::exportFinished);
    QTest::mouseClick(h.child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), path);
    QVERIFY(h.child<QLabel>("statusLabel")->text().contains(QStringLiteral("Exported")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // ends with CRLF
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("time,actor,actor_key_id,os_user,action,key_id,before,after"));
    // Newest first, as shown: the risky key, then the plain one.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-01-01T12:00:00Z,'=2+5,,,create,") +
                                    risky.key.id + QStringLiteral(",{},")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral("\"\"name\"\":\"\"=HYPERLINK(\\\"\"http://x")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",Olivia Owner,,,create,") + plain.key.id));
    // No cell starts a formula: every field after a separator is defused or harmless.
    for (const QString &line : std::as_const(lines)) {
        for (const QString &start :
             {QStringLiteral(",="), QStringLiteral(",+"), QStringLiteral(",@"),
              QStringLiteral(",\"="), QStringLiteral(",\"+"), QStringLiteral(",\"@")}) {
            QVERIFY2(!line.contains(start), qPrintable(line));
        }
    }
    // Never a key, nor its secret part.
    for (const IssuedKey &issued : {plain, risky}) {
        QVERIFY(!csv.contains(issued.token));
        QVERIFY(!csv.contains(issued.token.right(49)));
    }
    h.page->close();
}

void TestAuditLogPage::anExportThatCannotBeWrittenSaysWhy()
{
    Harness h;
    h.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(h.open());
    QTRY_COMPARE(rows(h), 1);
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLogPage::setNextFileName(blocker.fileName() + QStringLiteral("/audit.csv"));
    QSignalSpy finished(h.page.get(), &AuditLogPage::exportFinished);
    QTest::mouseClick(h.child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    auto *error = h.child<QLabel>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Cannot write")), qPrintable(error->text()));
    h.page->close();
}

void TestAuditLogPage::scrollsThroughAHundredThousandEventsAndExportsThemAll()
{
    Harness h;
    h.fixture.create(QStringLiteral("CRM sync")); // the store exists, with one event
    constexpr int Seeded = 100000;
    QVERIFY(seedEvents(h, Seeded));
    QVERIFY(h.open());
    QTRY_COMPARE(rows(h), 1000);
    QTRY_VERIFY(settled(h));
    auto *status = h.child<QLabel>("statusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("load as you scroll")),
             qPrintable(status->text()));
    // Scrolling to the end reads the next page, as many times as the user goes on.
    auto *table = h.child<QTableView>("auditTable");
    for (int page = 2; page <= 4; ++page) {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(rows(h), page * 1000);
        QTRY_VERIFY(settled(h));
    }
    const QList<AuditEvent> &events = h.page->model()->events();
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i).id < events.at(i - 1).id);

    // The export writes every event, not only the pages read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    AuditLogPage::setNextFileName(path);
    QSignalSpy finished(h.page.get(), &AuditLogPage::exportFinished);
    QTest::mouseClick(h.child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(status->text().contains(QStringLiteral("100,001")), qPrintable(status->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), 1 + Seeded + 1); // the header, the seeded events, the create
    QVERIFY2(lines.at(1).contains(QStringLiteral(",revoke,Key%1,").arg(Seeded)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.last().contains(QStringLiteral(",create,")), qPrintable(lines.last()));
    h.page->close();
}

void TestAuditLogPage::aCancelledExportLeavesNoFile()
{
    Harness h;
    h.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(seedEvents(h, 100000));
    QVERIFY(h.open());
    QTRY_COMPARE(rows(h), 1000);
    auto *exportButton = h.child<QPushButton>("exportButton");
    auto *cancel = h.child<QPushButton>("cancelExportButton");
    QVERIFY(!cancel->isVisible());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    AuditLogPage::setNextFileName(path);
    QSignalSpy finished(h.page.get(), &AuditLogPage::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    // While it runs: the export cannot start twice, and it can be cancelled by keyboard.
    QVERIFY(cancel->isVisible());
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel the audit log export"));
    auto *status = h.child<QLabel>("statusLabel");
    QTRY_VERIFY2(status->text().contains(QStringLiteral("written")), qPrintable(status->text()));
    cancel->setFocus();
    QTest::keyClick(cancel, Qt::Key_Space);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    // A cancellation is what the user asked for, not an error to read.
    QVERIFY(!h.child<QLabel>("errorLabel")->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(exportButton->isEnabled());
    // Neither the file nor QSaveFile's temporary one stays behind.
    QTRY_VERIFY2(
        QDir(dir.path())
            .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
        qPrintable(QDir(dir.path())
                       .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                       .join(u',')));
    h.page->close();
}

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
