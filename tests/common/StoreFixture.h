#pragma once

#include "Await.h"
#include "TestClock.h"
#include "sql/SqlKeyStore.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

//! A fresh SQLite store in a temporary folder, with a hand-moved clock.
struct StoreFixture {
    QTemporaryDir dir;
    TestClock clock;
    std::unique_ptr<SqlKeyStore> store;
    //! Applied to the options at every reopen(): what a test needs beyond the defaults.
    std::function<void(SqlStoreOptions &)> tune;

    explicit StoreFixture(const QString &prefix = QStringLiteral("key")) { reopen(prefix); }

    QString path() const { return dir.filePath(QStringLiteral("keys.db")); }

    void reopen(const QString &prefix = QStringLiteral("key"))
    {
        store.reset();
        SqlStoreOptions options;
        options.path = path();
        options.prefix = prefix;
        options.ownerName = QStringLiteral("Olivia Owner");
        options.clock = clock.clock();
        if (tune)
            tune(options);
        store = std::make_unique<SqlKeyStore>(options);
    }

    IssuedKey create(const QString &name, QStringList scopes = {},
                     Environment environment = Environment::Test, const Actor &actor = {})
    {
        KeyDraft draft;
        draft.name = name;
        draft.environment = environment;
        draft.scopes = std::move(scopes);
        const auto result = await(store->createKey(actor, draft));
        if (!result.ok())
            qFatal("create failed: %s", qPrintable(result.error().message()));
        return result.value();
    }

    Member addMember(const QString &name, const QString &role)
    {
        const auto result = await(store->addMember({}, Member{0, name, QString(), role}));
        if (!result.ok())
            qFatal("addMember failed: %s", qPrintable(result.error().message()));
        return result.value();
    }

    StoreResult<QList<AuditEvent>> audit(const QString &keyId = {}, const QString &action = {})
    {
        AuditQuery query;
        query.keyId = keyId;
        query.action = action;
        return await(store->auditEvents({}, query));
    }

    Verification::Outcome verify(const QString &token, const QString &scope = {})
    {
        const auto result = await(store->verify(token, scope));
        if (!result.ok())
            qFatal("verify failed: %s", qPrintable(result.error().message()));
        return result.value().outcome;
    }
};
