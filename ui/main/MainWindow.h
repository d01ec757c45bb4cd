#pragma once

#include "main/SettingsPage.h"
#include "store/KeyStore.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class ApiKeysPage;
class KeyActions;
class QLabel;
class QListWidgetItem;
class QMenu;
class Session;
class StoreBanner;
class StorePages;
class StoreStatus;
class StoreSwitcher;

namespace Ui {
class MainWindow;
}

//! Keyward's window: Settings navigation on the left, the chosen page on the right,
//! a banner when the store cannot be reached, and a status line with the store, its
//! number of keys and those expiring soon. It shows one store at a time and can
//! switch to another without closing (setStore()).
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! The settings pages, in navigation order.
    using Page = Settings::Page;

    //! Opens @p store (asynchronously) and shows its keys; without a store, the window
    //! waits for setStore(). A store must outlive the window, or its replacement.
    explicit MainWindow(KeyStore *store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Shows @p store instead of the current one, named @p name in the title and the
    //! status bar (empty: the store's own name). Open dialogs of the old store close.
    //! The old store may be deleted once control is back in the event loop.
    void setStore(KeyStore *store, const QString &name = QString());
    //! Adds the Connections page and File > Switch store for @p switcher's connections,
    //! and shows the stores it opens.
    void setSwitcher(StoreSwitcher *switcher);
    //! Before the first store: says which one is being opened.
    void showConnecting(const QString &name);

    void showPage(Page page);
    Page currentPage() const;
    ApiKeysPage *apiKeysPage() const;
    KeyActions *keyActions() const;
    Session *session() const;
    StoreBanner *banner() const { return m_banner; }
    //! What the store said about itself once it opened; nullopt before (or on failure).
    const std::optional<StoreInfo> &storeInfo() const;
    //! The name the title and status bar give the store.
    QString storeName() const;

Q_SIGNALS:
    //! The store opened (or failed to: then @p ok is false and the banner says why).
    //! A store that answers at once makes this happen before setStore() returns.
    void storeOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addNavigationItem(Page page, const QString &title, const QString &iconPath);
    QListWidgetItem *navigationItem(Page page) const;
    void dropPages();
    void closeStoreDialogs();
    void buildMenus();
    //! The Key menu, shown with a store open.
    void showKeyMenu(bool shown);
    void fillSwitchMenu(QMenu *menu);
    void showAbout();
    void showMessage(const QString &message);
    void showError(const QString &message);
    //! A key action failed: the status bar is too easy to miss for that.
    void showActionError(const QString &message);
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    StorePages *m_pages = nullptr; //!< on the page stack, which owns it
    StoreSwitcher *m_switcher = nullptr;
    StoreBanner *m_banner;
    QLabel *m_waitingPage;
    QWidget *m_connectionsPage;
    QLabel *m_statusLabel;
    StoreStatus *m_status;
    // The menus, built once; the open store puts its commands in (StorePages).
    QMenu *m_fileMenu = nullptr;
    QMenu *m_keyMenu = nullptr;
    QAction *m_connectionsAction = nullptr;
    QMenu *m_switchMenu = nullptr;
    QAction *m_fileStoreAnchor = nullptr; //!< the store's File commands go before it
    QAction *m_findAction = nullptr;      //!< the store's Key commands go before it
};
