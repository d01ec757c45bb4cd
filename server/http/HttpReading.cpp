#include "http/HttpReading.h"

#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>

#include <iterator>

namespace http = boost::beast::http;

void HttpReading::prepare(Parser &parser, const HttpLimits &limits)
{
    parser.header_limit(static_cast<std::uint32_t>(limits.maxHeaderBytes));
    parser.body_limit(boost::none); // the route's limit, once the header is read
}

std::optional<HttpReading::Refusal> HttpReading::headerError(const Error &error,
                                                             const HttpLimits &limits)
{
    if (error == http::error::header_limit) {
        return Refusal{HttpStatus::RequestHeaderFieldsTooLarge,
                       tr("The request line and header fields are larger than %1 bytes.")
                           .arg(limits.maxHeaderBytes)};
    }
    // A client that went away or timed out gets no answer; broken HTTP gets a 400.
    if (error.category() != Error(http::error::header_limit).category() ||
        error == http::error::end_of_stream)
        return std::nullopt;
    return Refusal{HttpStatus::BadRequest, tr("This is not a valid HTTP/1.1 request.")};
}

HttpReading::Header HttpReading::header(const Parser &parser, const HttpHandler &handler)
{
    const auto target = parser.get().target();
    Header header;
    header.method = methodOf(parser.get().method());
    header.target = QByteArray(target.data(), qsizetype(target.size()));
    header.path = httpTargetPath(header.target);
    header.route = handler.route(header.method, header.path);
    return header;
}

std::optional<HttpReading::Refusal>
HttpReading::checkHeader(Parser &parser, const HttpLimits &limits, const Header &header)
{
    if (auto refusal = checkFieldCount(parser.get(), limits))
        return refusal;
    if (!header.target.startsWith('/'))
        return Refusal{HttpStatus::BadRequest, tr("The request target must be a path.")};
    if (parser.is_done())
        return std::nullopt;
    const qsizetype limit = header.route.maxBodyBytes;
    if (const auto length = parser.content_length(); length && *length > quint64(limit))
        return bodyTooLarge(header.route);
    parser.body_limit(std::uint64_t(limit));
    return std::nullopt;
}

std::optional<HttpReading::Refusal> HttpReading::checkFieldCount(const Message &message,
                                                                 const HttpLimits &limits)
{
    if (std::distance(message.begin(), message.end()) <= limits.maxHeaderFields)
        return std::nullopt;
    return Refusal{HttpStatus::RequestHeaderFieldsTooLarge,
                   tr("The request has more than %1 header fields.").arg(limits.maxHeaderFields)};
}

std::optional<HttpReading::Refusal> HttpReading::bodyError(const Error &error,
                                                           const HttpHandler::Route &route)
{
    if (error == http::error::body_limit)
        return bodyTooLarge(route);
    if (error == boost::beast::error::timeout)
        return Refusal{HttpStatus::RequestTimeout, tr("The body did not arrive in time.")};
    return std::nullopt;
}

HttpReading::Refusal HttpReading::bodyTooLarge(const HttpHandler::Route &route)
{
    return Refusal{HttpStatus::PayloadTooLarge,
                   tr("The body is larger than %1 bytes, the most this request takes.")
                       .arg(route.maxBodyBytes)};
}

HttpRequest HttpReading::request(const Message &message, const Header &header,
                                 const QHostAddress &peer)
{
    HttpHeaders headers;
    headers.reserve(qsizetype(std::distance(message.begin(), message.end())));
    for (const auto &field : message) {
        headers.append(
            {QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
             QByteArray(field.value().data(), qsizetype(field.value().size()))});
    }
    return HttpRequest(header.method, header.target, header.path, std::move(headers),
                       QByteArray(message.body().data(), qsizetype(message.body().size())), peer);
}

HttpMethod HttpReading::methodOf(http::verb verb)
{
    switch (verb) {
    case http::verb::get:
        return HttpMethod::Get;
    case http::verb::head:
        return HttpMethod::Head;
    case http::verb::post:
        return HttpMethod::Post;
    case http::verb::put:
        return HttpMethod::Put;
    case http::verb::patch:
        return HttpMethod::Patch;
    case http::verb::delete_:
        return HttpMethod::Delete;
    case http::verb::options:
        return HttpMethod::Options;
    default:
        return HttpMethod::Other;
    }
}
