#pragma once

#include "domain/Environment.h"

#include <QObject>

//! The user's preferences, kept in QSettings (a file only the user can read): how long a
//! copied key stays on the clipboard, the defaults of the create dialog, and the
//! interface language.
class Preferences final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    static constexpr int DefaultClipboardSeconds = 30;
    static constexpr int MinClipboardSeconds = 5;
    static constexpr int MaxClipboardSeconds = 600;
    static constexpr int DefaultExpiryDays = 365;

    explicit Preferences(QObject *parent = nullptr);
    ~Preferences() override;

    int clipboardTimeoutSeconds() const;
    void setClipboardTimeoutSeconds(int seconds);
    //! Days until a new key expires; 0 means never.
    int defaultExpiryDays() const;
    void setDefaultExpiryDays(int days);
    Environment defaultEnvironment() const;
    void setDefaultEnvironment(Environment environment);
    //! A locale name such as "de"; empty: the system's language. Applies at the next start.
    QString language() const;
    void setLanguage(const QString &language);

Q_SIGNALS:
    void changed();
};
