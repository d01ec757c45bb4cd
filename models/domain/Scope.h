#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

//! What a scope lets a key do with a resource.
enum class ScopeAction { Read, Write, Delete };

inline constexpr ScopeAction AllScopeActions[] = {ScopeAction::Read, ScopeAction::Write,
                                                  ScopeAction::Delete};

QString scopeActionName(ScopeAction action);
QString makeScope(const QString &resource, ScopeAction action);
//! True when @p scope is written as a catalog's scopes are: `resource:action`, the
//! resource a lowercase letter then up to 63 of `[a-z0-9_]`, the action read, write or
//! delete. Anything else (control characters, quotes, spaces) is no scope.
bool isScopeSyntax(QStringView scope);

//! A resource of the company's API and the actions it supports.
struct ScopeResource {
    QString name;        //!< machine name, e.g. "signature_requests"
    QString description; //!< one line for people
    bool readOnly = false;

    bool supports(ScopeAction action) const { return !readOnly || action == ScopeAction::Read; }
};

//! The resources of a workspace and so the scopes ("resource:action") that exist.
class ScopeCatalog final {
    Q_DECLARE_TR_FUNCTIONS(ScopeCatalog)

public:
    ScopeCatalog() = default;
    explicit ScopeCatalog(QList<ScopeResource> resources);

    //! The catalog a new store starts with, modelled on e-signing/document APIs.
    static ScopeCatalog defaults();

    const QList<ScopeResource> &resources() const { return m_resources; }
    bool contains(const QString &scope) const;
    QStringList allScopes() const;
    const ScopeResource *resource(const QString &name) const;

private:
    QList<ScopeResource> m_resources;
};

using ScopeSet = QSet<QString>;

//! The scopes Keyward itself checks to let a member or key manage the team.
namespace TeamScopes {
inline const QString Read = QStringLiteral("teammates:read");   //!< see the members
inline const QString Write = QStringLiteral("teammates:write"); //!< invite, edit, remove, roles
} // namespace TeamScopes

//! Sorted list of a scope set, for stable output.
QStringList sortedScopes(const ScopeSet &scopes);
