#pragma once

#include "connection/Connection.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

//! Adds or edits a saved connection: a local file (any path), a Keyward server (address
//! and admin key) or a PostgreSQL database (host, port, database, user, password, TLS
//! mode). The secret typed here is handed on once and never shown again: when editing,
//! an empty secret field keeps the stored one. Plain http:// is refused for a server on
//! another computer; a TLS mode that can give the database password away (disable,
//! allow, prefer) for a database on another computer is explained and must be confirmed.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    //! @p isNew: a connection being added (it offers "Connect" as well as "Save").
    ConnectionDialog(const Connection &connection, bool isNew, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    //! The connection as the fields describe it.
    Connection connection() const;
    //! The secret typed in; empty: keep the stored one (or ask when connecting).
    QString secret() const;

    void accept() override;

Q_SIGNALS:
    //! The user saved the connection; @p connectNow when they chose "Connect".
    void saved(const Connection &connection, const QString &secret, bool connectNow);

private:
    void setupKinds();
    void kindChosen();
    void browse();
    void showPinned();
    //! Whether the fields describe a remote PostgreSQL database with a TLS mode that can
    //! give the password away.
    bool tlsIsWeak() const;
    void showTlsWarning();
    //! What is wrong with the fields; empty when they can be saved.
    QString problem() const;
    void finish(bool connectNow);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    Connection m_connection;
    bool m_isNew;
};
