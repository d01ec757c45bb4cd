#include "GuiTest.h"
#include "StoreFixture.h"
#include "common/ScopeGridWidget.h"
#include "common/Session.h"
#include "itemmodels/ScopeGridModel.h"
#include "keys/CreateKeyDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using GuiTest::child;

//! The create dialog on a real store: validation as you type, roles and scopes,
//! what the acting member may not grant, store errors shown inside, effective scopes.
class TestCreateKeyDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void validatesAsYouType();
    void createsTheKeyWithRolesAndScopes();
    void scopesTheMemberLacksAreDisabled();
    void showsTheStoreErrorAndKeepsTheInput();
    void viewPermissionsListsRoleAndTickedScopes();
    void expiryChoices();
    void keyboardOrderAndAccessibleNames();

private:
    //! Opens @p session and waits until its directory (catalog, roles, members) arrived.
    static bool open(Session &session);
    static QListWidgetItem *roleItem(QWidget *dialog, const QString &role);
    static QModelIndex scopeIndex(QWidget *dialog, const QString &scope);
    static bool isChecked(QWidget *dialog, const QString &scope);

    QTemporaryDir m_settings;
};

bool TestCreateKeyDialog::open(Session &session)
{
    QSignalSpy directory(&session, &Session::directoryChanged);
    session.open();
    return QTest::qWaitFor([&] { return session.isOpen() && !directory.isEmpty(); }, 10000) &&
           !session.roles().isEmpty() && !session.catalog().resources().isEmpty();
}

QListWidgetItem *TestCreateKeyDialog::roleItem(QWidget *dialog, const QString &role)
{
    const QList<QListWidgetItem *> items =
        child<QListWidget>(dialog, "rolesList")->findItems(role, Qt::MatchExactly);
    return items.size() == 1 ? items.first() : nullptr;
}

QModelIndex TestCreateKeyDialog::scopeIndex(QWidget *dialog, const QString &scope)
{
    const ScopeGridModel *model = child<ScopeGridWidget>(dialog, "scopeGrid")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = ScopeGridModel::Read; column < ScopeGridModel::ColumnCount; ++column) {
            if (model->scopeAt(row, column) == scope)
                return model->index(row, column);
        }
    }
    return {};
}

bool TestCreateKeyDialog::isChecked(QWidget *dialog, const QString &scope)
{
    return scopeIndex(dialog, scope).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void TestCreateKeyDialog::initTestCase()
{
    QVERIFY(m_settings.isValid());
    GuiTest::initSettings(m_settings.path());
}

void TestCreateKeyDialog::cleanup()
{
    QSettings().clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

void TestCreateKeyDialog::validatesAsYouType()
{
    StoreFixture fixture;
    Session session(fixture.store.get());
    QVERIFY(open(session));
    CreateKeyDialog dialog(&session);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    auto *problem = child<QLabel>(&dialog, "nameErrorLabel");
    auto *create = child<QPushButton>(&dialog, "createButton");
    QCOMPARE(create->text(), QStringLiteral("Create API key"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!problem->isVisible()); // not before the user typed

    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!create->isEnabled());
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Enter a name for the key."));

    name->selectAll();
    QTest::keyClicks(name, QString(101, QLatin1Char('k')));
    QVERIFY(!create->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("100")), qPrintable(problem->text()));

    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(create->isEnabled());
    QVERIFY(!problem->isVisible());

    auto *description = child<QPlainTextEdit>(&dialog, "descriptionEdit");
    description->setPlainText(QString(501, QLatin1Char('d')));
    QVERIFY(!create->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "descriptionErrorLabel")->isVisible());
    description->setPlainText(QStringLiteral("Nightly CRM sync"));
    QVERIFY(create->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(await(fixture.store->countKeys({}, {})).value().total, 0);
}

void TestCreateKeyDialog::createsTheKeyWithRolesAndScopes()
{
    StoreFixture fixture;
    Session session(fixture.store.get());
    QVERIFY(open(session));
    CreateKeyDialog dialog(&session);
    std::optional<IssuedKey> issued;
    connect(&dialog, &CreateKeyDialog::keyCreated, this,
            [&issued](const IssuedKey &key) { issued = key; });
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("CRM sync"));
    QTest::mouseClick(child<QWidget>(&dialog, "liveRadio"), Qt::LeftButton, {},
                      QPoint(6, child<QWidget>(&dialog, "liveRadio")->height() / 2));

    // A role ticks its scopes, which stay ticked while the role is.
    QListWidgetItem *developer = roleItem(&dialog, QStringLiteral("Developer"));
    QVERIFY(developer);
    developer->setCheckState(Qt::Checked);
    ScopeGridModel *model = child<ScopeGridWidget>(&dialog, "scopeGrid")->model();
    const QString fromRole = QStringLiteral("documents:write");
    QVERIFY(isChecked(&dialog, fromRole));
    model->setData(scopeIndex(&dialog, fromRole), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(isChecked(&dialog, fromRole));
    // And a scope the role lacks, ticked directly.
    const QString direct = QStringLiteral("api_keys:write");
    QVERIFY(!isChecked(&dialog, direct));
    QVERIFY(model->setData(scopeIndex(&dialog, direct), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(isChecked(&dialog, direct));

    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(issued.has_value());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<ParsedToken> parsed = KeyToken::parse(issued->token);
    QVERIFY(parsed);
    QCOMPARE(parsed->kid, issued->key.id);
    QCOMPARE(parsed->environment, Environment::Live);
    const StoreResult<ApiKey> stored = await(fixture.store->key({}, issued->key.id));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().name, QStringLiteral("CRM sync"));
    QCOMPARE(stored.value().roles, QStringList{QStringLiteral("Developer")});
    QCOMPARE(stored.value().scopes, QStringList{direct}); // role scopes come through the role
    QVERIFY(stored.value().effectiveScopes.contains(fromRole));
    QVERIFY(stored.value().effectiveScopes.contains(direct));
    QVERIFY(stored.value().expiresAt.isValid());
    QCOMPARE(fixture.verify(issued->token, direct), Verification::Outcome::Valid);
}

void TestCreateKeyDialog::scopesTheMemberLacksAreDisabled()
{
    StoreFixture fixture;
    const Member developer =
        fixture.addMember(QStringLiteral("Dana Dev"), QStringLiteral("Developer"));
    Session session(fixture.store.get());
    QVERIFY(open(session));
    CreateKeyDialog dialog(&session);
    dialog.show();
    // Ticked while acting as the owner, then the acting member changes: it is dropped,
    // since a disabled cell could not be unticked any more.
    QVERIFY(child<ScopeGridWidget>(&dialog, "scopeGrid")
                ->model()
                ->setData(scopeIndex(&dialog, QStringLiteral("api_keys:write")), Qt::Checked,
                          Qt::CheckStateRole));
    session.setActingMember(developer);
    QVERIFY(!isChecked(&dialog, QStringLiteral("api_keys:write")));

    const QModelIndex lacked = scopeIndex(&dialog, QStringLiteral("api_keys:write"));
    QVERIFY(lacked.isValid());
    QVERIFY(!lacked.flags().testFlag(Qt::ItemIsEnabled));
    const QString why = lacked.data(Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QStringLiteral("api_keys:write")) &&
                 why.contains(QStringLiteral("does not include")),
             qPrintable(why));
    ScopeGridModel *model = child<ScopeGridWidget>(&dialog, "scopeGrid")->model();
    QVERIFY(!model->setData(lacked, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(scopeIndex(&dialog, QStringLiteral("documents:write")).flags() & Qt::ItemIsEnabled);

    // Roles granting more than the member holds are disabled and say which scope.
    QListWidgetItem *admin = roleItem(&dialog, QStringLiteral("Admin"));
    QVERIFY(!admin->flags().testFlag(Qt::ItemIsEnabled));
    QVERIFY2(admin->toolTip().contains(QStringLiteral("api_keys:delete")),
             qPrintable(admin->toolTip()));
    QVERIFY(roleItem(&dialog, QStringLiteral("Developer"))->flags() & Qt::ItemIsEnabled);
    QVERIFY(roleItem(&dialog, QStringLiteral("Viewer"))->flags() & Qt::ItemIsEnabled);
    dialog.reject();
}

void TestCreateKeyDialog::showsTheStoreErrorAndKeepsTheInput()
{
    StoreFixture fixture;
    const Member viewer = fixture.addMember(QStringLiteral("Vic Viewer"), QStringLiteral("Viewer"));
    Session session(fixture.store.get());
    QVERIFY(open(session));
    const Member owner = session.actingMember();
    session.setActingMember(viewer); // lacks api_keys:write: the store refuses
    CreateKeyDialog dialog(&session);
    QSignalSpy created(&dialog, &CreateKeyDialog::keyCreated);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    QTest::keyClicks(name, QStringLiteral("Blocked"));
    child<QPlainTextEdit>(&dialog, "descriptionEdit")->setPlainText(QStringLiteral("kept"));
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isVisible());
    QTest::keyClick(name, Qt::Key_Return); // the default button
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("api_keys:write")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("Blocked"));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "descriptionEdit")->toPlainText(),
             QStringLiteral("kept"));
    QVERIFY(child<QWidget>(&dialog, "formWidget")->isEnabled());
    QVERIFY(!child<QWidget>(&dialog, "busyIndicator")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "createButton")->isEnabled());
    QCOMPARE(created.count(), 0);

    // As the owner the retry (same idempotency key) creates exactly one key.
    session.setActingMember(owner);
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    QTRY_COMPARE(created.count(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(await(fixture.store->countKeys({}, {})).value().total, 1);
}

void TestCreateKeyDialog::viewPermissionsListsRoleAndTickedScopes()
{
    StoreFixture fixture;
    Session session(fixture.store.get());
    QVERIFY(open(session));
    CreateKeyDialog dialog(&session);
    dialog.show();
    auto *panel = child<QPlainTextEdit>(&dialog, "permissionsView");
    QVERIFY(!panel->isVisible());
    roleItem(&dialog, QStringLiteral("Viewer"))->setCheckState(Qt::Checked);
    ScopeGridModel *model = child<ScopeGridWidget>(&dialog, "scopeGrid")->model();
    model->setData(scopeIndex(&dialog, QStringLiteral("webhooks:write")), Qt::Checked,
                   Qt::CheckStateRole);
    QTest::mouseClick(child<QPushButton>(&dialog, "viewPermissionsButton"), Qt::LeftButton);
    QVERIFY(panel->isVisible());
    const QStringList lines = panel->toPlainText().split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("webhooks: read, write")),
             qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY(lines.contains(QStringLiteral("documents: read")));
    QVERIFY(!panel->toPlainText().contains(QStringLiteral("financial_documents")));
    QStringList sorted = lines;
    sorted.sort();
    QCOMPARE(lines, sorted);

    // It follows changes while open.
    roleItem(&dialog, QStringLiteral("Viewer"))->setCheckState(Qt::Unchecked);
    QCOMPARE(panel->toPlainText(), QStringLiteral("webhooks: write"));
    dialog.reject();
}

void TestCreateKeyDialog::expiryChoices()
{
    StoreFixture fixture;
    Session session(fixture.store.get());
    QVERIFY(open(session));
    session.preferences()->setDefaultExpiryDays(90);
    CreateKeyDialog dialog(&session);
    dialog.show();
    auto *combo = child<QComboBox>(&dialog, "expiryCombo");
    auto *date = child<QDateEdit>(&dialog, "expiryDateEdit");
    QCOMPARE(combo->currentText(), QStringLiteral("90 days"));
    QVERIFY(combo->findText(QStringLiteral("Never")) >= 0); // the workspace allows it
    QVERIFY(!date->isVisible());
    combo->setCurrentIndex(combo->findText(QStringLiteral("A date…")));
    QVERIFY(date->isVisible());
    QCOMPARE(date->minimumDate(), QDate::currentDate().addDays(1));
    dialog.reject();
}

void TestCreateKeyDialog::keyboardOrderAndAccessibleNames()
{
    StoreFixture fixture;
    Session session(fixture.store.get());
    QVERIFY(open(session));
    CreateKeyDialog dialog(&session);
    dialog.show();
    child<QPushButton>(&dialog, "viewPermissionsButton")->click();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Keyboard"));
    QStringList order;
    QWidget *widget = child<QWidget>(&dialog, "nameEdit");
    for (int step = 0; step < 400 && widget; ++step, widget = widget->nextInFocusChain()) {
        if (widget->isVisibleTo(&dialog) && widget->isEnabled() && !widget->focusProxy() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().startsWith(u'q')) {
            QVERIFY2(!widget->accessibleName().isEmpty() ||
                         !widget->parentWidget()->accessibleName().isEmpty(),
                     qPrintable(widget->objectName()));
            if (!order.contains(widget->objectName()))
                order << widget->objectName();
        }
        if (order.contains(QStringLiteral("createButton")) &&
            order.contains(QStringLiteral("cancelButton")))
            break;
    }
    // The buttons come last, in the order the platform's button box shows them.
    auto *create = child<QPushButton>(&dialog, "createButton");
    auto *cancel = child<QPushButton>(&dialog, "cancelButton");
    const bool createFirst =
        create->mapTo(&dialog, QPoint()).x() < cancel->mapTo(&dialog, QPoint()).x();
    const QStringList buttons =
        createFirst ? QStringList{QStringLiteral("createButton"), QStringLiteral("cancelButton")}
                    : QStringList{QStringLiteral("cancelButton"), QStringLiteral("createButton")};
    const QStringList expected{QStringLiteral("nameEdit"),
                               QStringLiteral("descriptionEdit"),
                               QStringLiteral("testRadio"),
                               QStringLiteral("liveRadio"),
                               QStringLiteral("expiryCombo"),
                               QStringLiteral("rolesList"),
                               QStringLiteral("scopeGridView"),
                               QStringLiteral("toggleReadButton"),
                               QStringLiteral("toggleWriteButton"),
                               QStringLiteral("toggleDeleteButton"),
                               QStringLiteral("viewPermissionsButton"),
                               QStringLiteral("permissionsView")};
    QCOMPARE(order, expected + buttons);
    for (const char *name :
         {"nameLabel", "descriptionLabel", "expiryLabel", "rolesLabel", "scopesLabel"})
        QVERIFY2(child<QLabel>(&dialog, name)->buddy(), name);
    dialog.reject();
}

QTEST_MAIN(TestCreateKeyDialog)
#include "tst_createkeydialog.moc"
