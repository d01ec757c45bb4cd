#include "CliApplication.h"

#include "AuditCommand.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "InventoryCommands.h"
#include "KeyCommands.h"
#include "Output.h"
#include "VerifyCommand.h"
#include "WorkspaceCommands.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

const QString StoreOption = QStringLiteral("store");
const QString AsOption = QStringLiteral("as");

} // namespace

const QList<CliApplication::Command> &CliApplication::commands()
{
    using Args = const QStringList &;
    static const QList<Command> all = {
        {"init", QT_TR_NOOP("Create the key store"),
         [](CliContext &c, Args a) { return WorkspaceCommands(c).init(a); }},
        {"create", QT_TR_NOOP("Create a key and print it once"),
         [](CliContext &c, Args a) { return KeyCommands(c).create(a); }},
        {"list", QT_TR_NOOP("List keys as a table, JSON or CSV"),
         [](CliContext &c, Args a) { return InventoryCommands(c).list(a); }},
        {"show", QT_TR_NOOP("Show one key in full"),
         [](CliContext &c, Args a) { return InventoryCommands(c).show(a); }},
        {"edit", QT_TR_NOOP("Change a key's name, description, roles or scopes"),
         [](CliContext &c, Args a) { return KeyCommands(c).edit(a); }},
        {"reset", QT_TR_NOOP("Give a key a new secret and print it once"),
         [](CliContext &c, Args a) { return KeyCommands(c).reset(a); }},
        {"revoke", QT_TR_NOOP("Stop a key for good"),
         [](CliContext &c, Args a) { return KeyCommands(c).revoke(a); }},
        {"delete", QT_TR_NOOP("Delete a key"),
         [](CliContext &c, Args a) { return KeyCommands(c).remove(a); }},
        {"verify", QT_TR_NOOP("Check a key (exit 0 valid, 3 not valid, 4 lacks the scope)"),
         [](CliContext &c, Args a) { return VerifyCommand(c).run(a); }},
        {"export", QT_TR_NOOP("Export the inventory as CSV or JSON"),
         [](CliContext &c, Args a) { return InventoryCommands(c).exportInventory(a); }},
        {"audit", QT_TR_NOOP("Show the audit log"),
         [](CliContext &c, Args a) { return AuditCommand(c).run(a); }},
        {"scopes", QT_TR_NOOP("List the scopes keys can have"),
         [](CliContext &c, Args a) { return WorkspaceCommands(c).scopes(a); }},
        {"roles", QT_TR_NOOP("List the roles"),
         [](CliContext &c, Args a) { return WorkspaceCommands(c).roles(a); }},
        {"members", QT_TR_NOOP("List the workspace's members"),
         [](CliContext &c, Args a) { return WorkspaceCommands(c).members(a); }},
    };
    return all;
}

QString CliApplication::description()
{
    QString text = tr("Administers the API keys of a Keyward store.") + QStringLiteral("\n\n") +
                   tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const Command &command : commands())
        width = qMax(width, static_cast<int>(qstrlen(command.name)));
    for (const Command &command : commands()) {
        text += QStringLiteral("  ") + QString::fromLatin1(command.name).leftJustified(width + 2) +
                tr(command.summary) + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') +
           tr("Run “keyward-cli COMMAND --help” for a command's options.");
}

int CliApplication::run(const QStringList &arguments)
{
    Output output;
    try {
        return dispatch(arguments, output);
    } catch (const CliError &error) {
        output.error(error.message());
        return error.exitCode();
    }
}

int CliApplication::dispatch(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({StoreOption,
                      tr("The key store file (default: %1).")
                          .arg(QDir::toNativeSeparators(defaultLocalStorePath())),
                      tr("path")});
    parser.addOption({AsOption,
                      tr("Act as this member: a name, email or id (default: the store's owner)."),
                      tr("member")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."),
                                 QStringLiteral("COMMAND"));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("The command's arguments."),
                                 QStringLiteral("[...]"));
    if (!parser.parse(arguments))
        throw CliError::usage(parser.errorText());
    if (CommandLine::helpAsked(parser)) {
        output.line(parser.helpText().trimmed());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        output.line(QStringLiteral("keyward-cli ") + QCoreApplication::applicationVersion());
        return 0;
    }
    for (const QString &name : {StoreOption, AsOption}) {
        if (parser.values(name).size() > 1)
            throw CliError::usage(tr("The option --%1 can be given only once.").arg(name));
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            throw CliError::usage(tr("The option --%1 needs a value.").arg(name));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw CliError::usage(tr("No command given. Run “keyward-cli --help” for the commands."));
    for (const Command &command : commands()) {
        if (positional.constFirst() == QLatin1String(command.name)) {
            CliContext context(output, parser.value(StoreOption), parser.value(AsOption));
            return command.run(context, QStringList{arguments.value(0)} + positional);
        }
    }
    throw CliError::usage(tr("Unknown command “%1”. Run “keyward-cli --help” for the commands.")
                              .arg(positional.constFirst()));
}
