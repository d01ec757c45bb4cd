#include "InventoryCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "KeyDetails.h"
#include "OptionValues.h"
#include "Output.h"
#include "TableFormatter.h"
#include "exchange/InventoryWriter.h"
#include "exchange/KeyJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

constexpr int PageSize = 500;
const QString FormatOption = QStringLiteral("format");
const QString OutputOption = QStringLiteral("output");

QJsonArray credentialsJson(const ApiKey &key)
{
    QJsonArray credentials;
    for (const Credential &credential : key.credentials) {
        credentials.append(
            QJsonObject{{QStringLiteral("created_at"), KeyJson::timeValue(credential.createdAt)},
                        {QStringLiteral("ends_at"), KeyJson::timeValue(credential.endsAt)}});
    }
    return credentials;
}

} // namespace

InventoryCommands::InventoryCommands(CliContext &context)
    : m_context(context)
{
}

int InventoryCommands::list(const QStringList &arguments)
{
    using Format = OptionValues::Format;
    CommandLine line(QStringLiteral("list"), tr("Lists the keys, newest first."));
    line.addValueOption(FormatOption, tr("table, json or csv (default: table)."), tr("format"),
                        QStringLiteral("table"));
    addFilterOptions(line);
    if (!line.parse(arguments, m_context.output()))
        return 0;
    const Format format =
        OptionValues::format(line.value(FormatOption), {Format::Table, Format::Json, Format::Csv});
    const KeyFilter filter = filterFrom(line);
    switch (format) {
    case Format::Table:
        listTable(filter);
        break;
    case Format::Json:
        listJson(filter);
        break;
    case Format::Csv:
        listCsv(filter);
        break;
    }
    return 0;
}

int InventoryCommands::show(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("show"), tr("Shows one key in full (never its secret)."));
    line.addArgument(QStringLiteral("ID"), tr("The key's id."));
    line.addFlag(QStringLiteral("json"), tr("Print a JSON object."));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    SqlKeyStore &store = m_context.store();
    const ApiKey key = m_context.await(store.key(m_context.actor(), line.argument(0)));
    if (!line.isSet(QStringLiteral("json"))) {
        KeyDetails::write(m_context.output(), key, m_context.now());
        return 0;
    }
    QJsonObject object = KeyJson::toJson(key, m_context.now());
    object.insert(QStringLiteral("effective_scopes"),
                  QJsonArray::fromStringList(key.effectiveScopes));
    object.insert(QStringLiteral("credentials"), credentialsJson(key));
    m_context.output().json(object);
    return 0;
}

int InventoryCommands::exportInventory(const QStringList &arguments)
{
    using Format = OptionValues::Format;
    CommandLine line(QStringLiteral("export"),
                     tr("Exports the key inventory (ids and hints, never a secret)."));
    line.addValueOption(FormatOption, tr("csv or json (required)."), tr("format"));
    line.addValueOption(OutputOption,
                        tr("The file to write, atomically. Default: standard output."), tr("file"));
    addFilterOptions(line);
    if (!line.parse(arguments, m_context.output()))
        return 0;
    if (!line.isSet(FormatOption))
        throw CliError::usage(tr("The command export needs --format csv or --format json."));
    const Format format =
        OptionValues::format(line.value(FormatOption), {Format::Csv, Format::Json});
    const ExportFormat exportFormat =
        format == Format::Csv ? ExportFormat::Csv : ExportFormat::Json;
    const KeyFilter filter = filterFrom(line);
    if (!line.isSet(OutputOption)) {
        exportToStdout(filter, exportFormat);
        return 0;
    }
    if (line.value(OutputOption).isEmpty())
        throw CliError::usage(tr("--output needs a file name."));
    const QString path = QFileInfo(line.value(OutputOption)).absoluteFilePath();
    SqlKeyStore &store = m_context.store();
    const ExportSummary summary =
        m_context.await(store.exportInventory(m_context.actor(), filter, exportFormat, path));
    m_context.output().line(tr("Exported %n key(s) to %1.", nullptr, summary.keyCount)
                                .arg(QDir::toNativeSeparators(summary.path)));
    return 0;
}

void InventoryCommands::addFilterOptions(CommandLine &line)
{
    line.addValueOption(QStringLiteral("search"),
                        tr("Only keys whose name, description or id contains this text."),
                        tr("text"));
    line.addValueOption(QStringLiteral("status"),
                        tr("Only keys with this status: active, expiring, expired or revoked."),
                        tr("status"));
    line.addValueOption(QStringLiteral("type"), tr("Only test or only live keys."), tr("type"));
}

KeyFilter InventoryCommands::filterFrom(const CommandLine &line)
{
    KeyFilter filter;
    filter.text = line.value(QStringLiteral("search"));
    if (line.isSet(QStringLiteral("status")))
        filter.status = OptionValues::status(line.value(QStringLiteral("status")));
    if (line.isSet(QStringLiteral("type")))
        filter.environment = OptionValues::environment(line.value(QStringLiteral("type")));
    return filter;
}

void InventoryCommands::forEachPage(const KeyFilter &filter,
                                    const std::function<void(const QList<ApiKey> &)> &consume)
{
    KeyQuery query;
    query.filter = filter;
    query.limit = PageSize;
    SqlKeyStore &store = m_context.store();
    do {
        const KeyPage page = m_context.await(store.queryKeys(m_context.actor(), query));
        consume(page.keys);
        query.after = page.nextCursor;
    } while (!query.after.isEmpty());
}

void InventoryCommands::listTable(const KeyFilter &filter)
{
    TableFormatter table(
        {tr("ID"), tr("NAME"), tr("TYPE"), tr("STATUS"), tr("EXPIRES"), tr("LAST USED")});
    const QDateTime now = m_context.now();
    forEachPage(filter, [&](const QList<ApiKey> &keys) {
        for (const ApiKey &key : keys) {
            table.addRow({key.id, key.name, environmentName(key.environment),
                          keyStatusName(key.statusAt(now)),
                          Output::time(key.expiresAt, tr("never")),
                          Output::time(key.lastUsedAt, tr("never"))});
        }
    });
    table.write(m_context.output());
}

void InventoryCommands::listJson(const KeyFilter &filter)
{
    Output &output = m_context.output();
    const QDateTime now = m_context.now();
    int written = 0;
    forEachPage(filter, [&](const QList<ApiKey> &keys) {
        for (const ApiKey &key : keys) {
            output.raw(written++ == 0 ? QByteArrayLiteral("[\n  ") : QByteArrayLiteral(",\n  "));
            output.raw(QJsonDocument(KeyJson::toJson(key, now)).toJson(QJsonDocument::Compact));
        }
    });
    output.raw(written == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
}

void InventoryCommands::listCsv(const KeyFilter &filter)
{
    InventoryWriter writer(m_context.output().device(), ExportFormat::Csv, m_context.now());
    writer.begin();
    forEachPage(filter, [&writer](const QList<ApiKey> &keys) {
        for (const ApiKey &key : keys)
            writer.add(key);
    });
    writer.finish();
}

void InventoryCommands::exportToStdout(const KeyFilter &filter, ExportFormat format)
{
    // The store writes the file and audits the export; we copy it out.
    QTemporaryDir folder;
    if (!folder.isValid())
        throw CliError::runtime(
            tr("Cannot create a temporary folder: %1").arg(folder.errorString()));
    const QString path = folder.filePath(QStringLiteral("inventory"));
    SqlKeyStore &store = m_context.store();
    m_context.await(store.exportInventory(m_context.actor(), filter, format, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError::runtime(tr("Cannot read %1: %2").arg(path, file.errorString()));
    while (!file.atEnd())
        m_context.output().raw(file.read(qint64{64} * 1024));
}
