#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDir>
#include <QString>
#include <csignal>
#include <sys/types.h>

//! A keychain that answers late: pauses the headless gnome-keyring that
//! tests/keychain/with-keyring.sh started in its private D-Bus session (SIGSTOP, by the
//! pid the bus names for org.freedesktop.secrets), so keychain calls wait as they do for
//! a locked keyring's prompt; resume() (or the destructor) lets it answer them all.
class KeyringPause final {
public:
    KeyringPause() = default;
    ~KeyringPause() { resume(); }
    KeyringPause(const KeyringPause &) = delete;
    KeyringPause &operator=(const KeyringPause &) = delete;

    //! False with @p why when there is no keyring of the test's own to pause. Call it
    //! after a keychain call succeeded: the daemon takes its name on the bus lazily.
    bool pause(QString *why)
    {
        // Only the keyring of with-keyring.sh's private session, never the user's.
        if (!QDir::homePath().startsWith(QDir::tempPath()) ||
            !qEnvironmentVariable("XDG_RUNTIME_DIR").startsWith(QDir::tempPath())) {
            *why = QStringLiteral("run through tests/keychain/with-keyring.sh");
            return false;
        }
        const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        if (!pid.isValid() || pid.value() == 0) {
            *why = QStringLiteral("no keyring on the session bus: ") + pid.error().message();
            return false;
        }
        m_pid = pid_t(pid.value());
        if (::kill(m_pid, SIGSTOP) != 0) {
            *why = QStringLiteral("cannot pause the keyring");
            m_pid = 0;
            return false;
        }
        return true;
    }
    void resume()
    {
        if (m_pid != 0)
            ::kill(m_pid, SIGCONT);
        m_pid = 0;
    }

private:
    pid_t m_pid = 0;
};
