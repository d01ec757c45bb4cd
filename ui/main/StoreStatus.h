#pragma once

#include "store/KeyStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class ApiKeysPage;
class QLabel;
class Session;
class StoreBanner;

//! What the window says about its store: the title, the status line (the store's name,
//! its number of keys and those expiring soon) and the banner when the store cannot be
//! opened or reached, whose "Try again" it handles. A store that could not be opened is
//! tried again by itself, first after a few seconds, then at most once a minute.
class StoreStatus final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreStatus)

public:
    StoreStatus(StoreBanner *banner, QLabel *statusLabel, QObject *parent = nullptr);
    ~StoreStatus() override;

    //! Before a store: says which one is being opened.
    void showConnecting(const QString &name);
    //! Before a store: how far its schema update (a migration) has come.
    void showUpgrading(const QString &name, int done, int total);
    //! "Preparing “name” for this version of Keyward… 40%"
    static QString upgradeText(const QString &name, int done, int total);
    //! Follows @p session's store, named @p name (empty: the store's own name).
    void follow(Session *session, ApiKeysPage *keys, const QString &name);

    //! The name the title and status line give the store.
    QString storeName() const;
    //! What the store said about itself once it opened; nullopt before (or on failure).
    const std::optional<StoreInfo> &info() const { return m_info; }

Q_SIGNALS:
    //! The window's title: the store's name, or empty while it has none. Qt adds the
    //! application's display name itself ("This computer — Keyward").
    void titleChanged(const QString &title);
    //! The store opened, or failed to (then the banner says why).
    void storeOpened(bool ok);
    //! Something for the status bar's message area, e.g. that the store is back.
    void messageShown(const QString &message);

private:
    void sessionOpened();
    void sessionFailed(const QString &message);
    void reachabilityChanged(bool reachable);
    //! Says how far the store's schema update (a migration, as it opens) has come.
    void upgradeProgressed(int done, int total);
    void retry();
    void countsArrived(int total, int expiringSoon);
    void reopen();

    StoreBanner *m_banner;
    QLabel *m_statusLabel;
    QPointer<Session> m_session;
    QPointer<KeyStore> m_store;
    QPointer<ApiKeysPage> m_keys;
    QString m_name;
    std::optional<StoreInfo> m_info;
    //! A store that could not be opened is tried again, less and less often.
    QTimer m_reopen;
    int m_reopenDelayMs = 0;
};
