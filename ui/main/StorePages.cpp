#include "main/StorePages.h"

#include "audit/AuditLogPage.h"
#include "common/Session.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyActions.h"
#include "members/MembersPage.h"
#include "preferences/PreferencesPage.h"
#include "roles/RolesPage.h"

#include <QMenu>
#include <QScrollArea>

StorePages::StorePages(KeyStore *store, QWidget *window)
    : m_session(new Session(store, this))
    , m_keysPage(new ApiKeysPage(m_session))
    , m_keyActions(new KeyActions(m_session, m_keysPage, window, this))
{
    setObjectName(QStringLiteral("storePages"));
    m_keysPage->setObjectName(QStringLiteral("apiKeysPage"));
    addPage(Page::ApiKeys, m_keysPage, Scrolls::Itself); // the key table scrolls by itself
    addPage(Page::Roles, new RolesPage(m_session), Scrolls::InAnArea);
    addPage(Page::Members, new MembersPage(m_session), Scrolls::InAnArea);
    addPage(Page::AuditLog, new AuditLogPage(m_session), Scrolls::InAnArea);
    addPage(Page::Preferences, new PreferencesPage(m_session), Scrolls::InAnArea);
}

StorePages::~StorePages()
{
    // The commands and pages first: they use the session until they are gone.
    delete m_keyActions;
    for (const auto &[page, widget] : m_pages)
        delete widget;
}

void StorePages::addPage(Page page, QWidget *widget, Scrolls scrolls)
{
    QWidget *shown = scrolls == Scrolls::InAnArea ? scrolled(widget) : widget;
    addWidget(shown);
    m_pages.emplace(page, shown);
}

void StorePages::showPage(Page page)
{
    const auto found = m_pages.find(page);
    Q_ASSERT(found != m_pages.end());
    if (found != m_pages.end())
        setCurrentWidget(found->second);
}

void StorePages::addToMenus(QMenu *fileMenu, QAction *fileAnchor, QMenu *keyMenu,
                            QAction *keyAnchor)
{
    removeFromMenus();
    fileMenu->insertAction(fileAnchor, m_keyActions->exportAction());
    keyMenu->insertActions(keyAnchor, m_keyActions->keyMenuActions());
}

void StorePages::removeFromMenus()
{
    const QList<QAction *> actions = m_keyActions->keyMenuActions() << m_keyActions->exportAction();
    for (QAction *action : actions) {
        for (QObject *holder : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(holder))
                menu->removeAction(action);
        }
    }
}

QWidget *StorePages::scrolled(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}
