#pragma once

#include <QString>

//! The operating-system account a process runs as: what the audit log records beside the
//! member on a local store, where nobody signs in.
namespace SystemUser {

//! The effective user's account name (its passwd entry on Unix), else USER, USERNAME or
//! LOGNAME; empty when none is known.
QString name();

} // namespace SystemUser
