#pragma once

// The steps of reading a request that need no socket: limits on the parser, what a
// reading error amounts to, the checks on the header fields, the request a route sees.
// Shared by HttpConnection and the request fuzzer (tests/fuzz/fuzz_httprequest.cpp), so
// the fuzzer reads requests exactly as the engine does. Private to server/http/.
#include "http/HttpHandler.h"
#include "http/HttpLimits.h"

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QCoreApplication>
#include <optional>

class HttpReading final {
    Q_DECLARE_TR_FUNCTIONS(HttpReading)

public:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using Message = boost::beast::http::request<boost::beast::http::string_body>;
    using Error = boost::beast::error_code;

    //! An answer the engine gives itself, after which the connection closes.
    struct Refusal {
        HttpStatus status;
        QString problem;
    };
    //! A request whose header fields passed: what it asks for and where it goes.
    struct Header {
        HttpMethod method = HttpMethod::Other;
        QByteArray target;
        QString path; //!< the target's path, read once (httpTargetPath())
        HttpHandler::Route route;
    };

    //! Sets @p parser's header limit; its body limit waits for the route (checkHeader()).
    static void prepare(Parser &parser, const HttpLimits &limits);
    //! What an error while reading the header fields amounts to: a refusal, or none when
    //! the client went away or timed out (the connection closes without an answer).
    static std::optional<Refusal> headerError(const Error &error, const HttpLimits &limits);
    //! What the header fields @p parser has read ask for, and the route for them.
    static Header header(const Parser &parser, const HttpHandler &handler);
    //! Checks the header fields (their number, the target) and the body announced: one
    //! longer than the route takes is refused before it is read. Otherwise the parser's
    //! body limit becomes the route's, which also bounds a chunked body.
    static std::optional<Refusal> checkHeader(Parser &parser, const HttpLimits &limits,
                                              const Header &header);
    //! Refuses more header fields than the limit: checked with the header, and again
    //! once a chunked body's trailer has added its own fields.
    static std::optional<Refusal> checkFieldCount(const Message &message, const HttpLimits &limits);
    //! What an error while reading the body amounts to (none: close without an answer).
    static std::optional<Refusal> bodyError(const Error &error, const HttpHandler::Route &route);
    //! The complete request, as the route sees it.
    static HttpRequest request(const Message &message, const Header &header,
                               const QHostAddress &peer);

private:
    static HttpMethod methodOf(boost::beast::http::verb verb);
    static Refusal bodyTooLarge(const HttpHandler::Route &route);
};
