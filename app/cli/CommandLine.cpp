#include "CommandLine.h"

#include "CliError.h"
#include "Output.h"

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(command, tr("The command."), command);
}

void CommandLine::addValueOption(const QString &name, const QString &description,
                                 const QString &valueName, const QString &defaultValue)
{
    QCommandLineOption option(name, description, valueName, defaultValue);
    m_parser.addOption(option);
    m_singleValued.append(name);
}

void CommandLine::addListOption(const QString &name, const QString &description,
                                const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandLine::addArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_arguments.append(name);
}

bool CommandLine::parse(const QStringList &arguments, Output &output)
{
    if (!m_parser.parse(arguments))
        throw CliError::usage(m_parser.errorText());
    if (helpAsked(m_parser)) {
        output.line(m_parser.helpText().trimmed());
        return false;
    }
    for (const QString &name : std::as_const(m_singleValued)) {
        if (m_parser.values(name).size() > 1)
            throw CliError::usage(tr("The option --%1 can be given only once.").arg(name));
    }
    checkArguments();
    return true;
}

void CommandLine::checkArguments() const
{
    const QStringList positional = m_parser.positionalArguments();
    // positional[0] is the command itself.
    const qsizetype given = positional.size() - 1;
    if (given < m_arguments.size()) {
        throw CliError::usage(
            tr("The command %1 needs the argument %2. See “keyward-cli %1 --help”.")
                .arg(m_command, m_arguments.at(given)));
    }
    if (given > m_arguments.size()) {
        throw CliError::usage(tr("Unexpected argument “%1” for the command %2.")
                                  .arg(positional.at(m_arguments.size() + 1), m_command));
    }
}

bool CommandLine::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

QString CommandLine::value(const QString &name) const
{
    return m_parser.value(name);
}

QStringList CommandLine::values(const QString &name) const
{
    return m_parser.values(name);
}

QString CommandLine::argument(int index) const
{
    return m_parser.positionalArguments().value(index + 1);
}

bool CommandLine::helpAsked(const QCommandLineParser &parser)
{
    const QStringList names = parser.optionNames();
    return names.contains(QLatin1String("h")) || names.contains(QLatin1String("help")) ||
           names.contains(QLatin1String("?")) || names.contains(QLatin1String("help-all"));
}
