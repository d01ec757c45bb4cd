#pragma once

#include "domain/Scope.h"

#include <QWidget>

class ScopeGridModel;
class QTableView;

//! The resource × Read/Write/Delete checkboxes of the create, edit and role dialogs.
//!
//! Click (or press Space on) a cell to toggle one scope; click a resource's name (or
//! press Enter on it) to toggle its row; click a column header or use the "All read /
//! write / delete" buttons to toggle a column. Scopes the acting member lacks stay
//! disabled with a tooltip saying why.
class ScopeGridWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeGridWidget)

public:
    explicit ScopeGridWidget(QWidget *parent = nullptr);
    ~ScopeGridWidget() override;

    void setCatalog(const ScopeCatalog &catalog);
    void setHeldScopes(const ScopeSet &held);
    void setCheckedScopes(const QStringList &scopes);
    QStringList checkedScopes() const;
    //! Shows the scopes without letting them change (built-in roles).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    ScopeGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void scopesChanged();

private:
    void cellActivated(const QModelIndex &index);
    void headerClicked(int section);

    ScopeGridModel *m_model;
    QTableView *m_view;
    QList<QWidget *> m_toggles;
    bool m_readOnly = false;
};
