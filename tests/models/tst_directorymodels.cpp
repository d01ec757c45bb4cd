#include "KeywardTranslations.h"
#include "connection/ConnectionTableModel.h"
#include "itemmodels/DirectoryModels.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

//! The tables of Settings > Members, Roles and Connections: one model each over the
//! records they list, read-only, replaced as a whole, and asked which record a row holds.
class TestDirectoryModels final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void membersShowNameEmailAndRole();
    void rolesShowKindScopesAndTranslatedBuiltIns();
    void rowsAreFoundByIdAndName();
    void replacingTheRecordsResetsTheModel();
    void connectionsMarkTheOpenOneAndSessionSecrets();

private:
    static QString cell(const QAbstractItemModel &model, int row, int column,
                        int role = Qt::DisplayRole);
};

namespace {

QList<Member> twoMembers()
{
    return {{1, QStringLiteral("Olivia Owner"), QStringLiteral("olivia@example.com"),
             QStringLiteral("Owner")},
            {7, QStringLiteral("Casey Custom"), QString(), QStringLiteral("Auditors")}};
}

QList<Role> twoRoles()
{
    return {{1,
             QStringLiteral("Owner"),
             QStringLiteral("Everything, including billing and API keys."),
             true,
             {QStringLiteral("api_keys:read"), QStringLiteral("api_keys:write")}},
            {9,
             QStringLiteral("Auditors"),
             QStringLiteral("Read the audit log."),
             false,
             {QStringLiteral("audit:read")}}};
}

} // namespace

QString TestDirectoryModels::cell(const QAbstractItemModel &model, int row, int column, int role)
{
    return model.data(model.index(row, column), role).toString();
}

void TestDirectoryModels::initTestCase()
{
    // German, so that a built-in role's name is seen to be translated and a custom one not.
    QVERIFY(KeywardTranslations::install(qApp, QLocale(QLocale::German))
                .contains(QStringLiteral("keyward")));
}

void TestDirectoryModels::membersShowNameEmailAndRole()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
    model.setRecords(twoMembers());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, MemberTableModel::Name), QStringLiteral("Olivia Owner"));
    QCOMPARE(cell(model, 0, MemberTableModel::Email), QStringLiteral("olivia@example.com"));
    QCOMPARE(cell(model, 0, MemberTableModel::RoleColumn), QStringLiteral("Inhaber"));
    QCOMPARE(cell(model, 1, MemberTableModel::Email), QStringLiteral("—"));
    QCOMPARE(cell(model, 1, MemberTableModel::RoleColumn), QStringLiteral("Auditors"));
    QVERIFY(!model.headerData(MemberTableModel::Email, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.index(0, 0).flags().testFlag(Qt::ItemIsEditable));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!model.data(model.index(2, 0)).isValid()); // past the end
}

void TestDirectoryModels::rolesShowKindScopesAndTranslatedBuiltIns()
{
    RoleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(twoRoles());
    QCOMPARE(cell(model, 0, RoleTableModel::Name), QStringLiteral("Inhaber"));
    QCOMPARE(cell(model, 0, RoleTableModel::Description),
             shownRoleText(QStringLiteral("Everything, including billing and API keys.")));
    QVERIFY(cell(model, 0, RoleTableModel::Description) !=
            QStringLiteral("Everything, including billing and API keys."));
    QCOMPARE(cell(model, 0, RoleTableModel::Scopes), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, RoleTableModel::Scopes, Qt::ToolTipRole),
             QStringLiteral("api_keys:read\napi_keys:write"));
    QCOMPARE(cell(model, 1, RoleTableModel::Name), QStringLiteral("Auditors"));
    QCOMPARE(cell(model, 1, RoleTableModel::Description, Qt::ToolTipRole),
             QStringLiteral("Read the audit log."));
    QVERIFY(cell(model, 0, RoleTableModel::Kind) != cell(model, 1, RoleTableModel::Kind));
}

void TestDirectoryModels::rowsAreFoundByIdAndName()
{
    MemberTableModel members;
    members.setRecords(twoMembers());
    QCOMPARE(members.rowOfId(7), 1);
    QCOMPARE(members.rowOfId(2), -1);
    QCOMPARE(members.rowOfName(QStringLiteral("Olivia Owner")), 0);
    QCOMPARE(members.rowOfName(QStringLiteral("olivia owner")), -1);
    QCOMPARE(members.recordAt(1).id, 7);
    RoleTableModel roles;
    roles.setRecords(twoRoles());
    QCOMPARE(roles.rowOfName(QStringLiteral("Auditors")), 1);
    QCOMPARE(roles.rowOfName(QStringLiteral("Inhaber")), -1); // by the stored name
}

void TestDirectoryModels::replacingTheRecordsResetsTheModel()
{
    RoleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords(twoRoles());
    model.setRecords(twoRoles().mid(1));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.records().first().id, 9);
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDirectoryModels::connectionsMarkTheOpenOneAndSessionSecrets()
{
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Connection local = Connection::create(Connection::Kind::LocalFile);
    local.name = QStringLiteral("Team file");
    local.path = QStringLiteral("/srv/keys/team.keyward");
    Connection server = Connection::create(Connection::Kind::Server);
    server.name = QStringLiteral("Shared");
    server.server = QUrl(QStringLiteral("https://keys.example.com:8420"));
    model.setRecords({{local, true, false}, {server, false, true}});
    QCOMPARE(cell(model, 0, ConnectionTableModel::Name), QStringLiteral("Team file"));
    QCOMPARE(cell(model, 0, ConnectionTableModel::Location), local.location());
    QCOMPARE(cell(model, 1, ConnectionTableModel::Location, Qt::ToolTipRole), server.location());
    QCOMPARE(cell(model, 0, ConnectionTableModel::State), ConnectionTableModel::tr("Open"));
    QCOMPARE(cell(model, 1, ConnectionTableModel::State),
             ConnectionTableModel::tr("Secret kept for this session"));
    QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(1, 0), Qt::FontRole).isValid());
    QCOMPARE(model.rowOfId(server.id), 1);
    QCOMPARE(model.rowOfId(QStringLiteral("gone")), -1);
}

QTEST_MAIN(TestDirectoryModels)
#include "tst_directorymodels.moc"
