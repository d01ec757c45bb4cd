#pragma once

#include <QString>

//! Whether @p host names this computer: `localhost`, an IPv4 address in 127.0.0.0/8 or
//! `::1` (bracketed as in a URL, or not). What is sent to it never crosses a network,
//! so it is the one place a secret may travel without TLS.
bool isLoopbackHost(const QString &host);
