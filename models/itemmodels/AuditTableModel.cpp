#include "itemmodels/AuditTableModel.h"

#include "store/KeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <algorithm>
#include <utility>

namespace {

constexpr int MaxValueLength = 60;

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("—");
}

QString shortened(QString text)
{
    // One line: no control characters, and long lists end in an ellipsis.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (text.size() > MaxValueLength)
        text = text.left(MaxValueLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

AuditTableModel::AuditTableModel(KeyStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    qRegisterMetaType<AuditEvent>();
    connect(m_store, &KeyStore::changed, this, &AuditTableModel::refresh);
}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setActor(const ::Actor &actor)
{
    m_actor = actor;
    m_hasActor = true;
    load();
}

void AuditTableModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    load();
}

void AuditTableModel::refresh()
{
    // Events are never changed or removed: what a change adds comes before the newest
    // one shown, and the rows already read stay where they are.
    if (m_reading.newer)
        m_reading.newerAgain = true;
    else if (m_events.isEmpty() || m_reading.first)
        load();
    else
        request(Page::Newer);
}

void AuditTableModel::load()
{
    if (!m_hasActor)
        return;
    ++m_generation;
    m_reading = {};
    request(Page::First);
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_reading.older && !m_reading.first;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(Page::Older);
}

void AuditTableModel::request(Page page)
{
    AuditQuery query = m_query;
    if (page == Page::First) {
        m_reading.first = true;
    } else if (page == Page::Older) {
        query.beforeId = m_events.constLast().id;
        m_reading.older = true;
    } else {
        query.afterId = m_events.constFirst().id;
        m_reading.newer = true;
    }
    const quint64 generation = m_generation;
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    // The store is the context (it outlives its requests); the model may not.
    m_store->auditEvents(m_actor, query)
        .then(m_store, [self = QPointer<AuditTableModel>(this), generation,
                        page](const StoreResult<QList<AuditEvent>> &result) {
            if (!self)
                return;
            if (result.ok())
                self->arrived(generation, page, result.value());
            else
                self->failed(generation, page, result.error().message());
        });
}

void AuditTableModel::arrived(quint64 generation, Page page, const QList<AuditEvent> &events)
{
    const bool current = generation == m_generation;
    const bool full = events.size() >= qBound(1, m_query.limit, 100000);
    if (current && page == Page::First) {
        beginResetModel();
        m_events = events;
        m_hasMore = full;
        endResetModel();
    } else if (current && page == Page::Older) {
        if (!events.isEmpty()) {
            beginInsertRows({}, int(m_events.size()), int(m_events.size() + events.size() - 1));
            m_events += events;
            endInsertRows();
        }
        m_hasMore = full;
    } else if (current && page == Page::Newer && full) {
        m_reading.startAgain = true; // more happened than a page holds: read from the top
    } else if (current && page == Page::Newer && !events.isEmpty()) {
        beginInsertRows({}, 0, int(events.size() - 1));
        m_events = events + m_events;
        endInsertRows();
    }
    settle(current, page);
    if (current)
        Q_EMIT loaded();
}

void AuditTableModel::failed(quint64 generation, Page page, const QString &message)
{
    const bool current = generation == m_generation;
    if (current && page == Page::First && !m_events.isEmpty()) {
        // What is shown answered another query: paging on from it would mix the two.
        beginResetModel();
        m_events.clear();
        m_hasMore = false;
        endResetModel();
    }
    settle(current, page);
    if (current)
        Q_EMIT errorOccurred(message);
}

void AuditTableModel::settle(bool current, Page page)
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
    if (!current)
        return; // load() forgot what that generation was reading
    switch (page) {
    case Page::First:
        m_reading.first = false;
        break;
    case Page::Older:
        m_reading.older = false;
        break;
    case Page::Newer:
        m_reading.newer = false;
        if (std::exchange(m_reading.startAgain, false))
            load();
        else if (std::exchange(m_reading.newerAgain, false))
            refresh();
        break;
    }
}

QStringList AuditTableModel::actionCodes()
{
    return {
        QStringLiteral("create"),     QStringLiteral("edit"),        QStringLiteral("reset"),
        QStringLiteral("revoke"),     QStringLiteral("delete"),      QStringLiteral("export"),
        QStringLiteral("member_add"), QStringLiteral("member_role"), QStringLiteral("role_create"),
        QStringLiteral("role_edit"),  QStringLiteral("role_delete"), QStringLiteral("act_as")};
}

QString AuditTableModel::actionText(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("create"), QT_TR_NOOP("Created key")},
        {QStringLiteral("edit"), QT_TR_NOOP("Edited key")},
        {QStringLiteral("reset"), QT_TR_NOOP("Reset key")},
        {QStringLiteral("revoke"), QT_TR_NOOP("Revoked key")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted key")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported inventory")},
        {QStringLiteral("member_add"), QT_TR_NOOP("Added member")},
        {QStringLiteral("member_role"), QT_TR_NOOP("Changed member role")},
        {QStringLiteral("role_create"), QT_TR_NOOP("Created role")},
        {QStringLiteral("role_edit"), QT_TR_NOOP("Edited role")},
        {QStringLiteral("role_delete"), QT_TR_NOOP("Deleted role")},
        {QStringLiteral("act_as"), QT_TR_NOOP("Switched acting member")},
    };
    const char *text = texts.value(code);
    return text ? tr(text) : code;
}

QString AuditTableModel::detailsText(const AuditEvent &event)
{
    QStringList fields = event.before.keys() + event.after.keys();
    fields.removeDuplicates();
    std::sort(fields.begin(), fields.end());
    // What the event is about comes first.
    for (const QString &first :
         {QStringLiteral("role"), QStringLiteral("member"), QStringLiteral("name")}) {
        if (fields.removeOne(first))
            fields.prepend(first);
    }
    QStringList parts;
    for (const QString &field : std::as_const(fields)) {
        const bool hadBefore = event.before.contains(field);
        const bool hasAfter = event.after.contains(field);
        const QString before = shortened(valueText(event.before.value(field)));
        const QString after = shortened(valueText(event.after.value(field)));
        if (hadBefore && hasAfter && before != after) {
            //: Audit details: a field, its old value, an arrow and its new value
            parts << tr("%1: %2 → %3").arg(field, before, after);
        } else if (const QString value = hasAfter ? after : before; !value.isEmpty()) {
            //: Audit details: a field and its value
            parts << tr("%1: %2").arg(field, value);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditTableModel::viaText(const AuditEvent &event)
{
    QStringList parts;
    if (!event.osUser.isEmpty()) {
        //: Audit log: the operating-system account that made a change on a local store
        parts << tr("%1 (computer user)").arg(event.osUser);
    }
    if (!event.actorKeyId.isEmpty()) {
        //: Audit log: the id of the API key a change was made with, through keyward-server
        parts << tr("%1 (API key)").arg(event.actorKeyId);
    }
    return parts.join(QStringLiteral(", "));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return event.at.toUTC().toString(Qt::ISODate);
        if (index.column() == Details)
            return detailsText(event).replace(QStringLiteral("; "), QStringLiteral("\n"));
        return {};
    case EventIdRole:
        return event.id;
    case ActionCodeRole:
        return event.action;
    case KeyIdRole:
        return event.keyId;
    case TimeRole:
        return event.at;
    case EventRole:
        return QVariant::fromValue(event);
    default:
        return {};
    }
}

QVariant AuditTableModel::displayData(const AuditEvent &event, int column) const
{
    switch (column) {
    case Time:
        return event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return event.actor;
    case Via:
        return viaText(event);
    case Action:
        return actionText(event.action);
    case Key:
        return event.keyId;
    case Details:
        return detailsText(event);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        //: Audit log column: the member who made the change
        return tr("Actor");
    case Via:
        //: Audit log column: the computer user, or the API key, the member acted through
        return tr("Via");
    case Action:
        return tr("Action");
    case Key:
        //: Audit log column: the id of the API key concerned
        return tr("Key");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(ActionCodeRole, "actionCode");
    names.insert(KeyIdRole, "keyId");
    names.insert(TimeRole, "time");
    names.insert(EventRole, "event");
    return names;
}
