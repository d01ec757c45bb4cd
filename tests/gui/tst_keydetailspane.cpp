#include "KeysHarness.h"
#include "itemmodels/KeyDisplay.h"
#include "keys/KeyDetailsPane.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

using namespace KeysTests;

//! The details beside the key table: the selected key's scopes by resource, a reset's
//! grace end time, and its audit history newest first; it follows the selection and
//! the store's changes.
class TestKeyDetailsPane final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsTheSelectedKey();
    void showsTheGraceEndAfterAReset();
    void listsTheHistoryNewestFirst();

private:
    static QString value(KeyDetailsPane *pane, const char *name);
    static QStringList history(KeyDetailsPane *pane);
    QTemporaryDir m_settings;
};

void TestKeyDetailsPane::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
}

void TestKeyDetailsPane::cleanup()
{
    QSettings().clear();
    QVERIFY(noVisibleWindows());
}

QString TestKeyDetailsPane::value(KeyDetailsPane *pane, const char *name)
{
    return pane->findChild<QLabel *>(QString::fromLatin1(name))->text();
}

QStringList TestKeyDetailsPane::history(KeyDetailsPane *pane)
{
    auto *list = pane->findChild<QListWidget *>(QStringLiteral("auditList"));
    QStringList lines;
    for (int row = 0; row < list->count(); ++row)
        lines << list->item(row)->text();
    return lines;
}

void TestKeyDetailsPane::showsTheSelectedKey()
{
    WindowHarness harness;
    const IssuedKey crm =
        harness.fixture.create(QStringLiteral("CRM sync"),
                               {QStringLiteral("documents:read"), QStringLiteral("documents:write"),
                                QStringLiteral("webhooks:read")});
    const IssuedKey erp = harness.fixture.create(QStringLiteral("ERP invoices"));
    QVERIFY(harness.open(2));
    KeyDetailsPane *pane = harness.page()->detailsPane();
    QCOMPARE(pane->objectName(), QStringLiteral("keyDetailsPane"));
    QVERIFY(pane->isVisible());
    auto *stack = pane->findChild<QStackedWidget *>(QStringLiteral("detailsStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("noKeyPage"));

    QVERIFY(harness.select(crm.key.id));
    QCOMPARE(value(pane, "nameValue"), QStringLiteral("CRM sync"));
    QCOMPARE(value(pane, "typeValue"), QStringLiteral("Test"));
    QCOMPARE(value(pane, "statusValue"), QStringLiteral("Active"));
    QCOMPARE(
        value(pane, "scopesValue").split(QLatin1Char('\n')),
        (QStringList{QStringLiteral("documents: read, write"), QStringLiteral("webhooks: read")}));
    QVERIFY(value(pane, "createdValue").endsWith(QStringLiteral("by Olivia Owner")));
    QCOMPARE(value(pane, "lastUsedValue"), KeyDisplay::lastUsedText({}));
    QVERIFY(!value(pane, "credentialsValue").contains(crm.token));

    QVERIFY(harness.select(erp.key.id));
    QCOMPARE(value(pane, "nameValue"), QStringLiteral("ERP invoices"));
    QCOMPARE(value(pane, "scopesValue"), QStringLiteral("No scopes"));
    harness.table()->clearSelection();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("noKeyPage"));
    harness.window->close();
}

void TestKeyDetailsPane::showsTheGraceEndAfterAReset()
{
    WindowHarness harness;
    const IssuedKey crm = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(crm.key.id));
    KeyDetailsPane *pane = harness.page()->detailsPane();
    QVERIFY(!value(pane, "credentialsValue").contains(QStringLiteral("stops working")));

    const auto reset = await(harness.fixture.store->resetKey(
        {}, crm.key.id, std::chrono::hours(1), QStringLiteral("details-pane-reset-0001")));
    QVERIFY(reset.ok());
    const QDateTime endsAt = harness.fixture.clock.now().addSecs(3600);
    // The table refreshes from the store; the pane follows the selected row.
    QTRY_VERIFY2(value(pane, "credentialsValue").contains(QStringLiteral("stops working at")),
                 qPrintable(value(pane, "credentialsValue")));
    QVERIFY(value(pane, "credentialsValue").contains(KeyDisplay::longTimeText(endsAt)));
    QVERIFY(!value(pane, "credentialsValue").contains(reset.value().token));
    harness.window->close();
}

void TestKeyDetailsPane::listsTheHistoryNewestFirst()
{
    WindowHarness harness;
    const IssuedKey crm = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open(1));
    QVERIFY(harness.select(crm.key.id));
    KeyDetailsPane *pane = harness.page()->detailsPane();
    QTRY_COMPARE(history(pane).size(), 1);
    QVERIFY2(history(pane).first().startsWith(QStringLiteral("Created by Olivia Owner")),
             qPrintable(history(pane).first()));

    harness.fixture.clock.advanceSecs(60);
    KeyChanges rename;
    rename.id = crm.key.id;
    rename.expectedVersion = crm.key.version;
    rename.name = QStringLiteral("CRM nightly");
    QVERIFY(await(harness.fixture.store->editKey({}, rename)).ok());
    QTRY_COMPARE(history(pane).size(), 2);
    const QString newest = history(pane).first();
    QVERIFY2(newest.startsWith(QStringLiteral("Edited by Olivia Owner")), qPrintable(newest));
    QVERIFY2(newest.contains(QStringLiteral("CRM sync → CRM nightly")), qPrintable(newest));
    QVERIFY(history(pane).last().startsWith(QStringLiteral("Created")));
    QTRY_COMPARE(value(pane, "nameValue"), QStringLiteral("CRM nightly"));
    harness.window->close();
}

QTEST_MAIN(TestKeyDetailsPane)
#include "tst_keydetailspane.moc"
