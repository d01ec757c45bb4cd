#include "domain/KeyRules.h"

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

//! Characters that show nothing yet make two names differ (or one look like another):
//! format characters (zero-width space and joiners U+200B–U+200D, word joiner U+2060,
//! U+FEFF, soft hyphen, tag characters U+E0000–U+E007F, ...), line and paragraph
//! separators (U+2028, U+2029), the combining grapheme joiner and the Hangul fillers.
bool isInvisible(char32_t c)
{
    if (c >= 0xE0000 && c <= 0xE007F)
        return true;
    if (c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0)
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

//! Control and bidirectional-override characters spoof lists and logs; refuse them,
//! and a lone UTF-16 surrogate, which no encoding we store can carry (it would be
//! silently replaced). Returns the first one found.
std::optional<char32_t> forbiddenCharacter(const QString &text, bool allowNewlines,
                                           bool allowInvisible)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(c))
            return c;
        if (allowNewlines && (c == U'\n' || c == U'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c) || c == 0xFEFF ||
            (!allowInvisible && isInvisible(c)))
            return c;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> KeyRules::nameProblem(const QString &name)
{
    // Length first, so a 10 MB paste is refused without scanning it.
    if (name.size() > qsizetype{MaxNameLength} * 4)
        return tr("The name can be at most %n characters long.", nullptr, MaxNameLength);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the key.");
    if (trimmed.toUcs4().size() > MaxNameLength)
        return tr("The name can be at most %n characters long.", nullptr, MaxNameLength);
    if (const auto c = forbiddenCharacter(trimmed, false, false)) {
        return tr("The name cannot contain line breaks, control, invisible or text-direction "
                  "characters (it holds U+%1).")
            .arg(QString::number(uint(*c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return std::nullopt;
}

std::optional<QString> KeyRules::descriptionProblem(const QString &description)
{
    if (description.size() > qsizetype{MaxDescriptionLength} * 4 ||
        description.toUcs4().size() > MaxDescriptionLength) {
        return tr("The description can be at most %n characters long.", nullptr,
                  MaxDescriptionLength);
    }
    if (forbiddenCharacter(description, true, true))
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
