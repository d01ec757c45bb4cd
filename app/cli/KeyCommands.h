#pragma once

#include "domain/ApiKey.h"

#include <QCoreApplication>

class CliContext;
class CommandLine;

//! The commands that change keys: create, edit, reset, revoke, delete.
class KeyCommands final {
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)
    Q_DISABLE_COPY_MOVE(KeyCommands)

public:
    explicit KeyCommands(CliContext &context);

    int create(const QStringList &arguments);
    int edit(const QStringList &arguments);
    int reset(const QStringList &arguments);
    int revoke(const QStringList &arguments);
    int remove(const QStringList &arguments);

private:
    static void addIdempotencyOption(CommandLine &line);
    static QString idempotencyKey(const CommandLine &line);
    //! The token alone on one line, or with --json the key's fields and "key".
    void printIssued(const IssuedKey &issued, bool json);

    CliContext &m_context;
};
