#pragma once

#include "store/KeyStore.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class ApiKeysPage;
class KeyActions;
class QLabel;
class Session;

namespace Ui {
class MainWindow;
}

//! Keyward's window: Settings navigation on the left, the chosen page on the right,
//! and a status line with the store, its number of keys and those expiring soon.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! The settings pages, in navigation order.
    enum class Page { ApiKeys, Roles, Members, AuditLog, Preferences };
    Q_ENUM(Page)

    //! Opens @p store (asynchronously) and shows its keys. The store must outlive the window.
    explicit MainWindow(KeyStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    ApiKeysPage *apiKeysPage() const { return m_keysPage; }
    KeyActions *keyActions() const { return m_keyActions; }
    Session *session() const { return m_session; }
    //! What the store said about itself once it opened; nullopt before (or on failure).
    const std::optional<StoreInfo> &storeInfo() const { return m_info; }

Q_SIGNALS:
    //! The store opened (or failed to: then @p ok is false and the page says why).
    //! A store that answers at once makes this happen before the constructor returns.
    void storeOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &title, const QString &iconPath, QWidget *widget);
    void addSettingsPages();
    void setupMenus();
    void showAbout();
    void showMessage(const QString &message);
    void sessionOpened();
    void sessionFailed(const QString &message);
    void countsArrived(int total, int expiringSoon);
    void showError(const QString &message);
    //! A key action failed: the status bar is too easy to miss for that.
    void showActionError(const QString &message);
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    ApiKeysPage *m_keysPage;
    KeyActions *m_keyActions;
    QLabel *m_statusLabel;
    std::optional<StoreInfo> m_info;
};
