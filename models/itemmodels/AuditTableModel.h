#pragma once

#include "domain/AuditEvent.h"
#include "domain/Directory.h"
#include "store/KeyQuery.h"

#include <QAbstractTableModel>
#include <QList>

class KeyStore;

Q_DECLARE_METATYPE(AuditEvent)

//! The audit log of a store as a table, newest first. Filtering runs in the store
//! (AuditQuery); the model reads a page of AuditQuery::limit events at a time, the next
//! older page when a view scrolls to the end (fetchMore()), and what happened since its
//! newest event when the store changes. A new query or actor starts again. Audit events never hold
//! a secret, and neither does the model. The store must outlive the model.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { Time, Actor, Via, Action, Key, Details, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EventIdRole = Qt::UserRole, //!< qint64: the event's id
        ActionCodeRole,             //!< QString: create, edit, member_add, …
        KeyIdRole,                  //!< QString: the kid, empty for role/member events
        TimeRole,                   //!< QDateTime: UTC
        EventRole,                  //!< AuditEvent: the whole event
    };
    Q_ENUM(Role)

    explicit AuditTableModel(KeyStore *store, QObject *parent = nullptr);
    ~AuditTableModel() override;

    //! Starts (or restarts) loading as @p actor. Nothing is queried before this.
    void setActor(const ::Actor &actor);
    //! Re-queries with @p query (once an actor is set).
    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    //! Reads the events again with the current query.
    void refresh();

    bool isLoading() const { return m_pending > 0; }
    //! Whether older events than the ones read may still be in the store.
    bool hasMore() const { return m_hasMore; }
    const QList<AuditEvent> &events() const { return m_events; }

    //! The action codes the store writes, in the order a filter offers them.
    static QStringList actionCodes();
    //! Human words for an action code ("Created key"); the code itself when unknown.
    static QString actionText(const QString &code);
    //! A one-line summary of what changed: "name: Old → New; scopes: … → …".
    static QString detailsText(const AuditEvent &event);
    //! What the member acted through: "olivia (computer user)" on a local store, "AbCd…
    //! (API key)" through keyward-server; empty when the event does not say.
    static QString viaText(const AuditEvent &event);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! Events for the current query arrived (possibly none).
    void loaded();
    //! A store request failed; @p message says why, in words a person can act on.
    void errorOccurred(const QString &message);

private:
    enum class Page {
        First, //!< the newest events: replaces what is shown
        Older, //!< before the oldest shown: appended
        Newer, //!< after the newest shown: prepended
    };

    void load();
    void request(Page page);
    void arrived(quint64 generation, Page page, const QList<AuditEvent> &events);
    void failed(quint64 generation, Page page, const QString &message);
    //! A request of @p page ended; @p current: for the query shown now.
    void settle(bool current, Page page);
    QVariant displayData(const AuditEvent &event, int column) const;

    KeyStore *m_store;
    ::Actor m_actor;
    bool m_hasActor = false;
    AuditQuery m_query;
    QList<AuditEvent> m_events;
    quint64 m_generation = 0; //!< answers to requests for an older query are dropped
    int m_pending = 0;
    bool m_hasMore = false;
    //! What the current query is reading now, and what to do after the newer events.
    struct Reading {
        bool first = false;
        bool older = false;
        bool newer = false;
        bool newerAgain = false; //!< the store changed again meanwhile
        bool startAgain = false; //!< more happened than a page holds
    } m_reading;
};
