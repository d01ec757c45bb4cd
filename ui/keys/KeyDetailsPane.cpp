#include "keys/KeyDetailsPane.h"

#include "common/Session.h"
#include "itemmodels/KeyDisplay.h"
#include "store/KeyStore.h"
#include "ui_KeyDetailsPane.h"

#include <QLabel>

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QPointer>

namespace {

constexpr int MaxSummaryFields = 3;
constexpr int MaxValueLength = 40;

QString shortValue(const QJsonValue &value)
{
    QString text;
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue part : value.toArray())
            parts << part.toVariant().toString();
        text = parts.join(QStringLiteral(", "));
    } else {
        text = value.toVariant().toString();
    }
    if (text.size() > MaxValueLength)
        text = text.left(MaxValueLength - 1) + QChar(0x2026);
    return text;
}

QString actionText(const QString &action)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Created")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Edited")},
        {QStringLiteral("reset"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Reset")},
        {QStringLiteral("revoke"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Revoked")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Deleted")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Exported")},
    };
    const char *word = words.value(action);
    return word ? KeyDetailsPane::tr(word) : action;
}

} // namespace

KeyDetailsPane::KeyDetailsPane(Session *session, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::KeyDetailsPane>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("keyDetailsPane"));
    // Names and descriptions are typed by people: never render them as markup.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    m_ui->detailsStack->setCurrentWidget(m_ui->noKeyPage);
    QFont bold = m_ui->auditTitle->font();
    bold.setBold(true);
    m_ui->auditTitle->setFont(bold);
    m_ui->auditList->setSpacing(3);
    m_ui->auditList->setAlternatingRowColors(true);
    connect(m_session->store(), &KeyStore::changed, this, &KeyDetailsPane::readHistory);
}

KeyDetailsPane::~KeyDetailsPane() = default;

void KeyDetailsPane::setKey(const std::optional<ApiKey> &key)
{
    const bool sameKey = key && m_key && key->id == m_key->id && key->version == m_key->version;
    m_key = key;
    if (!key) {
        ++m_generation;
        m_ui->auditList->clear();
        m_ui->detailsStack->setCurrentWidget(m_ui->noKeyPage);
        return;
    }
    showFields(*key);
    m_ui->detailsStack->setCurrentWidget(m_ui->detailsScroll);
    if (!sameKey)
        readHistory();
}

void KeyDetailsPane::showFields(const ApiKey &key)
{
    const QDateTime now = m_session->store()->now();
    m_ui->headingLabel->setText(key.name);
    m_ui->nameValue->setText(key.name);
    m_ui->descriptionValue->setText(key.description.isEmpty() ? tr("No description")
                                                              : key.description);
    m_ui->typeValue->setText(KeyDisplay::typeText(key.environment));
    m_ui->statusValue->setText(KeyDisplay::statusText(key, now));
    m_ui->statusValue->setToolTip(KeyDisplay::statusDetail(key, now));
    m_ui->rolesValue->setText(key.roles.isEmpty() ? tr("No roles")
                                                  : key.roles.join(QStringLiteral(", ")));
    const QStringList scopes = groupedScopes(key.effectiveScopes);
    m_ui->scopesValue->setText(scopes.isEmpty() ? tr("No scopes") : scopes.join(QLatin1Char('\n')));
    m_ui->credentialsValue->setText(credentialsText(key));
    //: When and by whom a key was created: "1/2/26 12:00 by Olivia Owner"
    m_ui->createdValue->setText(
        tr("%1 by %2").arg(KeyDisplay::timeText(key.createdAt), key.createdBy));
    m_ui->expiresValue->setText(KeyDisplay::expiresText(key.expiresAt));
    m_ui->lastUsedValue->setText(KeyDisplay::lastUsedText(key.lastUsedAt));
}

QStringList KeyDetailsPane::groupedScopes(const QStringList &scopes)
{
    QMap<QString, QStringList> byResource;
    for (const QString &scope : scopes) {
        const qsizetype colon = scope.indexOf(QLatin1Char(':'));
        byResource[scope.left(colon)] << scope.mid(colon + 1);
    }
    QStringList lines;
    for (auto it = byResource.cbegin(); it != byResource.cend(); ++it) {
        //: A resource and its granted actions: "documents: read, write"
        lines << tr("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return lines;
}

QString KeyDetailsPane::credentialsText(const ApiKey &key) const
{
    QStringList lines;
    for (const Credential &credential : key.credentials) {
        if (!credential.endsAt.isValid()) {
            lines
                << tr("Current secret, issued %1").arg(KeyDisplay::timeText(credential.createdAt));
        } else {
            lines << tr("Previous secret, stops working at %1")
                         .arg(KeyDisplay::longTimeText(credential.endsAt));
        }
    }
    return lines.isEmpty() ? tr("No secret") : lines.join(QLatin1Char('\n'));
}

QString KeyDetailsPane::eventText(const AuditEvent &event)
{
    QStringList changes;
    const QStringList fields = event.after.keys();
    for (const QString &field : fields) {
        if (changes.size() == MaxSummaryFields)
            break;
        const QJsonValue after = event.after.value(field);
        const QJsonValue before = event.before.value(field);
        if (before == after || (before.isUndefined() && shortValue(after).isEmpty()))
            continue;
        changes << (before.isUndefined()
                        ? tr("%1: %2").arg(field, shortValue(after))
                        : tr("%1: %2 → %3").arg(field, shortValue(before), shortValue(after)));
    }
    //: An audit line: action, who, when (local time)
    QString text = tr("%1 by %2 · %3")
                       .arg(actionText(event.action), event.actor, KeyDisplay::timeText(event.at));
    if (!changes.isEmpty())
        text += QLatin1Char('\n') + changes.join(QStringLiteral("; "));
    return text;
}

void KeyDetailsPane::readHistory()
{
    if (!m_key)
        return;
    AuditQuery query;
    query.keyId = m_key->id;
    query.limit = 50;
    const quint64 generation = ++m_generation;
    const QPointer<KeyDetailsPane> self(this);
    m_session->store()
        ->auditEvents(m_session->actor(), query)
        .then(m_session->store(), [self, generation](const StoreResult<QList<AuditEvent>> &result) {
            if (self)
                self->historyArrived(generation, result);
        });
}

void KeyDetailsPane::historyArrived(quint64 generation,
                                    const StoreResult<QList<AuditEvent>> &result)
{
    if (generation != m_generation)
        return;
    m_ui->auditList->clear();
    if (!result.ok()) {
        m_ui->auditList->addItem(
            tr("The history could not be read: %1").arg(result.error().message()));
    } else {
        for (const AuditEvent &event : result.value()) {
            auto *item = new QListWidgetItem(eventText(event), m_ui->auditList);
            item->setToolTip(KeyDisplay::longTimeText(event.at));
        }
        if (result.value().isEmpty())
            m_ui->auditList->addItem(tr("No recorded changes"));
    }
    Q_EMIT historyLoaded();
}
