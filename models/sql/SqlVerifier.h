#pragma once

#include "keys/KeyToken.h"
#include "store/KeyQuery.h"

#include <QHash>

class SqlConnection;
class SqlDirectory;

//! Checks parsed tokens against stored digests, and batches last-used times so that a
//! verification costs no database write.
class SqlVerifier final {
public:
    SqlVerifier(SqlConnection &connection, SqlDirectory &directory);

    Verification verify(const ParsedToken &token, const QString &scope, const QDateTime &now);
    bool hasPendingUsage() const { return !m_pendingUsage.isEmpty(); }
    //! Writes the batched last-used times in one transaction.
    void flushUsage();

private:
    SqlConnection &m_connection;
    SqlDirectory &m_directory;
    QHash<QString, QDateTime> m_pendingUsage;
};
