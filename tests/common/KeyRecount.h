#pragma once

#include <QString>

//! The key counters are derived data (the key_counts table, SqlMigrations' keyCounters()):
//! these read them, and the same numbers counted from the keys themselves.
namespace KeyRecount {

//! The key_counts rows that count something, in a fixed order.
inline QString counters()
{
    return QStringLiteral("SELECT workspace_id, environment, revoked, n FROM key_counts WHERE"
                          " n <> 0 ORDER BY 1, 2, 3");
}

//! The same rows counted from api_keys.
inline QString recount()
{
    return QStringLiteral("SELECT workspace_id, environment, CASE WHEN revoked_at IS NULL THEN 0"
                          " ELSE 1 END, count(*) FROM api_keys GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
}

} // namespace KeyRecount
