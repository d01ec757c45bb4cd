#include "PageHarness.h"
#include "common/ScopeGridWidget.h"
#include "itemmodels/DirectoryModels.h"
#include "itemmodels/ScopeGridModel.h"
#include "roles/RoleDialog.h"
#include "roles/RolesPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

//! Settings > Roles: the built-in roles, creating a custom role through its dialog,
//! read-only built-ins, deleting with a confirmation, the store's refusal when a role
//! is in use, and a member without teammates:write who can only look.
class TestRolesPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsTheBuiltInRoles();
    void createsACustomRoleThroughTheDialog();
    void builtInRolesOpenReadOnly();
    void deletesAnUnusedCustomRoleAfterConfirming();
    void cancellingTheConfirmationKeepsTheRole();
    void deletingARoleInUseShowsWhoUsesIt();
    void aDeveloperCannotChangeRoles();

private:
    using Harness = PageHarness<RolesPage>;
    static Role saveRole(Harness &h, const QString &name, const QStringList &scopes);
    static QStringList names(const QTableView *table);
    static QMessageBox *confirmDeletion(Harness &h, const QString &role);

    QTemporaryDir m_settings;
};

void TestRolesPage::initTestCase()
{
    QVERIFY(m_settings.isValid());
    GuiTest::initSettings(m_settings.path());
}

void TestRolesPage::cleanup()
{
    QVERIFY(GuiTest::noVisibleWindows());
}

Role TestRolesPage::saveRole(Harness &h, const QString &name, const QStringList &scopes)
{
    const auto result = await(h.fixture.store->saveRole({}, Role{0, name, {}, false, scopes}));
    if (!result.ok())
        qFatal("saveRole failed: %s", qPrintable(result.error().message()));
    return result.value();
}

QStringList TestRolesPage::names(const QTableView *table)
{
    QStringList names;
    for (int row = 0; row < GuiTest::rowCount(table); ++row)
        names << GuiTest::cellText(table, row, RoleTableModel::Name);
    return names;
}

QMessageBox *TestRolesPage::confirmDeletion(Harness &h, const QString &role)
{
    if (!h.page->selectRole(role))
        return nullptr;
    auto *remove = h.child<QPushButton>("deleteRoleButton");
    if (!remove->isEnabled())
        return nullptr;
    QTest::mouseClick(remove, Qt::LeftButton);
    return GuiTest::waitForModal<QMessageBox>();
}

void TestRolesPage::listsTheBuiltInRoles()
{
    Harness h;
    QVERIFY(h.open());
    auto *table = h.child<QTableView>("roleTable");
    QTRY_COMPARE(GuiTest::rowCount(table), 4);
    QCOMPARE(names(table), (QStringList{QStringLiteral("Owner"), QStringLiteral("Admin"),
                                        QStringLiteral("Developer"), QStringLiteral("Viewer")}));
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(GuiTest::cellText(table, row, RoleTableModel::Kind), QStringLiteral("Built-in"));
        QVERIFY(GuiTest::cellText(table, row, RoleTableModel::Scopes).toInt() > 0);
        QVERIFY(!GuiTest::cellText(table, row, RoleTableModel::Description).isEmpty());
    }
    QCOMPARE(h.child<QLabel>("titleLabel")->text(), QStringLiteral("Roles"));
    QVERIFY(h.child<QPushButton>("newRoleButton")->isEnabled());
    QVERIFY(!h.child<QLabel>("permissionLabel")->isVisible());
    QVERIFY(!h.child<QLabel>("errorLabel")->isVisible());
    h.page->close();
}

void TestRolesPage::createsACustomRoleThroughTheDialog()
{
    Harness h;
    QVERIFY(h.open());
    QTest::mouseClick(h.child<QPushButton>("newRoleButton"), Qt::LeftButton);
    auto *dialog = GuiTest::waitForModal<RoleDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isReadOnly());
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveRoleButton"));
    QVERIFY(!save->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Billing integrations"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
                     QStringLiteral("Reads documents, sends signature requests"));
    QVERIFY(save->isEnabled());

    // Every read scope with one button, then one write scope with the keyboard.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("toggleReadButton")),
                      Qt::LeftButton);
    auto *grid = dialog->findChild<QTableView *>(QStringLiteral("scopeGridView"));
    QAbstractItemModel *model = grid->model();
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, 0).data(ScopeGridModel::ResourceRole).toString() !=
               QLatin1String("signature_requests")) {
        ++row;
    }
    QVERIFY(row < model->rowCount());
    grid->setFocus();
    grid->setCurrentIndex(model->index(row, ScopeGridModel::Write));
    QTest::keyClick(grid, Qt::Key_Space);
    const QStringList chosen =
        dialog->findChild<ScopeGridWidget *>(QStringLiteral("scopeGrid"))->checkedScopes();
    QVERIFY(chosen.contains(QStringLiteral("signature_requests:write")));
    QVERIFY(chosen.contains(QStringLiteral("documents:read")));

    QPointer<RoleDialog> guard(dialog);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!guard); // closed (and deleted) once the store saved it

    const auto roles = await(h.fixture.store->roles({}));
    QVERIFY(roles.ok());
    const auto it = std::find_if(roles.value().cbegin(), roles.value().cend(), [](const Role &r) {
        return r.name == QLatin1String("Billing integrations");
    });
    QVERIFY(it != roles.value().cend());
    QVERIFY(!it->builtIn);
    QCOMPARE(it->description, QStringLiteral("Reads documents, sends signature requests"));
    QCOMPARE(QSet<QString>(it->scopes.cbegin(), it->scopes.cend()),
             QSet<QString>(chosen.cbegin(), chosen.cend()));

    auto *table = h.child<QTableView>("roleTable");
    QTRY_COMPARE(GuiTest::rowCount(table), 5);
    QTRY_VERIFY(h.page->selectedRole() &&
                h.page->selectedRole()->name == QLatin1String("Billing integrations"));
    QCOMPARE(GuiTest::cellText(table, 4, RoleTableModel::Kind), QStringLiteral("Custom"));
    QCOMPARE(GuiTest::cellText(table, 4, RoleTableModel::Scopes), QString::number(chosen.size()));
    h.page->close();
}

void TestRolesPage::builtInRolesOpenReadOnly()
{
    Harness h;
    QVERIFY(h.open());
    auto *table = h.child<QTableView>("roleTable");
    // Enter on a row opens it, as a double-click or the button does.
    QVERIFY(h.page->selectRole(QStringLiteral("Developer")));
    table->setFocus();
    QCOMPARE(h.child<QPushButton>("editRoleButton")->text(), QStringLiteral("View…"));
    QVERIFY(!h.child<QPushButton>("deleteRoleButton")->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = GuiTest::waitForModal<RoleDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isReadOnly());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))->isEnabled());
    QVERIFY(dialog->findChild<ScopeGridWidget *>(QStringLiteral("scopeGrid"))->isReadOnly());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("builtInNoteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("cannot be changed")));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QCOMPARE(buttons->buttons().size(), 1);
    QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);
    QPointer<RoleDialog> guard(dialog);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    h.page->close();
}

void TestRolesPage::deletesAnUnusedCustomRoleAfterConfirming()
{
    Harness h;
    QVERIFY(h.open());
    saveRole(h, QStringLiteral("Temporary"), {QStringLiteral("documents:read")});
    auto *table = h.child<QTableView>("roleTable");
    QTRY_COMPARE(GuiTest::rowCount(table), 5);
    QMessageBox *box = confirmDeletion(h, QStringLiteral("Temporary"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Delete role?"));
    QVERIFY(box->text().contains(QStringLiteral("Temporary")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTRY_COMPARE(QApplication::focusWidget(), box->button(QMessageBox::Cancel));
    auto *remove = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteRoleButton"));
    QCOMPARE(remove->text(), QStringLiteral("Delete role"));
    QSignalSpy deleted(h.page.get(), &RolesPage::roleDeleted);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(deleted.wait(10000));
    QCOMPARE(deleted.first().first().toString(), QStringLiteral("Temporary"));
    QTRY_COMPARE(GuiTest::rowCount(table), 4);
    QVERIFY(!names(table).contains(QStringLiteral("Temporary")));
    QVERIFY(!h.child<QLabel>("errorLabel")->isVisible());
    h.page->close();
}

void TestRolesPage::cancellingTheConfirmationKeepsTheRole()
{
    Harness h;
    QVERIFY(h.open());
    saveRole(h, QStringLiteral("Keep me"), {});
    QTRY_COMPARE(GuiTest::rowCount(h.child<QTableView>("roleTable")), 5);
    // The Delete key asks too.
    QVERIFY(h.page->selectRole(QStringLiteral("Keep me")));
    auto *table = h.child<QTableView>("roleTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    auto *box = GuiTest::waitForModal<QMessageBox>();
    QVERIFY(box);
    QPointer<QMessageBox> guard(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QVERIFY(h.reloaded());
    QCOMPARE(GuiTest::rowCount(h.child<QTableView>("roleTable")), 5);
    QCOMPARE(await(h.fixture.store->roles({})).value().size(), 5);
    h.page->close();
}

void TestRolesPage::deletingARoleInUseShowsWhoUsesIt()
{
    Harness h;
    QVERIFY(h.open());
    saveRole(h, QStringLiteral("Billing"), {QStringLiteral("documents:read")});
    KeyDraft draft;
    draft.name = QStringLiteral("ERP invoices");
    draft.roles = {QStringLiteral("Billing")};
    QVERIFY(await(h.fixture.store->createKey({}, draft)).ok());
    QTRY_COMPARE(GuiTest::rowCount(h.child<QTableView>("roleTable")), 5);
    QMessageBox *box = confirmDeletion(h, QStringLiteral("Billing"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteRoleButton")),
                      Qt::LeftButton);
    auto *error = h.child<QLabel>("errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("ERP invoices")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("Billing")));
    QCOMPARE(GuiTest::rowCount(h.child<QTableView>("roleTable")), 5);
    QVERIFY(h.child<QPushButton>("deleteRoleButton")->isEnabled()); // ready to try again
    h.page->close();
}

void TestRolesPage::aDeveloperCannotChangeRoles()
{
    Harness h;
    const Member dana =
        h.fixture.addMember(QStringLiteral("Dana Developer"), QStringLiteral("Developer"));
    QVERIFY(h.open());
    saveRole(h, QStringLiteral("Custom"), {});
    QTRY_COMPARE(GuiTest::rowCount(h.child<QTableView>("roleTable")), 5);
    h.session.setActingMember(dana);
    auto *create = h.child<QPushButton>("newRoleButton");
    auto *remove = h.child<QPushButton>("deleteRoleButton");
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QStringLiteral("teammates:write")));
    QVERIFY(h.page->selectRole(QStringLiteral("Custom")));
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QStringLiteral("teammates:write")));
    auto *permission = h.child<QLabel>("permissionLabel");
    QVERIFY(permission->isVisible());
    QVERIFY(permission->text().contains(QStringLiteral("Dana Developer")));

    // A custom role opens read-only too, and saying why.
    QTest::mouseClick(h.child<QPushButton>("editRoleButton"), Qt::LeftButton);
    auto *dialog = GuiTest::waitForModal<RoleDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isReadOnly());
    QPointer<RoleDialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(!guard);

    h.session.setActingMember(h.session.members().first()); // the owner again
    QVERIFY(create->isEnabled());
    QVERIFY(remove->isEnabled());
    h.page->close();
}

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
