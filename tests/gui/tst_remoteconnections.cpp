#include "Await.h"
#include "DesktopApp.h"
#include "GuiTest.h"
#include "KeyClicks.h"
#include "MissingDependency.h"
#include "PostgresServer.h"
#include "ServerProcess.h"
#include "ShowCounter.h"
#include "connection/ConnectionDialog.h"
#include "connection/SecretPromptDialog.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyActions.h"
#include "keys/KeyToken.h"
#include "keys/RevealKeyDialog.h"
#include "sql/SqlKeyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

using namespace GuiTest;

namespace {

const QString LocalName = QStringLiteral("This computer");
const QString ServerName = QStringLiteral("Shared keys");
const QString KeyOnTheServer = QStringLiteral("Billing webhook");
const QString TrustQuestion = QStringLiteral("trustCertificateQuestion");
const QString ErrorBox = QStringLiteral("actionErrorBox");
//! How long opening a remote store may take: a refused TLS handshake is retried twice.
constexpr int OpenMs = 20000;

//! The modal message box named @p name on top, once it is there.
QMessageBox *waitForBox(const QString &name)
{
    QMessageBox *found = nullptr;
    const auto onTop = [&found, &name] {
        found = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        return found && found->objectName() == name;
    };
    return QTest::qWaitFor(onTop, OpenMs) ? found : nullptr;
}

//! Clicks the button named @p name of @p dialog and waits until the dialog is gone.
bool press(QWidget *dialog, const char *name)
{
    const QPointer<QWidget> guard(dialog);
    auto *button = child<QAbstractButton>(dialog, name);
    if (!button || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&guard] { return !guard || !guard->isVisible(); }, 5000);
}

//! Closes a message box with its OK button; true once nothing modal is left.
bool dismiss(QMessageBox *box)
{
    QAbstractButton *ok = box->button(QMessageBox::Ok);
    if (!ok)
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 5000);
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

} // namespace

//! The remote kinds of Settings > Connections through the real window, dialogs and
//! switcher (offscreen), with no keychain (the switcher asks for secrets), against a
//! real keyward-server and a real PostgreSQL on 127.0.0.1: a self-signed certificate is
//! trusted only when the user says so, and only that one, even when an authority this
//! computer trusts vouches for another; a PostgreSQL connection opens
//! and a wrong password is explained; a refused admin key is asked for again; switching
//! back and forth keeps one window acting on the right store; a key that may not read
//! the team still shows keys and roles, and the Members page says why it is empty.
class TestRemoteConnections final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void untrustedCertificateIsTrustedOnlyWhenChosen();
    void pinnedServerWithAnotherVouchedCertificateIsAskedAbout();
    void postgresConnectionOpensAndAWrongPasswordIsExplained();
    void refusedAdminKeyIsAskedForAgain();
    void switchingBackAndForthKeepsOneWindowOnTheRightStore();
    void aKeyThatMayNotReadTheTeamStillShowsTheRest();

private:
    //! Starts keyward-server, over HTTPS with @p certificate and @p key when given.
    bool startServer(quint16 port = 0, const QString &certificate = {}, const QString &key = {});
    //! A self-signed certificate for 127.0.0.1 in @p path.pem, its key in @p path.key.
    static std::optional<QSslCertificate> makeCertificate(const QString &path);
    //! Creates a key on the server through its API, as another administrator.
    bool createOnServer(const QString &base, const QString &name,
                        const QList<QSslCertificate> &trusted = {}) const;
    //! The keys the server holds with exactly @p name.
    int keysOnServer(const QString &name) const;
    //! Connections > Add connection, filled in by @p fill; then presses @p button.
    static bool addConnection(DesktopApp &app, const std::function<void(ConnectionDialog *)> &fill,
                              const char *button);
    static bool addServer(DesktopApp &app, const QString &name, const QString &url,
                          const QString &key, const char *button);
    //! Types @p secret into the prompt on top and presses Connect.
    static bool answerPrompt(const QString &secret);

    QTemporaryDir m_settings;
    QTemporaryDir m_work;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_database;
    QString m_admin;
    std::unique_ptr<ServerProcess> m_server;
    ShowCounter m_trustQuestions{TrustQuestion};
    ShowCounter m_prompts{QStringLiteral("secretPromptDialog")};
    ShowCounter m_errorBoxes{ErrorBox};
};

void TestRemoteConnections::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_work.isValid());
    initSettings(m_settings.path());
    // No keychain, whatever the environment offers: a session bus that is not there, so
    // no secret reaches the user's real keychain and the switcher asks for each one.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_work.filePath(QStringLiteral("no-bus"))));
    qApp->installEventFilter(&m_trustQuestions);
    qApp->installEventFilter(&m_prompts);
    qApp->installEventFilter(&m_errorBoxes);

    m_database = QStringLiteral("sqlite:") + m_work.filePath(QStringLiteral("server.db"));
    int code = -1;
    m_admin = ServerProcess::init(m_database, ServerProcess::windowAdminScopes(), &code);
    QCOMPARE(code, 0);
    QVERIFY(KeyToken::parse(m_admin));
}

void TestRemoteConnections::init()
{
    // Each test has its own local store: "This computer" lives under HOME in test mode.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(useOwnHome(m_home->path()));
    QVERIFY(defaultLocalStorePath().startsWith(m_home->path()));
    m_trustQuestions.count = 0;
    m_prompts.count = 0;
    m_errorBoxes.count = 0;
}

void TestRemoteConnections::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
    m_server.reset(); // still running only when a test failed: killed by pid
    QSettings().clear();
    QTRY_VERIFY(noVisibleWindows());
}

bool TestRemoteConnections::startServer(quint16 port, const QString &certificate,
                                        const QString &key)
{
    QStringList arguments = ServerProcess::arguments(m_database);
    if (!certificate.isEmpty())
        arguments << QStringLiteral("--tls-cert") << certificate << QStringLiteral("--tls-key")
                  << key;
    if (!m_server)
        m_server = std::make_unique<ServerProcess>();
    return m_server->start(arguments, port);
}

std::optional<QSslCertificate> TestRemoteConnections::makeCertificate(const QString &path)
{
    QString error;
    if (!ServerProcess::makeCertificate(path + QStringLiteral(".pem"),
                                        path + QStringLiteral(".key"), &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(path + QStringLiteral(".pem"));
    if (certificates.size() != 1)
        return std::nullopt;
    return certificates.first();
}

bool TestRemoteConnections::createOnServer(const QString &base, const QString &name,
                                           const QList<QSslCertificate> &trusted) const
{
    HttpClient other(base);
    other.setBearer(m_admin);
    other.setCaCertificates(trusted);
    return other.createKey(name).status == 201;
}

int TestRemoteConnections::keysOnServer(const QString &name) const
{
    HttpClient fresh(m_server->base());
    fresh.setBearer(m_admin);
    bool listed = false;
    const QJsonArray named = fresh.keysNamed(name, &listed);
    return listed ? int(named.size()) : -1;
}

bool TestRemoteConnections::addConnection(DesktopApp &app,
                                          const std::function<void(ConnectionDialog *)> &fill,
                                          const char *button)
{
    app.window->showPage(MainWindow::Page::Connections);
    QPushButton *add = app.pageButton("addConnectionButton");
    if (!add || !add->isVisible())
        return false;
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = waitForModal<ConnectionDialog>();
    if (!dialog)
        return false;
    fill(dialog);
    return press(dialog, button);
}

bool TestRemoteConnections::addServer(DesktopApp &app, const QString &name, const QString &url,
                                      const QString &key, const char *button)
{
    return addConnection(
        app,
        [&](ConnectionDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
            auto *kind = child<QComboBox>(dialog, "kindCombo");
            kind->setCurrentIndex(kind->findText(QStringLiteral("Keyward server")));
            QTest::keyClicks(child<QLineEdit>(dialog, "serverUrlEdit"), url);
            QTest::keyClicks(child<QLineEdit>(dialog, "adminKeyEdit"), key);
        },
        button);
}

bool TestRemoteConnections::answerPrompt(const QString &secret)
{
    auto *prompt = waitForModal<SecretPromptDialog>();
    if (!prompt)
        return false;
    QTest::keyClicks(child<QLineEdit>(prompt, "secretEdit"), secret);
    return press(prompt, "connectButton");
}

void TestRemoteConnections::untrustedCertificateIsTrustedOnlyWhenChosen()
{
    const QString certificatePath = m_work.filePath(QStringLiteral("first"));
    const std::optional<QSslCertificate> certificate = makeCertificate(certificatePath);
    QVERIFY(certificate);
    const QByteArray digest = certificate->digest(QCryptographicHash::Sha256);
    QVERIFY(startServer(0, certificatePath + QStringLiteral(".pem"),
                        certificatePath + QStringLiteral(".key")));
    const quint16 port = m_server->port();
    const QString url = m_server->secureBase();
    QVERIFY(createOnServer(url, KeyOnTheServer, {*certificate}));

    QString id;
    {
        DesktopApp app;
        QVERIFY(app.waitUntilShows(LocalName, OpenMs));
        QVERIFY(addServer(app, ServerName, url, m_admin, "connectButton"));

        // No authority vouches for the certificate: the user is asked, with its
        // fingerprint and subject.
        QMessageBox *question = waitForBox(TrustQuestion);
        QVERIFY(question);
        QCOMPARE(question->parentWidget(), app.window.get());
        QVERIFY2(question->text().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(question->text()));
        const QString details = question->informativeText();
        QVERIFY2(details.contains(fingerprint(*certificate)), qPrintable(details));
        QVERIFY2(
            details.contains(QStringLiteral("Issued to: ") + certificate->subjectDisplayName()),
            qPrintable(details));
        QCOMPARE(child<QPushButton>(question, "confirmButton")->text(),
                 QStringLiteral("Trust this certificate"));
        QTRY_VERIFY(child<QPushButton>(question, "cancelButton")->hasFocus());

        // Declined: not connected, the window stays on the local store and says why.
        QVERIFY(press(question, "cancelButton"));
        QMessageBox *refusal = waitForBox(ErrorBox);
        QVERIFY(refusal);
        QVERIFY2(refusal->text().contains(QStringLiteral("certificate was not trusted")),
                 qPrintable(refusal->text()));
        QVERIFY(dismiss(refusal));
        QVERIFY(app.shows(LocalName));
        QCOMPARE(app.connections.current().id, Connection::DefaultLocalId);
        const std::optional<Connection> declined = app.saved(ServerName);
        QVERIFY(declined);
        id = declined->id;
        QVERIFY(declined->pinnedCertificateSha256.isEmpty());
        QVERIFY(ConnectionList().find(id)->pinnedCertificateSha256.isEmpty());
        QCOMPARE(m_trustQuestions.count, 1);

        // Connecting again asks again; trusted, the store opens and the pin is saved.
        QVERIFY(app.connectWithPage(ServerName));
        question = waitForBox(TrustQuestion);
        QVERIFY(question);
        QCOMPARE(m_trustQuestions.count, 2);
        QVERIFY(question->informativeText().contains(fingerprint(*certificate)));
        QVERIFY(press(question, "confirmButton"));
        QVERIFY(app.waitUntilShows(ServerName, OpenMs));
        QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(KeyOnTheServer), OpenMs);
        QTRY_VERIFY(app.status().startsWith(ServerName));
        QCOMPARE(app.connections.current().id, id);
        QCOMPARE(app.saved(ServerName)->pinnedCertificateSha256, digest);
        QCOMPARE(ConnectionList().find(id)->pinnedCertificateSha256, digest);
        QCOMPARE(m_trustQuestions.count, 2);
        QCOMPARE(m_prompts.count, 0); // the key typed into the dialog served this session
        app.window->close();
    }
    QVERIFY(noVisibleWindows());

    {
        // The next start opens it without a question about the certificate (the key is
        // asked for: no keychain keeps it).
        DesktopApp next;
        QVERIFY(answerPrompt(m_admin));
        QVERIFY(next.waitUntilShows(ServerName, OpenMs));
        QTRY_VERIFY_WITH_TIMEOUT(next.listsKey(KeyOnTheServer), OpenMs);
        QCOMPARE(m_trustQuestions.count, 2);
        QCOMPARE(m_prompts.count, 1);

        // Later the server shows another certificate on the same address: asked again,
        // with the new fingerprint; declined, nothing is opened and the pin stays.
        QVERIFY(next.connectWithPage(LocalName));
        QVERIFY(next.waitUntilShows(LocalName, OpenMs));
        QVERIFY(m_server->stop());
        const QString otherPath = m_work.filePath(QStringLiteral("second"));
        const std::optional<QSslCertificate> other = makeCertificate(otherPath);
        QVERIFY(other);
        QVERIFY(other->digest(QCryptographicHash::Sha256) != digest);
        QVERIFY(startServer(port, otherPath + QStringLiteral(".pem"),
                            otherPath + QStringLiteral(".key")));
        QVERIFY(next.connectWithPage(ServerName));
        QMessageBox *question = waitForBox(TrustQuestion);
        QVERIFY(question);
        QCOMPARE(m_trustQuestions.count, 3);
        QVERIFY2(question->informativeText().contains(fingerprint(*other)),
                 qPrintable(question->informativeText()));
        QVERIFY(!question->informativeText().contains(fingerprint(*certificate)));
        QVERIFY(press(question, "cancelButton"));
        QMessageBox *refusal = waitForBox(ErrorBox);
        QVERIFY(refusal);
        QVERIFY(refusal->text().contains(QStringLiteral("certificate was not trusted")));
        QVERIFY(dismiss(refusal));
        QVERIFY(next.shows(LocalName));
        QCOMPARE(next.connections.current().id, Connection::DefaultLocalId);
        QCOMPARE(next.saved(ServerName)->pinnedCertificateSha256, digest);
        QCOMPARE(ConnectionList().find(id)->pinnedCertificateSha256, digest);
        next.window->close();
    }
    QVERIFY(noVisibleWindows());
    QVERIFY(m_server->stop());
}

void TestRemoteConnections::pinnedServerWithAnotherVouchedCertificateIsAskedAbout()
{
    // An authority this computer trusts, and two certificates for 127.0.0.1 it signed.
    const auto path = [this](const QString &name) { return m_work.filePath(name); };
    QString error;
    QVERIFY2(ServerProcess::makeAuthority(path(QStringLiteral("ca.pem")),
                                          path(QStringLiteral("ca.key")), &error),
             qPrintable(error));
    for (const QString &name : {QStringLiteral("pinned"), QStringLiteral("vouched")}) {
        QVERIFY2(ServerProcess::makeSignedCertificate(path(QStringLiteral("ca.pem")),
                                                      path(QStringLiteral("ca.key")),
                                                      path(name + QStringLiteral(".pem")),
                                                      path(name + QStringLiteral(".key")), &error),
                 qPrintable(error));
    }
    const QSslCertificate pinned =
        QSslCertificate::fromPath(path(QStringLiteral("pinned.pem"))).value(0);
    const QSslCertificate vouched =
        QSslCertificate::fromPath(path(QStringLiteral("vouched.pem"))).value(0);
    QVERIFY(!pinned.isNull() && !vouched.isNull() && pinned != vouched);
    const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = system;
    trusting.addCaCertificates(QSslCertificate::fromPath(path(QStringLiteral("ca.pem"))));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore =
        qScopeGuard([&system] { QSslConfiguration::setDefaultConfiguration(system); });

    // The server now shows the certificate the authority vouches for, not the pinned one.
    QVERIFY(
        startServer(0, path(QStringLiteral("vouched.pem")), path(QStringLiteral("vouched.key"))));
    const QString url = m_server->secureBase();
    QVERIFY(createOnServer(url, KeyOnTheServer,
                           QSslCertificate::fromPath(path(QStringLiteral("ca.pem")))));
    DesktopApp app;
    QVERIFY(app.waitUntilShows(LocalName, OpenMs));
    Connection server = Connection::create(Connection::Kind::Server);
    server.name = ServerName;
    server.server = QUrl(url);
    server.pinnedCertificateSha256 = pinned.digest(QCryptographicHash::Sha256);
    app.switcher.save(server, m_admin, false); // no keychain: kept for the session

    // Not opened silently: asked about, with the new fingerprint and what it may mean.
    QVERIFY(app.connectWithPage(ServerName));
    QMessageBox *question = waitForBox(TrustQuestion);
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("another certificate than the one this "
                                                      "connection trusts")),
             qPrintable(question->text()));
    QVERIFY(question->informativeText().contains(fingerprint(vouched)));
    QVERIFY(!question->informativeText().contains(fingerprint(pinned)));
    QVERIFY(press(question, "cancelButton"));
    QMessageBox *refusal = waitForBox(ErrorBox);
    QVERIFY(refusal);
    QVERIFY(refusal->text().contains(QStringLiteral("certificate was not trusted")));
    QVERIFY(dismiss(refusal));
    QVERIFY(app.shows(LocalName));
    QCOMPARE(app.saved(ServerName)->pinnedCertificateSha256,
             pinned.digest(QCryptographicHash::Sha256));
    QCOMPARE(m_trustQuestions.count, 1);

    // Trusted after all: the new certificate is the pinned one from now on.
    QVERIFY(app.connectWithPage(ServerName));
    question = waitForBox(TrustQuestion);
    QVERIFY(question);
    QVERIFY(press(question, "confirmButton"));
    QVERIFY(app.waitUntilShows(ServerName, OpenMs));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(KeyOnTheServer), OpenMs);
    QCOMPARE(app.saved(ServerName)->pinnedCertificateSha256,
             vouched.digest(QCryptographicHash::Sha256));
    QCOMPARE(m_trustQuestions.count, 2);
    QCOMPARE(m_prompts.count, 0);
    app.window->close();
    QVERIFY(m_server->stop());
}

void TestRemoteConnections::postgresConnectionOpensAndAWrongPasswordIsExplained()
{
    if (!PostgresServer::available())
        SKIP_MISSING_DEPENDENCY(QStringLiteral("PostgreSQL or Qt's QPSQL driver is not installed"));
    PostgresServer postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString keyName = QStringLiteral("Made by another administrator");
    {
        // Another administrator's connection to the same database makes a key.
        SqlStoreOptions options;
        options.ownerName = QStringLiteral("Olivia Owner");
        options.postgres = PostgresTarget{};
        options.postgres->port = postgres.port();
        options.postgres->user = QStringLiteral("keyward");
        options.postgres->password = postgres.password();
        SqlKeyStore other(options);
        QVERIFY(await(other.open()).ok());
        KeyDraft draft;
        draft.name = keyName;
        QVERIFY(await(other.createKey({}, draft)).ok());
    }

    const auto fillPostgres = [&postgres](const QString &name, const QString &password) {
        return [&postgres, name, password](ConnectionDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
            auto *kind = child<QComboBox>(dialog, "kindCombo");
            kind->setCurrentIndex(kind->findText(QStringLiteral("PostgreSQL")));
            const auto type = [dialog](const char *field, const QString &text) {
                auto *edit = child<QLineEdit>(dialog, field);
                edit->clear();
                QTest::keyClicks(edit, text);
            };
            type("hostEdit", QStringLiteral("127.0.0.1"));
            auto *port = child<QSpinBox>(dialog, "portSpin");
            port->selectAll();
            QTest::keyClicks(port, QString::number(postgres.port()));
            type("databaseEdit", QStringLiteral("keyward"));
            type("userEdit", QStringLiteral("keyward"));
            type("passwordEdit", password);
            auto *tls = child<QComboBox>(dialog, "sslModeCombo");
            tls->setCurrentIndex(tls->findText(QStringLiteral("No TLS")));
        };
    };

    DesktopApp app;
    QVERIFY(app.waitUntilShows(LocalName, OpenMs));
    const QString teamName = QStringLiteral("Team database");
    QVERIFY(addConnection(app, fillPostgres(teamName, postgres.password()), "connectButton"));
    QVERIFY(app.waitUntilShows(teamName, OpenMs));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(keyName), OpenMs);
    QTRY_VERIFY2(app.status().startsWith(teamName), qPrintable(app.status()));
    const std::optional<Connection> team = app.saved(teamName);
    QVERIFY(team);
    QCOMPARE(team->kind, Connection::Kind::Postgres);
    QCOMPARE(team->postgres.port, int(postgres.port()));
    QCOMPARE(team->postgres.sslMode, QStringLiteral("disable"));
    QCOMPARE(app.connections.current().id, team->id);
    QCOMPARE(m_prompts.count, 0);

    // A wrong password: the window stays on the store it shows and says why.
    const QString wrongName = QStringLiteral("Wrong password");
    const QString wrongPassword = QStringLiteral("not-the-password-7f3a");
    QVERIFY(addConnection(app, fillPostgres(wrongName, wrongPassword), "connectButton"));
    QMessageBox *refusal = waitForBox(ErrorBox);
    QVERIFY(refusal);
    const QString message = refusal->text();
    QVERIFY2(message.contains(QStringLiteral("“Wrong password” could not be opened")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("password"), Qt::CaseInsensitive) &&
                 message.contains(QStringLiteral("authentication"), Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(!message.contains(wrongPassword));
    QVERIFY(dismiss(refusal));
    QVERIFY(app.shows(teamName));
    QVERIFY(app.listsKey(keyName));
    QCOMPARE(app.connections.current().id, team->id);
    QCOMPARE(m_prompts.count, 0);
    app.window->close();
}

void TestRemoteConnections::refusedAdminKeyIsAskedForAgain()
{
    QVERIFY(startServer());
    QVERIFY(createOnServer(m_server->base(), KeyOnTheServer));
    // A well-formed key of the same kind that this server never issued.
    const std::optional<ParsedToken> admin = KeyToken::parse(m_admin);
    QVERIFY(admin);
    const QString unknown =
        KeyToken::generate(admin->vendor, admin->environment, KeyToken::generateKid());
    QVERIFY(KeyToken::parse(unknown));

    DesktopApp app;
    QVERIFY(app.waitUntilShows(LocalName, OpenMs));
    QVERIFY(addServer(app, ServerName, m_server->base(), unknown, "connectButton"));

    // The server refused it: the key is asked for again, with the refusal as the reason.
    auto *prompt = waitForModal<SecretPromptDialog>();
    QVERIFY(prompt);
    QCOMPARE(prompt->parentWidget(), app.window.get());
    QCOMPARE(m_prompts.count, 1);
    const QString reason = child<QLabel>(prompt, "reasonLabel")->text();
    QVERIFY2(reason.contains(QStringLiteral("did not accept this connection's key")),
             qPrintable(reason));
    QVERIFY(child<QLabel>(prompt, "reasonLabel")->isVisible());
    QVERIFY(!reason.contains(unknown));
    // No keychain works here: remembering is not offered (once the keychain said so).
    QTRY_VERIFY(child<QCheckBox>(prompt, "rememberCheck")->isHidden());
    QVERIFY(child<QLineEdit>(prompt, "secretEdit")->text().isEmpty());
    QCOMPARE(app.window->storeName(), LocalName); // still the store it showed

    QVERIFY(answerPrompt(m_admin));
    QVERIFY(app.waitUntilShows(ServerName, OpenMs));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(KeyOnTheServer), OpenMs);
    QCOMPARE(app.connections.current().name, ServerName);

    // The right key replaced the refused one for this session: away and back, not asked.
    QVERIFY(app.connectWithPage(LocalName));
    QVERIFY(app.waitUntilShows(LocalName, OpenMs));
    QVERIFY(app.connectWithPage(ServerName));
    QVERIFY(app.waitUntilShows(ServerName, OpenMs));
    QCOMPARE(m_prompts.count, 1);
    app.window->close();
    QVERIFY(m_server->stop());
}

void TestRemoteConnections::switchingBackAndForthKeepsOneWindowOnTheRightStore()
{
    QVERIFY(startServer());
    QVERIFY(createOnServer(m_server->base(), KeyOnTheServer));
    DesktopApp app;
    QVERIFY(app.waitUntilShows(LocalName, OpenMs));
    QVERIFY(addServer(app, ServerName, m_server->base(), m_admin, "saveButton"));
    QCOMPARE(app.connections.current().id, Connection::DefaultLocalId);
    auto *stack = child<QStackedWidget>(app.window.get(), "pageStack");
    QVERIFY(stack);
    const int pages = stack->count();

    // Local -> server -> local -> server -> local -> server.
    for (int round = 0; round < 2; ++round) {
        QVERIFY(app.connectWithPage(ServerName));
        QVERIFY(app.waitUntilShows(ServerName, OpenMs));
        QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(KeyOnTheServer), OpenMs);
        // On the server the admin key decides who acts; locally the user chooses.
        QTRY_VERIFY(!child<QComboBox>(app.window.get(), "actingAsCombo")->isEnabled());
        QVERIFY(app.connectWithPage(LocalName));
        QVERIFY(app.waitUntilShows(LocalName, OpenMs));
        QVERIFY(!app.listsKey(KeyOnTheServer));
        QTRY_VERIFY(child<QComboBox>(app.window.get(), "actingAsCombo")->isEnabled());
    }
    QVERIFY(app.connectWithPage(ServerName));
    QVERIFY(app.waitUntilShows(ServerName, OpenMs));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(KeyOnTheServer), OpenMs);
    QCOMPARE(m_prompts.count, 0);

    // One window, one set of pages, one Key menu.
    QCOMPARE(DesktopApp::visibleWindows(), 1);
    QCOMPARE(stack->count(), pages);
    QTRY_COMPARE(app.window->findChildren<ApiKeysPage *>().size(), 1);
    QTRY_COMPARE(app.window->findChildren<KeyActions *>().size(), 1);
    QTRY_COMPARE(app.window->menuBar()->findChildren<QMenu *>(QStringLiteral("keyMenu")).size(), 1);
    QCOMPARE(app.window->menuBar()->actions().size(), 3);

    // Key > Create acts on the server's store, not on the local one.
    auto *keyMenu = app.window->menuBar()->findChild<QMenu *>(QStringLiteral("keyMenu"));
    QAction *create = nullptr;
    for (QAction *action : keyMenu->actions()) {
        if (action->objectName() == QStringLiteral("createKeyAction"))
            create = action;
    }
    QVERIFY(create);
    QCOMPARE(create, app.window->keyActions()->createAction());
    QTRY_VERIFY(create->isEnabled());
    create->trigger();
    auto *dialog = waitForModal<CreateKeyDialog>();
    QVERIFY(dialog);
    const QString name =
        QStringLiteral("Made in the window ") + QUuid::createUuid().toString(QUuid::Id128);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto *reveal = waitForModal<RevealKeyDialog>();
    QVERIFY(reveal);
    QVERIFY(KeyClicks::closeReveal(reveal));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(name), OpenMs);

    QCOMPARE(keysOnServer(name), 1);
    SqlStoreOptions localOptions;
    localOptions.path = defaultLocalStorePath();
    SqlKeyStore local(localOptions);
    QVERIFY(await(local.open()).ok());
    KeyQuery query;
    query.filter.text = name;
    const StoreResult<KeyPage> onThisComputer = await(local.queryKeys({}, query));
    QVERIFY(onThisComputer.ok());
    QVERIFY(onThisComputer.value().keys.isEmpty());

    app.window->close();
    QVERIFY(m_server->stop());
}

void TestRemoteConnections::aKeyThatMayNotReadTheTeamStillShowsTheRest()
{
    QVERIFY(startServer());
    QVERIFY(createOnServer(m_server->base(), KeyOnTheServer));
    // An admin key for keys and roles, without teammates:read: the server lists no
    // members (names, emails) for it.
    HttpClient admin(m_server->base());
    admin.setBearer(m_admin);
    const HttpClient::Answer made =
        admin.sendJson("POST", QStringLiteral("/v1/keys"),
                       {{QStringLiteral("name"), QStringLiteral("Key manager")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("api_keys:read"),
                                                              QStringLiteral("api_keys:write"),
                                                              QStringLiteral("documents:read")}}});
    QCOMPARE(made.status, 201);
    const QString limited = made.json().value(QStringLiteral("token")).toString();
    QVERIFY(KeyToken::parse(limited));

    DesktopApp app;
    QVERIFY(app.waitUntilShows(LocalName, OpenMs));
    QVERIFY(addServer(app, ServerName, m_server->base(), limited, "connectButton"));
    QVERIFY(app.waitUntilShows(ServerName, OpenMs));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(KeyOnTheServer), OpenMs);
    Session *session = app.window->session();
    QTRY_VERIFY(!session->roles().isEmpty());
    QTRY_VERIFY(!session->membersHiddenReason().isEmpty());

    // The keys, with who made them as the key rows carry it.
    const ApiKeyTableModel *model = app.window->apiKeysPage()->model();
    const QString owner = session->actingMember().name;
    QVERIFY(!owner.isEmpty());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ApiKeyTableModel::CreatedBy).data().toString(), owner);
    // The roles, which the key dialogs offer.
    app.window->showPage(MainWindow::Page::Roles);
    auto *roles = child<QTableView>(app.window.get(), "roleTable");
    QVERIFY(roles && roles->isVisible());
    QVERIFY(GuiTest::rowCount(roles) >= 4);
    // The Members page says why it lists nobody, and who acts all the same.
    app.window->showPage(MainWindow::Page::Members);
    auto *members = child<QTableView>(app.window.get(), "memberTable");
    QVERIFY(members && members->isVisible());
    QCOMPARE(GuiTest::rowCount(members), 0);
    auto *hidden = child<QLabel>(app.window.get(), "membersHiddenLabel");
    QVERIFY(hidden->isVisible());
    QVERIFY2(hidden->text().contains(QStringLiteral("teammates:read")), qPrintable(hidden->text()));
    auto *actingAs = child<QComboBox>(app.window.get(), "actingAsCombo");
    QCOMPARE(actingAs->count(), 1);
    QVERIFY(actingAs->currentText().startsWith(owner));
    QVERIFY(child<QLabel>(app.window.get(), "actingSummaryLabel")->text().contains(owner));
    // The note speaks of the server's key, not of a local store's choice.
    const QString note = child<QLabel>(app.window.get(), "actingNoteLabel")->text();
    QVERIFY2(note.contains(QStringLiteral("Keyward server")) &&
                 !note.contains(QStringLiteral("local store")),
             qPrintable(note));

    // Another administrator's change makes the window read everything again: still no
    // error, no dialog, the same explanation.
    QVERIFY(createOnServer(m_server->base(), QStringLiteral("Made meanwhile")));
    QTRY_VERIFY_WITH_TIMEOUT(app.listsKey(QStringLiteral("Made meanwhile")), OpenMs);
    QTRY_VERIFY(hidden->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_errorBoxes.count, 0);
    QCOMPARE(m_prompts.count, 0);
    QCOMPARE(DesktopApp::visibleWindows(), 1);
    app.window->close();
    QVERIFY(m_server->stop());
}

QTEST_MAIN(TestRemoteConnections)
#include "tst_remoteconnections.moc"
