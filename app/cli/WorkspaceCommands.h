#pragma once

#include <QCoreApplication>

class CliContext;
class CommandLine;

//! The store and its directory: init, scopes, roles, members.
class WorkspaceCommands final {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)
    Q_DISABLE_COPY_MOVE(WorkspaceCommands)

public:
    explicit WorkspaceCommands(CliContext &context);

    int init(const QStringList &arguments);
    int scopes(const QStringList &arguments);
    int roles(const QStringList &arguments);
    int members(const QStringList &arguments);

private:
    //! Adds --format table|json, parses; false when help was shown. Sets @p json.
    bool parseListing(CommandLine &line, const QStringList &arguments, bool &json);

    CliContext &m_context;
};
