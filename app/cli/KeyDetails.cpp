#include "KeyDetails.h"

#include "Output.h"

#include <utility>

QString KeyDetails::listText(const QStringList &items)
{
    //: Shown for an empty list of roles or scopes
    return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
}

QStringList KeyDetails::credentialLines(const ApiKey &key)
{
    QStringList lines;
    for (const Credential &credential : key.credentials) {
        const QString created = Output::time(credential.createdAt, tr("unknown"));
        if (credential.endsAt.isValid()) {
            lines << tr("previous secret, created %1, works until %2")
                         .arg(created, Output::time(credential.endsAt, QString()));
        } else {
            lines << tr("current secret, created %1").arg(created);
        }
    }
    if (lines.isEmpty())
        lines << tr("none (the key cannot be used)");
    return lines;
}

void KeyDetails::write(Output &output, const ApiKey &key, const QDateTime &now)
{
    const QString description = key.description.isEmpty() ? tr("none") : key.description;
    const QList<std::pair<QString, QString>> fields = {
        {tr("ID"), key.id},
        {tr("Name"), key.name},
        {tr("Description"), description},
        {tr("Type"), environmentName(key.environment)},
        {tr("Status"), keyStatusName(key.statusAt(now))},
        {tr("Roles"), listText(key.roles)},
        {tr("Scopes"), listText(key.scopes)},
        {tr("Effective scopes"), listText(key.effectiveScopes)},
        {tr("Created"),
         tr("%1 by %2").arg(Output::time(key.createdAt, tr("unknown")), key.createdBy)},
        {tr("Expires"), Output::time(key.expiresAt, tr("never"))},
        {tr("Last used"), Output::time(key.lastUsedAt, tr("never"))},
        {tr("Revoked"), Output::time(key.revokedAt, tr("no"))},
        {tr("Hint"), key.hint},
    };
    const QString credentialsLabel = tr("Credentials");
    qsizetype width = credentialsLabel.size();
    for (const auto &field : fields)
        width = qMax(width, field.first.size());

    const auto label = [width](const QString &text) {
        return (text + QLatin1Char(':')).leftJustified(width + 2);
    };
    for (const auto &field : fields) {
        // Descriptions may hold line breaks; indent the continuation lines.
        QString value = field.second;
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 2, QLatin1Char(' ')));
        output.line(label(field.first) + value);
    }
    const QStringList credentials = credentialLines(key);
    for (int i = 0; i < credentials.size(); ++i)
        output.line((i == 0 ? label(credentialsLabel) : QString(width + 2, QLatin1Char(' '))) +
                    credentials.at(i));
}
