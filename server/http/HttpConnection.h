#pragma once

// One client connection of the engine, over plain TCP or TLS. Private to server/http/.
#include "http/HttpEngineCore.h"
#include "http/HttpHandler.h"
#include "http/HttpReading.h"
#include "http/HttpWriting.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <optional>

namespace beast = boost::beast;
namespace http = beast::http;

//! Reads requests one at a time, each within the engine's limits, hands them to the
//! handler on the lane their route asks for, and writes the answers in order. A
//! request that breaks a limit gets its refusal and the connection closes, so no
//! byte of it is ever read as another request.
template <typename Stream>
class HttpConnection final : public HttpConnectionBase,
                             public std::enable_shared_from_this<HttpConnection<Stream>> {
public:
    static constexpr bool IsTls = !std::is_same_v<Stream, beast::tcp_stream>;

    HttpConnection(HttpEngineCore &core, Stream stream, const QHostAddress &peer)
        : m_core(core)
        , m_stream(std::move(stream))
        , m_peer(peer)
        , m_buffer(std::max<std::size_t>(std::size_t{64} * 1024,
                                         std::size_t(core.limits.maxHeaderBytes) + 4096))
    {
    }

    // Only a failing mutex or allocation throws here, and terminating then is the intent.
    // NOLINTNEXTLINE(bugprone-exception-escape)
    ~HttpConnection() override { m_core.connectionClosed(m_registered); }

    void start()
    {
        m_registered = m_core.connectionOpened(this->weak_from_this(), m_stream.get_executor());
        if constexpr (IsTls) {
            lowest().expires_after(m_core.limits.headerTimeout);
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code error) {
                                         if (error)
                                             return self->close();
                                         self->waitForRequest();
                                     });
        } else {
            waitForRequest();
        }
    }

    void closeWhenIdle() override
    {
        if (m_idle)
            lowest().cancel();
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    //! Waits for the first byte of the next request: the header timeout for a new
    //! connection, the idle timeout between requests on a kept-alive one.
    void waitForRequest()
    {
        if (m_core.stopping.load())
            return close();
        if (m_buffer.size() > 0)
            return readHeader(); // the next request came with the last one
        m_idle = true;
        lowest().expires_after(m_served == 0 ? m_core.limits.headerTimeout
                                             : m_core.limits.idleTimeout);
        m_stream.async_read_some(
            m_buffer.prepare(4096),
            [self = this->shared_from_this()](beast::error_code error, std::size_t bytes) {
                self->m_idle = false;
                if (error || self->m_core.stopping.load())
                    return self->close();
                self->m_buffer.commit(bytes);
                self->readHeader();
            });
    }

    void readHeader()
    {
        m_header.reset();
        m_parser.emplace();
        HttpReading::prepare(*m_parser, m_core.limits);
        lowest().expires_after(m_core.limits.headerTimeout);
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                self->onHeader(error);
            });
    }

    void onHeader(beast::error_code error)
    {
        if (error) {
            if (const auto refusal = HttpReading::headerError(error, m_core.limits))
                return refuse(*refusal);
            return close();
        }
        m_header = HttpReading::header(*m_parser, m_core.handler);
        if (const auto refusal = HttpReading::checkHeader(*m_parser, m_core.limits, *m_header))
            return refuse(*refusal);
        if (m_parser->is_done())
            return dispatch();
        if (beast::iequals(m_parser->get()[http::field::expect], "100-continue"))
            return sendContinue();
        readBody();
    }

    void sendContinue()
    {
        m_interim.emplace(http::status::continue_, m_parser->get().version());
        lowest().expires_after(m_core.limits.writeTimeout);
        http::async_write(m_stream, *m_interim,
                          [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                              if (error)
                                  return self->close();
                              self->readBody();
                          });
    }

    void readBody()
    {
        lowest().expires_after(m_core.limits.bodyTimeout);
        http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                if (!error) {
                    if (const auto refusal = HttpReading::checkFieldCount(self->m_parser->get(),
                                                                          self->m_core.limits))
                        return self->refuse(*refusal);
                    return self->dispatch();
                }
                if (const auto refusal = HttpReading::bodyError(error, self->m_header->route))
                    return self->refuse(*refusal);
                self->close();
            });
    }

    void dispatch()
    {
        lowest().expires_never(); // the route may take its time; the client waits
        const HttpReading::Message &message = m_parser->get();
        m_version = message.version();
        m_keepAlive = message.keep_alive();
        HttpRequest request = HttpReading::request(message, *m_header, m_peer);
        m_parser.reset(); // the request holds its own copy of the body
        if (m_header->route.lane == HttpHandler::Lane::Inline)
            return respond(m_core.handler.handle(request, m_header->route), false);
        net::post(*m_core.workers, [self = this->shared_from_this(),
                                    request = std::move(request)]() mutable {
            HttpResponse response = self->m_core.handler.handle(request, self->m_header->route);
            net::post(self->m_stream.get_executor(),
                      [self, response = std::move(response)]() mutable {
                          self->respond(std::move(response), false);
                      });
        });
    }

    //! Answers a request that broke a limit or was not HTTP, then closes.
    void refuse(const HttpReading::Refusal &refusal)
    {
        if (m_parser)
            m_version = m_parser->get().version() ? m_parser->get().version() : 11;
        HttpHandler::Refused about{m_peer, std::nullopt, {}};
        if (m_header) {
            about.method = m_header->method;
            about.target = m_header->target;
        }
        respond(m_core.handler.refusal(refusal.status, refusal.problem, about), true);
    }

    void respond(const HttpResponse &response, bool thenClose)
    {
        const bool keepAlive = !thenClose && m_keepAlive && !m_core.stopping.load();
        const unsigned version = m_version ? m_version : 11;
        ++m_served;
        if (response.bodySource() && !isHead()) {
            // HTTP/1.0 has no chunks: the body ends where the connection does.
            const bool chunked = version != 10;
            const bool kept = keepAlive && chunked;
            auto head = std::make_shared<const std::string>(
                HttpWriting::serialize(response, version, kept, false));
            std::shared_ptr<HttpBodySource> source = response.bodySource();
            lowest().expires_after(m_core.limits.writeTimeout);
            net::async_write(m_stream, net::buffer(*head),
                             [self = this->shared_from_this(), head, source = std::move(source),
                              chunked, kept](beast::error_code error, std::size_t) mutable {
                                 if (error)
                                     return self->close();
                                 self->pull(std::move(source), chunked, kept);
                             });
            return;
        }
        auto bytes = std::make_shared<const std::string>(
            HttpWriting::serialize(response, version, keepAlive, isHead()));
        send(std::move(bytes), keepAlive, thenClose);
    }

    //! Writes an answer's bytes (HttpWriting) in one piece.
    void send(const std::shared_ptr<const std::string> &bytes, bool keepAlive, bool thenClose)
    {
        lowest().expires_after(m_core.limits.writeTimeout);
        net::async_write(m_stream, net::buffer(*bytes),
                         [self = this->shared_from_this(), bytes, keepAlive,
                          thenClose](beast::error_code error, std::size_t) {
                             self->written(error, keepAlive, thenClose);
                         });
    }

    //! Asks @p source for the next piece of a body on a worker thread (it may wait for the
    //! store), then writes it here.
    void pull(std::shared_ptr<HttpBodySource> source, bool chunked, bool keepAlive)
    {
        net::post(*m_core.workers, [self = this->shared_from_this(), source = std::move(source),
                                    chunked, keepAlive]() mutable {
            std::optional<QByteArray> piece = source->next();
            net::post(self->m_stream.get_executor(),
                      [self, source = std::move(source), piece = std::move(piece), chunked,
                       keepAlive]() mutable {
                          self->sendPiece(std::move(source), std::move(piece), chunked, keepAlive);
                      });
        });
    }

    //! Writes one piece of a body from a source, and asks for the next only once it is
    //! written: the write timeout is for a piece, so a large export to a slow but steady
    //! client is not cut off, while a stalled one is. A source that fails closes the
    //! connection with the body unfinished.
    void sendPiece(std::shared_ptr<HttpBodySource> source, std::optional<QByteArray> piece,
                   bool chunked, bool keepAlive)
    {
        if (!piece)
            return close();
        const bool last = piece->isEmpty();
        if (last && !chunked)
            return close();
        auto bytes = std::make_shared<const std::string>(
            chunked ? HttpWriting::chunk(*piece)
                    : std::string(piece->constData(), std::size_t(piece->size())));
        piece.reset();
        lowest().expires_after(m_core.limits.writeTimeout);
        net::async_write(m_stream, net::buffer(*bytes),
                         [self = this->shared_from_this(), bytes, source = std::move(source), last,
                          chunked, keepAlive](beast::error_code error, std::size_t) mutable {
                             if (error || last)
                                 return self->written(error, keepAlive, false);
                             self->pull(std::move(source), chunked, keepAlive);
                         });
    }

    void written(beast::error_code error, bool keepAlive, bool thenClose)
    {
        if (error)
            return close();
        if (thenClose)
            return lingerAndClose();
        if (!keepAlive)
            return close();
        m_keepAlive = false;
        waitForRequest();
    }

    //! After a refusal the client may still be sending (a body it announced): stop
    //! writing, read and drop a bounded amount for a moment, so that the refusal is not
    //! lost to a reset, then close.
    void lingerAndClose()
    {
        beast::error_code ignored;
        if constexpr (!IsTls)
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_lingered = 0;
        lowest().expires_after(LingerTime);
        drainSome();
    }

    void drainSome()
    {
        m_buffer.clear();
        m_stream.async_read_some(
            m_buffer.prepare(std::size_t{64} * 1024),
            [self = this->shared_from_this()](beast::error_code error, std::size_t bytes) {
                self->m_lingered += bytes;
                if (error || self->m_lingered > MaxLingerBytes)
                    return self->close();
                self->drainSome();
            });
    }

    void close()
    {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    bool isHead() const { return m_header && m_header->method == HttpMethod::Head; }

    // Like nginx's lingering close: long enough for a client that sends its whole body
    // before it reads (Qt's QNetworkAccessManager does) to see the refusal.
    static constexpr std::size_t MaxLingerBytes = std::size_t{64} * 1024 * 1024;
    static constexpr std::chrono::seconds LingerTime{5};

    HttpEngineCore &m_core;
    Stream m_stream;
    const QHostAddress m_peer;
    std::optional<HttpEngineCore::Registration> m_registered;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::optional<http::response<http::empty_body>> m_interim;
    std::optional<HttpReading::Header> m_header; //!< once the header fields are read
    unsigned m_version = 11;
    bool m_keepAlive = false;
    bool m_idle = false;
    quint64 m_served = 0;
    std::size_t m_lingered = 0;
};
