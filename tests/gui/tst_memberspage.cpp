#include "PageHarness.h"
#include "RawStore.h"
#include "itemmodels/DirectoryModels.h"
#include "members/AddMemberDialog.h"
#include "members/ChangeRoleDialog.h"
#include "members/MembersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

//! Settings > Members: adding a member through the dialog, the dialog's own and the
//! store's errors, changing a role, and choosing whom to act as.
class TestMembersPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsMembersAndWhoActs();
    void addsAMemberThroughTheDialog();
    void anInvalidEmailIsExplainedInTheDialog();
    void theStoresRefusalIsShownInTheDialog();
    void changesAMembersRole();
    void actingAsChangesTheSessionsMember();
    void aSwitchThatCannotBeRecordedDoesNotHappen();

private:
    using Harness = PageHarness<MembersPage>;
    static AddMemberDialog *openAddDialog(Harness &h);
    static std::optional<Member> storedMember(Harness &h, const QString &name);

    QTemporaryDir m_settings;
};

void TestMembersPage::initTestCase()
{
    QVERIFY(m_settings.isValid());
    GuiTest::initSettings(m_settings.path());
}

void TestMembersPage::cleanup()
{
    QVERIFY(GuiTest::noVisibleWindows());
}

AddMemberDialog *TestMembersPage::openAddDialog(Harness &h)
{
    QTest::mouseClick(h.child<QPushButton>("addMemberButton"), Qt::LeftButton);
    return GuiTest::waitForModal<AddMemberDialog>();
}

std::optional<Member> TestMembersPage::storedMember(Harness &h, const QString &name)
{
    const auto members = await(h.fixture.store->members({}));
    for (const Member &member : members.value()) {
        if (member.name == name)
            return member;
    }
    return std::nullopt;
}

void TestMembersPage::listsMembersAndWhoActs()
{
    Harness h;
    h.fixture.addMember(QStringLiteral("Vic Viewer"), QStringLiteral("Viewer"));
    QVERIFY(h.open());
    auto *table = h.child<QTableView>("memberTable");
    QTRY_COMPARE(GuiTest::rowCount(table), 2);
    QCOMPARE(GuiTest::cellText(table, 0, MemberTableModel::Name), QStringLiteral("Olivia Owner"));
    QCOMPARE(GuiTest::cellText(table, 0, MemberTableModel::RoleColumn), QStringLiteral("Owner"));
    QCOMPARE(GuiTest::cellText(table, 1, MemberTableModel::RoleColumn), QStringLiteral("Viewer"));
    QCOMPARE(h.child<QLabel>("titleLabel")->text(), QStringLiteral("Members"));
    const QString summary = h.child<QLabel>("actingSummaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("Olivia Owner")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("(Owner)")));
    auto *acting = h.child<QComboBox>("actingAsCombo");
    QCOMPARE(acting->count(), 2);
    QVERIFY(acting->currentText().startsWith(QStringLiteral("Olivia Owner")));
    h.page->close();
}

void TestMembersPage::addsAMemberThroughTheDialog()
{
    Harness h;
    QVERIFY(h.open());
    AddMemberDialog *dialog = openAddDialog(h);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("addMemberOkButton"));
    QCOMPARE(ok->text(), QStringLiteral("Add member"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Dana Developer"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("dana@example.com"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(QStringLiteral("Developer")));
    QVERIFY(ok->isEnabled());
    QPointer<AddMemberDialog> guard(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!guard);

    const std::optional<Member> dana = storedMember(h, QStringLiteral("Dana Developer"));
    QVERIFY(dana);
    QCOMPARE(dana->email, QStringLiteral("dana@example.com"));
    QCOMPARE(dana->role, QStringLiteral("Developer"));
    QTRY_COMPARE(GuiTest::rowCount(h.child<QTableView>("memberTable")), 2);
    QTRY_VERIFY(h.page->selectedMember() &&
                h.page->selectedMember()->name == QLatin1String("Dana Developer"));
    QTRY_COMPARE(h.child<QComboBox>("actingAsCombo")->count(), 2);
    h.page->close();
}

void TestMembersPage::anInvalidEmailIsExplainedInTheDialog()
{
    Harness h;
    QVERIFY(h.open());
    AddMemberDialog *dialog = openAddDialog(h);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("addMemberOkButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Erin"));
    QVERIFY(ok->isEnabled()); // the email is optional
    QVERIFY(!error->isVisible());
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    QTest::keyClicks(email, QStringLiteral("erin at example"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not an email address")),
             qPrintable(error->text()));
    email->setText(QStringLiteral("erin@example.com"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QPointer<AddMemberDialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(!guard);
    QVERIFY(!storedMember(h, QStringLiteral("Erin")));
    h.page->close();
}

void TestMembersPage::theStoresRefusalIsShownInTheDialog()
{
    Harness h;
    QVERIFY(h.open());
    AddMemberDialog *dialog = openAddDialog(h);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Olivia Owner")); // already a member
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addMemberOkButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already a member")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible()); // stays open to fix the name
    QPointer<AddMemberDialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(!guard);
    h.page->close();
}

void TestMembersPage::changesAMembersRole()
{
    Harness h;
    h.fixture.addMember(QStringLiteral("Vic Viewer"), QStringLiteral("Viewer"));
    QVERIFY(h.open());
    auto *table = h.child<QTableView>("memberTable");
    QTRY_COMPARE(GuiTest::rowCount(table), 2);
    auto *change = h.child<QPushButton>("changeRoleButton");
    QVERIFY(!change->isEnabled()); // nothing selected
    QVERIFY(h.page->selectMember(QStringLiteral("Vic Viewer")));
    QVERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);
    auto *dialog = GuiTest::waitForModal<ChangeRoleDialog>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("changeRoleOkButton"));
    QCOMPARE(ok->text(), QStringLiteral("Change role"));
    QVERIFY(!ok->isEnabled()); // still the same role
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    QCOMPARE(role->currentData().toString(), QStringLiteral("Viewer"));
    role->setCurrentIndex(role->findData(QStringLiteral("Admin")));
    QVERIFY(ok->isEnabled());
    QPointer<ChangeRoleDialog> guard(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QCOMPARE(storedMember(h, QStringLiteral("Vic Viewer"))->role, QStringLiteral("Admin"));
    QTRY_COMPARE(GuiTest::cellText(table, 1, MemberTableModel::RoleColumn),
                 QStringLiteral("Admin"));

    // The last Owner cannot be demoted: the store says so in the dialog.
    QVERIFY(h.page->selectMember(QStringLiteral("Olivia Owner")));
    QTest::mouseClick(change, Qt::LeftButton);
    dialog = GuiTest::waitForModal<ChangeRoleDialog>();
    QVERIFY(dialog);
    role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(QStringLiteral("Viewer")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeRoleOkButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("at least one Owner")),
             qPrintable(error->text()));
    guard = dialog;
    dialog->reject();
    QTRY_VERIFY(!guard);
    h.page->close();
}

void TestMembersPage::actingAsChangesTheSessionsMember()
{
    Harness h;
    const Member dana =
        h.fixture.addMember(QStringLiteral("Dana Developer"), QStringLiteral("Developer"));
    QVERIFY(h.open());
    auto *acting = h.child<QComboBox>("actingAsCombo");
    QTRY_COMPARE(acting->count(), 2);
    QSignalSpy changed(&h.session, &Session::actingMemberChanged);
    acting->setFocus();
    // Choose with the keyboard, as a user would: Down moves to the next member.
    QTest::keyClick(acting, Qt::Key_Down);
    QTRY_COMPARE(changed.count(), 1); // once the store has recorded the switch
    QCOMPARE(h.session.actingMember().id, dana.id);
    QCOMPARE(h.session.actingMember().role, QStringLiteral("Developer"));
    const QString summary = h.child<QLabel>("actingSummaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("Dana Developer")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("(Developer)")));
    // A developer lacks teammates:write: adding and changing roles are off, and say why.
    auto *add = h.child<QPushButton>("addMemberButton");
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("teammates:write")));
    QVERIFY(h.child<QLabel>("permissionLabel")->isVisible());
    QVERIFY(h.page->selectMember(QStringLiteral("Olivia Owner")));
    QVERIFY(!h.child<QPushButton>("changeRoleButton")->isEnabled());
    // Changes are now made, and audited, as Dana; the switch itself is in the audit log.
    QCOMPARE(h.session.actor().memberId, dana.id);
    const auto switches = h.fixture.audit({}, QStringLiteral("act_as"));
    QCOMPARE(switches.value().size(), 1);
    QCOMPARE(switches.value().first().actor, QStringLiteral("Olivia Owner"));
    QCOMPARE(switches.value().first().after.value(QStringLiteral("acting_as")).toString(),
             QStringLiteral("Dana Developer"));
    QVERIFY(!h.child<QLabel>("actingErrorLabel")->isVisible());
    h.page->close();
}

void TestMembersPage::aSwitchThatCannotBeRecordedDoesNotHappen()
{
    Harness h;
    h.fixture.addMember(QStringLiteral("Dana Developer"), QStringLiteral("Developer"));
    QVERIFY(h.open());
    auto *acting = h.child<QComboBox>("actingAsCombo");
    QTRY_COMPARE(acting->count(), 2);
    // Another program makes the audit log refuse every event.
    RawStore raw(h.fixture.path());
    QVERIFY(raw.refuseAuditEvents());
    QSignalSpy refused(&h.session, &Session::actingMemberRefused);
    acting->setFocus();
    QTest::keyClick(acting, Qt::Key_Down);
    QVERIFY(refused.count() == 1 || refused.wait(10000));
    auto *error = h.child<QLabel>("actingErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Olivia Owner")) &&
                 error->text().contains(QStringLiteral("the audit log is full")),
             qPrintable(error->text()));
    QCOMPARE(h.session.actingMember().name, QStringLiteral("Olivia Owner"));
    QVERIFY(acting->currentText().startsWith(QStringLiteral("Olivia Owner")));
    QVERIFY(raw.acceptAuditEvents());
    h.page->close();
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
