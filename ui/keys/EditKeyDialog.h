#pragma once

#include "domain/ApiKey.h"
#include "store/StoreError.h"

#include <QDialog>
#include <memory>

class QPushButton;
class Session;

namespace Ui {
class EditKeyDialog;
}

//! Changes a key's name, description, roles and scopes (never its type). It reads the
//! key from the store first and saves against the version it read: when someone else
//! changed the key meanwhile it says so and offers Reload, which shows their values.
class EditKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditKeyDialog)

public:
    EditKeyDialog(Session *session, const QString &keyId, QWidget *parent = nullptr);
    ~EditKeyDialog() override;

    //! Reads the key again; the fields show the store's values.
    void reload();
    bool isBusy() const { return m_busy; }
    //! Whether the key was read at least once (its fields are shown).
    bool isLoaded() const { return m_loaded; }
    //! The version the next save expects.
    int loadedVersion() const { return m_key.version; }
    QPushButton *saveButton() const { return m_saveButton; }

    void accept() override;

Q_SIGNALS:
    void keyLoaded();
    void keySaved(const ApiKey &key);
    //! The store refused the save; a conflict shows Reload, other errors the message.
    void saveFailed(StoreError::Code code, const QString &message);

private:
    void keyArrived(const StoreResult<ApiKey> &result);
    void saveAnswered(const StoreResult<ApiKey> &result);
    void showKey(const ApiKey &key);
    void showError(const QString &message);
    void setBusy(bool busy, const QString &what = {});
    void updateSaveButton();

    std::unique_ptr<Ui::EditKeyDialog> m_ui;
    Session *m_session;
    QString m_keyId;
    ApiKey m_key;
    bool m_loaded = false;
    bool m_busy = false;
    QPushButton *m_saveButton;
};
