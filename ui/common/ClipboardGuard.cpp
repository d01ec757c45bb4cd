#include "common/ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace {

//! The clipboard modes this platform has: the clipboard, and the X11 selection.
QList<QClipboard::Mode> supportedModes(const QClipboard *clipboard)
{
    QList<QClipboard::Mode> modes{QClipboard::Clipboard};
    if (clipboard->supportsSelection())
        modes.append(QClipboard::Selection);
    return modes;
}

//! The clipboard, or null once the GUI application is gone (e.g. a late destructor).
QClipboard *applicationClipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance())
               ? QGuiApplication::clipboard()
               : nullptr;
}

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    if (!isActive())
        return;
    // No signals from a half-destroyed object: clear quietly.
    const QSignalBlocker blocker(this);
    finish();
}

QMimeData *ClipboardGuard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    // A buffer of its own: the caller may wipe the one it shares (the reveal dialog does
    // when it closes) while the clipboard is to hold the text until the countdown ends.
    mime->setText(QString(text.constData(), text.size()));
    // KDE Klipper and other managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS pasteboard: concealed, so history tools ignore it. Empty: one copy of the key.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    // Windows: keep it out of monitors, Win+V history and the cloud clipboard. The last
    // two are DWORDs, 0 meaning "no"; 4 zero bytes read the same in any byte order.
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray());
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero);
#ifdef Q_OS_WIN
    // Qt registers custom Windows clipboard formats under these names.
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "ExcludeClipboardContentFromMonitorProcessing\""),
                  QByteArray());
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "CanIncludeInClipboardHistory\""),
                  dwordZero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "CanUploadToCloudClipboard\""),
                  dwordZero);
#endif
    return mime;
}

void ClipboardGuard::copySecret(const QString &text, int timeoutSeconds)
{
    QClipboard *clipboard = applicationClipboard();
    if (!clipboard || text.isEmpty())
        return;
    forget();
    m_digest = digestOf(text);
    // The same payload in each mode; QClipboard owns (and later deletes) each copy.
    for (QClipboard::Mode mode : supportedModes(clipboard))
        clipboard->setMimeData(secretMimeData(text), mode);
    m_secondsLeft = qMax(1, timeoutSeconds);
    m_timer->start();
    Q_EMIT secondsLeftChanged(m_secondsLeft);
}

bool ClipboardGuard::isActive() const
{
    return !m_digest.isEmpty();
}

void ClipboardGuard::clearNow()
{
    if (isActive())
        finish();
}

void ClipboardGuard::tick()
{
    if (!isActive()) {
        m_timer->stop();
        return;
    }
    --m_secondsLeft;
    Q_EMIT secondsLeftChanged(m_secondsLeft);
    if (m_secondsLeft <= 0)
        finish();
}

void ClipboardGuard::finish()
{
    bool ours = false;
    bool othersSince = false;
    if (QClipboard *clipboard = applicationClipboard()) {
        for (QClipboard::Mode mode : supportedModes(clipboard)) {
            if (holdsOurs(mode)) {
                clipboard->clear(mode);
                ours = true;
            } else {
                othersSince = true;
            }
        }
    }
    forget();
    // Cleared wherever it was still ours; abandoned when it was nowhere ours any more.
    if (ours || !othersSince)
        Q_EMIT cleared();
    else
        Q_EMIT abandoned();
}

bool ClipboardGuard::holdsOurs(QClipboard::Mode mode) const
{
    const QString text = QGuiApplication::clipboard()->text(mode);
    return !text.isEmpty() && digestOf(text) == m_digest;
}

void ClipboardGuard::forget()
{
    m_timer->stop();
    m_secondsLeft = 0;
    m_digest.clear();
}
