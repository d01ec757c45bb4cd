#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

//! How to reach a keyward-server as a store.
struct HttpStoreOptions {
    QUrl server;   //!< e.g. https://keys.example.com:8420
    QString token; //!< the Keyward key the store acts with (from the keychain, never a file)
    //! SHA-256 of a certificate the administrator chose to trust for this connection
    //! although no authority vouches for it: then that certificate and only that one is
    //! accepted, whoever vouches for another. Empty: the system's authorities.
    QByteArray pinnedCertificateSha256;
    int timeoutMs = 15000;     //!< per request
    int readRetries = 2;       //!< retries of reads after a network failure, with backoff
    int pollIntervalMs = 2000; //!< how often to ask for other administrators' changes
};
