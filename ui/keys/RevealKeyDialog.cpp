#include "keys/RevealKeyDialog.h"

#include "common/ClipboardGuard.h"
#include "ui_RevealKeyDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>

namespace {

//! Overwrites the characters of @p text where they are: in the one buffer that every
//! QString sharing it (implicit sharing) points to. QString::fill() would detach first
//! and zero a fresh copy, leaving the key in the shared buffer. Literals and raw data
//! are not ours to write, and hold no issued key.
void overwriteInPlace(QString &text)
{
    QString::DataPointer &data = text.data_ptr();
    if (!data.isMutable())
        return;
    volatile char16_t *characters = data.data(); // no detach, and no write left out
    for (qsizetype index = 0; index < text.size(); ++index)
        characters[index] = u'\0';
}

} // namespace

RevealKeyDialog::RevealKeyDialog(const IssuedKey &issued, int clipboardTimeoutSeconds,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevealKeyDialog>())
    , m_clipboard(new ClipboardGuard(this))
    , m_token(issued.token)
    , m_clipboardTimeout(clipboardTimeoutSeconds)
{
    m_ui->setupUi(this);
    // Two credentials: the key was reset and the old one lives on for a grace period.
    const bool reset = issued.key.credentials.size() > 1;
    const QString title = reset ? tr("Your reset API key") : tr("Your new API key");
    setWindowTitle(title); // never the key itself
    m_ui->titleLabel->setText(title);
    m_ui->nameLabel->setText(issued.key.name);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    m_ui->keyField->setFont(mono);
    // A plain-text label shares the key's buffer instead of keeping copies of its own
    // (a line edit lays out a detached copy that no wipe reaches). The key leaves only
    // through Copy (ClipboardGuard): no selection, which on X11 would fill the primary
    // selection, no context menu, no focus for Ctrl+C or drags.
    m_ui->keyField->setText(m_token);
    m_ui->keyField->setFocusPolicy(Qt::NoFocus);
    m_ui->keyField->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->keyField->installEventFilter(this);
    m_ui->keyField->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(m_token) + 40);
    m_ui->countdownLabel->clear();

    connect(m_ui->copyButton, &QPushButton::clicked, this, &RevealKeyDialog::copyKey);
    connect(m_ui->storedCheckBox, &QCheckBox::toggled, this, &RevealKeyDialog::updateDoneButton);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &RevealKeyDialog::accept);
    connect(m_clipboard, &ClipboardGuard::secondsLeftChanged, this,
            &RevealKeyDialog::showCountdown);
    connect(m_clipboard, &ClipboardGuard::cleared, this, &RevealKeyDialog::showCleared);
    connect(m_clipboard, &ClipboardGuard::abandoned, this, &RevealKeyDialog::showAbandoned);
    updateDoneButton();
    adjustSize(); // the wrapped warning decides the height
    m_ui->copyButton->setFocus();
}

RevealKeyDialog::~RevealKeyDialog()
{
    handOverClipboard();
    wipe();
}

void RevealKeyDialog::done(int result)
{
    if (!mayCloseQuietly() && !m_closeConfirmed) {
        askBeforeClosing(result);
        return;
    }
    if (m_question)
        m_question->close();
    handOverClipboard();
    wipe();
    QDialog::done(result);
}

void RevealKeyDialog::copyKey()
{
    if (m_token.isEmpty() || !m_clipboard)
        return;
    m_clipboard->copySecret(m_token, m_clipboardTimeout);
    m_copied = true;
    updateDoneButton();
}

void RevealKeyDialog::showCountdown(int seconds)
{
    if (seconds > 0)
        m_ui->countdownLabel->setText(
            tr("Copied. The clipboard clears in %n s.", "seconds left", seconds));
}

void RevealKeyDialog::showCleared()
{
    m_ui->countdownLabel->setText(tr("Clipboard cleared."));
}

void RevealKeyDialog::showAbandoned()
{
    m_ui->countdownLabel->setText(
        tr("You copied something else since, so the clipboard was left as it is."));
}

void RevealKeyDialog::updateDoneButton()
{
    m_ui->doneButton->setEnabled(mayCloseQuietly());
}

bool RevealKeyDialog::mayCloseQuietly() const
{
    return m_copied || m_ui->storedCheckBox->isChecked();
}

void RevealKeyDialog::askBeforeClosing(int result)
{
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close without copying?"),
                                tr("Close without copying the key?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeWithoutCopyingBox"));
    box->setInformativeText(
        tr("This key will not be shown again. If you have not stored it, you will have to "
           "reset it to get a new one."));
    QPushButton *close = box->addButton(tr("Close without copying"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeWithoutCopyingButton"));
    QPushButton *back = box->addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, close, result](QAbstractButton *button) {
        if (button != close)
            return;
        m_closeConfirmed = true;
        done(result);
    });
    m_question = box;
    box->open(); // window-modal, without a nested event loop
    back->setFocus();
}

void RevealKeyDialog::handOverClipboard()
{
    if (!m_clipboard || !m_clipboard->isActive())
        return;
    // People copy, close, then paste: the countdown outlives the dialog. The guard
    // holds only a digest of the key, and deletes itself once it cleared or gave up.
    ClipboardGuard *guard = std::exchange(m_clipboard, nullptr);
    disconnect(guard, nullptr, this, nullptr);
    guard->setParent(QCoreApplication::instance());
    connect(guard, &ClipboardGuard::cleared, guard, &QObject::deleteLater);
    connect(guard, &ClipboardGuard::abandoned, guard, &QObject::deleteLater);
}

bool RevealKeyDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->keyField) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::KeyPress:
        case QEvent::ShortcutOverride:
            return true; // nothing selects or copies the key but the Copy button
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RevealKeyDialog::wipe()
{
    // Best effort, but on the memory that held the key: the token came from the store's
    // answer and was shared, not copied, on its way here (the future's result, the
    // IssuedKey of the create or reset dialog and of KeyActions, this member, the label),
    // so overwriting its buffer in place wipes all of them. The clipboard holds a copy of
    // its own (ClipboardGuard), which must outlive the dialog.
    m_ui->keyField->clear();
    overwriteInPlace(m_token);
    m_token.clear();
    m_ui->copyButton->setEnabled(false);
}
