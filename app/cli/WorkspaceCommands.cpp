#include "WorkspaceCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "OptionValues.h"
#include "Output.h"
#include "TableFormatter.h"
#include "exchange/DirectoryJson.h"
#include "keys/KeyToken.h"

#include <QDir>

WorkspaceCommands::WorkspaceCommands(CliContext &context)
    : m_context(context)
{
}

int WorkspaceCommands::init(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("init"),
                     tr("Creates the key store. Other commands create it too, with the default "
                        "prefix."));
    line.addValueOption(QStringLiteral("prefix"),
                        tr("The vendor prefix of the store's keys: 2 to 12 lowercase letters or "
                           "digits, starting with a letter (default: key)."),
                        tr("vendor"));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    const bool prefixGiven = line.isSet(QStringLiteral("prefix"));
    const QString prefix = line.value(QStringLiteral("prefix"));
    if (prefixGiven) {
        if (!KeyToken::isValidVendor(prefix)) {
            throw CliError::usage(tr("The prefix must be 2 to 12 lowercase letters or digits, "
                                     "starting with a letter, not “%1”.")
                                      .arg(prefix));
        }
        m_context.setPrefix(prefix);
    }
    const StoreInfo &info = m_context.info();
    const QString location = QDir::toNativeSeparators(info.location);
    if (prefixGiven && info.workspace.prefix != prefix) {
        throw CliError::runtime(tr("The key store %1 already exists with the prefix “%2”; a "
                                   "store's prefix cannot change.")
                                    .arg(location, info.workspace.prefix));
    }
    m_context.output().line(tr("The key store %1 is ready; its keys start with “%2_”.")
                                .arg(location, info.workspace.prefix));
    return 0;
}

int WorkspaceCommands::scopes(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("scopes"),
                     tr("Lists the scopes (RESOURCE:ACTION) that keys can be given."));
    bool json = false;
    if (!parseListing(line, arguments, json))
        return 0;
    SqlKeyStore &store = m_context.store();
    const ScopeCatalog catalog = m_context.await(store.scopeCatalog(m_context.actor()));
    if (json) {
        m_context.output().json(DirectoryJson::catalog(catalog));
        return 0;
    }
    TableFormatter table({tr("SCOPE"), tr("DESCRIPTION")});
    for (const ScopeResource &resource : catalog.resources()) {
        for (ScopeAction action : AllScopeActions) {
            if (resource.supports(action))
                table.addRow({makeScope(resource.name, action), resource.description});
        }
    }
    table.write(m_context.output());
    return 0;
}

int WorkspaceCommands::roles(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("roles"),
                     tr("Lists the roles and how many scopes each holds."));
    bool json = false;
    if (!parseListing(line, arguments, json))
        return 0;
    SqlKeyStore &store = m_context.store();
    const QList<Role> roles = m_context.await(store.roles(m_context.actor()));
    if (json) {
        m_context.output().json(DirectoryJson::array(roles, DirectoryJson::role));
        return 0;
    }
    TableFormatter table({tr("NAME"), tr("KIND"), tr("SCOPES"), tr("DESCRIPTION")});
    for (const Role &role : roles) {
        table.addRow({role.name, role.builtIn ? tr("built-in") : tr("custom"),
                      QString::number(role.scopes.size()), role.description});
    }
    table.write(m_context.output());
    return 0;
}

int WorkspaceCommands::members(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("members"),
                     tr("Lists the workspace's members; --as accepts their name, email or id."));
    bool json = false;
    if (!parseListing(line, arguments, json))
        return 0;
    SqlKeyStore &store = m_context.store();
    const QList<Member> members = m_context.await(store.members(m_context.actor()));
    if (json) {
        m_context.output().json(DirectoryJson::array(members, DirectoryJson::member));
        return 0;
    }
    TableFormatter table({tr("ID"), tr("NAME"), tr("EMAIL"), tr("ROLE")});
    for (const Member &member : members)
        table.addRow({QString::number(member.id), member.name, member.email, member.role});
    table.write(m_context.output());
    return 0;
}

bool WorkspaceCommands::parseListing(CommandLine &line, const QStringList &arguments, bool &json)
{
    using Format = OptionValues::Format;
    line.addValueOption(QStringLiteral("format"), tr("table or json (default: table)."),
                        tr("format"), QStringLiteral("table"));
    if (!line.parse(arguments, m_context.output()))
        return false;
    json = OptionValues::format(line.value(QStringLiteral("format")),
                                {Format::Table, Format::Json}) == Format::Json;
    return true;
}
