#pragma once

#include "PostgresServer.h"
#include "ServerProcess.h"
#include "store/KeyStore.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

//! The store a test runs against, chosen by the environment variable KEYWARD_TEST_STORE,
//! so that the same test code covers every kind of store:
//! - `local` (the default): a SQLite file in a temporary folder;
//! - `server`: a real keyward-server on 127.0.0.1 (on its own SQLite file), reached
//!   through HttpKeyStore with an admin key made by `keyward-server init`;
//! - `postgresql`: a real PostgreSQL cluster on 127.0.0.1, reached through SqlKeyStore.
//!
//! store() is for the code under test (e.g. the main window); other() is a second,
//! independent connection to the same data, acting as the same member: "another
//! administrator" whose changes the first store only learns of by polling, as in real
//! life. Servers are stopped by pid in stop() or the destructor.
class StoreUnderTest final {
public:
    enum class Kind { Local, Server, PostgreSql };

    //! KEYWARD_TEST_STORE's kind; `local` when unset. Anything else is a test error.
    static std::optional<Kind> kindFromEnvironment();
    static QString nameOf(Kind kind);
    //! Whether @p kind can run on this machine; otherwise @p why says what is missing.
    static bool available(Kind kind, QString *why);

    explicit StoreUnderTest(Kind kind);
    ~StoreUnderTest();
    StoreUnderTest(const StoreUnderTest &) = delete;
    StoreUnderTest &operator=(const StoreUnderTest &) = delete;

    //! Starts the servers the kind needs, then opens both stores. Call from the GUI
    //! thread (HttpKeyStore answers through its event loop). False with @p error when
    //! anything failed.
    bool start(QString *error);
    //! Closes both stores, then stops the servers (by pid). Also done by the destructor.
    //! False when keyward-server did not exit cleanly.
    bool stop();

    Kind kind() const { return m_kind; }
    QString name() const { return nameOf(m_kind); }
    //! The store for the code under test.
    KeyStore *store() const { return m_store.get(); }
    //! Another administrator's connection to the same data.
    KeyStore *other() const { return m_other.get(); }
    //! How often store() looks for changes made elsewhere, in milliseconds.
    int pollIntervalMs() const;

    //! For `server`: the server's address and the admin key both stores act with.
    QString serverBase() const { return m_server ? m_server->base() : QString(); }
    QString adminToken() const { return m_adminToken; }

private:
    std::unique_ptr<KeyStore> makeSqlStore() const;
    std::unique_ptr<KeyStore> makeHttpStore() const;
    bool startServer(QString *error);

    Kind m_kind;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    std::unique_ptr<ServerProcess> m_server;
    QString m_adminToken;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<KeyStore> m_other;
};
