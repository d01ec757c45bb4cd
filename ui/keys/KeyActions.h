#pragma once

#include "domain/ApiKey.h"

#include <QObject>
#include <optional>

class ApiKeysPage;
class QAction;
class QMenu;
class QWidget;
class Session;
struct IssuedKey;

//! The key lifecycle commands of the window — create, edit, reset, revoke, delete,
//! copy key ID, export — as QActions with shortcuts, enabled only where they apply
//! (a selected key in the right state, and the scopes the acting member holds).
//! Runs each flow without blocking: dialogs are opened, never exec()'d.
class KeyActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyActions)

public:
    //! Acts on @p page's selected key; dialogs are children of @p dialogParent.
    KeyActions(Session *session, ApiKeysPage *page, QWidget *dialogParent,
               QObject *parent = nullptr);
    ~KeyActions() override;

    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *resetAction() const { return m_reset; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *exportAction() const { return m_export; }

    //! The selected key's commands, Copy key ID set apart: the context menu.
    QList<QAction *> keyCommands() const;
    //! Create, then keyCommands(), each group set apart: the Key menu's part.
    QList<QAction *> keyMenuActions() const;
    //! Shows the selected key's actions as a popup menu at @p globalPosition.
    void showMenu(const QPoint &globalPosition);

Q_SIGNALS:
    //! Something finished that the status bar should say, e.g. "Key revoked".
    void statusMessage(const QString &message);
    //! A store request failed; @p message says why.
    void errorOccurred(const QString &message);

private:
    QAction *makeAction(const QString &text, const QString &objectName,
                        const QKeySequence &shortcut);
    void updateState();
    void setDisabledReason(QAction *action, const QString &tip, const QString &reason);
    void createKey();
    void editKey();
    void resetKey();
    void confirmRevoke();
    void confirmDelete();
    void copyKeyId();
    void exportInventory();
    void revealKey(const IssuedKey &issued);
    void revoke(const QString &id);
    void remove(const QString &id, const QString &name);

    Session *m_session;
    ApiKeysPage *m_page;
    QWidget *m_dialogParent;
    std::optional<ApiKey> m_key;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_reset;
    QAction *m_revoke;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_export;
    QList<QAction *> m_separators;
};
