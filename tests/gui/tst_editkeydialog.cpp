#include "KeysHarness.h"
#include "common/ScopeGridWidget.h"
#include "keys/EditKeyDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace KeysTests;

//! The edit dialog: it loads the key, saves name and scopes against the version it
//! read, and on a conflict says so and reloads the other admin's values.
class TestEditKeyDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void savesNameAndScopes();
    void conflictShowsTheNewValuesAfterReload();
    void showsStoreErrors();
    void rolesBeyondYourReachAreDisabled();

private:
    static std::unique_ptr<EditKeyDialog> openDialog(Session *session, const QString &id);
    QTemporaryDir m_settings;
};

void TestEditKeyDialog::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
}

void TestEditKeyDialog::cleanup()
{
    QVERIFY(noVisibleWindows());
}

std::unique_ptr<EditKeyDialog> TestEditKeyDialog::openDialog(Session *session, const QString &id)
{
    auto dialog = std::make_unique<EditKeyDialog>(session, id);
    dialog->open();
    // The key may arrive inside the constructor already.
    EditKeyDialog *shown = dialog.get();
    if (!QTest::qWaitFor([shown] { return shown->isLoaded() && !shown->isBusy(); }, 10000))
        return nullptr;
    return dialog;
}

void TestEditKeyDialog::savesNameAndScopes()
{
    SessionHarness harness;
    const IssuedKey issued = harness.fixture.create(
        QStringLiteral("CRM sync"), {QStringLiteral("documents:read")}, Environment::Live);
    QVERIFY(harness.open());
    std::unique_ptr<EditKeyDialog> dialog = openDialog(&harness.session, issued.key.id);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *grid = dialog->findChild<ScopeGridWidget *>(QStringLiteral("scopeGrid"));
    auto *type = dialog->findChild<QLabel *>(QStringLiteral("typeValueLabel"));
    QCOMPARE(name->text(), QStringLiteral("CRM sync"));
    QCOMPARE(type->text(), QStringLiteral("Live"));
    QCOMPARE(grid->checkedScopes(), QStringList{QStringLiteral("documents:read")});
    QVERIFY(!dialog->isBusy());

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("CRM nightly sync"));
    grid->setCheckedScopes({QStringLiteral("documents:read"), QStringLiteral("templates:write")});
    QSignalSpy saved(dialog.get(), &EditKeyDialog::keySaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(10000));
    QTRY_VERIFY(!dialog->isVisible());
    const ApiKey key = await(harness.fixture.store->key({}, issued.key.id)).value();
    QCOMPARE(key.name, QStringLiteral("CRM nightly sync"));
    QStringList scopes = key.scopes;
    scopes.sort();
    QCOMPARE(scopes,
             (QStringList{QStringLiteral("documents:read"), QStringLiteral("templates:write")}));
    QCOMPARE(key.environment, Environment::Live);
    QCOMPARE(harness.fixture.audit(issued.key.id, QStringLiteral("edit")).value().size(), 1);
}

void TestEditKeyDialog::conflictShowsTheNewValuesAfterReload()
{
    SessionHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open());
    std::unique_ptr<EditKeyDialog> dialog = openDialog(&harness.session, issued.key.id);
    QVERIFY(dialog);
    const int readVersion = dialog->loadedVersion();

    // Another admin renames the key behind the dialog's back.
    KeyChanges other;
    other.id = issued.key.id;
    other.expectedVersion = readVersion;
    other.name = QStringLiteral("Renamed elsewhere");
    other.scopes = QStringList{QStringLiteral("webhooks:read")};
    QVERIFY(await(harness.fixture.store->editKey({}, other)).ok());

    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *conflict = dialog->findChild<QWidget *>(QStringLiteral("conflictFrame"));
    auto *conflictText = dialog->findChild<QLabel *>(QStringLiteral("conflictLabel"));
    auto *reload = dialog->findChild<QPushButton *>(QStringLiteral("reloadButton"));
    name->setText(QStringLiteral("My name"));
    QSignalSpy failed(dialog.get(), &EditKeyDialog::saveFailed);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(failed.count() == 1 || failed.wait(10000));
    QCOMPARE(failed.first().first().value<StoreError::Code>(), StoreError::Code::Conflict);
    QVERIFY(dialog->isVisible());
    QVERIFY(conflict->isVisible());
    QVERIFY(conflictText->text().startsWith(QStringLiteral("This key was changed elsewhere.")));
    QCOMPARE(name->text(), QStringLiteral("My name")); // nothing typed is thrown away yet
    QVERIFY(!dialog->saveButton()->isEnabled());

    QSignalSpy loaded(dialog.get(), &EditKeyDialog::keyLoaded);
    QTest::mouseClick(reload, Qt::LeftButton);
    QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    QVERIFY(!conflict->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Renamed elsewhere"));
    auto *grid = dialog->findChild<ScopeGridWidget *>(QStringLiteral("scopeGrid"));
    QCOMPARE(grid->checkedScopes(), QStringList{QStringLiteral("webhooks:read")});
    QVERIFY(dialog->loadedVersion() > readVersion);

    name->setText(QStringLiteral("Agreed name"));
    QSignalSpy saved(dialog.get(), &EditKeyDialog::keySaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(10000));
    const ApiKey key = await(harness.fixture.store->key({}, issued.key.id)).value();
    QCOMPARE(key.name, QStringLiteral("Agreed name"));
    QCOMPARE(key.scopes, QStringList{QStringLiteral("webhooks:read")});
    QTRY_VERIFY(!dialog->isVisible());
}

void TestEditKeyDialog::rolesBeyondYourReachAreDisabled()
{
    SessionHarness harness;
    const IssuedKey issued =
        harness.fixture.create(QStringLiteral("Partner sync"), {}, Environment::Test);
    const Member admin = harness.fixture.addMember(QStringLiteral("Ada"), QStringLiteral("Admin"));
    QVERIFY(harness.open());
    QTRY_VERIFY(harness.session.members().size() == 2);
    harness.session.setActingMember(admin);
    std::unique_ptr<EditKeyDialog> dialog = openDialog(&harness.session, issued.key.id);
    QVERIFY(dialog);
    auto *roles = dialog->findChild<QListWidget *>(QStringLiteral("rolesList"));
    const QListWidgetItem *owner =
        roles->findItems(QStringLiteral("Owner"), Qt::MatchExactly).value(0);
    const QListWidgetItem *viewer =
        roles->findItems(QStringLiteral("Viewer"), Qt::MatchExactly).value(0);
    QVERIFY(owner && viewer);
    QVERIFY(!(owner->flags() & Qt::ItemIsEnabled)); // Owner grants financial documents
    QVERIFY(owner->toolTip().contains(QStringLiteral("financial_documents:read")));
    QVERIFY(viewer->flags() & Qt::ItemIsEnabled);
    dialog->reject();
}

void TestEditKeyDialog::showsStoreErrors()
{
    SessionHarness harness;
    const IssuedKey issued = harness.fixture.create(QStringLiteral("CRM sync"));
    QVERIFY(harness.open());
    std::unique_ptr<EditKeyDialog> dialog = openDialog(&harness.session, issued.key.id);
    QVERIFY(dialog);
    QVERIFY(await(harness.fixture.store->deleteKey({}, issued.key.id)).ok());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QSignalSpy failed(dialog.get(), &EditKeyDialog::saveFailed);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("X"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(failed.count() == 1 || failed.wait(10000));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("The key was not saved")),
             qPrintable(error->text()));
    // An empty name cannot be saved at all.
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestEditKeyDialog)
#include "tst_editkeydialog.moc"
