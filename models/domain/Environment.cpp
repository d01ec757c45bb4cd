#include "domain/Environment.h"

QString environmentName(Environment environment)
{
    return environment == Environment::Live ? QStringLiteral("live") : QStringLiteral("test");
}

std::optional<Environment> environmentFromName(QStringView name)
{
    if (name == QLatin1String("test"))
        return Environment::Test;
    if (name == QLatin1String("live"))
        return Environment::Live;
    return std::nullopt;
}
