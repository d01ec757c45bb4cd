#include "http/HttpKeyStore.h"

#include "exchange/DirectoryJson.h"
#include "exchange/KeyJson.h"
#include "http/HttpRequester.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

namespace {

const QList<QPair<KeySortField, QString>> SortNames = {
    {KeySortField::Name, QStringLiteral("name")},
    {KeySortField::Type, QStringLiteral("type")},
    {KeySortField::Status, QStringLiteral("status")},
    {KeySortField::Created, QStringLiteral("created")},
    {KeySortField::CreatedBy, QStringLiteral("created_by")},
    {KeySortField::LastUsed, QStringLiteral("last_used")},
    {KeySortField::Expires, QStringLiteral("expires")},
};

QUrlQuery filterQuery(const KeyFilter &filter)
{
    QUrlQuery query;
    if (!filter.text.isEmpty())
        query.addQueryItem(QStringLiteral("search"), filter.text);
    if (filter.environment)
        query.addQueryItem(QStringLiteral("type"), environmentName(*filter.environment));
    if (filter.status)
        query.addQueryItem(QStringLiteral("status"), keyStatusName(*filter.status));
    if (!filter.role.isEmpty())
        query.addQueryItem(QStringLiteral("role"), filter.role);
    if (!filter.createdBy.isEmpty())
        query.addQueryItem(QStringLiteral("created_by"), filter.createdBy);
    return query;
}

QString withQuery(const QString &path, const QUrlQuery &query)
{
    const QString encoded = query.toString(QUrl::FullyEncoded);
    return encoded.isEmpty() ? path : path + QLatin1Char('?') + encoded;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpCall get(const QString &path)
{
    HttpCall call;
    call.path = path;
    call.repeatable = true;
    return call;
}

HttpCall write(const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    HttpCall call;
    call.method = method;
    call.path = path;
    if (!body.isEmpty() || method == "POST")
        call.body = json(body);
    return call;
}

//! A write that may be sent again: the server answers a repeat with the first result.
HttpCall idempotent(HttpCall call, const QString &idempotencyKey)
{
    const QString key = idempotencyKey.isEmpty()
                            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : idempotencyKey;
    call.headers.append({QByteArrayLiteral("Idempotency-Key"), key.toUtf8()});
    call.repeatable = true;
    return call;
}

IssuedKey issuedFrom(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    return {KeyJson::fromJson(object.value(QStringLiteral("key")).toObject()),
            object.value(QStringLiteral("token")).toString()};
}

ApiKey keyFrom(const QJsonDocument &document)
{
    return KeyJson::fromJson(document.object());
}

QString keyPath(const QString &id, const QString &rest = {})
{
    return QStringLiteral("/v1/keys/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

} // namespace

HttpKeyStore::HttpKeyStore(HttpStoreOptions options, QObject *parent)
    : KeyStore(parent)
    , m_requester(new HttpRequester(std::move(options), this))
{
    m_poll.setInterval(m_requester->options().pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &HttpKeyStore::pollForChanges);
}

HttpKeyStore::~HttpKeyStore() = default;

template <typename T, typename Convert>
QFuture<StoreResult<T>> HttpKeyStore::request(const HttpCall &call, Convert convert)
{
    countBackendCall();
    auto promise = std::make_shared<QPromise<StoreResult<T>>>();
    promise->start();
    QFuture<StoreResult<T>> future = promise->future();
    m_requester->send(call, [promise, convert](const StoreResult<QJsonDocument> &answer) {
        promise->addResult(answer.ok() ? StoreResult<T>(convert(answer.value()))
                                       : StoreResult<T>(answer.error()));
        promise->finish();
    });
    return future;
}

template <typename T, typename Convert>
QFuture<StoreResult<T>> HttpKeyStore::change(const HttpCall &call, Convert convert)
{
    return request<T>(call, [this, convert](const QJsonDocument &document) {
        T value = convert(document);
        QTimer::singleShot(0, this, [this] { Q_EMIT changed(); });
        return value;
    });
}

std::optional<StoreError> HttpKeyStore::otherActor(const Actor &actor) const
{
    if (actor.memberId == 0 || actor.memberId == m_memberId)
        return std::nullopt;
    return StoreError::forbidden(
        tr("On keyward-server you act as the connection's key, not as another member."));
}

QFuture<StoreResult<StoreInfo>> HttpKeyStore::open()
{
    const QUrl server = m_requester->options().server;
    return request<StoreInfo>(
        get(QStringLiteral("/v1/workspace")), [this, server](const QJsonDocument &document) {
            const QJsonObject object = document.object();
            const QJsonObject workspace = object.value(QStringLiteral("workspace")).toObject();
            StoreInfo info;
            info.displayName = server.host() + QLatin1Char(':') + QString::number(server.port(443));
            info.location = server.toDisplayString();
            info.workspace.name = workspace.value(QStringLiteral("name")).toString();
            info.workspace.prefix = workspace.value(QStringLiteral("prefix")).toString();
            info.workspace.allowNeverExpire =
                workspace.value(QStringLiteral("allow_never_expire")).toBool();
            info.defaultActor =
                DirectoryJson::memberFrom(object.value(QStringLiteral("member")).toObject());
            m_memberId = info.defaultActor.id;
            if (!m_polling) {
                m_polling = true;
                m_poll.start();
            }
            return info;
        });
}

QFuture<StoreResult<StoreInfo>> HttpKeyStore::actingAs(const Actor &actor)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<StoreInfo>(*refusal));
    return open();
}

QFuture<StoreResult<qint64>> HttpKeyStore::lastChange(const Actor &actor)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<qint64>(*refusal));
    return request<qint64>(get(QStringLiteral("/v1/changes")), [](const QJsonDocument &document) {
        return document.object().value(QStringLiteral("last_change")).toInteger();
    });
}

void HttpKeyStore::pollForChanges()
{
    if (m_pollInFlight)
        return;
    m_pollInFlight = true;
    lastChange({}).then(this, [this](const StoreResult<qint64> &result) {
        m_pollInFlight = false;
        if (!result.ok())
            return; // the next real request reports the problem where the user is
        if (m_lastChange >= 0 && result.value() != m_lastChange)
            Q_EMIT changed();
        m_lastChange = result.value();
    });
}

QFuture<StoreResult<KeyPage>> HttpKeyStore::queryKeys(const Actor &actor, const KeyQuery &query)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<KeyPage>(*refusal));
    QUrlQuery url = filterQuery(query.filter);
    for (const auto &[field, name] : SortNames) {
        if (field == query.sortField)
            url.addQueryItem(QStringLiteral("sort"), name);
    }
    url.addQueryItem(QStringLiteral("order"), query.sortOrder == Qt::AscendingOrder
                                                  ? QStringLiteral("asc")
                                                  : QStringLiteral("desc"));
    url.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.limit, 500)));
    if (!query.after.isEmpty())
        url.addQueryItem(QStringLiteral("cursor"), query.after);
    return request<KeyPage>(
        get(withQuery(QStringLiteral("/v1/keys"), url)), [](const QJsonDocument &document) {
            KeyPage page;
            const QJsonObject object = document.object();
            for (const QJsonValue &key : object.value(QStringLiteral("keys")).toArray())
                page.keys.append(KeyJson::fromJson(key.toObject()));
            page.nextCursor = object.value(QStringLiteral("next_cursor")).toString();
            return page;
        });
}

QFuture<StoreResult<KeyCounts>> HttpKeyStore::countKeys(const Actor &actor, const KeyFilter &filter)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<KeyCounts>(*refusal));
    return request<KeyCounts>(get(withQuery(QStringLiteral("/v1/keys/count"), filterQuery(filter))),
                              [](const QJsonDocument &document) {
                                  const QJsonObject object = document.object();
                                  return KeyCounts{
                                      object.value(QStringLiteral("total")).toInt(),
                                      object.value(QStringLiteral("expiring")).toInt()};
                              });
}

QFuture<StoreResult<ApiKey>> HttpKeyStore::key(const Actor &actor, const QString &id)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<ApiKey>(*refusal));
    return request<ApiKey>(get(keyPath(id)), keyFrom);
}

QFuture<StoreResult<IssuedKey>> HttpKeyStore::createKey(const Actor &actor, const KeyDraft &draft)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<IssuedKey>(*refusal));
    QJsonObject body{{QStringLiteral("name"), draft.name},
                     {QStringLiteral("description"), draft.description},
                     {QStringLiteral("type"), environmentName(draft.environment)},
                     {QStringLiteral("roles"), QJsonArray::fromStringList(draft.roles)},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(draft.scopes)}};
    if (draft.neverExpires)
        body.insert(QStringLiteral("never_expires"), true);
    else if (draft.expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), KeyJson::timeText(draft.expiresAt));
    return change<IssuedKey>(
        idempotent(write(QByteArrayLiteral("POST"), QStringLiteral("/v1/keys"), body),
                   draft.idempotencyKey),
        issuedFrom);
}

QFuture<StoreResult<ApiKey>> HttpKeyStore::editKey(const Actor &actor, const KeyChanges &changes)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<ApiKey>(*refusal));
    QJsonObject body;
    if (changes.name)
        body.insert(QStringLiteral("name"), *changes.name);
    if (changes.description)
        body.insert(QStringLiteral("description"), *changes.description);
    if (changes.roles)
        body.insert(QStringLiteral("roles"), QJsonArray::fromStringList(*changes.roles));
    if (changes.scopes)
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(*changes.scopes));
    HttpCall call = write(QByteArrayLiteral("PATCH"), keyPath(changes.id), body);
    call.body = json(body);
    call.headers.append(
        {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(changes.expectedVersion) + '"'});
    return change<ApiKey>(call, keyFrom);
}

QFuture<StoreResult<IssuedKey>> HttpKeyStore::resetKey(const Actor &actor, const QString &id,
                                                       Grace grace, const QString &idempotencyKey)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<IssuedKey>(*refusal));
    const QJsonObject body{{QStringLiteral("grace_seconds"), qint64(grace.count())}};
    return change<IssuedKey>(
        idempotent(write(QByteArrayLiteral("POST"), keyPath(id, QStringLiteral("/reset")), body),
                   idempotencyKey),
        issuedFrom);
}

QFuture<StoreResult<ApiKey>> HttpKeyStore::revokeKey(const Actor &actor, const QString &id)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<ApiKey>(*refusal));
    return change<ApiKey>(write(QByteArrayLiteral("POST"), keyPath(id, QStringLiteral("/revoke"))),
                          keyFrom);
}

QFuture<StoreResult<Done>> HttpKeyStore::deleteKey(const Actor &actor, const QString &id)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<Done>(*refusal));
    return change<Done>(write(QByteArrayLiteral("DELETE"), keyPath(id)),
                        [](const QJsonDocument &) { return Done{}; });
}

QFuture<StoreResult<QList<AuditEvent>>> HttpKeyStore::auditEvents(const Actor &actor,
                                                                  const AuditQuery &query)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<QList<AuditEvent>>(*refusal));
    QString path;
    const bool oneKey = !query.keyId.isEmpty() && query.action.isEmpty() && query.actor.isEmpty() &&
                        !query.from.isValid() && !query.to.isValid();
    if (oneKey) {
        path = keyPath(query.keyId, QStringLiteral("/audit")); // needs api_keys:read only
    } else {
        QUrlQuery url;
        const QList<QPair<QString, QString>> items{
            {QStringLiteral("key"), query.keyId},
            {QStringLiteral("action"), query.action},
            {QStringLiteral("actor"), query.actor},
            {QStringLiteral("from"), KeyJson::timeText(query.from)},
            {QStringLiteral("to"), KeyJson::timeText(query.to)}};
        for (const auto &[name, value] : items) {
            if (!value.isEmpty())
                url.addQueryItem(name, value);
        }
        url.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.limit, 10000)));
        path = withQuery(QStringLiteral("/v1/audit"), url);
    }
    return request<QList<AuditEvent>>(get(path), [](const QJsonDocument &document) {
        return DirectoryJson::listFrom<AuditEvent>(
            document.object().value(QStringLiteral("events")).toArray(),
            DirectoryJson::auditEventFrom);
    });
}

QFuture<StoreResult<ScopeCatalog>> HttpKeyStore::scopeCatalog(const Actor &actor)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<ScopeCatalog>(*refusal));
    return request<ScopeCatalog>(
        get(QStringLiteral("/v1/scopes")), [](const QJsonDocument &document) {
            return DirectoryJson::catalogFrom(
                document.object().value(QStringLiteral("resources")).toArray());
        });
}

QFuture<StoreResult<QList<Role>>> HttpKeyStore::roles(const Actor &actor)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<QList<Role>>(*refusal));
    return request<QList<Role>>(get(QStringLiteral("/v1/roles")),
                                [](const QJsonDocument &document) {
                                    return DirectoryJson::listFrom<Role>(
                                        document.object().value(QStringLiteral("roles")).toArray(),
                                        DirectoryJson::roleFrom);
                                });
}

QFuture<StoreResult<QList<Member>>> HttpKeyStore::members(const Actor &actor)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<QList<Member>>(*refusal));
    return request<QList<Member>>(
        get(QStringLiteral("/v1/members")), [](const QJsonDocument &document) {
            return DirectoryJson::listFrom<Member>(
                document.object().value(QStringLiteral("members")).toArray(),
                DirectoryJson::memberFrom);
        });
}

QFuture<StoreResult<Member>> HttpKeyStore::addMember(const Actor &actor, const Member &member)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<Member>(*refusal));
    const QJsonObject body{{QStringLiteral("name"), member.name},
                           {QStringLiteral("email"), member.email},
                           {QStringLiteral("role"), member.role}};
    return change<Member>(
        write(QByteArrayLiteral("POST"), QStringLiteral("/v1/members"), body),
        [](const QJsonDocument &document) { return DirectoryJson::memberFrom(document.object()); });
}

QFuture<StoreResult<Member>> HttpKeyStore::changeMemberRole(const Actor &actor, qint64 memberId,
                                                            const QString &role)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<Member>(*refusal));
    return change<Member>(
        write(QByteArrayLiteral("PATCH"), QStringLiteral("/v1/members/%1").arg(memberId),
              {{QStringLiteral("role"), role}}),
        [](const QJsonDocument &document) { return DirectoryJson::memberFrom(document.object()); });
}

QFuture<StoreResult<Role>> HttpKeyStore::saveRole(const Actor &actor, const Role &role)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<Role>(*refusal));
    const QJsonObject body{{QStringLiteral("name"), role.name},
                           {QStringLiteral("description"), role.description},
                           {QStringLiteral("scopes"), QJsonArray::fromStringList(role.scopes)}};
    const HttpCall call =
        role.id == 0
            ? write(QByteArrayLiteral("POST"), QStringLiteral("/v1/roles"), body)
            : write(QByteArrayLiteral("PUT"), QStringLiteral("/v1/roles/%1").arg(role.id), body);
    return change<Role>(call, [](const QJsonDocument &document) {
        return DirectoryJson::roleFrom(document.object());
    });
}

QFuture<StoreResult<Done>> HttpKeyStore::deleteRole(const Actor &actor, const QString &name)
{
    // The API deletes roles by id: find it first.
    auto promise = std::make_shared<QPromise<StoreResult<Done>>>();
    promise->start();
    QFuture<StoreResult<Done>> future = promise->future();
    roles(actor).then(this, [this, promise, name](const StoreResult<QList<Role>> &found) {
        const auto finish = [promise](const StoreResult<Done> &result) {
            promise->addResult(result);
            promise->finish();
        };
        if (!found.ok())
            return finish(found.error());
        const auto role = std::find_if(found.value().cbegin(), found.value().cend(),
                                       [&name](const Role &r) { return r.name == name; });
        if (role == found.value().cend())
            return finish(StoreError::notFound(tr("There is no role “%1”.").arg(name)));
        change<Done>(
            write(QByteArrayLiteral("DELETE"), QStringLiteral("/v1/roles/%1").arg(role->id)),
            [](const QJsonDocument &) { return Done{}; })
            .then(this, finish);
    });
    return future;
}

QFuture<StoreResult<ExportSummary>> HttpKeyStore::exportInventory(const Actor &actor,
                                                                  const KeyFilter &filter,
                                                                  ExportFormat format,
                                                                  const QString &path)
{
    if (const auto refusal = otherActor(actor))
        return QtFuture::makeReadyFuture(StoreResult<ExportSummary>(*refusal));
    countBackendCall();
    auto promise = std::make_shared<QPromise<StoreResult<ExportSummary>>>();
    promise->start();
    QFuture<StoreResult<ExportSummary>> future = promise->future();
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        promise->addResult(
            StoreError::unavailable(tr("Cannot write %1: %2").arg(path, file->errorString())));
        promise->finish();
        return future;
    }
    QUrlQuery url = filterQuery(filter);
    url.addQueryItem(QStringLiteral("format"),
                     format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
    auto keys = std::make_shared<int>(0);
    m_requester->fetch(
        get(withQuery(QStringLiteral("/v1/export"), url)),
        [file, keys](const QByteArray &body, const HttpRequester::Headers &headers) {
            file->write(body);
            for (const auto &[name, value] : headers) {
                if (name.compare("X-Keyward-Key-Count", Qt::CaseInsensitive) == 0)
                    *keys = value.toInt();
            }
        },
        [promise](qint64 received, qint64 total) {
            promise->setProgressRange(0, int(qMax<qint64>(total, 1) / 1024));
            promise->setProgressValue(int(received / 1024));
            return !promise->isCanceled();
        },
        [promise, file, keys, path](const StoreResult<QJsonDocument> &answer) {
            if (promise->isCanceled()) { // perhaps after the whole answer arrived
                file->cancelWriting();
                promise->addResult(
                    StoreError::invalid(tr("The export was cancelled; no file was written.")));
            } else if (answer.ok() && file->commit()) {
                promise->addResult(ExportSummary{path, *keys});
            } else {
                file->cancelWriting();
                promise->addResult(
                    answer.ok() ? StoreError::unavailable(
                                      tr("Cannot write %1: %2").arg(path, file->errorString()))
                                : answer.error());
            }
            promise->finish();
        });
    return future;
}

QFuture<StoreResult<Verification>> HttpKeyStore::verifyParsed(const ParsedToken &token,
                                                              const QString &scope)
{
    HttpCall call = write(
        QByteArrayLiteral("POST"), QStringLiteral("/v1/keys/verify"),
        {{QStringLiteral("key"), KeyToken::compose(token)}, {QStringLiteral("scope"), scope}});
    call.repeatable = true; // a check changes nothing
    return request<Verification>(call, [token](const QJsonDocument &document) {
        const QJsonObject object = document.object();
        const QString outcome = object.value(QStringLiteral("outcome")).toString();
        Verification verification;
        verification.outcome = outcome == QLatin1String("valid") ? Verification::Outcome::Valid
                               : outcome == QLatin1String("forbidden")
                                   ? Verification::Outcome::Forbidden
                                   : Verification::Outcome::Unauthenticated;
        if (verification.outcome != Verification::Outcome::Unauthenticated) {
            verification.keyId = object.value(QStringLiteral("id")).toString();
            verification.workspace = object.value(QStringLiteral("workspace")).toString();
            verification.environment = token.environment;
        }
        return verification;
    });
}
