#pragma once

#include <QWidget>
#include <memory>

class Preferences;
class Session;

namespace Ui {
class PreferencesPage;
}

//! Settings > Preferences: clipboard timeout, the create dialog's defaults and the
//! interface language, bound to the session's Preferences and saved as they change.
class PreferencesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesPage)

public:
    explicit PreferencesPage(Session *session, QWidget *parent = nullptr);
    ~PreferencesPage() override;

private:
    void fillChoices();
    //! Shows what the preferences hold now, without writing them back.
    void load();
    void save();

    std::unique_ptr<Ui::PreferencesPage> m_ui;
    Preferences *m_preferences;
    bool m_loading = false;
};
