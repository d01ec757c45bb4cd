#include "KeyCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "OptionValues.h"
#include "Output.h"
#include "exchange/KeyJson.h"
#include "keys/IdempotencySeal.h"

#include <QUuid>

namespace {

const QString NameOption = QStringLiteral("name");
const QString DescriptionOption = QStringLiteral("description");
const QString RoleOption = QStringLiteral("role");
const QString ScopeOption = QStringLiteral("scope");
const QString JsonOption = QStringLiteral("json");
const QString IdempotencyOption = QStringLiteral("idempotency-key");

} // namespace

KeyCommands::KeyCommands(CliContext &context)
    : m_context(context)
{
}

int KeyCommands::create(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("create"),
                     tr("Creates an API key and prints it once: store it now, it cannot be shown "
                        "again."));
    line.addValueOption(NameOption, tr("The key's name (required, 1 to 100 characters)."),
                        tr("name"));
    line.addValueOption(DescriptionOption, tr("What the key is for."), tr("text"));
    line.addValueOption(QStringLiteral("type"), tr("test or live (default: test)."), tr("type"),
                        QStringLiteral("test"));
    line.addListOption(RoleOption, tr("A role whose scopes the key gets; repeat for more."),
                       tr("role"));
    line.addListOption(ScopeOption, tr("A scope such as documents:read; repeat for more."),
                       tr("resource:action"));
    line.addValueOption(QStringLiteral("expires-in"),
                        tr("Days until the key expires, 1 to 3650 (it expires at the end of that "
                           "UTC day), or never. Default: one year."),
                        tr("days"));
    addIdempotencyOption(line);
    line.addFlag(JsonOption, tr("Print a JSON object: the key's fields and \"key\"."));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    if (!line.isSet(NameOption))
        throw CliError::usage(tr("The command create needs --name."));

    KeyDraft draft;
    draft.name = line.value(NameOption);
    draft.description = line.value(DescriptionOption);
    draft.environment = OptionValues::environment(line.value(QStringLiteral("type")));
    draft.roles = line.values(RoleOption);
    draft.scopes = OptionValues::scopes(line.values(ScopeOption));
    if (line.isSet(QStringLiteral("expires-in"))) {
        const auto days = OptionValues::expiryDays(line.value(QStringLiteral("expires-in")));
        if (days)
            draft.expiresAt = OptionValues::expiryAt(m_context.now(), *days);
        else
            draft.neverExpires = true;
    }
    draft.idempotencyKey = idempotencyKey(line);
    SqlKeyStore &store = m_context.store();
    printIssued(m_context.await(store.createKey(m_context.actor(), draft)), line.isSet(JsonOption));
    return 0;
}

int KeyCommands::edit(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("edit"),
                     tr("Changes a key's name, description, roles or scopes. --role and --scope "
                        "replace the key's list with the ones given."));
    line.addArgument(QStringLiteral("ID"), tr("The key's id."));
    line.addValueOption(NameOption, tr("The new name."), tr("name"));
    line.addValueOption(DescriptionOption, tr("The new description."), tr("text"));
    line.addListOption(RoleOption, tr("A role for the key; repeat for more."), tr("role"));
    line.addListOption(ScopeOption, tr("A scope for the key; repeat for more."),
                       tr("resource:action"));
    line.addFlag(QStringLiteral("clear-roles"), tr("Remove every role from the key."));
    line.addFlag(QStringLiteral("clear-scopes"), tr("Remove every scope granted directly."));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    const bool clearRoles = line.isSet(QStringLiteral("clear-roles"));
    const bool clearScopes = line.isSet(QStringLiteral("clear-scopes"));
    if ((clearRoles && line.isSet(RoleOption)) || (clearScopes && line.isSet(ScopeOption)))
        throw CliError::usage(tr("Give either --role/--scope or --clear-roles/--clear-scopes."));
    const bool anything = line.isSet(NameOption) || line.isSet(DescriptionOption) ||
                          line.isSet(RoleOption) || line.isSet(ScopeOption) || clearRoles ||
                          clearScopes;
    if (!anything)
        throw CliError::usage(
            tr("Nothing to change: give --name, --description, --role or --scope."));
    const QStringList scopes = OptionValues::scopes(line.values(ScopeOption));

    SqlKeyStore &store = m_context.store();
    const ApiKey key = m_context.await(store.key(m_context.actor(), line.argument(0)));
    KeyChanges changes;
    changes.id = key.id;
    changes.expectedVersion = key.version;
    if (line.isSet(NameOption))
        changes.name = line.value(NameOption);
    if (line.isSet(DescriptionOption))
        changes.description = line.value(DescriptionOption);
    if (line.isSet(RoleOption) || clearRoles)
        changes.roles = line.values(RoleOption);
    if (line.isSet(ScopeOption) || clearScopes)
        changes.scopes = scopes;
    const ApiKey edited = m_context.await(store.editKey(m_context.actor(), changes));
    m_context.output().line(tr("Updated the key “%1” (%2).").arg(edited.name, edited.id));
    return 0;
}

int KeyCommands::reset(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("reset"),
                     tr("Gives a key a new secret and prints it once. The old secret stops "
                        "working at once, or after the grace period."));
    line.addArgument(QStringLiteral("ID"), tr("The key's id."));
    line.addValueOption(QStringLiteral("grace"),
                        tr("How long the old secret keeps working: 0, 1h, 24h or 7d (default 0)."),
                        tr("period"), QStringLiteral("0"));
    addIdempotencyOption(line);
    line.addFlag(JsonOption, tr("Print a JSON object: the key's fields and \"key\"."));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    const KeyStore::Grace grace = OptionValues::grace(line.value(QStringLiteral("grace")));
    const QString idempotency = idempotencyKey(line);
    SqlKeyStore &store = m_context.store();
    printIssued(
        m_context.await(store.resetKey(m_context.actor(), line.argument(0), grace, idempotency)),
        line.isSet(JsonOption));
    return 0;
}

int KeyCommands::revoke(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("revoke"),
                     tr("Revokes a key: it stops working at once and for good. The key stays in "
                        "the list and the audit log."));
    line.addArgument(QStringLiteral("ID"), tr("The key's id."));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    SqlKeyStore &store = m_context.store();
    const ApiKey key = m_context.await(store.revokeKey(m_context.actor(), line.argument(0)));
    m_context.output().line(tr("Revoked the key “%1” (%2).").arg(key.name, key.id));
    return 0;
}

int KeyCommands::remove(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("delete"),
                     tr("Deletes a key: it stops working and leaves the list. The audit log keeps "
                        "its history."));
    line.addArgument(QStringLiteral("ID"), tr("The key's id."));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    SqlKeyStore &store = m_context.store();
    m_context.await(store.deleteKey(m_context.actor(), line.argument(0)));
    m_context.output().line(tr("Deleted the key %1.").arg(line.argument(0)));
    return 0;
}

void KeyCommands::addIdempotencyOption(CommandLine &line)
{
    line.addValueOption(IdempotencyOption,
                        tr("Makes a retry safe: run again with the same value and the same key is "
                           "printed instead of a second one being made (16 to 255 printable "
                           "characters, such as a UUID)."),
                        tr("key"));
}

QString KeyCommands::idempotencyKey(const CommandLine &line)
{
    if (line.isSet(IdempotencyOption)) {
        QString key = line.value(IdempotencyOption);
        if (!IdempotencySeal::isValidKey(key)) {
            throw CliError::usage(
                tr("--idempotency-key takes 16 to 255 printable characters without spaces."));
        }
        return key;
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void KeyCommands::printIssued(const IssuedKey &issued, bool json)
{
    if (!json) {
        m_context.output().line(issued.token);
        return;
    }
    QJsonObject object = KeyJson::toJson(issued.key, m_context.now());
    object.insert(QStringLiteral("key"), issued.token);
    m_context.output().json(object);
}
