#include "common/ScopeGridWidget.h"

#include "itemmodels/ScopeGridModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ScopeGridWidget::ScopeGridWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScopeGridModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("scopeGridView"));
    m_view->setAccessibleName(tr("Scopes"));
    m_view->setAccessibleDescription(
        tr("Space toggles a scope; Enter on a resource toggles its row."));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionResizeMode(ScopeGridModel::Resource,
                                                     QHeaderView::Stretch);
    for (int column = ScopeGridModel::Read; column < ScopeGridModel::ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->setMinimumHeight(220);

    auto *toggles = new QHBoxLayout;
    toggles->setContentsMargins(0, 0, 0, 0);
    const struct {
        int column;
        QString text;
        const char *name;
    } buttons[] = {{ScopeGridModel::Read, tr("All read"), "toggleReadButton"},
                   {ScopeGridModel::Write, tr("All write"), "toggleWriteButton"},
                   {ScopeGridModel::Delete, tr("All delete"), "toggleDeleteButton"}};
    for (const auto &spec : buttons) {
        auto *button = new QPushButton(spec.text, this);
        button->setObjectName(QString::fromLatin1(spec.name));
        button->setAccessibleName(spec.text);
        button->setToolTip(tr("Tick the scope in every row, or clear it when all are ticked."));
        button->setAutoDefault(false);
        const int column = spec.column;
        connect(button, &QPushButton::clicked, this, [this, column] { headerClicked(column); });
        toggles->addWidget(button);
        m_toggles << button;
    }
    toggles->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(toggles);

    connect(m_view, &QTableView::activated, this, &ScopeGridWidget::cellActivated);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ScopeGridModel::Resource)
            cellActivated(index);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &ScopeGridWidget::headerClicked);
    connect(m_model, &ScopeGridModel::checkedScopesChanged, this, &ScopeGridWidget::scopesChanged);
}

ScopeGridWidget::~ScopeGridWidget() = default;

void ScopeGridWidget::setCatalog(const ScopeCatalog &catalog)
{
    m_model->setCatalog(catalog);
}

void ScopeGridWidget::setHeldScopes(const ScopeSet &held)
{
    m_model->setHeldScopes(held);
}

void ScopeGridWidget::setCheckedScopes(const QStringList &scopes)
{
    m_model->setCheckedScopes(scopes);
}

QStringList ScopeGridWidget::checkedScopes() const
{
    return m_model->checkedScopes();
}

void ScopeGridWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Held scopes are what may change; a read-only grid holds nothing.
    if (readOnly)
        m_model->setHeldScopes({});
    for (QWidget *toggle : std::as_const(m_toggles))
        toggle->setVisible(!readOnly);
}

void ScopeGridWidget::cellActivated(const QModelIndex &index)
{
    if (m_readOnly || !index.isValid())
        return;
    if (index.column() == ScopeGridModel::Resource)
        m_model->toggleRow(index.row());
}

void ScopeGridWidget::headerClicked(int section)
{
    if (!m_readOnly && ScopeGridModel::actionFor(section))
        m_model->toggleColumn(section);
}
