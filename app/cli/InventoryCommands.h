#pragma once

#include "domain/ApiKey.h"
#include "store/KeyQuery.h"

#include <QCoreApplication>
#include <functional>

class CliContext;
class CommandLine;

//! The commands that read keys: list, show, export.
class InventoryCommands final {
    Q_DECLARE_TR_FUNCTIONS(InventoryCommands)
    Q_DISABLE_COPY_MOVE(InventoryCommands)

public:
    explicit InventoryCommands(CliContext &context);

    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int exportInventory(const QStringList &arguments);

private:
    static void addFilterOptions(CommandLine &line);
    static KeyFilter filterFrom(const CommandLine &line);
    //! Calls @p consume with each page of matching keys, newest first, until the last.
    void forEachPage(const KeyFilter &filter,
                     const std::function<void(const QList<ApiKey> &)> &consume);
    void listTable(const KeyFilter &filter);
    void listJson(const KeyFilter &filter);
    void listCsv(const KeyFilter &filter);
    void exportToStdout(const KeyFilter &filter, ExportFormat format);

    CliContext &m_context;
};
