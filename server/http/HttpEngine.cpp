#include "http/HttpEngine.h"

#include "http/HttpConnection.h"
#include "http/HttpEngineCore.h"

#include <boost/asio/ip/v6_only.hpp>

#include <QDebug>
#include <cerrno>
#include <cstring>
#include <future>

namespace {

//! How long accepting pauses when the process is out of file descriptors (or memory),
//! unless a connection closes sooner.
constexpr std::chrono::milliseconds FullPause{250};

bool outOfResources(const boost::system::error_code &error)
{
    const int code = error.value();
    return error.category() == boost::system::system_category() &&
           (code == EMFILE || code == ENFILE || code == ENOBUFS || code == ENOMEM);
}

} // namespace

QHostAddress qtAddress(const net::ip::address &address)
{
    if (address.is_v4())
        return QHostAddress(address.to_v4().to_uint());
    const net::ip::address_v6 v6 = address.to_v6();
    if (v6.is_v4_mapped())
        return QHostAddress(net::ip::make_address_v4(net::ip::v4_mapped, v6).to_uint());
    const auto bytes = v6.to_bytes();
    Q_IPV6ADDR qt;
    std::copy(bytes.begin(), bytes.end(), qt.c);
    return QHostAddress(qt);
}

HttpEngineCore::HttpEngineCore(HttpHandler &handler, const HttpLimits &limits, int ioThreads,
                               int workerThreads)
    : handler(handler)
    , limits(limits)
    , workers(std::in_place, std::size_t(std::max(1, workerThreads)))
{
    for (int i = 0; i < std::max(1, ioThreads); ++i)
        m_ios.push_back(std::make_unique<net::io_context>(1));
    m_retry = std::make_unique<net::steady_timer>(*m_ios.front());
    for (auto &io : m_ios) {
        m_work.push_back(net::make_work_guard(*io));
        m_threads.emplace_back([context = io.get()] { context->run(); });
    }
}

// NOLINTNEXTLINE(bugprone-exception-escape): stop() throws only if a mutex or a join fails
HttpEngineCore::~HttpEngineCore()
{
    stop();
}

std::shared_ptr<net::ssl::context> HttpEngineCore::tlsContext() const
{
    std::lock_guard lock(m_tlsMutex);
    return m_tls;
}

void HttpEngineCore::setTlsContext(std::shared_ptr<net::ssl::context> context)
{
    std::lock_guard lock(m_tlsMutex);
    m_tls = std::move(context);
}

bool HttpEngineCore::listen(const tcp::endpoint &endpoint, QString *error)
{
    boost::system::error_code code;
    auto acceptor = std::make_unique<tcp::acceptor>(*m_ios.front());
    acceptor->open(endpoint.protocol(), code);
    if (!code)
        acceptor->set_option(net::socket_base::reuse_address(true), code);
    if (!code && endpoint.address().is_v6())
        acceptor->set_option(net::ip::v6_only(false), code);
    if (!code)
        acceptor->bind(endpoint, code);
    if (!code)
        acceptor->listen(net::socket_base::max_listen_connections, code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    m_port = acceptor->local_endpoint().port();
    m_acceptor = std::move(acceptor);
    net::post(*m_ios.front(), [this] { accept(); });
    return true;
}

void HttpEngineCore::accept()
{
    if (stopping.load() || !m_acceptor)
        return;
    if (m_connections.load() >= limits.maxConnections) {
        m_paused = true; // resumed when a connection closes
        return;
    }
    net::io_context &io = *m_ios[m_nextIo++ % m_ios.size()];
    m_acceptor->async_accept(io,
                             [this](const boost::system::error_code &error, tcp::socket socket) {
                                 onAccepted(error, std::move(socket));
                             });
}

void HttpEngineCore::onAccepted(const boost::system::error_code &error, tcp::socket socket)
{
    if (error == net::error::operation_aborted || stopping.load())
        return;
    if (error) {
        // Out of descriptors: the pending connections stay in the backlog. Trying again
        // at once would spin; wait until a connection closes (or a moment has passed).
        if (outOfResources(error)) // a system error: its text is strerror's
            qWarning("keyward-server: cannot accept connections: %s", std::strerror(error.value()));
        pauseAccepting(FullPause);
        return;
    }
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    const tcp::endpoint peer = socket.remote_endpoint(ignored);
    ++m_connections;
    const net::any_io_executor executor = socket.get_executor();
    if (const std::shared_ptr<net::ssl::context> tls = tlsContext()) {
        using Tls = HttpConnection<beast::ssl_stream<beast::tcp_stream>>;
        auto connection = std::make_shared<Tls>(
            *this, beast::ssl_stream<beast::tcp_stream>(std::move(socket), *tls),
            qtAddress(peer.address()));
        net::post(executor, [connection, tls] { connection->start(); });
    } else {
        using Plain = HttpConnection<beast::tcp_stream>;
        auto connection = std::make_shared<Plain>(*this, beast::tcp_stream(std::move(socket)),
                                                  qtAddress(peer.address()));
        net::post(executor, [connection] { connection->start(); });
    }
    accept();
}

void HttpEngineCore::pauseAccepting(std::chrono::milliseconds upTo)
{
    m_paused = true;
    m_retry->expires_after(upTo);
    m_retry->async_wait([this](const boost::system::error_code &) { resumeAccepting(); });
}

void HttpEngineCore::resumeAccepting()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_retry->cancel();
    accept();
}

HttpEngineCore::Registration
HttpEngineCore::connectionOpened(std::weak_ptr<HttpConnectionBase> connection,
                                 net::any_io_executor executor)
{
    std::lock_guard lock(m_registryMutex);
    return m_registry.insert(m_registry.end(), {std::move(connection), std::move(executor)});
}

void HttpEngineCore::connectionClosed(std::optional<Registration> registration)
{
    {
        std::lock_guard lock(m_registryMutex);
        if (registration)
            m_registry.erase(*registration);
        --m_connections;
    }
    m_drained.notify_all();
    if (!m_ios.empty() && !stopping.load())
        net::post(*m_ios.front(), [this] { resumeAccepting(); });
}

void HttpEngineCore::stop()
{
    if (m_threads.empty())
        return;
    stopping = true;
    // The listening socket closes on its own thread, and before anything else: no new
    // connection is accepted from here on, however long the rest of the stop takes.
    std::promise<void> closed;
    net::post(*m_ios.front(), [this, &closed] {
        boost::system::error_code ignored;
        if (m_acceptor)
            m_acceptor->close(ignored);
        m_retry->cancel();
        closed.set_value();
    });
    closed.get_future().wait();
    {
        std::unique_lock lock(m_registryMutex);
        for (const Registered &registered : m_registry) {
            net::post(registered.executor, [weak = registered.connection] {
                if (const auto connection = weak.lock())
                    connection->closeWhenIdle();
            });
        }
        m_drained.wait_for(lock, limits.drainTimeout, [this] { return m_connections.load() <= 0; });
    }
    // What is left (a request still being answered past the bound) is dropped.
    for (auto &io : m_ios)
        io->stop();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
    // Everything that holds a socket or a timer goes before the io_contexts they belong to:
    // first the workers (the requests running finish; those not started are dropped, with
    // the connections they hold), then our own.
    workers.reset();
    m_acceptor.reset();
    m_retry.reset();
    m_work.clear();
    m_ios.clear(); // destroys the connections still held by their handlers
}

HttpEngine::HttpEngine(HttpHandler &handler, const HttpLimits &limits, int ioThreads,
                       int workerThreads)
    : m_core(std::make_unique<HttpEngineCore>(handler, limits, ioThreads, workerThreads))
{
}

HttpEngine::~HttpEngine() = default;

bool HttpEngine::setTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    auto context = std::make_shared<net::ssl::context>(net::ssl::context::tls_server);
    boost::system::error_code code;
    context->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                             net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                             net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use,
                         code);
    if (!code)
        context->use_certificate_chain_file(certificateFile.toStdString(), code);
    if (!code)
        context->use_private_key_file(keyFile.toStdString(), net::ssl::context::pem, code);
    if (code) {
        *error = tr("%1 must hold a PEM certificate and %2 its unencrypted PEM private key: %3")
                     .arg(certificateFile, keyFile, QString::fromStdString(code.message()));
        return false;
    }
    m_core->setTlsContext(std::move(context));
    return true;
}

quint16 HttpEngine::listen(const QHostAddress &address, quint16 port, QString *error)
{
    boost::system::error_code code;
    const net::ip::address ip = net::ip::make_address(address.toString().toStdString(), code);
    if (code) {
        *error = tr("%1 is not an address to listen on.").arg(address.toString());
        return 0;
    }
    QString reason;
    if (!m_core->listen(tcp::endpoint(ip, port), &reason)) {
        *error = tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(reason);
        return 0;
    }
    return m_core->port();
}

void HttpEngine::stop()
{
    m_core->stop();
}

int HttpEngine::openConnections() const
{
    return m_core->openConnections();
}
