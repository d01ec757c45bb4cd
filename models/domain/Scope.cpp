#include "domain/Scope.h"

#include <QCoreApplication>
#include <algorithm>

QString scopeActionName(ScopeAction action)
{
    switch (action) {
    case ScopeAction::Read:
        return QStringLiteral("read");
    case ScopeAction::Write:
        return QStringLiteral("write");
    case ScopeAction::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString makeScope(const QString &resource, ScopeAction action)
{
    return resource + QLatin1Char(':') + scopeActionName(action);
}

bool isScopeSyntax(QStringView scope)
{
    constexpr qsizetype MaxResource = 64;
    const qsizetype colon = scope.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > MaxResource)
        return false;
    const QStringView resource = scope.left(colon);
    const QStringView action = scope.mid(colon + 1);
    if (resource.front() < QLatin1Char('a') || resource.front() > QLatin1Char('z'))
        return false;
    const bool plain = std::all_of(resource.begin(), resource.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    });
    return plain &&
           std::any_of(std::cbegin(AllScopeActions), std::cend(AllScopeActions),
                       [&action](ScopeAction known) { return action == scopeActionName(known); });
}

ScopeCatalog::ScopeCatalog(QList<ScopeResource> resources)
    : m_resources(std::move(resources))
{
}

ScopeCatalog ScopeCatalog::defaults()
{
    return ScopeCatalog({
        {QStringLiteral("documents"), tr("Documents uploaded for signing"), false},
        {QStringLiteral("signature_requests"), tr("Requests for signatures"), false},
        {QStringLiteral("envelopes"), tr("Bundles of documents sent together"), false},
        {QStringLiteral("templates"), tr("Reusable document templates"), false},
        {QStringLiteral("folders"), tr("Folders that organise documents"), false},
        {QStringLiteral("teammates"), tr("People in the workspace"), false},
        {QStringLiteral("webhooks"), tr("Event notifications to other systems"), false},
        {QStringLiteral("assets"), tr("Logos, fonts and other brand assets"), false},
        {QStringLiteral("api_keys"), tr("API keys (write and delete: manage API keys)"), false},
        {QStringLiteral("audit_log"), tr("The workspace's audit trail"), true},
        {QStringLiteral("financial_documents"), tr("Invoices and receipts"), true},
    });
}

bool ScopeCatalog::contains(const QString &scope) const
{
    const qsizetype colon = scope.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const ScopeResource *found = resource(scope.left(colon));
    if (!found)
        return false;
    const QStringView action = QStringView(scope).mid(colon + 1);
    for (ScopeAction candidate : AllScopeActions) {
        if (action == scopeActionName(candidate))
            return found->supports(candidate);
    }
    return false;
}

QStringList ScopeCatalog::allScopes() const
{
    QStringList scopes;
    for (const ScopeResource &resource : m_resources) {
        for (ScopeAction action : AllScopeActions) {
            if (resource.supports(action))
                scopes.append(makeScope(resource.name, action));
        }
    }
    return scopes;
}

const ScopeResource *ScopeCatalog::resource(const QString &name) const
{
    const auto it = std::find_if(m_resources.cbegin(), m_resources.cend(),
                                 [&name](const ScopeResource &r) { return r.name == name; });
    return it == m_resources.cend() ? nullptr : &*it;
}

QStringList sortedScopes(const ScopeSet &scopes)
{
    QStringList list(scopes.cbegin(), scopes.cend());
    list.sort();
    return list;
}
