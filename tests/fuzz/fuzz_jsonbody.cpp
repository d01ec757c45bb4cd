#include "FuzzCheck.h"
#include "domain/KeyRules.h"
#include "exchange/ApiBodies.h"
#include "exchange/JsonBody.h"
#include "exchange/StrictJson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

QMap<QString, QJsonValue> members(const QJsonObject &object)
{
    QMap<QString, QJsonValue> result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

//! Equal JSON values: numbers by value (exactly when both are whole qint64s, as doubles
//! otherwise: Qt keeps only whole numbers below 2^53 exactly), the rest exactly.
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double: {
        const QCborValue x = QCborValue::fromJsonValue(a);
        const QCborValue y = QCborValue::fromJsonValue(b);
        if (x.isInteger() && y.isInteger())
            return x.toInteger() == y.toInteger();
        return a.toDouble() == b.toDouble();
    }
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        // Walked, not looked up: QJsonDocument::fromJson orders members by code point but
        // looks them up in UTF-16 order, so in an object it parsed a key above U+FFFF
        // beside one in U+E000..U+FFFF can be listed and yet not found by value().
        const QMap<QString, QJsonValue> x = members(a.toObject());
        const QMap<QString, QJsonValue> y = members(b.toObject());
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameJson(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

//! StrictJson: what it accepts QJsonDocument reads the same, and what Qt writes of it
//! reads back the same; what it refuses has a message with the byte.
void checkReader(const QByteArray &bytes)
{
    StrictJson::Error error;
    const std::optional<QJsonValue> value = StrictJson::parse(bytes, &error);
    if (!value) {
        FUZZ_CHECK(error.offset >= 0 && error.offset <= bytes.size(),
                   QString::number(error.offset));
        FUZZ_CHECK(error.message.contains(QStringLiteral("byte %1").arg(error.offset)),
                   error.message);
        return;
    }
    // Qt drops a raw U+FEFF inside a string ("\xEF\xBB\xBFscopes" reads as "scopes"):
    // give it that character escaped, which it keeps. (Valid UTF-8 holds those three
    // bytes only as U+FEFF, and strict JSON holds U+FEFF only inside strings.)
    QByteArray forQt = bytes;
    forQt.replace("\xEF\xBB\xBF", "\\ufeff");
    QJsonParseError qtError{};
    const QJsonDocument qt = QJsonDocument::fromJson('[' + forQt + ']', &qtError);
    FUZZ_CHECK(qtError.error == QJsonParseError::NoError, qtError.errorString());
    FUZZ_CHECK(qt.array().size() == 1 && sameJson(qt.array().at(0), *value),
               QString::fromUtf8(qt.toJson(QJsonDocument::Compact)));

    const QByteArray written = QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact);
    const std::optional<QJsonValue> again = StrictJson::parse(written, &error);
    FUZZ_CHECK(again, error.message + QStringLiteral(" in ") + QString::fromUtf8(written));
    FUZZ_CHECK(again->toArray().size() == 1 && sameJson(again->toArray().at(0), *value),
               QString::fromUtf8(written));
}

//! The server's readers of request bodies over the same bytes: a refusal names the
//! problem; what they accept was strict JSON and keeps the rules.
void checkBodies(const QByteArray &bytes)
{
    const bool strict = StrictJson::parse(bytes, nullptr).has_value();
    {
        JsonBody body(bytes);
        const KeyDraft draft = ApiBodies::draftFrom(body);
        if (!body.finish()) {
            FUZZ_CHECK(!body.problem().isEmpty(), QString());
        } else {
            FUZZ_CHECK(strict, QString::fromUtf8(bytes));
            FUZZ_CHECK(!(draft.neverExpires && draft.expiresAt.isValid()), QString());
            for (const QString &scope : draft.scopes + draft.roles)
                FUZZ_CHECK(!scope.trimmed().isEmpty(), QString());
            FUZZ_CHECK(!draft.expiresAt.isValid() || draft.expiresAt.timeSpec() == Qt::UTC,
                       draft.expiresAt.toString());
            KeyRules::nameProblem(draft.name);
            KeyRules::descriptionProblem(draft.description);
        }
    }
    {
        JsonBody body(bytes, JsonBody::DefaultMaxBytes, JsonBody::Empty::IsEmptyObject);
        const KeyChanges changes = ApiBodies::changesFrom(body);
        if (body.finish() && changes.name)
            KeyRules::nameProblem(*changes.name);
    }
    {
        JsonBody body(bytes, JsonBody::DefaultMaxBytes, JsonBody::Empty::IsEmptyObject);
        const std::optional<qint64> grace =
            body.integer(QStringLiteral("grace_seconds"), 0, 7 * 24 * 3600);
        if (body.finish() && grace)
            FUZZ_CHECK(*grace >= 0 && *grace <= 7 * 24 * 3600, QString::number(*grace));
        JsonBody wide(bytes, JsonBody::DefaultMaxBytes, JsonBody::Empty::IsEmptyObject);
        const std::optional<qint64> any =
            wide.integer(QStringLiteral("grace_seconds"), std::numeric_limits<qint64>::min(),
                         std::numeric_limits<qint64>::max());
        Q_UNUSED(any);
    }
    {
        JsonBody body(bytes, 4096);
        body.requiredString(QStringLiteral("key"));
        body.optionalString(QStringLiteral("scope"));
        if (!body.finish())
            FUZZ_CHECK(!body.problem().isEmpty(), QString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    checkReader(bytes);
    checkBodies(bytes);
    return 0;
}
