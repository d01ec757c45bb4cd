#pragma once

#include "domain/Scope.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

//! Validation of what people type for keys, and the permission rules of docs/design.md.
class KeyRules final {
    Q_DECLARE_TR_FUNCTIONS(KeyRules)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxDescriptionLength = 500;

    //! Why @p name (before trimming) is not acceptable; nullopt when it is.
    static std::optional<QString> nameProblem(const QString &name);
    static std::optional<QString> descriptionProblem(const QString &description);

    //! (scopes ∪ roles' scopes) ∩ held: what a key can really do.
    static ScopeSet effectiveScopes(const QStringList &scopes, const QStringList &roles,
                                    const QHash<QString, ScopeSet> &roleScopes,
                                    const ScopeSet &held);

    //! The first scope of @p requested missing from @p held, in sorted order.
    static std::optional<QString> firstMissing(const ScopeSet &requested, const ScopeSet &held);
};
