#include "keys/KeyActions.h"

#include "common/ConfirmationBox.h"
#include "common/Session.h"
#include "itemmodels/ApiKeyTableModel.h"
#include "keys/ApiKeysPage.h"
#include "keys/CreateKeyDialog.h"
#include "keys/EditKeyDialog.h"
#include "keys/ExportDialog.h"
#include "keys/ExportRunner.h"
#include "keys/ResetKeyDialog.h"
#include "keys/RevealKeyDialog.h"
#include "store/KeyStore.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QPointer>

namespace {

const QString WriteScope = QStringLiteral("api_keys:write");
const QString DeleteScope = QStringLiteral("api_keys:delete");

} // namespace

KeyActions::KeyActions(Session *session, ApiKeysPage *page, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_dialogParent(dialogParent)
    , m_create(
          makeAction(tr("&Create API key…"), QStringLiteral("createKeyAction"), QKeySequence::New))
    , m_edit(makeAction(tr("&Edit…"), QStringLiteral("editKeyAction"), Qt::Key_F2))
    , m_reset(makeAction(tr("&Reset…"), QStringLiteral("resetKeyAction"), {}))
    , m_revoke(makeAction(tr("Re&voke…"), QStringLiteral("revokeKeyAction"), Qt::Key_Delete))
    , m_delete(makeAction(tr("&Delete…"), QStringLiteral("deleteKeyAction"), {}))
    , m_copyId(makeAction(tr("Copy key &ID"), QStringLiteral("copyKeyIdAction"),
                          Qt::CTRL | Qt::SHIFT | Qt::Key_C))
    , m_export(makeAction(tr("&Export inventory…"), QStringLiteral("exportAction"),
                          Qt::CTRL | Qt::Key_E))
{
    for (int i = 0; i < 3; ++i) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        m_separators << separator;
    }
    connect(m_create, &QAction::triggered, this, &KeyActions::createKey);
    connect(m_edit, &QAction::triggered, this, &KeyActions::editKey);
    connect(m_reset, &QAction::triggered, this, &KeyActions::resetKey);
    connect(m_revoke, &QAction::triggered, this, &KeyActions::confirmRevoke);
    connect(m_delete, &QAction::triggered, this, &KeyActions::confirmDelete);
    connect(m_copyId, &QAction::triggered, this, &KeyActions::copyKeyId);
    connect(m_export, &QAction::triggered, this, &KeyActions::exportInventory);

    connect(m_page, &ApiKeysPage::currentKeyChanged, this, &KeyActions::updateState);
    connect(m_page, &ApiKeysPage::createRequested, m_create, &QAction::trigger);
    connect(m_page, &ApiKeysPage::keyMenuRequested, this, &KeyActions::showMenu);
    connect(m_page, &ApiKeysPage::editRequested, m_edit, &QAction::trigger);
    connect(m_session, &Session::opened, this, &KeyActions::updateState);
    connect(m_session, &Session::directoryChanged, this, &KeyActions::updateState);
    connect(m_session, &Session::actingMemberChanged, this, &KeyActions::updateState);
    connect(m_session, &Session::reachabilityChanged, this, &KeyActions::updateState);
    updateState();
}

KeyActions::~KeyActions() = default;

QAction *KeyActions::makeAction(const QString &text, const QString &objectName,
                                const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QList<QAction *> KeyActions::keyCommands() const
{
    return {m_edit, m_reset, m_revoke, m_delete, m_separators.at(0), m_copyId};
}

QList<QAction *> KeyActions::keyMenuActions() const
{
    return QList<QAction *>{m_create, m_separators.at(1)} << keyCommands() << m_separators.at(2);
}

void KeyActions::showMenu(const QPoint &globalPosition)
{
    auto *menu = new QMenu(m_dialogParent);
    menu->setObjectName(QStringLiteral("keyActionsMenu"));
    menu->setAccessibleName(tr("Key actions"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(keyCommands());
    menu->popup(globalPosition);
}

void KeyActions::setDisabledReason(QAction *action, const QString &tip, const QString &reason)
{
    action->setEnabled(reason.isEmpty());
    const QString text = reason.isEmpty() ? tip : tr("%1 — %2").arg(tip, reason);
    action->setToolTip(text);
    action->setStatusTip(text);
}

void KeyActions::updateState()
{
    m_key = m_page->currentKey();
    const bool open = m_session->isOpen();
    QString noKey = tr("Select a key first.");
    const QString noWrite = tr("Your role lacks the scope %1.").arg(WriteScope);
    const QString noDelete = tr("Your role lacks the scope %1.").arg(DeleteScope);
    const bool write = m_session->holds(WriteScope);
    const KeyStatus status = m_key ? m_key->statusAt(m_session->store()->now()) : KeyStatus::Active;
    const bool retired = status == KeyStatus::Revoked || status == KeyStatus::Expired;
    QString closed = !open                          ? tr("The store is not open.")
                     : !m_session->isReachable()    ? tr("The store cannot be reached.")
                     : m_session->roles().isEmpty() ? tr("Reading your permissions…")
                                                    : QString();
    const auto reason = [&](const QString &permission, bool allowed, bool retiredBlocks) {
        if (!closed.isEmpty())
            return closed;
        if (!m_key)
            return noKey;
        if (!allowed)
            return permission;
        if (retiredBlocks && retired)
            return tr("The key is revoked or expired.");
        return QString();
    };
    setDisabledReason(m_create, tr("Create a new API key"),
                      !closed.isEmpty() ? closed : (write ? QString() : noWrite));
    setDisabledReason(m_edit, tr("Change the name, description, roles and scopes"),
                      reason(noWrite, write, false));
    setDisabledReason(m_reset, tr("Issue a new secret for the key"), reason(noWrite, write, true));
    setDisabledReason(m_revoke, tr("Stop the key from working, for good"),
                      reason(noWrite, write, true));
    setDisabledReason(m_delete, tr("Remove the key from the list"),
                      reason(noDelete, m_session->holds(DeleteScope), false));
    // Copying an ID needs no store: it works on what is on the screen.
    setDisabledReason(m_copyId, tr("Copy the key's ID (not the secret)"),
                      m_key ? QString() : (open ? noKey : closed));
    setDisabledReason(m_export, tr("Save the key inventory as CSV or JSON"), closed);
    m_page->setCreateAllowed(m_create->isEnabled(), m_create->toolTip());
}

void KeyActions::createKey()
{
    auto *dialog = new CreateKeyDialog(m_session, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::keyCreated, this, &KeyActions::revealKey);
    dialog->open();
}

void KeyActions::revealKey(const IssuedKey &issued)
{
    auto *dialog = new RevealKeyDialog(issued, m_session->preferences()->clipboardTimeoutSeconds(),
                                       m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void KeyActions::editKey()
{
    if (!m_key)
        return;
    auto *dialog = new EditKeyDialog(m_session, m_key->id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditKeyDialog::keySaved, this,
            [this](const ApiKey &key) { Q_EMIT statusMessage(tr("Saved “%1”").arg(key.name)); });
    dialog->open();
}

void KeyActions::resetKey()
{
    if (!m_key)
        return;
    auto *dialog = new ResetKeyDialog(m_session, *m_key, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetKeyDialog::keyReset, this, &KeyActions::revealKey);
    dialog->open();
}

void KeyActions::confirmRevoke()
{
    if (!m_key || !m_revoke->isEnabled())
        return;
    const QString id = m_key->id;
    ConfirmationBox::open(
        m_dialogParent,
        {QStringLiteral("revokeKeyConfirmation"), tr("Revoke key?"),
         tr("Revoke “%1”?").arg(m_key->name),
         tr("Revoking is permanent and takes effect immediately: applications using this key "
            "stop working. Existing data is not affected."),
         tr("Revoke key")},
        [this, id] { revoke(id); });
}

void KeyActions::confirmDelete()
{
    if (!m_key || !m_delete->isEnabled())
        return;
    const QString id = m_key->id;
    const QString name = m_key->name;
    ConfirmationBox::open(m_dialogParent,
                          {QStringLiteral("deleteKeyConfirmation"), tr("Delete key?"),
                           tr("Delete “%1”?").arg(name),
                           tr("The key is removed from the list for good and stops working. "
                              "Its audit history stays."),
                           tr("Delete key")},
                          [this, id, name] { remove(id, name); });
}

void KeyActions::revoke(const QString &id)
{
    const QPointer<KeyActions> self(this);
    m_session->store()
        ->revokeKey(m_session->actor(), id)
        .then(m_session->store(), [self](const StoreResult<ApiKey> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                Q_EMIT self->errorOccurred(
                    tr("The key was not revoked: %1").arg(result.error().message()));
                return;
            }
            Q_EMIT self->statusMessage(tr("Revoked “%1”").arg(result.value().name));
        });
}

void KeyActions::remove(const QString &id, const QString &name)
{
    const QPointer<KeyActions> self(this);
    m_session->store()
        ->deleteKey(m_session->actor(), id)
        .then(m_session->store(), [self, name](const StoreResult<Done> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                Q_EMIT self->errorOccurred(
                    tr("The key was not deleted: %1").arg(result.error().message()));
                return;
            }
            Q_EMIT self->statusMessage(tr("Deleted “%1”").arg(name));
        });
}

void KeyActions::copyKeyId()
{
    if (!m_key)
        return;
    QGuiApplication::clipboard()->setText(m_key->id);
    Q_EMIT statusMessage(tr("Copied the key ID %1").arg(m_key->id));
}

void KeyActions::exportInventory()
{
    auto *dialog = new ExportDialog(m_page->model()->filter(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportRequested, this,
            [this](const KeyFilter &filter, ExportFormat format, const QString &path) {
                auto *runner = new ExportRunner(m_session, m_dialogParent);
                connect(runner, &ExportRunner::exported, this, &KeyActions::statusMessage);
                connect(runner, &ExportRunner::failed, this, &KeyActions::errorOccurred);
                runner->start(filter, format, path);
            });
    dialog->open();
}
