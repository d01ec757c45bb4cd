#pragma once

// The engine's insides, shared by HttpEngine.cpp and HttpConnection.h; nothing
// outside server/http/ includes this (it pulls in Boost.Asio and Beast).
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include "http/HttpLimits.h"

#include <QHostAddress>
#include <atomic>
#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

class HttpHandler;

namespace net = boost::asio;
using tcp = net::ip::tcp;

//! What every connection can be asked to do from outside its thread.
class HttpConnectionBase {
public:
    virtual ~HttpConnectionBase() = default;
    //! Closes the connection if it is waiting for a request; otherwise it closes after
    //! the answer it is working on. Call on the connection's executor.
    virtual void closeWhenIdle() = 0;
};

class HttpEngineCore final {
public:
    HttpEngineCore(HttpHandler &handler, const HttpLimits &limits, int ioThreads,
                   int workerThreads);
    ~HttpEngineCore(); // NOLINT(bugprone-exception-escape): see its definition

    HttpHandler &handler;
    const HttpLimits limits;
    //! Runs the handlers. Optional so that stop() can destroy it, with the requests it had
    //! not started and the connections they hold, before the io_contexts they live on.
    std::optional<net::thread_pool> workers;
    std::atomic<bool> stopping{false};

    std::shared_ptr<net::ssl::context> tlsContext() const;
    void setTlsContext(std::shared_ptr<net::ssl::context> context);

    bool listen(const tcp::endpoint &endpoint, QString *error);
    quint16 port() const { return m_port; }
    void stop();
    int openConnections() const { return m_connections.load(); }

    struct Registered {
        std::weak_ptr<HttpConnectionBase> connection;
        net::any_io_executor executor;
    };
    using Registration = std::list<Registered>::iterator;
    //! Every connection registers itself, so that stop() can close idle ones.
    Registration connectionOpened(std::weak_ptr<HttpConnectionBase> connection,
                                  net::any_io_executor executor);
    //! Called from a connection's destructor, on any thread.
    void connectionClosed(std::optional<Registration> registration);

private:
    void accept();
    void onAccepted(const boost::system::error_code &error, tcp::socket socket);
    void pauseAccepting(std::chrono::milliseconds upTo);
    void resumeAccepting();

    std::vector<std::unique_ptr<net::io_context>> m_ios;
    std::vector<net::executor_work_guard<net::io_context::executor_type>> m_work;
    std::vector<std::thread> m_threads;
    std::size_t m_nextIo = 0;
    std::unique_ptr<tcp::acceptor> m_acceptor;  //!< on m_ios[0]
    std::unique_ptr<net::steady_timer> m_retry; //!< on m_ios[0]: accepting again after EMFILE
    bool m_paused = false;                      //!< on m_ios[0]
    quint16 m_port = 0;

    mutable std::mutex m_tlsMutex;
    std::shared_ptr<net::ssl::context> m_tls;

    std::atomic<int> m_connections{0};
    std::mutex m_registryMutex;
    std::condition_variable m_drained;
    std::list<Registered> m_registry;
};

//! The peer of a socket, as Qt names it (an IPv4-mapped IPv6 address as IPv4).
QHostAddress qtAddress(const net::ip::address &address);
