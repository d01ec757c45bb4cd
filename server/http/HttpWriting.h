#pragma once

// The bytes of an answer whose body is in memory, written in one piece: no socket needed,
// so tests and the fuzzer see exactly what the engine sends. Private to server/http/.
#include "http/HttpMessage.h"

#include <string>

namespace HttpWriting {

//! The status line, @p response's header fields in their order, `Connection` where it
//! differs from what @p version implies, `Content-Length` (not for 1xx and 204), the
//! blank line, then the body (none for a HEAD request, whose Content-Length stays the
//! body's). A body from a source has no length: `Transfer-Encoding: chunked` on HTTP/1.1,
//! nothing on HTTP/1.0 (the closed connection ends it); the engine sends it in chunk()s.
std::string serialize(const HttpResponse &response, unsigned version, bool keepAlive, bool head);

//! One piece of a chunked body: its size in hex, CRLF, the bytes, CRLF. An empty piece
//! is the last chunk ("0" CRLF CRLF), which ends the body.
std::string chunk(const QByteArray &piece);

} // namespace HttpWriting
