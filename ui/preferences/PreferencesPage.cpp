#include "preferences/PreferencesPage.h"

#include "common/Preferences.h"
#include "common/Session.h"
#include "ui_PreferencesPage.h"

#include <QScopedValueRollback>

PreferencesPage::PreferencesPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PreferencesPage>())
    , m_preferences(session->preferences())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesPage"));
    m_ui->clipboardSpin->setRange(Preferences::MinClipboardSeconds,
                                  Preferences::MaxClipboardSeconds);
    fillChoices();
    load();

    connect(m_ui->clipboardSpin, &QSpinBox::valueChanged, this, &PreferencesPage::save);
    for (QComboBox *combo : {m_ui->expiryCombo, m_ui->typeCombo, m_ui->languageCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesPage::save);
    connect(m_preferences, &Preferences::changed, this, &PreferencesPage::load);
}

PreferencesPage::~PreferencesPage() = default;

void PreferencesPage::fillChoices()
{
    m_ui->expiryCombo->addItem(tr("30 days"), 30);
    m_ui->expiryCombo->addItem(tr("90 days"), 90);
    m_ui->expiryCombo->addItem(tr("1 year"), 365);
    //: Default expiry of new API keys: they do not expire
    m_ui->expiryCombo->addItem(tr("Never"), 0);

    //: Key type: for development, cannot touch production data
    m_ui->typeCombo->addItem(tr("Test"), environmentName(Environment::Test));
    //: Key type: for production
    m_ui->typeCombo->addItem(tr("Live"), environmentName(Environment::Live));

    //: Interface language: follow the operating system's language
    m_ui->languageCombo->addItem(tr("System"), QString());
    // Language names stay in their own language, so everybody finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
}

void PreferencesPage::load()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_ui->clipboardSpin->setValue(m_preferences->clipboardTimeoutSeconds());

    int expiry = m_ui->expiryCombo->findData(m_preferences->defaultExpiryDays());
    if (expiry < 0) {
        // A value set elsewhere (settings file, command line): show it as it is.
        const int days = m_preferences->defaultExpiryDays();
        m_ui->expiryCombo->addItem(tr("%n day(s)", nullptr, days), days);
        expiry = m_ui->expiryCombo->count() - 1;
    }
    m_ui->expiryCombo->setCurrentIndex(expiry);
    m_ui->typeCombo->setCurrentIndex(
        m_ui->typeCombo->findData(environmentName(m_preferences->defaultEnvironment())));
    const int language = m_ui->languageCombo->findData(m_preferences->language());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
}

void PreferencesPage::save()
{
    if (m_loading)
        return;
    // Read every control first: each setter's changed() reloads the page.
    const int seconds = m_ui->clipboardSpin->value();
    const int days = m_ui->expiryCombo->currentData().toInt();
    const auto environment = environmentFromName(m_ui->typeCombo->currentData().toString());
    const QString language = m_ui->languageCombo->currentData().toString();
    if (seconds != m_preferences->clipboardTimeoutSeconds())
        m_preferences->setClipboardTimeoutSeconds(seconds);
    if (days != m_preferences->defaultExpiryDays())
        m_preferences->setDefaultExpiryDays(days);
    if (environment && *environment != m_preferences->defaultEnvironment())
        m_preferences->setDefaultEnvironment(*environment);
    if (language != m_preferences->language())
        m_preferences->setLanguage(language);
}
