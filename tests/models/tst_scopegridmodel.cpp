#include "itemmodels/ScopeGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

//! The scope checkboxes: read-only resources, checking, held scopes, row and column toggles.
class TestScopeGridModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAreResourcesColumnsAreActions();
    void readOnlyResourcesOfferOnlyRead();
    void checkAndUncheck();
    void setCheckedScopesSignalsOnlyChangedCells();
    void heldScopesDisableAndExplain();
    void rowAndColumnToggles();
    void keepsScopesTheCatalogLacks();

private:
    int rowOf(const QString &resource) const;
    QModelIndex cellOf(const QString &scope) const;
    static QList<int> rolesOf(const QList<QVariant> &dataChanged);

    std::unique_ptr<ScopeGridModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScopeGridModel::init()
{
    m_model = std::make_unique<ScopeGridModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setCatalog(ScopeCatalog::defaults());
}

void TestScopeGridModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

int TestScopeGridModel::rowOf(const QString &resource) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ScopeGridModel::Resource).data().toString() == resource)
            return row;
    }
    return -1;
}

QModelIndex TestScopeGridModel::cellOf(const QString &scope) const
{
    const int row = rowOf(scope.section(QLatin1Char(':'), 0, 0));
    const QString action = scope.section(QLatin1Char(':'), 1);
    const int column = action == QLatin1String("read")    ? ScopeGridModel::Read
                       : action == QLatin1String("write") ? ScopeGridModel::Write
                                                          : ScopeGridModel::Delete;
    return m_model->index(row, column);
}

QList<int> TestScopeGridModel::rolesOf(const QList<QVariant> &dataChanged)
{
    return dataChanged.at(2).value<QList<int>>();
}

void TestScopeGridModel::rowsAreResourcesColumnsAreActions()
{
    const ScopeCatalog catalog = ScopeCatalog::defaults();
    QCOMPARE(m_model->rowCount(), int(catalog.resources().size()));
    QCOMPARE(m_model->columnCount(), int(ScopeGridModel::ColumnCount));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->headerData(ScopeGridModel::Write, Qt::Horizontal).toString(),
             QStringLiteral("Write"));
    const QModelIndex documents = m_model->index(rowOf(QStringLiteral("documents")), 0);
    QCOMPARE(documents.data(Qt::ToolTipRole).toString(),
             catalog.resource(QStringLiteral("documents"))->description);
    QCOMPARE(documents.flags(), Qt::ItemIsEnabled);
    QVERIFY(!documents.data(Qt::CheckStateRole).isValid());
    QCOMPARE(cellOf(QStringLiteral("documents:delete")).data(ScopeGridModel::ScopeRole).toString(),
             QStringLiteral("documents:delete"));
}

void TestScopeGridModel::readOnlyResourcesOfferOnlyRead()
{
    for (const QString &resource :
         {QStringLiteral("audit_log"), QStringLiteral("financial_documents")}) {
        const int row = rowOf(resource);
        QVERIFY(row >= 0);
        const QModelIndex read = m_model->index(row, ScopeGridModel::Read);
        QVERIFY(read.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(read.flags() & Qt::ItemIsEnabled);
        for (int column : {ScopeGridModel::Write, ScopeGridModel::Delete}) {
            const QModelIndex cell = m_model->index(row, column);
            QCOMPARE(cell.flags(), Qt::NoItemFlags);
            QVERIFY(!cell.data(Qt::CheckStateRole).isValid());
            QVERIFY(!cell.data(ScopeGridModel::SupportedRole).toBool());
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                     resource + QStringLiteral(" is read-only"));
            QVERIFY(!m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
        }
    }
    m_model->setRowChecked(rowOf(QStringLiteral("audit_log")), true);
    QCOMPARE(m_model->checkedScopes(), QStringList{QStringLiteral("audit_log:read")});
}

void TestScopeGridModel::checkAndUncheck()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy scopesChanged(m_model.get(), &ScopeGridModel::checkedScopesChanged);
    const QModelIndex cell = cellOf(QStringLiteral("templates:write"));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->checkedScopes(), QStringList{QStringLiteral("templates:write")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), cell);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), cell);
    QCOMPARE(rolesOf(changed.at(0)), QList<int>{Qt::CheckStateRole});
    QCOMPARE(scopesChanged.count(), 1);

    QVERIFY(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole)); // no change, no signal
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_model->checkedScopes().isEmpty());
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_model->setData(cell, QStringLiteral("x"), Qt::DisplayRole));
}

void TestScopeGridModel::setCheckedScopesSignalsOnlyChangedCells()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCheckedScopes(
        {QStringLiteral("webhooks:delete"), QStringLiteral("documents:read")});
    QCOMPARE(m_model->checkedScopes(),
             (QStringList{QStringLiteral("documents:read"), QStringLiteral("webhooks:delete")}));
    QCOMPARE(changed.count(), 2); // one per changed row
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(rolesOf(signal), QList<int>{Qt::CheckStateRole});
    changed.clear();
    m_model->setCheckedScopes(
        {QStringLiteral("webhooks:delete"), QStringLiteral("documents:read")});
    QCOMPARE(changed.count(), 0);
    m_model->setCheckedScopes({QStringLiteral("documents:read")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), cellOf(QStringLiteral("webhooks:delete")));
}

void TestScopeGridModel::heldScopesDisableAndExplain()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCheckedScopes({QStringLiteral("documents:delete")});
    changed.clear();
    m_model->setHeldScopes({QStringLiteral("documents:read"), QStringLiteral("documents:write")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(rolesOf(changed.at(0)).contains(Qt::ToolTipRole));

    const QModelIndex lacked = cellOf(QStringLiteral("documents:delete"));
    QVERIFY(lacked.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(lacked.flags() & Qt::ItemIsEnabled));
    QVERIFY(!lacked.data(ScopeGridModel::HeldRole).toBool());
    QCOMPARE(lacked.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Your role does not include documents:delete"));
    QCOMPARE(lacked.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // shown as it is
    QVERIFY(!m_model->setData(lacked, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(lacked.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    const QModelIndex held = cellOf(QStringLiteral("documents:write"));
    QVERIFY(held.flags() & Qt::ItemIsEnabled);
    QCOMPARE(held.data(Qt::ToolTipRole).toString(), QStringLiteral("documents:write"));
    QVERIFY(m_model->setData(held, Qt::Checked, Qt::CheckStateRole));

    // Toggles skip what the actor lacks.
    m_model->setRowChecked(rowOf(QStringLiteral("documents")), false);
    QCOMPARE(m_model->checkedScopes(), QStringList{QStringLiteral("documents:delete")});
    m_model->setColumnChecked(ScopeGridModel::Read, true);
    QCOMPARE(m_model->checkedScopes(),
             (QStringList{QStringLiteral("documents:read"), QStringLiteral("documents:delete")}));
}

void TestScopeGridModel::rowAndColumnToggles()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int webhooks = rowOf(QStringLiteral("webhooks"));
    m_model->toggleRow(webhooks);
    QCOMPARE(m_model->checkedScopes(),
             (QStringList{QStringLiteral("webhooks:read"), QStringLiteral("webhooks:write"),
                          QStringLiteral("webhooks:delete")}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             m_model->index(webhooks, ScopeGridModel::Read));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(webhooks, ScopeGridModel::Delete));
    QCOMPARE(rolesOf(changed.at(0)), QList<int>{Qt::CheckStateRole});
    m_model->toggleRow(webhooks); // all checked: clears
    QVERIFY(m_model->checkedScopes().isEmpty());

    changed.clear();
    m_model->toggleColumn(ScopeGridModel::Delete);
    const ScopeCatalog catalog = ScopeCatalog::defaults();
    QStringList deletes;
    for (const ScopeResource &resource : catalog.resources()) {
        if (!resource.readOnly)
            deletes << resource.name + QStringLiteral(":delete");
    }
    QCOMPARE(m_model->checkedScopes(), deletes);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rolesOf(changed.at(0)), QList<int>{Qt::CheckStateRole});

    m_model->setCheckedScopes({QStringLiteral("documents:read")});
    m_model->toggleColumn(ScopeGridModel::Read); // not all checked: checks all
    QCOMPARE(m_model->checkedScopes().size(), catalog.resources().size());
    m_model->toggleColumn(ScopeGridModel::Read); // all checked: clears
    QVERIFY(m_model->checkedScopes().isEmpty());
}

void TestScopeGridModel::keepsScopesTheCatalogLacks()
{
    m_model->setCheckedScopes({QStringLiteral("legacy:read"), QStringLiteral("assets:read")});
    QCOMPARE(m_model->checkedScopes(),
             (QStringList{QStringLiteral("assets:read"), QStringLiteral("legacy:read")}));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setCatalog(ScopeCatalog({{QStringLiteral("assets"), QString(), true}}));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cellOf(QStringLiteral("assets:read")).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
}

QTEST_GUILESS_MAIN(TestScopeGridModel)
#include "tst_scopegridmodel.moc"
