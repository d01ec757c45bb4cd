#include "http/HttpWriting.h"

#include <ostream> // before Boost: its string_view streams

#include <boost/beast/http/status.hpp>

#include <charconv>

namespace {

void appendNumber(std::string &out, std::uint64_t value)
{
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    out.append(digits, std::size_t(end - digits));
}

void appendField(std::string &out, std::string_view name, std::string_view value)
{
    out.append(name).append(": ").append(value).append("\r\n");
}

} // namespace

std::string HttpWriting::serialize(const HttpResponse &response, unsigned version, bool keepAlive,
                                   bool head)
{
    const int code = static_cast<int>(response.statusCode());
    const QByteArray &body = response.data();
    const bool streamed = response.bodySource() != nullptr;
    std::string out;
    out.reserve(std::size_t(128 + body.size()) + std::size_t(response.headers().size()) * 48);
    out.append(version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
    appendNumber(out, std::uint64_t(code));
    out.push_back(' ');
    out.append(boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(code)));
    out.append("\r\n");
    for (const auto &[name, value] : response.headers()) {
        appendField(out, std::string_view(name.constData(), std::size_t(name.size())),
                    std::string_view(value.constData(), std::size_t(value.size())));
    }
    if (version == 10 && keepAlive)
        appendField(out, "Connection", "keep-alive");
    else if (version != 10 && !keepAlive)
        appendField(out, "Connection", "close");
    const bool bodiless = code < 200 || code == static_cast<int>(HttpStatus::NoContent);
    if (!bodiless && streamed) {
        if (version != 10)
            appendField(out, "Transfer-Encoding", "chunked");
    } else if (!bodiless) {
        out.append("Content-Length: ");
        appendNumber(out, std::uint64_t(body.size()));
        out.append("\r\n");
    }
    out.append("\r\n");
    if (!head && !bodiless)
        out.append(body.constData(), std::size_t(body.size()));
    return out;
}

std::string HttpWriting::chunk(const QByteArray &piece)
{
    char digits[24];
    const auto end =
        std::to_chars(std::begin(digits), std::end(digits), std::uint64_t(piece.size()), 16).ptr;
    std::string out;
    out.reserve(std::size_t(piece.size()) + 24);
    out.append(digits, std::size_t(end - digits)).append("\r\n");
    out.append(piece.constData(), std::size_t(piece.size())).append("\r\n");
    return out;
}
