#pragma once

#include <QCoreApplication>

class SqlKeyStore;
struct ServerOptions;

//! `keyward-server init`: creates the store (or, with --workspace, another workspace in
//! it) and prints its first admin key once, alone on stdout.
class ServerInit final {
    Q_DECLARE_TR_FUNCTIONS(ServerInit)

public:
    static int run(SqlKeyStore &store, const ServerOptions &options);
};
