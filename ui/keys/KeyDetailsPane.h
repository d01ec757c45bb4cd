#pragma once

#include "domain/ApiKey.h"
#include "domain/AuditEvent.h"
#include "store/StoreError.h"

#include <QFrame>
#include <memory>
#include <optional>

class Session;

namespace Ui {
class KeyDetailsPane;
}

//! Everything about the selected key beside the table: fields, roles, effective
//! scopes by resource, credentials (with a reset's grace end), and its audit history,
//! newest first. Reads the history from the store when the key or the store changes.
class KeyDetailsPane final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDetailsPane)

public:
    explicit KeyDetailsPane(Session *session, QWidget *parent = nullptr);
    ~KeyDetailsPane() override;

    //! Shows @p key, or the "select a key" hint for nullopt.
    void setKey(const std::optional<ApiKey> &key);
    //! "documents: read, write" lines for @p scopes, one resource a line.
    static QStringList groupedScopes(const QStringList &scopes);
    //! One line of history: "Edited by Olivia Owner · 1/2/26 12:00 — name: A → B".
    static QString eventText(const AuditEvent &event);

Q_SIGNALS:
    //! The key's history was read (or failed to be read).
    void historyLoaded();

private:
    void showFields(const ApiKey &key);
    QString credentialsText(const ApiKey &key) const;
    void readHistory();
    void historyArrived(quint64 generation, const StoreResult<QList<AuditEvent>> &result);

    std::unique_ptr<Ui::KeyDetailsPane> m_ui;
    Session *m_session;
    std::optional<ApiKey> m_key;
    quint64 m_generation = 0; //!< drops history answers for an earlier key
};
