#pragma once

#include "domain/ApiKey.h"

#include <QDialog>
#include <memory>

class QPushButton;
class Session;

namespace Ui {
class ResetKeyDialog;
}

//! Asks before a key's secret is replaced: how long the current secret keeps working
//! (immediately, 1 hour, 24 hours, 7 days), and for a live key the key's name typed
//! again. On success it closes and emits keyReset() with the new key (shown once).
class ResetKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetKeyDialog)

public:
    ResetKeyDialog(Session *session, const ApiKey &key, QWidget *parent = nullptr);
    ~ResetKeyDialog() override;

    QPushButton *resetButton() const { return m_resetButton; }

    void accept() override;
    //! Ignored while the store is resetting: closing then would lose the new key.
    void reject() override;

Q_SIGNALS:
    void keyReset(const IssuedKey &issued);

private:
    void updateButton();
    void setBusy(bool busy);

    std::unique_ptr<Ui::ResetKeyDialog> m_ui;
    Session *m_session;
    ApiKey m_key;
    QString m_idempotencyKey; //!< one per dialog: a retried reset makes one new secret
    QPushButton *m_resetButton;
    bool m_busy = false;
};
