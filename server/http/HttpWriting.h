#pragma once

// The bytes of an answer whose body is in memory, written in one piece: no socket needed,
// so tests and the fuzzer see exactly what the engine sends. Private to server/http/.
#include "http/HttpMessage.h"

#include <string>

namespace HttpWriting {

//! The status line, @p response's header fields in their order, `Connection` where it
//! differs from what @p version implies, `Content-Length` (not for 1xx and 204), the
//! blank line, then the body (none for a HEAD request, whose Content-Length stays the
//! body's). A body in a file counts for Content-Length only: the engine sends it itself.
std::string serialize(const HttpResponse &response, unsigned version, bool keepAlive, bool head);

} // namespace HttpWriting
