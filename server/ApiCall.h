#pragma once

#include "http/HttpMessage.h"

#include <QHostAddress>
#include <QString>

//! One request as the routes see it: the request, the client it came from (the
//! peer, or the address a trusted proxy names) and, once known, the key that made it.
struct ApiCall {
    const HttpRequest &request;
    QHostAddress client;
    QString pathArgument; //!< the `<arg>` of the route, e.g. a kid
    QString kid;          //!< set by the routes when the caller's key is known; for the log
};
