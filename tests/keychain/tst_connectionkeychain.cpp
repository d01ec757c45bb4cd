#include "Await.h"
#include "DesktopApp.h"
#include "GuiTest.h"
#include "KeyringPause.h"
#include "SecretScan.h"
#include "ShowCounter.h"
#include "StoreUnderTest.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionSecrets.h"
#include "connection/SecretPromptDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace {

const QString ServerName = QStringLiteral("Shared keys");
const QString LocalName = QStringLiteral("This computer");
const QString KeyOnTheServer = QStringLiteral("Billing webhook");

using GuiTest::child;

} // namespace

//! The desktop's remote-store credentials at application level (docs/security.md 9):
//! the real window, Connections page, dialogs and switcher (offscreen), a real
//! keyward-server on 127.0.0.1, and the OS keychain. Run by CTest under
//! tests/keychain/with-keyring.sh three times: with an unlocked gnome-keyring in a
//! private D-Bus session (the key is stored there and only there), with no keychain
//! (KEYWARD_TEST_NO_KEYRING: asked each start, never written), and with a session bus
//! that accepts connections and never answers (KEYWARD_TEST_HUNG_KEYCHAIN: asked within
//! the keychain timeout while the window keeps running).
class TestConnectionKeychain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // With a keychain.
    void addedConnectionOpensNowAndAtTheNextStartWithoutAsking();
    void forgettingAConnectionDeletesItsKeychainEntry();
    void aKeyTheKeychainTakesTooLongForIsAskedForAtTheNextStart();
    // Without one.
    void withoutAKeychainTheKeyIsAskedOncePerSession();
    void addingWithoutAKeychainKeepsTheKeyForTheSessionOnly();
    // With one that never answers.
    void aHungKeychainDoesNotFreezeTheWindow();

private:
    enum class Mode { Keyring, NoKeyring, HungKeychain };

    //! Saves a server connection to the test server, without a secret, as an earlier
    //! session of the app would have; returns its id.
    static QString saveServerConnection();
    //! Starts the app, opens its current connection (the local store here) and shows
    //! the Connections page.
    static std::unique_ptr<DesktopApp> startOnLocal(int keychainTimeoutMs);
    //! The first file that holds the admin key in any form, under the folders the app,
    //! its settings and the keychain write to; empty when there is none.
    QString fileHoldingTheKey() const;
    //! Connections > Add connection: the test server, named ServerName, with its admin
    //! key; then Save.
    bool addServerWithThePage(DesktopApp &app) const;
    //! Types the admin key into the prompt on top and presses Connect.
    bool answerPrompt(SecretPromptDialog *prompt) const;

    Mode m_mode = Mode::Keyring;
    QTemporaryDir m_settings;
    StoreUnderTest m_server{StoreUnderTest::Kind::Server};
    QString m_admin;
    ShowCounter m_prompts{QStringLiteral("secretPromptDialog")};
    std::unique_ptr<QLocalServer> m_hungBus;
    static QString s_serverBase;
};

QString TestConnectionKeychain::s_serverBase;

void TestConnectionKeychain::initTestCase()
{
    QVERIFY(m_settings.isValid());
    m_mode = qEnvironmentVariableIsSet("KEYWARD_TEST_HUNG_KEYCHAIN") ? Mode::HungKeychain
             : qEnvironmentVariableIsSet("KEYWARD_TEST_NO_KEYRING")  ? Mode::NoKeyring
                                                                     : Mode::Keyring;
    // with-keyring.sh puts HOME in a temporary folder: no file of the user's is read.
    QVERIFY2(QDir::homePath().startsWith(QDir::tempPath()) &&
                 qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"),
             "run through tests/keychain/with-keyring.sh");
    if (m_mode == Mode::HungKeychain) {
        // A session bus that takes connections and never says a word, before anything in
        // this process talks to D-Bus: every keychain call hangs.
        m_hungBus = std::make_unique<QLocalServer>();
        const QString path =
            QDir(qEnvironmentVariable("XDG_RUNTIME_DIR")).filePath(QStringLiteral("hung-bus"));
        QVERIFY2(m_hungBus->listen(path), qPrintable(m_hungBus->errorString()));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));
    }
    GuiTest::initSettings(m_settings.path());
    qApp->installEventFilter(&m_prompts);

    // A real keyward-server on 127.0.0.1, its admin key, and a key on it for the window
    // to show once it is connected.
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_admin = m_server.adminToken();
    QVERIFY(m_admin.startsWith(QLatin1String("key_")));
    s_serverBase = m_server.serverBase();
    KeyDraft draft;
    draft.name = KeyOnTheServer;
    QVERIFY(settle(m_server.store()->createKey({}, draft)).ok());
}

void TestConnectionKeychain::init()
{
    m_prompts.count = 0;
}

void TestConnectionKeychain::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
    QSettings().clear();
}

void TestConnectionKeychain::cleanupTestCase()
{
    qApp->removeEventFilter(&m_prompts);
    QVERIFY(m_server.stop()); // keyward-server: SIGTERM, by pid
}

QString TestConnectionKeychain::saveServerConnection()
{
    ConnectionList connections;
    Connection server = Connection::create(Connection::Kind::Server);
    server.name = ServerName;
    server.server = QUrl(s_serverBase);
    connections.save(server);
    return server.id;
}

std::unique_ptr<DesktopApp> TestConnectionKeychain::startOnLocal(int keychainTimeoutMs)
{
    auto app = std::make_unique<DesktopApp>(DesktopApp::Start::ConnectToCurrent, keychainTimeoutMs);
    if (!app->waitUntilShows(LocalName, 15000))
        qWarning("The local store did not open");
    app->window->showPage(MainWindow::Page::Connections);
    return app;
}

QString TestConnectionKeychain::fileHoldingTheKey() const
{
    return SecretScan::fileHolding(m_admin, {m_settings.path()});
}

bool TestConnectionKeychain::addServerWithThePage(DesktopApp &app) const
{
    QTest::mouseClick(app.pageButton("addConnectionButton"), Qt::LeftButton);
    auto *dialog = GuiTest::waitForModal<ConnectionDialog>();
    if (!dialog)
        return false;
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), ServerName);
    child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(dialog, "serverUrlEdit"), m_server.serverBase());
    QTest::keyClicks(child<QLineEdit>(dialog, "adminKeyEdit"), m_admin);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    return true;
}

bool TestConnectionKeychain::answerPrompt(SecretPromptDialog *prompt) const
{
    auto *edit = child<QLineEdit>(prompt, "secretEdit");
    auto *connect = child<QPushButton>(prompt, "connectButton");
    if (!edit || !connect)
        return false;
    QTest::keyClicks(edit, m_admin);
    QTest::mouseClick(connect, Qt::LeftButton);
    return true;
}

void TestConnectionKeychain::addedConnectionOpensNowAndAtTheNextStartWithoutAsking()
{
    if (m_mode != Mode::Keyring)
        QSKIP("needs a keychain");
    QString id;
    {
        const std::unique_ptr<DesktopApp> app = startOnLocal(ConnectionSecrets::DefaultTimeoutMs);
        QVERIFY(app->shows(LocalName));
        QSignalSpy settled(&app->switcher, &StoreSwitcher::secretsSettled);

        // Connections > Add connection: a Keyward server with its admin key.
        QPushButton *add = app->pageButton("addConnectionButton");
        QVERIFY(add && add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        auto *dialog = GuiTest::waitForModal<ConnectionDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("connectionDialog"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), ServerName);
        child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(dialog, "serverUrlEdit"), m_server.serverBase());
        QTest::keyClicks(child<QLineEdit>(dialog, "adminKeyEdit"), m_admin);
        auto *saveAndConnect = child<QPushButton>(dialog, "connectButton");
        QVERIFY(saveAndConnect && saveAndConnect->isVisible());
        QTest::mouseClick(saveAndConnect, Qt::LeftButton);

        // The window opens the server's store: its name in the title, its keys listed.
        QTRY_VERIFY_WITH_TIMEOUT(app->shows(ServerName), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app->listsKey(KeyOnTheServer), 15000);
        QCOMPARE(app->window->storeInfo()->location.startsWith(m_server.serverBase()), true);
        // The key went to the keychain, not to the session's memory.
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 15000);
        id = app->connections.current().id;
        QCOMPARE(app->connections.current().name, ServerName);
        QVERIFY(!app->switcher.hasSessionSecret(id));
        QCOMPARE(m_prompts.count, 0);
    }
    QVERIFY(GuiTest::noVisibleWindows());
    QCOMPARE(settle(ConnectionSecrets().read(id)).value(), m_admin);

    {
        // The next start, as main.cpp does it: the last connection, opened without asking.
        DesktopApp next(DesktopApp::Start::Idle, ConnectionSecrets::DefaultTimeoutMs);
        QCOMPARE(next.connections.current().id, id);
        next.switcher.connectTo(next.connections.current().id);
        QTRY_VERIFY_WITH_TIMEOUT(next.shows(ServerName), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(next.listsKey(KeyOnTheServer), 15000);
        QVERIFY(!next.switcher.hasSessionSecret(id));
        QCOMPARE(m_prompts.count, 0);
    }

    // The settings name the server, but no file holds its key in any form; the
    // keyring's own file is there and keeps it encrypted.
    QSettings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(settingsFile.readAll().contains(m_server.serverBase().toUtf8()));
    const QString holder = fileHoldingTheKey();
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the admin key is in ") + holder));
    QVERIFY(!QDir(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings"))
                 .entryList(QDir::Files)
                 .isEmpty());
    QVERIFY(GuiTest::noVisibleWindows());
}

void TestConnectionKeychain::forgettingAConnectionDeletesItsKeychainEntry()
{
    if (m_mode != Mode::Keyring)
        QSKIP("needs a keychain");
    const std::unique_ptr<DesktopApp> app = startOnLocal(ConnectionSecrets::DefaultTimeoutMs);
    QSignalSpy settled(&app->switcher, &StoreSwitcher::secretsSettled);
    Connection server = Connection::create(Connection::Kind::Server);
    server.name = ServerName;
    server.server = QUrl(m_server.serverBase());
    app->switcher.save(server, m_admin, true);
    QTRY_VERIFY_WITH_TIMEOUT(app->shows(ServerName), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 15000);
    QCOMPARE(settle(ConnectionSecrets().read(server.id)).value(), m_admin);

    // The open connection cannot be forgotten: back to the local store first.
    QVERIFY(app->select(ServerName));
    QVERIFY(!app->pageButton("forgetConnectionButton")->isEnabled());
    QVERIFY(app->connectWithPage(LocalName));
    QTRY_VERIFY_WITH_TIMEOUT(app->shows(LocalName), 15000);

    QVERIFY(app->select(ServerName));
    QPushButton *forget = app->pageButton("forgetConnectionButton");
    QTRY_VERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    auto *confirmation = GuiTest::waitForModal<QMessageBox>();
    QVERIFY(confirmation);
    QCOMPARE(confirmation->objectName(), QStringLiteral("forgetConnectionConfirmation"));
    QVERIFY(confirmation->informativeText().contains(QLatin1String("keychain")));
    QTest::mouseClick(child<QPushButton>(confirmation, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 15000);

    QCOMPARE(settle(ConnectionSecrets().read(server.id)).error().code(),
             StoreError::Code::NotFound);
    QVERIFY(!app->connections.find(server.id));
    QCOMPARE(app->state(ServerName), QStringLiteral("(not listed)"));
    QCOMPARE(GuiTest::rowCount(app->table()), 1);
    // Gone from the settings too, for the next start.
    QSettings settings;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        QVERIFY2(!settings.value(key).toString().contains(server.id), qPrintable(key));
        QVERIFY2(!settings.value(key).toString().contains(m_server.serverBase()), qPrintable(key));
    }
    QVERIFY(!ConnectionList().find(server.id));
    QCOMPARE(m_prompts.count, 0);
    app->window->close();
    QVERIFY(GuiTest::noVisibleWindows());
}

void TestConnectionKeychain::aKeyTheKeychainTakesTooLongForIsAskedForAtTheNextStart()
{
    if (m_mode != Mode::Keyring)
        QSKIP("needs a keychain");
    constexpr int KeychainTimeoutMs = 1000;
    QString id;
    {
        const std::unique_ptr<DesktopApp> app = startOnLocal(KeychainTimeoutMs);
        QVERIFY(app->shows(LocalName));
        QVERIFY(settle(ConnectionSecrets().read(QStringLiteral("wake-up"))).error().code() ==
                StoreError::Code::NotFound); // the keyring has taken its name on the bus
        QSignalSpy settled(&app->switcher, &StoreSwitcher::secretsSettled);
        QSignalSpy notices(&app->switcher, &StoreSwitcher::notice);

        // The keyring stops answering while the connection is saved with its key.
        KeyringPause keyring;
        QString why;
        QVERIFY2(keyring.pause(&why), qPrintable(why));
        QVERIFY(addServerWithThePage(*app));
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 15000);

        // The window says the key is kept for this session only, and asked for next time.
        const std::optional<Connection> saved = app->saved(ServerName);
        QVERIFY(saved);
        id = saved->id;
        QVERIFY(app->switcher.hasSessionSecret(id));
        QCOMPARE(notices.count(), 1);
        QVERIFY(notices.first().first().toString().contains(QLatin1String("this session only")));
        QCOMPARE(app->state(ServerName), QStringLiteral("Secret kept for this session"));

        // Then the keyring wakes up and carries the write out, late: what the window said
        // must still be true.
        keyring.resume();
        const StoreResult<QString> read = settle(ConnectionSecrets(15000).read(id));
        QVERIFY2(!read.ok(), "the keychain holds the key the window said it did not");
        QCOMPARE(read.error().code(), StoreError::Code::NotFound);
        const QString holder = fileHoldingTheKey();
        QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the admin key is in ") + holder));
        app->window->close();
    }
    QVERIFY(GuiTest::noVisibleWindows());

    {
        // The next start asks for the key, as the window said it would.
        DesktopApp next(DesktopApp::Start::Idle, ConnectionSecrets::DefaultTimeoutMs);
        next.switcher.connectTo(id);
        auto *prompt = GuiTest::waitForModal<SecretPromptDialog>();
        QVERIFY2(prompt, "opened with a key the keychain was said not to keep");
        QCOMPARE(m_prompts.count, 1);
        QTest::mouseClick(child<QPushButton>(prompt, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next.shows(LocalName), 15000);
    }
    QVERIFY(GuiTest::noVisibleWindows());
}

void TestConnectionKeychain::withoutAKeychainTheKeyIsAskedOncePerSession()
{
    if (m_mode != Mode::NoKeyring)
        QSKIP("for the run without a keychain");
    const QString id = saveServerConnection();
    {
        const std::unique_ptr<DesktopApp> app = startOnLocal(ConnectionSecrets::DefaultTimeoutMs);
        QVERIFY(app->shows(LocalName));
        QVERIFY(app->connectWithPage(ServerName));
        auto *prompt = GuiTest::waitForModal<SecretPromptDialog>();
        QVERIFY(prompt);
        QCOMPARE(prompt->objectName(), QStringLiteral("secretPromptDialog"));
        QVERIFY(prompt->isVisible());
        QCOMPARE(prompt->parentWidget(), app->window.get());
        QCOMPARE(prompt->windowModality(), Qt::WindowModal);
        // Nothing to remember it in: the box is not offered, and the prompt says why.
        QVERIFY(child<QCheckBox>(prompt, "rememberCheck")->isHidden());
        QVERIFY(child<QLabel>(prompt, "reasonLabel")->text().contains(QLatin1String("keychain")));
        QVERIFY(answerPrompt(prompt));
        QTRY_VERIFY_WITH_TIMEOUT(app->shows(ServerName), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app->listsKey(KeyOnTheServer), 15000);
        QCOMPARE(m_prompts.count, 1);
        QVERIFY(app->switcher.hasSessionSecret(id));

        // Away and back in the same session: not asked again.
        QVERIFY(app->connectWithPage(LocalName));
        QTRY_VERIFY_WITH_TIMEOUT(app->shows(LocalName), 15000);
        QCOMPARE(app->state(ServerName), QStringLiteral("Secret kept for this session"));
        QVERIFY(app->connectWithPage(ServerName));
        QTRY_VERIFY_WITH_TIMEOUT(app->shows(ServerName), 15000);
        QCOMPARE(m_prompts.count, 1);
        const QString holder = fileHoldingTheKey();
        QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the admin key is in ") + holder));
    }
    QVERIFY(GuiTest::noVisibleWindows());

    {
        // The next start opens the last connection, and has to ask for its key again;
        // declined, it opens the local store instead.
        DesktopApp next(DesktopApp::Start::Idle, ConnectionSecrets::DefaultTimeoutMs);
        QCOMPARE(next.connections.current().id, id);
        next.switcher.connectTo(id);
        auto *prompt = GuiTest::waitForModal<SecretPromptDialog>();
        QVERIFY(prompt);
        QCOMPARE(m_prompts.count, 2);
        QVERIFY(child<QCheckBox>(prompt, "rememberCheck")->isHidden());
        QTest::mouseClick(child<QPushButton>(prompt, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next.shows(LocalName), 15000);
        QVERIFY(!next.switcher.hasSessionSecret(id));
    }
    QVERIFY(GuiTest::noVisibleWindows());
    const QString holder = fileHoldingTheKey();
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the admin key is in ") + holder));
}

void TestConnectionKeychain::addingWithoutAKeychainKeepsTheKeyForTheSessionOnly()
{
    if (m_mode != Mode::NoKeyring)
        QSKIP("for the run without a keychain");
    const std::unique_ptr<DesktopApp> app = startOnLocal(ConnectionSecrets::DefaultTimeoutMs);
    QVERIFY(app->shows(LocalName));
    QSignalSpy settled(&app->switcher, &StoreSwitcher::secretsSettled);
    QSignalSpy notices(&app->switcher, &StoreSwitcher::notice);

    QVERIFY(addServerWithThePage(*app));
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 15000);

    // Saved, for the next start too; its key only in this session's memory, and the
    // user is told so on the page.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    const std::optional<Connection> saved = app->saved(ServerName);
    QVERIFY(saved);
    const QString id = saved->id;
    QVERIFY(ConnectionList().find(id));
    QVERIFY(app->switcher.hasSessionSecret(id));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(QLatin1String("this session only")));
    auto *notice = child<QLabel>(app->page(), "noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("this session only")));
    QCOMPARE(app->state(ServerName), QStringLiteral("Secret kept for this session"));
    const QString holder = fileHoldingTheKey();
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the admin key is in ") + holder));

    // This session connects with it, without asking.
    QVERIFY(app->connectWithPage(ServerName));
    QTRY_VERIFY_WITH_TIMEOUT(app->shows(ServerName), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(app->listsKey(KeyOnTheServer), 15000);
    QCOMPARE(m_prompts.count, 0);
    app->window->close();
    QVERIFY(GuiTest::noVisibleWindows());
}

void TestConnectionKeychain::aHungKeychainDoesNotFreezeTheWindow()
{
    if (m_mode != Mode::HungKeychain)
        QSKIP("for the run with a keychain that never answers");
    constexpr int KeychainTimeoutMs = 1500;
    const QString id = saveServerConnection();
    const std::unique_ptr<DesktopApp> app = startOnLocal(KeychainTimeoutMs);
    QVERIFY(app->shows(LocalName));

    // A heartbeat on the window's event loop: its longest pause while the keychain hangs.
    QElapsedTimer sinceBeat;
    qint64 longestPause = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    connect(&heartbeat, &QTimer::timeout, this, [&sinceBeat, &longestPause] {
        longestPause = qMax(longestPause, sinceBeat.restart());
    });
    QElapsedTimer took;
    took.start();
    sinceBeat.start();
    heartbeat.start();
    QVERIFY(app->connectWithPage(ServerName));
    auto *prompt = GuiTest::waitForModal<SecretPromptDialog>();
    heartbeat.stop();
    QVERIFY(prompt);
    qInfo("asked after %lld ms; longest pause of the event loop: %lld ms", took.elapsed(),
          longestPause);
    // It did wait for the keychain (a coarse timer may fire 5 % early), and it did try
    // the bus that never answers.
    QVERIFY(took.elapsed() >= KeychainTimeoutMs * 9 / 10);
    QVERIFY(m_hungBus->hasPendingConnections());
    QVERIFY(took.elapsed() < KeychainTimeoutMs + 3000);
    QVERIFY2(longestPause < 1000, qPrintable(QString::number(longestPause)));
    QVERIFY(child<QCheckBox>(prompt, "rememberCheck")->isHidden());
    QVERIFY(child<QLabel>(prompt, "reasonLabel")->text().contains(QLatin1String("did not answer")));

    QVERIFY(answerPrompt(prompt));
    QTRY_VERIFY_WITH_TIMEOUT(app->shows(ServerName), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(app->listsKey(KeyOnTheServer), 15000);
    QVERIFY(app->switcher.hasSessionSecret(id));
    QCOMPARE(m_prompts.count, 1);
    const QString holder = fileHoldingTheKey();
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the admin key is in ") + holder));
    app->window->close();
    QVERIFY(GuiTest::noVisibleWindows());
}

QTEST_MAIN(TestConnectionKeychain)
#include "tst_connectionkeychain.moc"
