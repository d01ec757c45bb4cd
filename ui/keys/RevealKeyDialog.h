#pragma once

#include "domain/ApiKey.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class ClipboardGuard;
class QMessageBox;

namespace Ui {
class RevealKeyDialog;
}

//! Shows a freshly created or reset key exactly once: the full key, a Copy button
//! that clears the clipboard after a countdown, and a warning that it will not be
//! shown again. Closing without having copied the key or ticked "I have stored this
//! key" asks first (a window-modal QMessageBox, objectName "closeWithoutCopyingBox").
//! When the dialog closes, the key's characters are overwritten in the buffer it
//! shares with every QString copy of the IssuedKey's token (the callers' and the store
//! future's included: they read as NULs afterwards) and dropped from its widgets; a
//! copied key stays on the clipboard, in a copy of its own, until its countdown ends,
//! also after the dialog is gone.
class RevealKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealKeyDialog)

public:
    RevealKeyDialog(const IssuedKey &issued, int clipboardTimeoutSeconds,
                    QWidget *parent = nullptr);
    ~RevealKeyDialog() override;

    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copyKey();
    void showCountdown(int seconds);
    void showCleared();
    void showAbandoned();
    void updateDoneButton();
    bool mayCloseQuietly() const;
    void askBeforeClosing(int result);
    void wipe();
    void handOverClipboard();

    std::unique_ptr<Ui::RevealKeyDialog> m_ui;
    ClipboardGuard *m_clipboard;
    QPointer<QMessageBox> m_question;
    QString m_token;
    int m_clipboardTimeout;
    bool m_copied = false;
    bool m_closeConfirmed = false;
};
