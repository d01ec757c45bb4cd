#include "CliContext.h"

#include "Output.h"
#include "domain/SystemUser.h"
#include "keys/SealSecret.h"

#include <QFileInfo>

CliContext::CliContext(Output &output, QString storePath, QString member)
    : m_output(output)
    , m_storePath(std::move(storePath))
    , m_member(std::move(member))
{
}

CliContext::~CliContext()
{
    if (m_store)
        m_store->flushUsage();
}

SqlKeyStore &CliContext::store()
{
    if (!m_store)
        open();
    return *m_store;
}

const StoreInfo &CliContext::info()
{
    store();
    return m_info;
}

const Actor &CliContext::actor()
{
    store();
    return m_actor;
}

QDateTime CliContext::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void CliContext::open()
{
    SqlStoreOptions options;
    options.path =
        m_storePath.isEmpty() ? defaultLocalStorePath() : QFileInfo(m_storePath).absoluteFilePath();
    if (!m_prefix.isNull())
        options.prefix = m_prefix;
    // The desktop app's too: a retry from either gets its key back.
    options.sealSecretPath = SealSecret::defaultPath();
    options.osUser = SystemUser::name(); // nobody signs in to a local store
    auto store = std::make_unique<SqlKeyStore>(std::move(options));
    m_info = await(store->open());
    m_store = std::move(store);
    if (!m_member.isEmpty())
        m_actor = resolveMember(m_member);
}

Actor CliContext::resolveMember(const QString &member)
{
    const QList<Member> members = await(m_store->members(Actor{}));
    for (const Member &candidate : members) {
        if (candidate.name == member)
            return Actor{candidate.id, std::nullopt};
    }
    for (const Member &candidate : members) {
        if (!candidate.email.isEmpty() &&
            candidate.email.compare(member, Qt::CaseInsensitive) == 0) {
            return Actor{candidate.id, std::nullopt};
        }
    }
    bool numeric = false;
    const qint64 id = member.toLongLong(&numeric);
    for (const Member &candidate : members) {
        if (numeric && candidate.id == id)
            return Actor{candidate.id, std::nullopt};
    }
    throw CliError::runtime(
        tr("There is no member “%1” in this store (give a name, email or id; see “keyward-cli "
           "members”).")
            .arg(member));
}
