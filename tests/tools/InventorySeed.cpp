#include "InventorySeed.h"

#include <QDateTime>
#include <cstdio>

namespace {

template <typename T> bool check(const StoreResult<T> &result)
{
    if (!result.ok())
        std::fprintf(stderr, "store refused: %s\n", qPrintable(result.error().message()));
    return result.ok();
}

template <typename T> StoreResult<T> wait(QFuture<StoreResult<T>> future)
{
    future.waitForFinished();
    return future.result();
}

struct SeedKey {
    const char *name;
    const char *description;
    Environment environment;
    QStringList roles;
    QStringList scopes;
    int expiresInDays; //!< 0: never
    bool used;
    bool revoked;
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromLatin1(item);
    return result;
}

} // namespace

bool InventorySeed::fill(SqlKeyStore &store)
{
    if (!check(wait(store.open())))
        return false;
    for (const auto &[name, email, role] :
         {std::tuple{"Ada Admin", "ada@acme.example", "Admin"},
          std::tuple{"Dev Patel", "dev@acme.example", "Developer"},
          std::tuple{"Vera Viewer", "vera@acme.example", "Viewer"}}) {
        const Member member{0, QString::fromLatin1(name), QString::fromLatin1(email),
                            QString::fromLatin1(role)};
        if (!check(wait(store.addMember({}, member))))
            return false;
    }
    const Role integrations{
        0, QStringLiteral("Integrations"),
        QStringLiteral("Webhooks and document sync for partner tools."), false,
        list({"documents:read", "documents:write", "webhooks:read", "webhooks:write"})};
    if (!check(wait(store.saveRole({}, integrations))))
        return false;

    const QList<SeedKey> keys = {
        {"Salesforce CRM sync", "Syncs signed contracts into Salesforce.", Environment::Live,
         list({"Integrations"}), list({"envelopes:read"}), 365, true, false},
        {"SAP ERP invoices",
         "Nightly export of financial documents.",
         Environment::Live,
         {},
         list({"financial_documents:read", "documents:read"}),
         13,
         true,
         false},
        {"GitHub Actions deploy",
         "CI uploads templates on release.",
         Environment::Live,
         {},
         list({"templates:read", "templates:write"}),
         365,
         true,
         false},
        {"Staging smoke tests", "", Environment::Test, list({"Integrations"}),
         list({"signature_requests:read", "signature_requests:write"}), 4, false, false},
        {"Mobile app backend",
         "Creates signature requests from the app.",
         Environment::Live,
         {},
         list({"signature_requests:read", "signature_requests:write", "documents:read"}),
         180,
         true,
         false},
        {"Data warehouse export",
         "",
         Environment::Live,
         {},
         list({"audit_log:read", "documents:read", "envelopes:read"}),
         200,
         false,
         false},
        {"Zapier webhooks", "", Environment::Live, list({"Integrations"}), {}, 0, true, false},
        {"Partner onboarding script",
         "Shared with Nordic Partners AB.",
         Environment::Test,
         {},
         list({"teammates:read"}),
         90,
         false,
         false},
        {"Brand assets uploader",
         "",
         Environment::Test,
         {},
         list({"assets:write"}),
         365,
         false,
         false},
        {"Legacy billing job",
         "Replaced by the SAP integration.",
         Environment::Live,
         {},
         list({"financial_documents:read"}),
         60,
         false,
         true},
        {"Template migration (old)",
         "",
         Environment::Test,
         {},
         list({"templates:write"}),
         30,
         false,
         false},
    };
    for (const SeedKey &seed : keys) {
        KeyDraft draft;
        draft.name = QString::fromUtf8(seed.name);
        draft.description = QString::fromUtf8(seed.description);
        draft.environment = seed.environment;
        draft.roles = seed.roles;
        draft.scopes = seed.scopes;
        draft.neverExpires = seed.expiresInDays == 0;
        if (seed.expiresInDays > 0)
            draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(seed.expiresInDays);
        const auto issued = wait(store.createKey({}, draft));
        if (!check(issued))
            return false;
        if (seed.used)
            wait(store.verify(issued.value().token, QString()));
        if (seed.revoked && !check(wait(store.revokeKey({}, issued.value().key.id))))
            return false;
    }
    store.flushUsage();
    return true;
}

IssuedKey InventorySeed::issueOne(SqlKeyStore &store)
{
    KeyDraft draft;
    draft.name = QStringLiteral("Zapier webhooks (EU)");
    draft.environment = Environment::Live;
    draft.roles = list({"Integrations"});
    const auto issued = wait(store.createKey({}, draft));
    return issued.ok() ? issued.value() : IssuedKey{};
}
