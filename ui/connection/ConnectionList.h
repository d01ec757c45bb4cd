#pragma once

#include "connection/Connection.h"

#include <QList>
#include <QObject>

//! The saved connections, in QSettings (never a secret there), and which one is open.
//! The default local store is always the first; the others are the user's.
class ConnectionList final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionList)

public:
    explicit ConnectionList(QObject *parent = nullptr);
    ~ConnectionList() override;

    const QList<Connection> &connections() const { return m_connections; }
    //! The connection with @p id, or nullptr.
    const Connection *find(const QString &id) const;
    //! The connection opened last (the default local store at first).
    Connection current() const;
    void setCurrent(const QString &id);

    //! Adds @p connection, or replaces the saved one with its id.
    void save(const Connection &connection);
    //! The saved connection to the SQLite file @p path; saved first (named after the
    //! file) when there is none.
    Connection localFile(const QString &path);
    //! Removes the connection (never the default local one). Its secret is the caller's.
    void remove(const QString &id);

Q_SIGNALS:
    //! A connection was added, edited or removed, or another one became current.
    void changed();

private:
    void load();
    void store() const;

    QList<Connection> m_connections;
    QString m_currentId;
};
