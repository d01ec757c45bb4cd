#pragma once

#include <QObject>

namespace Settings {
Q_NAMESPACE

//! The window's settings pages, in navigation order. Connections belongs to the window
//! (it lists every store); the others belong to the open store (StorePages).
enum class Page { ApiKeys, Roles, Members, AuditLog, Connections, Preferences };
Q_ENUM_NS(Page)

} // namespace Settings
