#pragma once

#include <QString>
#include <optional>

//! Whether a key is for building and testing, or for real, billable traffic.
enum class Environment { Test, Live };

QString environmentName(Environment environment);
std::optional<Environment> environmentFromName(QStringView name);
