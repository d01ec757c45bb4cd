#include "Await.h"
#include "GuiTest.h"
#include "KeyClicks.h"
#include "ServerProcess.h"
#include "common/Session.h"
#include "http/HttpKeyStore.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyActions.h"
#include "keys/KeyToken.h"
#include "keys/RevealKeyDialog.h"
#include "main/MainWindow.h"
#include "main/StoreBanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace GuiTest;

namespace {

//! How long the window may take to notice the server went or came back: its store
//! polls every two seconds and retries a failed read twice.
constexpr int NoticeMs = 20000;

//! A TCP relay on 127.0.0.1 between the window's store and keyward-server, so a test can
//! cut a connection at an exact point. It forwards both ways; once armed with
//! trapCreateReply(), it waits for the server's answer to the next POST /v1/keys and, as
//! the answer's first bytes arrive (the key is committed by then), calls the trap and
//! drops the client's connection without passing the answer on.
class Relay final {
public:
    explicit Relay(quint16 target)
        : m_target(target)
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, &m_listener,
                         [this] { accept(); });
    }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost); }
    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort());
    }
    void trapCreateReply(std::function<void()> trap) { m_trap = std::move(trap); }
    //! How many answers the trap has swallowed.
    int sprung() const { return m_sprung; }

private:
    //! One client connection and its own connection to the server.
    struct Pair {
        QByteArray waiting;          //!< from the client, until the server's side is connected
        bool awaitingCreate = false; //!< the request in flight is POST /v1/keys
    };

    static bool startsRequest(const QByteArray &data)
    {
        for (const char *method : {"GET ", "POST ", "PATCH ", "PUT ", "DELETE ", "HEAD "}) {
            if (data.startsWith(method))
                return true;
        }
        return false;
    }

    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto pair = std::make_shared<Pair>();
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, pair] {
                const QByteArray data = client->readAll();
                // Requests on one connection follow each other (HTTP/1.1, no pipelining).
                if (data.contains("POST /v1/keys HTTP/1.1\r\n"))
                    pair->awaitingCreate = true;
                else if (startsRequest(data))
                    pair->awaitingCreate = false;
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(data);
                else
                    pair->waiting += data;
            });
            QObject::connect(upstream, &QTcpSocket::connected, client, [upstream, pair] {
                upstream->write(pair->waiting);
                pair->waiting.clear();
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [this, client, upstream, pair] {
                                 if (pair->awaitingCreate && m_trap) {
                                     const std::function<void()> trap = std::exchange(m_trap, {});
                                     trap();
                                     ++m_sprung;
                                     client->abort(); // the answer never reaches the client
                                     return;
                                 }
                                 client->write(upstream->readAll());
                             });
            // The server went away or refused the connection: so does the relay.
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                             [client](QAbstractSocket::SocketError error) {
                                 if (error != QAbstractSocket::RemoteHostClosedError)
                                     client->abort();
                             });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->abort();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_listener;
    quint16 m_target;
    std::function<void()> m_trap;
    int m_sprung = 0;
};

} // namespace

//! The desktop on keyward-server when the server fails, through the real widgets of the
//! main window and a real server on 127.0.0.1: a server killed between committing a
//! create and answering it leaves the dialog with an error, and pressing Create again
//! after a restart makes exactly one key; a server that stops while the window is open
//! shows the unavailable state (banner, rows kept, changes paused), and its return is
//! noticed by itself.
class TestRemoteFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void killedDuringCreateThenRetriedMakesOneKey();
    void stoppedServerShowsUnavailableThenRecovers();
    void serverDownAtStartOpensWhenItIsBack();

private:
    //! A store on @p base acting with the admin key.
    std::unique_ptr<HttpKeyStore> makeStore(const QString &base) const;
    //! Opens the main window on m_store and waits until it shows @p rows keys.
    bool openWindow(int rows);
    //! Creates a key through the API, as another administrator; returns its id.
    QString createElsewhere(const QString &base, const QString &name) const;
    //! The keys the server holds with exactly @p name, asked with a fresh client.
    QJsonArray keysNamed(const QString &base, const QString &name) const;
    QStringList shownIds() const;

    ApiKeyTableModel *model() const { return m_window->apiKeysPage()->model(); }

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_admin;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Relay> m_relay;
    std::unique_ptr<HttpKeyStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestRemoteFaults::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QVERIFY(m_dir.isValid());
    initSettings(m_settings.path());
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    int code = -1;
    m_admin = ServerProcess::init(m_database, ServerProcess::windowAdminScopes(), &code);
    QCOMPARE(code, 0);
    QVERIFY(!m_admin.isEmpty());
}

void TestRemoteFaults::cleanup()
{
    // The window before its store; a dialog a failed test left open goes with it.
    m_window.reset();
    m_store.reset();
    m_relay.reset();
    m_server.reset(); // still running only when a test failed: killed by pid
    QSettings().clear();
    QTRY_VERIFY(noVisibleWindows());
}

std::unique_ptr<HttpKeyStore> TestRemoteFaults::makeStore(const QString &base) const
{
    HttpStoreOptions options;
    options.server = QUrl(base);
    options.token = m_admin;
    return std::make_unique<HttpKeyStore>(options);
}

bool TestRemoteFaults::openWindow(int rows)
{
    return KeyClicks::showWindow(m_window, m_store.get(), NoticeMs, rows);
}

QString TestRemoteFaults::createElsewhere(const QString &base, const QString &name) const
{
    HttpClient other(base);
    other.setBearer(m_admin);
    return other.createKey(name)
        .json()
        .value(QStringLiteral("key"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QJsonArray TestRemoteFaults::keysNamed(const QString &base, const QString &name) const
{
    HttpClient fresh(base);
    fresh.setBearer(m_admin);
    return fresh.keysNamed(name);
}

QStringList TestRemoteFaults::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < model()->rowCount(); ++row)
        ids << model()->index(row, 0).data(ApiKeyTableModel::KeyIdRole).toString();
    return ids;
}

void TestRemoteFaults::killedDuringCreateThenRetriedMakesOneKey()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(ServerProcess::arguments(m_database)));
    const quint16 port = m_server->port();
    m_relay = std::make_unique<Relay>(port);
    QVERIFY(m_relay->listen());
    m_store = makeStore(m_relay->base());
    const int before = settle(m_store->countKeys({}, {})).value().total;
    QVERIFY(openWindow(before));

    m_window->keyActions()->createAction()->trigger();
    auto *dialog = waitForModal<CreateKeyDialog>();
    QVERIFY(dialog);
    const QPointer<CreateKeyDialog> dialogAlive(dialog);
    const QString name = QStringLiteral("Killed mid-create");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    auto *createButton = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *errorLabel = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(createButton && errorLabel);
    QVERIFY(createButton->isEnabled());

    // The server commits the key and starts to answer: it dies before the answer is out.
    ServerProcess *server = m_server.get();
    m_relay->trapCreateReply([server] { server->kill(); }); // SIGKILL, by pid
    QTest::mouseClick(createButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), NoticeMs);
    QCOMPARE(m_relay->sprung(), 1);
    QVERIFY2(errorLabel->text().contains(QStringLiteral("Cannot reach keyward-server")),
             qPrintable(errorLabel->text()));
    // It says that trying again is safe.
    QVERIFY2(errorLabel->text().contains(QStringLiteral("never a second one")),
             qPrintable(errorLabel->text()));
    QVERIFY(!errorLabel->text().contains(m_admin.right(49)));
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), dialog);
    QVERIFY(m_window->findChildren<RevealKeyDialog *>().isEmpty()); // nothing revealed
    QVERIFY(createButton->isEnabled());
    // The window says so too.
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(!m_window->keyActions()->createAction()->isEnabled());

    // Back on the same port and database; the relay passes everything on now.
    QVERIFY(m_server->start(ServerProcess::arguments(m_database), port));
    // The kill came after the commit: the key is there, though the window never heard.
    const QJsonArray committed = keysNamed(m_server->base(), name);
    QCOMPARE(committed.size(), 1);
    QTest::mouseClick(createButton, Qt::LeftButton);
    auto *reveal = waitForModal<RevealKeyDialog>();
    QVERIFY(reveal);
    const QString token = KeyClicks::revealedKey(reveal);
    const std::optional<ParsedToken> parsed = KeyToken::parse(token);
    QVERIFY2(parsed, qPrintable(token));
    QVERIFY(KeyClicks::closeReveal(reveal));
    QTRY_VERIFY(!dialogAlive); // closed once the key was created
    QCOMPARE(m_relay->sprung(), 1);

    // The server holds exactly one key of that name: the one revealed, and its token works.
    const QJsonArray named = keysNamed(m_server->base(), name);
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().toObject().value(QStringLiteral("id")).toString(), parsed->kid);
    QCOMPARE(named.first(), committed.first()); // the retry was answered with that key
    HttpClient key(m_server->base());
    key.setBearer(token);
    QCOMPARE(key.get(QStringLiteral("/v1/authorize")).status, 200);

    // The window is back to normal and lists the key once.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->isVisible(), NoticeMs);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(parsed->kid) >= 0, NoticeMs);
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), before + 1, NoticeMs);
    QVERIFY(m_window->keyActions()->createAction()->isEnabled());

    m_window->close();
    QVERIFY(m_server->stop());
}

void TestRemoteFaults::stoppedServerShowsUnavailableThenRecovers()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(ServerProcess::arguments(m_database)));
    const quint16 port = m_server->port();
    const QString chosen = createElsewhere(m_server->base(), QStringLiteral("Before the stop 1"));
    QVERIFY(!chosen.isEmpty());
    QVERIFY(!createElsewhere(m_server->base(), QStringLiteral("Before the stop 2")).isEmpty());
    m_store = makeStore(m_server->base());
    const int before = settle(m_store->countKeys({}, {})).value().total;
    QVERIFY(before >= 2);
    QVERIFY(openWindow(before));
    QVERIFY(KeyClicks::clickRow(m_window.get(), chosen));
    KeyActions *actions = m_window->keyActions();
    QVERIFY(actions->createAction()->isEnabled());
    QVERIFY(actions->revokeAction()->isEnabled());
    const QStringList rows = shownIds();
    StoreBanner *banner = m_window->banner();
    QVERIFY(!banner->isVisible());
    auto *bannerText = banner->findChild<QLabel *>(QStringLiteral("storeBannerText"));
    auto *retry = banner->findChild<QPushButton *>(QStringLiteral("storeRetryButton"));
    QVERIFY(bannerText && retry);
    QSignalSpy reachability(m_window->session(), &Session::reachabilityChanged);

    // The server stops: the window notices by itself, keeps what it shows, and pauses
    // changes.
    QVERIFY(m_server->stop()); // SIGTERM, by pid
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), NoticeMs);
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(reachability.first().first().toBool(), false);
    QVERIFY2(bannerText->text().contains(QStringLiteral("cannot be reached")),
             qPrintable(bannerText->text()));
    QVERIFY(!bannerText->text().contains(m_admin.right(49)));
    QCOMPARE(shownIds(), rows);
    QVERIFY(!actions->createAction()->isEnabled());
    QVERIFY(!actions->revokeAction()->isEnabled());
    QVERIFY(!actions->editAction()->isEnabled());
    QVERIFY2(
        actions->createAction()->toolTip().contains(QStringLiteral("The store cannot be reached.")),
        qPrintable(actions->createAction()->toolTip()));
    QVERIFY(actions->revokeAction()->toolTip().contains(
        QStringLiteral("The store cannot be reached.")));

    // "Try again" while it is still stopped: the window stays responsive and unavailable.
    QVERIFY(retry->isEnabled());
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(clicked.elapsed() < 2000, "the click waited for the store");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), NoticeMs); // the attempt has finished
    QVERIFY(banner->isVisible());
    QVERIFY(bannerText->text().contains(QStringLiteral("cannot be reached")));
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(shownIds(), rows);
    QVERIFY(!actions->createAction()->isEnabled());

    // Back on the same port, where another administrator creates a key at once: the
    // window recovers without a click and shows it.
    QVERIFY(m_server->start(ServerProcess::arguments(m_database), port));
    const QString madeMeanwhile =
        createElsewhere(m_server->base(), QStringLiteral("Made while the window waited"));
    QVERIFY(!madeMeanwhile.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), NoticeMs);
    QTRY_COMPARE_WITH_TIMEOUT(reachability.count(), 2, NoticeMs);
    QCOMPARE(reachability.last().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfKey(madeMeanwhile) >= 0, NoticeMs);
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), before + 1, NoticeMs);
    QTRY_VERIFY_WITH_TIMEOUT(actions->createAction()->isEnabled(), NoticeMs);
    QVERIFY(m_window->apiKeysPage()->currentKey());
    QCOMPARE(m_window->apiKeysPage()->currentKey()->id, chosen); // the refresh kept it
    QTRY_VERIFY_WITH_TIMEOUT(actions->revokeAction()->isEnabled(), NoticeMs);
    QVERIFY(actions->editAction()->isEnabled());

    m_window->close();
    QVERIFY(m_server->stop());
}

void TestRemoteFaults::serverDownAtStartOpensWhenItIsBack()
{
    // A port where keyward-server ran: nothing listens there when the window opens.
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(ServerProcess::arguments(m_database)));
    const quint16 port = m_server->port();
    const QString base = m_server->base();
    const QString waiting = createElsewhere(base, QStringLiteral("Waiting for the window"));
    QVERIFY(!waiting.isEmpty());
    QVERIFY(m_server->stop());
    m_store = makeStore(base);
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::storeOpened);
    StoreBanner *banner = m_window->banner();
    auto *bannerText = banner->findChild<QLabel *>(QStringLiteral("storeBannerText"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), NoticeMs);
    QVERIFY2(bannerText->text().contains(QStringLiteral("could not be opened")) &&
                 bannerText->text().contains(QStringLiteral("tries again by itself")),
             qPrintable(bannerText->text()));
    QVERIFY(!m_window->keyActions()->createAction()->isEnabled());

    // The server comes back: the window opens the store without a click.
    QVERIFY(m_server->start(ServerProcess::arguments(m_database), port));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen(), 3 * NoticeMs);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), NoticeMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->apiKeysPage()->model()->rowOfKey(waiting) >= 0, NoticeMs);
    QTRY_VERIFY(m_window->keyActions()->createAction()->isEnabled());
    QVERIFY(opened.count() >= 2);
    QCOMPARE(opened.last().first().toBool(), true);
    m_window->close();
}

QTEST_MAIN(TestRemoteFaults)
#include "tst_remotefaults.moc"
