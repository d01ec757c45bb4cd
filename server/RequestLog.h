#pragma once

#include "ApiCall.h"
#include "http/HttpHandler.h"

#include <QByteArray>
#include <cstdio>

//! One line per request: UTC time, client, method, path, status, duration and the
//! caller's kid when known. Never a key: the query string is dropped and any path
//! segment that could hold a key is replaced by `[redacted]`; control characters stay
//! percent-encoded, so a request cannot forge a line.
class RequestLog final {
public:
    explicit RequestLog(std::FILE *stream = stderr);

    void write(const ApiCall &call, int status, qint64 elapsedMicroseconds);
    //! A request the engine refused before any route saw it (431, 413, 400, 408): "-"
    //! for what was not read, and the reason after the duration.
    void writeRefusal(const HttpHandler::Refused &request, int status, const QString &problem);
    void setEnabled(bool enabled) { m_enabled = enabled; }

    //! The path as it is logged.
    static QByteArray safePath(const QUrl &url);

private:
    std::FILE *m_stream;
    bool m_enabled = true;
};
