#include "domain/KeyRules.h"

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

//! Control and bidirectional-override characters spoof lists and logs; refuse them.
bool hasForbiddenCharacter(const QString &text, bool allowNewlines)
{
    for (char32_t c : text.toUcs4()) {
        if (allowNewlines && (c == U'\n' || c == U'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c) || c == 0xFEFF)
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> KeyRules::nameProblem(const QString &name)
{
    // Length first, so a 10 MB paste is refused without scanning it.
    if (name.size() > MaxNameLength * 4)
        return tr("The name can be at most %n characters long.", nullptr, MaxNameLength);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the key.");
    if (trimmed.toUcs4().size() > MaxNameLength)
        return tr("The name can be at most %n characters long.", nullptr, MaxNameLength);
    if (hasForbiddenCharacter(trimmed, false))
        return tr("The name cannot contain line breaks, control or text-direction characters.");
    return std::nullopt;
}

std::optional<QString> KeyRules::descriptionProblem(const QString &description)
{
    if (description.size() > MaxDescriptionLength * 4 ||
        description.toUcs4().size() > MaxDescriptionLength) {
        return tr("The description can be at most %n characters long.", nullptr,
                  MaxDescriptionLength);
    }
    if (hasForbiddenCharacter(description, true))
        return tr("The description cannot contain control or text-direction characters.");
    return std::nullopt;
}

ScopeSet KeyRules::effectiveScopes(const QStringList &scopes, const QStringList &roles,
                                   const QHash<QString, ScopeSet> &roleScopes, const ScopeSet &held)
{
    ScopeSet granted(scopes.cbegin(), scopes.cend());
    for (const QString &role : roles)
        granted.unite(roleScopes.value(role));
    return granted.intersect(held);
}

std::optional<QString> KeyRules::firstMissing(const ScopeSet &requested, const ScopeSet &held)
{
    for (const QString &scope : sortedScopes(requested)) {
        if (!held.contains(scope))
            return scope;
    }
    return std::nullopt;
}
