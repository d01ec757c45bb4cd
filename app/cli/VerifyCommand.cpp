#include "VerifyCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "OptionValues.h"
#include "Output.h"

#include <QFile>
#include <cstdio>

namespace {

//! Far more than any key; a longer input is malformed whatever follows.
constexpr qint64 MaxInput = qint64{64} * 1024;

QString outcomeName(Verification::Outcome outcome)
{
    switch (outcome) {
    case Verification::Outcome::Valid:
        return QStringLiteral("valid");
    case Verification::Outcome::Forbidden:
        return QStringLiteral("forbidden");
    case Verification::Outcome::Unauthenticated:
        break;
    }
    return QStringLiteral("unauthenticated");
}

} // namespace

VerifyCommand::VerifyCommand(CliContext &context)
    : m_context(context)
{
}

int VerifyCommand::run(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("verify"),
                     tr("Checks a key as the company's API would and prints the result as JSON.\n"
                        "Exit status: 0 valid; 3 not valid (unknown, malformed, expired or "
                        "revoked); 4 valid but without the scope."));
    line.addArgument(QStringLiteral("KEY"),
                     tr("The key, or - to read it from standard input (which keeps it out of the "
                        "process list)."));
    line.addValueOption(QStringLiteral("scope"),
                        tr("The scope the call needs, such as documents:read."),
                        tr("resource:action"));
    if (!line.parse(arguments, m_context.output()))
        return 0;
    QString scope;
    if (line.isSet(QStringLiteral("scope")))
        scope = OptionValues::scopes({line.value(QStringLiteral("scope"))}).constFirst();
    const QString token =
        line.argument(0) == QLatin1String("-") ? readStandardInput() : line.argument(0);

    SqlKeyStore &store = m_context.store();
    const Verification verification = m_context.await(store.verify(token, scope));
    store.flushUsage();

    // Unknown, malformed, expired and revoked keys look the same; the reason stays inside.
    const bool authenticated = verification.outcome != Verification::Outcome::Unauthenticated;
    QJsonObject result{
        {QStringLiteral("valid"), verification.outcome == Verification::Outcome::Valid},
        {QStringLiteral("outcome"), outcomeName(verification.outcome)},
        {QStringLiteral("id"), authenticated ? QJsonValue(verification.keyId) : QJsonValue()},
        {QStringLiteral("type"), authenticated && verification.environment
                                     ? QJsonValue(environmentName(*verification.environment))
                                     : QJsonValue()},
        {QStringLiteral("scopes"),
         authenticated ? QJsonArray::fromStringList(verification.scopes) : QJsonArray()},
    };
    m_context.output().json(result);
    switch (verification.outcome) {
    case Verification::Outcome::Valid:
        return 0;
    case Verification::Outcome::Forbidden:
        m_context.output().error(tr("The key is valid but does not hold the scope %1.").arg(scope));
        return CliError::Forbidden;
    case Verification::Outcome::Unauthenticated:
        break;
    }
    m_context.output().error(
        tr("The key is not valid: it is unknown, malformed, expired or revoked."));
    return CliError::Unauthenticated;
}

QString VerifyCommand::readStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        throw CliError::runtime(tr("Cannot read the key from standard input."));
    QByteArray bytes = input.readLine(MaxInput);
    // One line: drop its line break, keep anything else for the parser to judge.
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}
