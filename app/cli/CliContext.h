#pragma once

#include "CliError.h"
#include "sql/SqlKeyStore.h"
#include "store/Awaited.h"

#include <QCoreApplication>
#include <memory>

class Output;

//! What every command shares: the output, the store (opened on first use) and the actor.
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext(Output &output, QString storePath, QString member);
    ~CliContext();

    Output &output() { return m_output; }

    //! The vendor prefix a store created now gets (init --prefix).
    void setPrefix(const QString &prefix) { m_prefix = prefix; }

    //! The store, created and migrated on first use. Throws CliError.
    SqlKeyStore &store();
    const StoreInfo &info();
    //! The member acting: --as, or the store's owner.
    const Actor &actor();
    QDateTime now() const;

    //! Blocks until @p future is done; its value, or a thrown CliError (exit code 1).
    template <typename T> T await(QFuture<StoreResult<T>> future);

private:
    void open();
    Actor resolveMember(const QString &member);

    Output &m_output;
    QString m_storePath;
    QString m_member;
    QString m_prefix;
    std::unique_ptr<SqlKeyStore> m_store;
    StoreInfo m_info;
    Actor m_actor;
};

template <typename T> T CliContext::await(QFuture<StoreResult<T>> future)
{
    StoreResult<T> result = awaited(std::move(future));
    if (!result.ok())
        throw CliError::fromStore(result.error());
    return std::move(result.value());
}
