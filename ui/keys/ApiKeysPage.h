#pragma once

#include <QWidget>
#include <memory>

class ApiKeyTableModel;
class QSettings;
class Session;

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

    //! Lists the keys of @p session's store once it opens, as its acting member.
    explicit ApiKeysPage(Session *session, QWidget *parent = nullptr);
    ~ApiKeysPage() override;

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

    void sessionOpened();

    std::unique_ptr<Ui::ApiKeysPage> m_ui;
    Session *m_session;
    ApiKeyTableModel *m_model;
    QString m_storeLocation;
    bool m_columnsFitted = false; //!< sized to the first keys, or restored from settings
};
