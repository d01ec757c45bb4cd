#include "FuzzCheck.h"
#include "http/HttpReading.h"

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>

#include <cstring>

namespace http = boost::beast::http;

namespace {

//! Two routes as the server has them: checks take a small body, /healthz none.
class Routes final : public HttpHandler {
public:
    static constexpr qsizetype VerifyBody = 256;

    Route route(HttpMethod method, const QString &path) const override
    {
        seenPath = path;
        if (method == HttpMethod::Post && path == QLatin1String("/v1/keys/verify"))
            return {0, VerifyBody, Lane::Inline, {}};
        if (method == HttpMethod::Get && path == QLatin1String("/healthz"))
            return {1, 0, Lane::Inline, {}};
        return {};
    }
    HttpResponse handle(const HttpRequest &, const Route &) override { return HttpResponse(); }
    HttpResponse refusal(HttpStatus status, const QString &, const Refused &) override
    {
        return HttpResponse(status);
    }

    mutable QString seenPath;
};

enum class Outcome { Request, Refused, NeedMore };

//! Feeds @p buffer to @p parser as the connection's reads would, until the part the
//! parser is in (@p header: the header fields, else the body) is complete.
Outcome feed(HttpReading::Parser &parser, boost::beast::flat_buffer &buffer, bool header,
             HttpReading::Error &error)
{
    while (header ? !parser.is_header_done() : !parser.is_done()) {
        if (buffer.size() == 0)
            return Outcome::NeedMore; // the client would send more, or time out
        const std::size_t used = parser.put(buffer.data(), error);
        buffer.consume(used);
        if (error == http::error::need_more)
            error = {};
        else if (error)
            return Outcome::Refused;
        if (used == 0)
            return Outcome::NeedMore; // what is left is not enough for the next step
    }
    return Outcome::Request;
}

} // namespace

//! The engine's reading of requests (HttpReading, on Beast's parser) over any bytes on
//! one connection, pipelined requests included: it never crashes; what a route sees
//! keeps every limit (header fields, body size for its route), its target is a path
//! behind our own authority (never another host), and it is routed by the same path it
//! carries; after a refusal nothing more is read, so one request never gets two answers.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    HttpLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderFields = 16;
    Routes routes;
    boost::beast::flat_buffer buffer;
    const auto room = buffer.prepare(size);
    std::memcpy(room.data(), data, size);
    buffer.commit(size);

    for (int served = 0; served < 32 && buffer.size() > 0; ++served) {
        HttpReading::Parser parser;
        HttpReading::prepare(parser, limits);
        HttpReading::Error error;
        const std::size_t before = buffer.size();
        if (feed(parser, buffer, true, error) != Outcome::Request) {
            if (error && error != http::error::need_more) {
                const auto refusal = HttpReading::headerError(error, limits);
                FUZZ_CHECK(!refusal || !refusal->problem.isEmpty(), QString());
                if (error == http::error::header_limit) // only a block past the limit
                    FUZZ_CHECK(before >= std::size_t(limits.maxHeaderBytes),
                               QString::number(before));
            }
            return 0; // refused, closed or waiting: nothing more is read
        }
        const HttpReading::Header header = HttpReading::header(parser, routes);
        if (const auto refusal = HttpReading::checkHeader(parser, limits, header)) {
            FUZZ_CHECK(!refusal->problem.isEmpty(), QString());
            return 0;
        }
        FUZZ_CHECK(header.target.startsWith('/'), QString::fromLatin1(header.target));
        const QUrl url = httpTargetUrl(header.target);
        FUZZ_CHECK(url.host() == QLatin1String("localhost") && url.port() == -1 &&
                       url.userInfo().isEmpty(),
                   QString::fromLatin1(header.target));
        // The path read without a QUrl (a plain target) is the one the URL parser reads.
        FUZZ_CHECK(url.path() == routes.seenPath, routes.seenPath);
        FUZZ_CHECK(header.path == routes.seenPath, header.path);

        if (!parser.is_done() && feed(parser, buffer, false, error) != Outcome::Request) {
            if (error && error != http::error::need_more) {
                const auto refusal = HttpReading::bodyError(error, header.route);
                FUZZ_CHECK(!refusal || !refusal->problem.isEmpty(), QString());
            }
            return 0;
        }
        const HttpReading::Message &message = parser.get();
        if (const auto refusal = HttpReading::checkFieldCount(message, limits)) {
            FUZZ_CHECK(!refusal->problem.isEmpty(), QString());
            return 0;
        }
        const HttpRequest request = HttpReading::request(message, header, QHostAddress());
        const int fields = int(std::distance(message.begin(), message.end()));
        FUZZ_CHECK(fields <= limits.maxHeaderFields, QString::number(fields));
        FUZZ_CHECK(request.headers().size() == fields, QString::number(fields));
        FUZZ_CHECK(request.body().size() <= header.route.maxBodyBytes,
                   QString::number(request.body().size()));
        FUZZ_CHECK(request.path() == routes.seenPath, request.path());
        FUZZ_CHECK(request.url().path() == routes.seenPath, request.url().path());
        if (!message.keep_alive())
            return 0;
    }
    return 0;
}
