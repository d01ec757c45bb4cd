#pragma once

#include <QWidget>
#include <memory>

class ApiKeyTableModel;
class KeyStore;
class QSettings;
struct StoreInfo;

namespace Ui {
class ApiKeysPage;
}

//! Settings > API Keys: the inventory as a table sorted in the store, or a friendly
//! empty state when the store has no keys yet.
class ApiKeysPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPage)

public:
    //! What the page shows below its header.
    enum class View { Message, Table, Empty };
    Q_ENUM(View)

    explicit ApiKeysPage(KeyStore *store, QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    //! Lists the opened store's keys as its default actor.
    void setStore(const StoreInfo &info);
    //! Shows why no keys can be listed, e.g. the store did not open.
    void showProblem(const QString &message);
    View view() const;
    ApiKeyTableModel *model() const { return m_model; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    //! The inventory's counts arrived: all keys, and those expiring within 30 days.
    void countsChanged(int total, int expiringSoon);
    //! A store request failed while keys were shown.
    void errorOccurred(const QString &message);

private:
    void setupTable();
    void fitColumnsOnce();
    void showColumnMenu(const QPoint &position);
    void showView(View view);
    void countsArrived(int total, int expiringSoon);
    void requestFailed(const QString &message);
    void keepSortableIndicator();
    void showCreateHint();
    QString createCommand() const;

    std::unique_ptr<Ui::ApiKeysPage> m_ui;
    ApiKeyTableModel *m_model;
    QString m_storeLocation;
    bool m_columnsFitted = false; //!< sized to the first keys, or restored from settings
};
