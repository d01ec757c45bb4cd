#pragma once

#include "main/SettingsPage.h"

#include <QStackedWidget>
#include <map>

class ApiKeysPage;
class KeyActions;
class KeyStore;
class QAction;
class QMenu;
class Session;

//! Everything of the window that belongs to one open store: its session, the pages that
//! show it (one stack, addressed by Settings::Page), the key commands and their places
//! in the window's menus. The window builds a new one when it switches stores and drops
//! the old one whole, so nothing of one store leaks into the next.
class StorePages final : public QStackedWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorePages)

public:
    using Page = Settings::Page;

    //! Pages for @p store; dialogs open over @p window.
    StorePages(KeyStore *store, QWidget *window);
    ~StorePages() override;

    Session *session() const { return m_session; }
    ApiKeysPage *keysPage() const { return m_keysPage; }
    KeyActions *keyActions() const { return m_keyActions; }

    //! Whether this store has @p page (every page but Connections).
    bool has(Page page) const { return m_pages.count(page) > 0; }
    //! Shows @p page, one of has().
    void showPage(Page page);

    //! Puts the store's commands into the window's menus, before @p fileAnchor in
    //! @p fileMenu (export) and before @p keyAnchor in @p keyMenu (the key commands).
    void addToMenus(QMenu *fileMenu, QAction *fileAnchor, QMenu *keyMenu, QAction *keyAnchor);
    //! Takes them out again, at once (the pages themselves may be deleted later).
    void removeFromMenus();

    //! @p page in a scroll area: a narrow window scrolls a wide page instead of refusing
    //! to shrink.
    static QWidget *scrolled(QWidget *page);

private:
    enum class Scrolls { Itself, InAnArea };
    void addPage(Page page, QWidget *widget, Scrolls scrolls);

    Session *m_session;
    ApiKeysPage *m_keysPage;
    KeyActions *m_keyActions;
    std::map<Page, QWidget *> m_pages;
};
