#pragma once

#include "domain/ApiKey.h"

#include <QWidget>
#include <memory>
#include <optional>

class ApiKeyTableModel;
class KeyDetailsPane;
class QSettings;
class QTimer;
class Session;

namespace Ui {
class ApiKeysPage;
}

//! Settings > API Keys: the inventory as a table filtered and sorted in the store,
//! with search and type/status filters, the selected key's details beside it, and a
//! friendly empty state when the store has no keys yet. The commands on keys live in
//! KeyActions; the page asks for them through its signals.
class ApiKeysPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPage)

public:
    //! What the page shows below its header.
    enum class View { Message, Table, Empty };
    Q_ENUM(View)

    //! How long typing in the search field waits before it queries the store.
    static constexpr int SearchDelayMs = 250;

    //! Lists the keys of @p session's store once it opens, as its acting member.
    explicit ApiKeysPage(Session *session, QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    //! Shows why no keys can be listed, e.g. the store did not open.
    void showProblem(const QString &message);
    View view() const;
    ApiKeyTableModel *model() const { return m_model; }
    KeyDetailsPane *detailsPane() const { return m_details; }
    //! The selected key as the table shows it now; nullopt when none is selected.
    std::optional<ApiKey> currentKey() const;
    //! Enables the "Create API key" buttons; @p toolTip says why they are disabled.
    void setCreateAllowed(bool allowed, const QString &toolTip);
    //! Puts the keyboard focus in the search field.
    void focusSearch();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    //! Whether the empty page offers to connect to a shared store.
    void setConnectOffered(bool offered);

Q_SIGNALS:
    //! The inventory's counts arrived: all keys, and those expiring within 30 days.
    void countsChanged(int total, int expiringSoon);
    //! A store request failed while keys were shown.
    void errorOccurred(const QString &message);
    //! The selected key changed, or its row was refreshed from the store.
    void currentKeyChanged();
    //! A "Create API key" button was clicked.
    void createRequested();
    //! The empty page's "Connect to a shared store" link was followed.
    void connectRequested();
    //! A row was double-clicked or activated with Enter.
    void editRequested();
    //! The selected key's actions should pop up at @p globalPosition.
    void keyMenuRequested(const QPoint &globalPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupTable();
    void setupFilters();
    void applyFilter();
    void fitColumnsOnce();
    void showColumnMenu(const QPoint &position);
    void showRowMenu(const QPoint &position);
    void showView(View view);
    void countsArrived(int total, int expiringSoon);
    void requestFailed(const QString &message);
    void keepSortableIndicator();
    void selectionMoved();
    void sessionOpened();

    std::unique_ptr<Ui::ApiKeysPage> m_ui;
    Session *m_session;
    ApiKeyTableModel *m_model;
    KeyDetailsPane *m_details;
    QTimer *m_searchTimer;
    bool m_columnsFitted = false; //!< sized to the first keys, or restored from settings
};
