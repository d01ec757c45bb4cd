#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class Output;

//! The options and arguments of one command (`keyward-cli create --name …`), with its
//! own --help. Usage errors are thrown as CliError (exit code 2).
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine(const QString &command, const QString &description);

    //! An option that takes a value and may be given at most once.
    void addValueOption(const QString &name, const QString &description, const QString &valueName,
                        const QString &defaultValue = QString());
    //! An option that takes a value and may be repeated (--scope a --scope b).
    void addListOption(const QString &name, const QString &description, const QString &valueName);
    void addFlag(const QString &name, const QString &description);
    //! A required positional argument, such as ID.
    void addArgument(const QString &name, const QString &description);

    //! Parses @p arguments (program, command, rest). Returns false when --help was shown.
    bool parse(const QStringList &arguments, Output &output);

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    //! The positional argument at @p index (0: the first after the command).
    QString argument(int index) const;

    //! True when @p parser saw -h, --help, -? or --help-all.
    static bool helpAsked(const QCommandLineParser &parser);

private:
    void checkArguments() const;

    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_singleValued;
    QStringList m_arguments;
};
