#include "main/StorePages.h"

#include "audit/AuditLogPage.h"
#include "common/Session.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyActions.h"
#include "members/MembersPage.h"
#include "preferences/PreferencesPage.h"
#include "roles/RolesPage.h"

StorePages::StorePages(KeyStore *store, QWidget *window)
    : m_session(new Session(store, this))
    , m_keysPage(new ApiKeysPage(m_session))
    , m_keyActions(new KeyActions(m_session, m_keysPage, window))
    , m_rolesPage(new RolesPage(m_session))
    , m_membersPage(new MembersPage(m_session))
    , m_auditLogPage(new AuditLogPage(m_session))
    , m_preferencesPage(new PreferencesPage(m_session))
{
    m_keysPage->setObjectName(QStringLiteral("apiKeysPage"));
}

StorePages::~StorePages()
{
    delete m_keyActions; // a child of the window, for its dialogs
}

QList<QWidget *> StorePages::pages() const
{
    return {m_keysPage, m_rolesPage, m_membersPage, m_auditLogPage, m_preferencesPage};
}
