#pragma once

#include "domain/Scope.h"

#include <QAbstractTableModel>
#include <optional>

//! The scope checkboxes of a key: one row per resource of a catalog, one column per
//! action. Read-only resources offer only Read. Scopes the acting member does not
//! hold are shown but cannot be changed, with a tooltip that says why.
class ScopeGridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeGridModel)

public:
    enum Column { Resource, Read, Write, Delete, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ScopeRole = Qt::UserRole, //!< QString: "resource:action" (action cells it applies to)
        ResourceRole,             //!< QString: the resource's machine name
        SupportedRole,            //!< bool: the resource has this action
        HeldRole,                 //!< bool: the actor may grant this scope
    };
    Q_ENUM(Role)

    explicit ScopeGridModel(QObject *parent = nullptr);
    ~ScopeGridModel() override;

    void setCatalog(const ScopeCatalog &catalog);
    const ScopeCatalog &catalog() const { return m_catalog; }

    //! Checks exactly @p scopes. Scopes the catalog lacks are kept and returned as they are.
    void setCheckedScopes(const QStringList &scopes);
    //! The checked scopes in catalog order, then any the catalog lacks, sorted.
    QStringList checkedScopes() const;
    //! The scopes the acting member holds; the others cannot be toggled. Until this
    //! is called every scope is held.
    void setHeldScopes(const ScopeSet &held);

    //! Checks or clears every scope of @p row the user may toggle.
    void setRowChecked(int row, bool checked);
    //! Checks or clears @p column's scope of every resource, where the user may toggle it.
    void setColumnChecked(int column, bool checked);
    //! Checks the row's toggleable scopes, or clears them when all are checked already.
    void toggleRow(int row);
    void toggleColumn(int column);

    static std::optional<ScopeAction> actionFor(int column);
    //! The scope of an action cell; empty for the resource column and unsupported cells.
    QString scopeAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value,
                 int role = Qt::CheckStateRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! The checked scopes changed (by the user or by a setter).
    void checkedScopesChanged();

private:
    bool isHeld(const QString &scope) const;
    //! Supported and held: the user may toggle it.
    bool isToggleable(int row, int column) const;
    //! Sets the toggleable cells among @p cells; returns whether any changed.
    bool setCells(const QList<QPair<int, int>> &cells, bool checked);
    QVariant actionToolTip(int row, int column) const;

    ScopeCatalog m_catalog;
    ScopeSet m_checked;
    std::optional<ScopeSet> m_held;
};
