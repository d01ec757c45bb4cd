#include "Await.h"
#include "GuiTest.h"
#include "KeyClicks.h"
#include "MissingDependency.h"
#include "StoreUnderTest.h"
#include "common/ClipboardGuard.h"
#include "common/ScopeGridWidget.h"
#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "itemmodels/ScopeGridModel.h"
#include "keys/ApiKeysPage.h"
#include "keys/CreateKeyDialog.h"
#include "keys/EditKeyDialog.h"
#include "keys/ExportDialog.h"
#include "keys/KeyActions.h"
#include "keys/ResetKeyDialog.h"
#include "keys/RevealKeyDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace GuiTest;

namespace {

//! docs/design.md, "Key format".
const QRegularExpression
    KeyFormat(QStringLiteral("^[a-z][a-z0-9]{1,11}_(test|live)_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"));

//! How long a change made through the other connection may take to show: the window's
//! store polls (SQL every second, the server store every two), then the table re-reads.
constexpr int ElsewhereMs = 15000;

QString errorOf(const StoreError &error)
{
    return QStringLiteral("%1 (code %2)").arg(error.message()).arg(int(error.code()));
}

} // namespace

//! The desktop's key flows through the real widgets of the main window — create and
//! reveal once, edit against another administrator's change, reset with a grace
//! period, revoke, delete, export — and another administrator's changes showing up
//! without a restart. The same code runs on the store KEYWARD_TEST_STORE names: a local
//! SQLite file, keyward-server over HTTP, or PostgreSQL.
class TestDesktopFlows final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void createRevealsTheKeyOnce();
    void editConflictKeepsTheOtherAdministratorsChange();
    void resetWithGraceKeepsTheOldTokenWorking();
    void revokeShowsRevoked();
    void deleteRemovesTheKeyEverywhere();
    void exportListsIdsButNoToken();
    void otherAdministratorsChangesShowWithoutRestart();

private:
    //! Opens the main window on the store under test and waits until it shows the keys.
    bool openWindow();
    //! Another administrator creates a key (through the second connection).
    IssuedKey createElsewhere(const QString &name, const QStringList &scopes = {});
    //! Opens @p menuName from the menu bar and clicks its @p actionName with the mouse.
    bool chooseFromMenu(const char *menuName, const char *actionName);
    //! What the table shows for key @p id in @p column; empty when the key is not shown.
    QString cell(const QString &id, int column) const;
    //! Clicks the confirmation named @p objectName once it is up.
    bool confirm(const QString &objectName);
    //! On `server`: the status GET /v1/authorize answers an application presenting
    //! @p token (200 valid, 401 not); elsewhere 0.
    int authorize(const QString &token) const;
    //! A key name no other test of this run uses.
    QString uniqueName(const QString &what);

    ApiKeyTableModel *model() const { return m_window->apiKeysPage()->model(); }

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<StoreUnderTest> m_stores;
    std::unique_ptr<MainWindow> m_window;
    int m_names = 0;
};

void TestDesktopFlows::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_files.isValid());
    initSettings(m_settings.path());
    const std::optional<StoreUnderTest::Kind> kind = StoreUnderTest::kindFromEnvironment();
    QVERIFY2(kind, "KEYWARD_TEST_STORE must be local, server or postgresql");
    QString why;
    if (!StoreUnderTest::available(*kind, &why))
        SKIP_MISSING_DEPENDENCY(why);
    m_stores = std::make_unique<StoreUnderTest>(*kind);
    QString error;
    QVERIFY2(m_stores->start(&error), qPrintable(error));
    qInfo("Store under test: %s", qPrintable(m_stores->name()));
}

void TestDesktopFlows::cleanupTestCase()
{
    if (m_stores)
        QVERIFY(m_stores->stop()); // servers stopped by pid
}

void TestDesktopFlows::cleanup()
{
    // Deleting the window takes any dialog a failed test left open with it.
    m_window.reset();
    // A copied key's countdown outlives its dialog; end it.
    const auto guards = qApp->findChildren<ClipboardGuard *>(Qt::FindDirectChildrenOnly);
    for (ClipboardGuard *guard : guards)
        guard->clearNow();
    QSettings().clear();
    QTRY_VERIFY(noVisibleWindows());
}

bool TestDesktopFlows::openWindow()
{
    return KeyClicks::showWindow(m_window, m_stores->store(), ElsewhereMs);
}

int TestDesktopFlows::authorize(const QString &token) const
{
    if (m_stores->kind() != StoreUnderTest::Kind::Server)
        return 0;
    HttpClient application(m_stores->serverBase());
    application.setBearer(token);
    return application.get(QStringLiteral("/v1/authorize")).status;
}

QString TestDesktopFlows::uniqueName(const QString &what)
{
    return QStringLiteral("%1 %2 %3").arg(what, m_stores->name()).arg(++m_names);
}

IssuedKey TestDesktopFlows::createElsewhere(const QString &name, const QStringList &scopes)
{
    KeyDraft draft;
    draft.name = name;
    draft.scopes = scopes;
    const StoreResult<IssuedKey> issued = settle(m_stores->other()->createKey({}, draft));
    if (!issued.ok()) {
        qWarning("the other administrator could not create a key: %s",
                 qPrintable(errorOf(issued.error())));
        return {};
    }
    return issued.value();
}

bool TestDesktopFlows::chooseFromMenu(const char *menuName, const char *actionName)
{
    // The menu the bar shows now (the window rebuilds its menus when the store changes).
    QMenuBar *bar = m_window->menuBar();
    QMenu *menu = nullptr;
    for (QAction *entry : bar->actions()) {
        if (entry->menu() && entry->menu()->objectName() == QLatin1String(menuName))
            menu = entry->menu();
    }
    QAction *action = nullptr;
    for (QAction *candidate : menu ? menu->actions() : QList<QAction *>()) {
        if (candidate->objectName() == QLatin1String(actionName))
            action = candidate;
    }
    if (!action || !action->isEnabled()) {
        qWarning("%s is not in the menu bar's %s, or is disabled", actionName, menuName);
        return false;
    }
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
        return false;
    QSignalSpy triggered(action, &QAction::triggered);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return QTest::qWaitFor(
        [&triggered, menu] { return !triggered.isEmpty() && !menu->isVisible(); }, 5000);
}

QString TestDesktopFlows::cell(const QString &id, int column) const
{
    const int row = model()->rowOfKey(id);
    return row < 0 ? QString() : model()->index(row, column).data().toString();
}

bool TestDesktopFlows::confirm(const QString &objectName)
{
    auto *box = waitForModal<QMessageBox>();
    if (!box || box->objectName() != objectName)
        return false;
    auto *confirmButton = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    if (!confirmButton)
        return false;
    QPointer<QMessageBox> guard(box);
    QTest::mouseClick(confirmButton, Qt::LeftButton);
    return QTest::qWaitFor([&guard] { return !guard; }, 5000);
}

void TestDesktopFlows::createRevealsTheKeyOnce()
{
    const StoreResult<KeyCounts> before = settle(m_stores->other()->countKeys({}, {}));
    QVERIFY(before.ok());
    QVERIFY(openWindow());

    QVERIFY(chooseFromMenu("keyMenu", "createKeyAction"));
    auto *dialog = waitForModal<CreateKeyDialog>();
    QVERIFY(dialog);
    const QString name = uniqueName(QStringLiteral("CRM sync"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);

    // Two scopes, ticked with the keyboard in the grid as a user would (Space on a cell).
    auto *grid = dialog->findChild<ScopeGridWidget *>(QStringLiteral("scopeGrid"));
    QVERIFY(grid);
    const QStringList scopes{QStringLiteral("documents:read"), QStringLiteral("webhooks:write")};
    for (const QString &scope : scopes) {
        QModelIndex index;
        for (int row = 0; row < grid->model()->rowCount() && !index.isValid(); ++row) {
            for (int column = ScopeGridModel::Read; column < ScopeGridModel::ColumnCount;
                 ++column) {
                if (grid->model()->scopeAt(row, column) == scope)
                    index = grid->model()->index(row, column);
            }
        }
        QVERIFY2(index.isValid(), qPrintable(scope));
        QVERIFY2(index.flags().testFlag(Qt::ItemIsEnabled), qPrintable(scope));
        grid->view()->setFocus();
        grid->view()->setCurrentIndex(index);
        QTest::keyClick(grid->view(), Qt::Key_Space);
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }
    QStringList ticked = grid->checkedScopes();
    ticked.sort();
    QCOMPARE(ticked, scopes);

    auto *createButton = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);

    // The key is shown once, in the reveal dialog.
    auto *reveal = waitForModal<RevealKeyDialog>();
    QVERIFY(reveal);
    const QString token = KeyClicks::revealedKey(reveal);
    QVERIFY2(KeyFormat.match(token).hasMatch(), qPrintable(token));
    const std::optional<ParsedToken> parsed = KeyToken::parse(token);
    QVERIFY(parsed);
    const QString id = parsed->kid;
    QVERIFY(!reveal->windowTitle().contains(token));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(reveal->findChild<QPushButton *>(QStringLiteral("copyButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    QVERIFY(KeyClicks::closeReveal(reveal));

    // The table shows it, without its secret.
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(id) >= 0, ElsewhereMs);
    QCOMPARE(cell(id, ApiKeyTableModel::Name), name);
    const QString hint = cell(id, ApiKeyTableModel::Key);
    QVERIFY2(!hint.isEmpty() && !token.contains(hint) && !hint.contains(token.right(49)),
             qPrintable(hint));

    // The other administrator sees exactly one new key, as it was made.
    const StoreResult<KeyCounts> after = settle(m_stores->other()->countKeys({}, {}));
    QVERIFY(after.ok());
    QCOMPARE(after.value().total, before.value().total + 1);
    KeyFilter byName;
    byName.text = name;
    QCOMPARE(settle(m_stores->other()->countKeys({}, byName)).value().total, 1);
    const StoreResult<ApiKey> stored = settle(m_stores->other()->key({}, id));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : errorOf(stored.error())));
    QCOMPARE(stored.value().name, name);
    QStringList storedScopes = stored.value().scopes;
    storedScopes.sort();
    QCOMPARE(storedScopes, scopes);
    const StoreResult<Verification> verified =
        settle(m_stores->other()->verify(token, QStringLiteral("webhooks:write")));
    QVERIFY(verified.ok());
    QCOMPARE(verified.value().outcome, Verification::Outcome::Valid);
    m_window->close();
}

void TestDesktopFlows::editConflictKeepsTheOtherAdministratorsChange()
{
    const IssuedKey issued = createElsewhere(uniqueName(QStringLiteral("Partner sync")));
    QVERIFY(!issued.key.id.isEmpty());
    QVERIFY(openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(issued.key.id) >= 0, ElsewhereMs);
    QVERIFY(KeyClicks::clickRow(m_window.get(), issued.key.id));

    QVERIFY(chooseFromMenu("keyMenu", "editKeyAction"));
    auto *dialog = waitForModal<EditKeyDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded() && !dialog->isBusy());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), issued.key.name);
    name->selectAll();
    const QString mine = uniqueName(QStringLiteral("My name"));
    QTest::keyClicks(name, mine);

    // Meanwhile the other administrator renames the same key.
    const StoreResult<ApiKey> current = settle(m_stores->other()->key({}, issued.key.id));
    QVERIFY(current.ok());
    QCOMPARE(current.value().version, dialog->loadedVersion());
    KeyChanges theirs;
    theirs.id = issued.key.id;
    theirs.expectedVersion = current.value().version;
    theirs.name = uniqueName(QStringLiteral("Their name"));
    theirs.description = QStringLiteral("Renamed by the other administrator");
    const StoreResult<ApiKey> edited = settle(m_stores->other()->editKey({}, theirs));
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : errorOf(edited.error())));

    // Save: a conflict, said in the dialog, which stays open with what was typed.
    QSignalSpy failed(dialog, &EditKeyDialog::saveFailed);
    QSignalSpy saved(dialog, &EditKeyDialog::keySaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, ElsewhereMs);
    QCOMPARE(failed.first().first().value<StoreError::Code>(), StoreError::Code::Conflict);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), dialog);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("conflictFrame"))->isVisible());
    const QString conflict = dialog->findChild<QLabel *>(QStringLiteral("conflictLabel"))->text();
    QVERIFY2(conflict.startsWith(QStringLiteral("This key was changed elsewhere.")),
             qPrintable(conflict));
    QCOMPARE(name->text(), mine);
    QVERIFY(!dialog->saveButton()->isEnabled());

    // The other administrator's change is not lost ...
    const StoreResult<ApiKey> after = settle(m_stores->other()->key({}, issued.key.id));
    QVERIFY(after.ok());
    QCOMPARE(after.value().name, *theirs.name);
    QCOMPARE(after.value().description, *theirs.description);
    QCOMPARE(after.value().version, edited.value().version);
    // ... and the table shows it, without a restart.
    QTRY_COMPARE_WITH_TIMEOUT(cell(issued.key.id, ApiKeyTableModel::Name), *theirs.name,
                              ElsewhereMs);

    // Reload shows their values in the dialog too; then leave it.
    QSignalSpy loaded(dialog, &EditKeyDialog::keyLoaded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reloadButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(name->text(), *theirs.name);
    QCOMPARE(dialog->loadedVersion(), edited.value().version);
    QPointer<EditKeyDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QCOMPARE(settle(m_stores->other()->key({}, issued.key.id)).value().name, *theirs.name);
    m_window->close();
}

void TestDesktopFlows::resetWithGraceKeepsTheOldTokenWorking()
{
    const IssuedKey old = createElsewhere(uniqueName(QStringLiteral("Billing export")));
    QVERIFY(!old.key.id.isEmpty());
    QVERIFY(openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(old.key.id) >= 0, ElsewhereMs);
    QVERIFY(KeyClicks::clickRow(m_window.get(), old.key.id));

    QVERIFY(chooseFromMenu("keyMenu", "resetKeyAction"));
    auto *dialog = waitForModal<ResetKeyDialog>();
    QVERIFY(dialog);
    auto *grace = dialog->findChild<QComboBox *>(QStringLiteral("graceCombo"));
    const int oneHour = grace->findData(3600);
    QVERIFY(oneHour >= 0);
    grace->setCurrentIndex(oneHour);
    QVERIFY(dialog->resetButton()->isEnabled()); // a test key: no name to type
    const QDateTime resetAt = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(dialog->resetButton(), Qt::LeftButton);

    auto *reveal = waitForModal<RevealKeyDialog>();
    QVERIFY(reveal);
    QCOMPARE(reveal->windowTitle(), QStringLiteral("Your reset API key"));
    const QString fresh = KeyClicks::revealedKey(reveal);
    QVERIFY2(KeyFormat.match(fresh).hasMatch(), qPrintable(fresh));
    QVERIFY(fresh != old.token);
    QCOMPARE(KeyToken::parse(fresh)->kid, old.key.id);
    QVERIFY(KeyClicks::closeReveal(reveal));

    // During the grace period both secrets work, checked through the other connection.
    const auto outcome = [this](const QString &token) {
        const StoreResult<Verification> result = settle(m_stores->other()->verify(token, {}));
        return result.ok() ? result.value().outcome : Verification::Outcome::Unauthenticated;
    };
    QCOMPARE(outcome(old.token), Verification::Outcome::Valid);
    QCOMPARE(outcome(fresh), Verification::Outcome::Valid);
    if (m_stores->kind() == StoreUnderTest::Kind::Server) { // as an application sees it
        QCOMPARE(authorize(old.token), 200);
        QCOMPARE(authorize(fresh), 200);
    }
    const StoreResult<ApiKey> key = settle(m_stores->other()->key({}, old.key.id));
    QVERIFY(key.ok());
    QCOMPARE(key.value().credentials.size(), 2);
    QDateTime endsAt;
    for (const Credential &credential : key.value().credentials) {
        if (credential.endsAt.isValid())
            endsAt = credential.endsAt;
    }
    QVERIFY(endsAt.isValid());
    const qint64 graceSeconds = resetAt.secsTo(endsAt);
    QVERIFY2(graceSeconds >= 3600 - 60 && graceSeconds <= 3600 + 60,
             qPrintable(QString::number(graceSeconds)));
    QTRY_COMPARE_WITH_TIMEOUT(cell(old.key.id, ApiKeyTableModel::Status), QStringLiteral("Active"),
                              ElsewhereMs);
    m_window->close();
}

void TestDesktopFlows::revokeShowsRevoked()
{
    const IssuedKey issued = createElsewhere(uniqueName(QStringLiteral("Leaked")));
    QVERIFY(!issued.key.id.isEmpty());
    QVERIFY(openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(issued.key.id) >= 0, ElsewhereMs);
    QCOMPARE(cell(issued.key.id, ApiKeyTableModel::Status), QStringLiteral("Active"));
    QVERIFY(KeyClicks::clickRow(m_window.get(), issued.key.id));

    QVERIFY(chooseFromMenu("keyMenu", "revokeKeyAction"));
    QVERIFY(confirm(QStringLiteral("revokeKeyConfirmation")));
    QTRY_COMPARE_WITH_TIMEOUT(cell(issued.key.id, ApiKeyTableModel::Status),
                              QStringLiteral("Revoked"), ElsewhereMs);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Revoked")));
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("actionErrorBox")));
    const StoreResult<Verification> verified = settle(m_stores->other()->verify(issued.token, {}));
    QVERIFY(verified.ok());
    QCOMPARE(verified.value().outcome, Verification::Outcome::Unauthenticated);
    if (m_stores->kind() == StoreUnderTest::Kind::Server)
        QCOMPARE(authorize(issued.token), 401);
    QVERIFY(!settle(m_stores->other()->key({}, issued.key.id)).value().revokedAt.isNull());
    m_window->close();
}

void TestDesktopFlows::deleteRemovesTheKeyEverywhere()
{
    const IssuedKey issued = createElsewhere(uniqueName(QStringLiteral("Old script")));
    const IssuedKey kept = createElsewhere(uniqueName(QStringLiteral("Kept")));
    QVERIFY(!issued.key.id.isEmpty() && !kept.key.id.isEmpty());
    QVERIFY(openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(issued.key.id) >= 0, ElsewhereMs);
    QVERIFY(KeyClicks::clickRow(m_window.get(), issued.key.id));

    QVERIFY(chooseFromMenu("keyMenu", "deleteKeyAction"));
    QVERIFY(confirm(QStringLiteral("deleteKeyConfirmation")));
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowOfKey(issued.key.id), -1, ElsewhereMs);
    QVERIFY(model()->rowOfKey(kept.key.id) >= 0);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("actionErrorBox")));
    const StoreResult<ApiKey> gone = settle(m_stores->other()->key({}, issued.key.id));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code(), StoreError::Code::NotFound);
    QVERIFY(settle(m_stores->other()->key({}, kept.key.id)).ok());
    m_window->close();
}

void TestDesktopFlows::exportListsIdsButNoToken()
{
    const IssuedKey first = createElsewhere(uniqueName(QStringLiteral("Exported")));
    const IssuedKey second = createElsewhere(uniqueName(QStringLiteral("=cmd|' /C calc'!A0")));
    QVERIFY(!first.key.id.isEmpty() && !second.key.id.isEmpty());
    QVERIFY(openWindow());
    QTRY_VERIFY_WITH_TIMEOUT(
        model()->rowOfKey(first.key.id) >= 0 && model()->rowOfKey(second.key.id) >= 0, ElsewhereMs);
    const StoreResult<KeyCounts> counts = settle(m_stores->other()->countKeys({}, {}));
    QVERIFY(counts.ok());

    QVERIFY(chooseFromMenu("fileMenu", "exportAction"));
    auto *dialog = waitForModal<ExportDialog>();
    QVERIFY(dialog);
    for (const char *radio : {"csvRadio", "allKeysRadio"}) {
        auto *button = dialog->findChild<QRadioButton *>(QString::fromLatin1(radio));
        QVERIFY2(button && button->isEnabled(), radio);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QVERIFY2(button->isChecked(), radio);
    }
    const QString path = m_files.filePath(m_stores->name() + QStringLiteral("-inventory.csv"));
    ExportDialog::setNextFileName(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported ")), 30000);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("actionErrorBox")));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Exported %1 key").arg(counts.value().total)),
             qPrintable(m_window->statusBar()->currentMessage()));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    for (const IssuedKey &key : {first, second}) {
        QVERIFY2(content.contains(key.key.id.toUtf8()), qPrintable(key.key.id));
        QVERIFY(!content.contains(key.token.toUtf8()));
        QVERIFY(!content.contains(key.token.right(49).toUtf8())); // not the secret either
    }
    // Every key of the store is listed; a cell that starts like a formula is defused.
    const StoreResult<KeyPage> all = settle(m_stores->other()->queryKeys({}, KeyQuery{}));
    QVERIFY(all.ok());
    for (const ApiKey &key : all.value().keys)
        QVERIFY2(content.contains(key.id.toUtf8()), qPrintable(key.id));
    QVERIFY(content.contains("'=cmd"));
    QVERIFY(!content.contains("\n=cmd") && !content.contains(",=cmd"));
    m_window->close();
}

void TestDesktopFlows::otherAdministratorsChangesShowWithoutRestart()
{
    QVERIFY(openWindow());
    QSignalSpy counted(m_window->apiKeysPage(), &ApiKeysPage::countsChanged);
    const IssuedKey made = createElsewhere(uniqueName(QStringLiteral("Made elsewhere")));
    QVERIFY(!made.key.id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(made.key.id) >= 0, ElsewhereMs);
    QCOMPARE(cell(made.key.id, ApiKeyTableModel::Name), made.key.name);
    QTRY_VERIFY(!counted.isEmpty());

    // And a deletion elsewhere takes the row away.
    QVERIFY(settle(m_stores->other()->deleteKey({}, made.key.id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowOfKey(made.key.id), -1, ElsewhereMs);
    m_window->close();
}

QTEST_MAIN(TestDesktopFlows)
#include "tst_desktopflows.moc"
