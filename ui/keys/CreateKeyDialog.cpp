#include "keys/CreateKeyDialog.h"

#include "common/Session.h"
#include "common/Theme.h"
#include "domain/KeyRules.h"
#include "ui_CreateKeyDialog.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUuid>

namespace {

//! expiryCombo's item data: days until expiry, or one of these.
constexpr int PickDate = -1;
constexpr int NeverExpires = 0;

void showProblem(QLabel *label, const std::optional<QString> &problem)
{
    label->setText(problem.value_or(QString()));
    label->setVisible(problem.has_value());
}

} // namespace

CreateKeyDialog::CreateKeyDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
    , m_session(session)
    , m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_openedAt(session->store()->now())
{
    m_ui->setupUi(this);
    m_createButton = m_ui->buttonBox->addButton(tr("Create API key"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create API key"));
    m_createButton->setDefault(true);
    Theme::setEmphasis(m_createButton, "primary");
    m_cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    m_ui->scopeGrid->setFocusProxy(m_ui->scopeGrid->view()); // for the "&Scopes" mnemonic
    const QString roleHelp =
        tr("Ticking a role ticks its scopes in the grid; they stay ticked while the role is. "
           "The key follows later changes to its roles.");
    m_ui->rolesList->setToolTip(roleHelp);
    m_ui->rolesLabel->setToolTip(roleHelp);
    const bool live = session->preferences()->defaultEnvironment() == Environment::Live;
    (live ? m_ui->liveRadio : m_ui->testRadio)->setChecked(true);
    setupExpiry();
    setupTabOrder();
    loadDirectory();

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &CreateKeyDialog::validate);
    connect(m_ui->expiryDateEdit, &QDateEdit::dateChanged, this, &CreateKeyDialog::validate);
    connect(m_ui->rolesList, &RoleChecklist::checkedRolesChanged, this, &CreateKeyDialog::syncGrid);
    connect(m_ui->scopeGrid, &ScopeGridWidget::scopesChanged, this, &CreateKeyDialog::gridChanged);
    connect(m_ui->viewPermissionsButton, &QPushButton::clicked, this,
            &CreateKeyDialog::togglePermissions);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);
    connect(session, &Session::directoryChanged, this, &CreateKeyDialog::loadDirectory);
    connect(session, &Session::actingMemberChanged, this, &CreateKeyDialog::loadDirectory);
    validate();
    m_ui->nameEdit->setFocus();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::setupExpiry()
{
    QComboBox *combo = m_ui->expiryCombo;
    combo->addItem(tr("30 days"), 30);
    combo->addItem(tr("90 days"), 90);
    combo->addItem(tr("1 year"), 365);
    //: Expiry choice that reveals a date field
    combo->addItem(tr("A date…"), PickDate);
    const bool neverAllowed = m_session->info().workspace.allowNeverExpire;
    if (neverAllowed) {
        //: Expiry choice: the key does not expire
        combo->addItem(tr("Never"), NeverExpires);
    }

    const QDate tomorrow = QDate::currentDate().addDays(1);
    m_ui->expiryDateEdit->setMinimumDate(tomorrow);
    m_ui->expiryDateEdit->setDate(QDate::currentDate().addYears(1));
    int days = m_session->preferences()->defaultExpiryDays();
    if (days == NeverExpires && !neverAllowed)
        days = 365;
    int index = combo->findData(days);
    if (index < 0) {
        index = combo->findData(PickDate);
        m_ui->expiryDateEdit->setDate(QDate::currentDate().addDays(days));
    }
    combo->setCurrentIndex(index);
    m_ui->expiryDateEdit->setVisible(combo->currentData().toInt() == PickDate);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        const bool pick = m_ui->expiryCombo->currentData().toInt() == PickDate;
        m_ui->expiryDateEdit->setVisible(pick);
        validate();
    });
}

void CreateKeyDialog::setupTabOrder()
{
    // The .ui orders the form; the grid's own view and buttons go between roles and
    // "View permissions".
    QWidget *previous = m_ui->rolesList;
    QList<QWidget *> chain{m_ui->scopeGrid->view()};
    for (const char *name : {"toggleReadButton", "toggleWriteButton", "toggleDeleteButton"}) {
        if (auto *button = m_ui->scopeGrid->findChild<QWidget *>(QString::fromLatin1(name)))
            chain << button;
    }
    chain << m_ui->viewPermissionsButton;
    for (QWidget *next : std::as_const(chain)) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void CreateKeyDialog::loadDirectory()
{
    const ScopeSet held = m_session->heldScopes();
    m_ui->scopeGrid->setCatalog(m_session->catalog());
    m_ui->scopeGrid->setHeldScopes(held);
    // Scopes the member no longer holds could not be unticked in the grid: drop them.
    m_directScopes.intersect(held);

    // A ticked role the member can no longer grant is dropped, not kept ticked.
    QStringList ticked;
    for (const QString &role : m_ui->rolesList->checkedRoles()) {
        if (!KeyRules::firstMissing(m_session->roleScopes(role), held))
            ticked << role;
    }
    m_ui->rolesList->setRoles(m_session->roles(), ticked, held);
    syncGrid();
}

void CreateKeyDialog::gridChanged()
{
    if (m_syncing)
        return;
    const QStringList checked = m_ui->scopeGrid->checkedScopes();
    const ScopeSet shown(checked.cbegin(), checked.cend());
    const ScopeSet fromRoles = tickedRoleScopes();
    m_directScopes = ScopeSet(shown).subtract(fromRoles);
    if (!shown.contains(fromRoles))
        syncGrid(); // a role's scope was unticked: it stays while the role is ticked
    else
        updatePermissions();
}

void CreateKeyDialog::syncGrid()
{
    m_syncing = true;
    m_ui->scopeGrid->setCheckedScopes(
        sortedScopes(ScopeSet(m_directScopes).unite(tickedRoleScopes())));
    m_syncing = false;
    updatePermissions();
}

void CreateKeyDialog::togglePermissions()
{
    const bool show = !m_ui->permissionsView->isVisible();
    m_ui->permissionsView->setVisible(show);
    m_ui->viewPermissionsButton->setText(show ? tr("Hide permissions") : tr("&View permissions"));
    updatePermissions();
}

void CreateKeyDialog::updatePermissions()
{
    if (m_ui->permissionsView->isHidden())
        return;
    QHash<QString, ScopeSet> roleScopes;
    const QStringList roles = m_ui->rolesList->checkedRoles();
    for (const QString &role : roles)
        roleScopes.insert(role, m_session->roleScopes(role));
    const QStringList direct = sortedScopes(m_directScopes);
    const ScopeSet effective =
        KeyRules::effectiveScopes(direct, roles, roleScopes, m_session->heldScopes());
    QStringList resources;
    for (const QString &scope : effective)
        resources << scope.section(QLatin1Char(':'), 0, 0);
    resources.removeDuplicates();
    resources.sort();
    QStringList lines;
    for (const QString &resource : std::as_const(resources)) {
        QStringList actions;
        for (ScopeAction action : AllScopeActions) {
            if (effective.contains(makeScope(resource, action)))
                actions << scopeActionName(action);
        }
        //: In the effective permissions: a resource and its actions, e.g. "documents: read, write"
        lines << tr("%1: %2").arg(resource, actions.join(QStringLiteral(", ")));
    }
    m_ui->permissionsView->setPlainText(lines.isEmpty()
                                            ? tr("No permissions yet: tick a role or some scopes.")
                                            : lines.join(QLatin1Char('\n')));
}

void CreateKeyDialog::validate()
{
    const auto nameProblem = KeyRules::nameProblem(m_ui->nameEdit->text());
    showProblem(m_ui->nameErrorLabel,
                m_nameTouched || m_submitTried ? nameProblem : std::optional<QString>());
    showProblem(m_ui->descriptionErrorLabel,
                KeyRules::descriptionProblem(m_ui->descriptionEdit->toPlainText()));
    m_createButton->setEnabled(isInputValid());
}

bool CreateKeyDialog::isInputValid() const
{
    if (m_busy || KeyRules::nameProblem(m_ui->nameEdit->text()) ||
        KeyRules::descriptionProblem(m_ui->descriptionEdit->toPlainText())) {
        return false;
    }
    return m_ui->expiryCombo->currentData().toInt() != PickDate ||
           m_ui->expiryDateEdit->date() > QDate::currentDate();
}

KeyDraft CreateKeyDialog::draft() const
{
    KeyDraft draft;
    draft.name = m_ui->nameEdit->text();
    draft.description = m_ui->descriptionEdit->toPlainText();
    draft.environment = m_ui->liveRadio->isChecked() ? Environment::Live : Environment::Test;
    draft.roles = m_ui->rolesList->checkedRoles();
    draft.scopes = sortedScopes(m_directScopes);
    // Days count from when the dialog opened, so a retry sends the very same request.
    const int days = m_ui->expiryCombo->currentData().toInt();
    if (days == NeverExpires)
        draft.neverExpires = true;
    else if (days == PickDate)
        draft.expiresAt = m_ui->expiryDateEdit->date().endOfDay().toUTC();
    else
        draft.expiresAt = m_openedAt.addDays(days);
    draft.idempotencyKey = m_idempotencyKey; // once per dialog: a retry cannot make two keys
    return draft;
}

void CreateKeyDialog::accept()
{
    m_submitTried = true;
    validate();
    if (!isInputValid())
        return;
    setBusy(true);
    KeyStore *store = m_session->store();
    // The store is the context (it outlives the request); the continuation may run at once.
    store->createKey(m_session->actor(), draft())
        .then(store,
              [self = QPointer<CreateKeyDialog>(this)](const StoreResult<IssuedKey> &result) {
                  if (self)
                      self->createFinished(result);
              });
}

void CreateKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void CreateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->formWidget->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    if (busy)
        m_ui->errorLabel->hide();
    validate();
}

void CreateKeyDialog::createFinished(const StoreResult<IssuedKey> &result)
{
    setBusy(false);
    if (!result.ok()) {
        // Without an answer the key may exist already; this dialog's retry returns it.
        const bool unanswered = result.error().code() == StoreError::Code::Unavailable;
        m_ui->errorLabel->setText(
            unanswered ? tr("The store did not confirm the new key: %1\nPress Create again once "
                            "it can be reached: you get the same key, never a second one.")
                             .arg(result.error().message())
                       : result.error().message());
        m_ui->errorLabel->show();
        m_ui->nameEdit->setFocus();
        return;
    }
    Q_EMIT keyCreated(result.value());
    QDialog::accept();
}

ScopeSet CreateKeyDialog::tickedRoleScopes() const
{
    ScopeSet scopes;
    for (const QString &role : m_ui->rolesList->checkedRoles())
        scopes.unite(m_session->roleScopes(role));
    return scopes;
}
