#pragma once

#include <QList>
#include <QObject>

class ApiKeysPage;
class KeyActions;
class KeyStore;
class QWidget;
class Session;

//! Everything of the window that belongs to one open store: its session, the pages
//! that show it and the key commands. The window builds a new set when it switches
//! stores and drops the old one whole, so nothing of one store leaks into the next.
class StorePages final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorePages)

public:
    //! Pages for @p store; dialogs open over @p window.
    StorePages(KeyStore *store, QWidget *window);
    //! The window removes the pages from its stack and deletes them (later) first.
    ~StorePages() override;

    Session *session() const { return m_session; }
    ApiKeysPage *keysPage() const { return m_keysPage; }
    KeyActions *keyActions() const { return m_keyActions; }
    //! The pages in the window's navigation order (without Connections).
    QList<QWidget *> pages() const;

private:
    Session *m_session;
    ApiKeysPage *m_keysPage;
    KeyActions *m_keyActions;
    QWidget *m_rolesPage;
    QWidget *m_membersPage;
    QWidget *m_auditLogPage;
    QWidget *m_preferencesPage;
};
