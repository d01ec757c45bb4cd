#include "exchange/KeyJson.h"

#include <QJsonArray>
#include <QTest>

//! The key's JSON forms: what keyward-server sends (toApiJson) is what the HTTP store
//! reads back (fromJson), every field, and the export's form stays the documented one.
class TestKeyJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theApiFormRoundTrips();
    void theExportFormHasOnlyTheDocumentedFields();

private:
    static void roundTrips(const ApiKey &key);
};

namespace {

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QDateTime at(int day, int msec = 0)
{
    return QDateTime(QDate(2026, 2, day), QTime(8, 30, 15, msec), Qt::UTC);
}

QDateTime toSecond(const QDateTime &time)
{
    return time.isValid() ? time.addMSecs(-time.time().msec()) : time;
}

ApiKey fullKey()
{
    ApiKey key;
    key.id = QStringLiteral("AbCdEfGhIjKl");
    key.name = QStringLiteral("CRM sync — Zürich \"prod\"");
    key.description = QStringLiteral("Line one\nline two");
    key.environment = Environment::Live;
    key.roles = {QStringLiteral("Developer"), QStringLiteral("Billing")};
    key.scopes = {QStringLiteral("documents:read")};
    key.effectiveScopes = {QStringLiteral("documents:read"), QStringLiteral("templates:read")};
    key.createdBy = QStringLiteral("Olivia Owner");
    key.createdAt = at(1, 250);
    key.expiresAt = at(20);
    key.lastUsedAt = at(14, 999);
    key.revokedAt = at(15);
    key.hint = QStringLiteral("acme_live_AbCdEfGhIjKl…x9Z2");
    key.version = 7;
    key.credentials = {{at(1), at(10)}, {at(10), {}}};
    return key;
}

} // namespace

void TestKeyJson::theApiFormRoundTrips()
{
    ApiKey fresh = fullKey();
    fresh.environment = Environment::Test;
    fresh.expiresAt = {};
    fresh.lastUsedAt = {};
    fresh.revokedAt = {};
    fresh.roles.clear();
    fresh.effectiveScopes.clear();
    fresh.credentials = {{at(1), {}}};
    // Every field set; and a key never used, without expiry, not revoked.
    for (const ApiKey &key : {fullKey(), fresh})
        roundTrips(key);
}

void TestKeyJson::roundTrips(const ApiKey &key)
{
    const QJsonObject sent = KeyJson::toApiJson(key, Now);
    const ApiKey read = KeyJson::fromJson(sent);
    QCOMPARE(read.id, key.id);
    QCOMPARE(read.name, key.name);
    QCOMPARE(read.description, key.description);
    QCOMPARE(read.environment, key.environment);
    QCOMPARE(read.roles, key.roles);
    QCOMPARE(read.scopes, key.scopes);
    QCOMPARE(read.effectiveScopes, key.effectiveScopes);
    QCOMPARE(read.createdBy, key.createdBy);
    // Times travel to the second, as the exports write them.
    QCOMPARE(read.createdAt, toSecond(key.createdAt));
    QCOMPARE(read.expiresAt, key.expiresAt);
    QCOMPARE(read.lastUsedAt, toSecond(key.lastUsedAt));
    QCOMPARE(read.revokedAt, key.revokedAt);
    QCOMPARE(read.hint, key.hint);
    QCOMPARE(read.version, key.version);
    QCOMPARE(read.credentials.size(), key.credentials.size());
    for (qsizetype i = 0; i < key.credentials.size(); ++i) {
        QCOMPARE(read.credentials.at(i).createdAt, key.credentials.at(i).createdAt);
        QCOMPARE(read.credentials.at(i).endsAt, key.credentials.at(i).endsAt);
    }
    // The status is derived, not stored: sent as the key has it now.
    QCOMPARE(sent.value(QStringLiteral("status")).toString(), keyStatusName(key.statusAt(Now)));
    // And what is read writes the same object again.
    QCOMPARE(KeyJson::toApiJson(read, Now), sent);
}

void TestKeyJson::theExportFormHasOnlyTheDocumentedFields()
{
    const QJsonObject exported = KeyJson::toJson(fullKey(), Now);
    QStringList fields = exported.keys();
    fields.sort();
    QStringList documented = QStringLiteral("id name description type status roles scopes "
                                            "created_at created_by expires_at last_used_at hint")
                                 .split(u' ');
    documented.sort();
    QCOMPARE(fields, documented);
    // The API form adds to it and changes none of its values.
    const QJsonObject api = KeyJson::toApiJson(fullKey(), Now);
    for (const QString &field : std::as_const(fields))
        QCOMPARE(api.value(field), exported.value(field));
}

QTEST_APPLESS_MAIN(TestKeyJson)
#include "tst_keyjson.moc"
