#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QString>

class QMimeData;
class QTimer;

//! Puts a secret on the clipboard (and the X11 selection) with the hints that keep it
//! out of clipboard managers and history, counts down, and clears it again.
//!
//! After the timeout, on clearNow(), on QCoreApplication::aboutToQuit and on
//! destruction, the clipboard is cleared only if it still holds our text: when the
//! user copied something else since, it is left alone and abandoned() is emitted.
//! The guard keeps no copy of the secret, only its SHA-256 digest to recognise it.
class ClipboardGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    //! Copies @p text and clears it after @p timeoutSeconds (at least one second).
    //! Replaces any secret copied before.
    void copySecret(const QString &text, int timeoutSeconds);
    //! Seconds until the clipboard is cleared; 0 when nothing is pending.
    int secondsLeft() const { return m_secondsLeft; }
    //! A secret was copied and has been neither cleared nor abandoned yet.
    bool isActive() const;
    //! Clears at once (if the clipboard still holds our text) and stops the countdown.
    void clearNow();

    //! The clipboard payload for @p text: text/plain and every "do not keep" hint.
    static QMimeData *secretMimeData(const QString &text);

Q_SIGNALS:
    //! Once when copied, then every second down to 0.
    void secondsLeftChanged(int seconds);
    //! Our text was removed from the clipboard (and selection).
    void cleared();
    //! The user copied something else meanwhile: the clipboard was left alone.
    void abandoned();

private:
    void tick();
    //! Clears what still holds our text, then forgets it; emits cleared() or abandoned().
    void finish();
    //! Forgets the digest and stops the timer.
    void forget();
    bool holdsOurs(QClipboard::Mode mode) const;

    QTimer *m_timer;
    QByteArray m_digest; //!< SHA-256 of what we copied; empty when nothing is pending
    int m_secondsLeft = 0;
};
