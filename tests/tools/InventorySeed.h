#pragma once

#include "sql/SqlKeyStore.h"

//! A realistic inventory for screenshots and demos: members, a custom role and a
//! dozen keys — live and test, one revoked, two expiring soon, some recently used.
namespace InventorySeed {

//! Fills an empty store; false (with a message on stderr) when the store refused.
bool fill(SqlKeyStore &store);
//! Creates one more key and returns it with its token, for the reveal dialog.
IssuedKey issueOne(SqlKeyStore &store);

} // namespace InventorySeed
