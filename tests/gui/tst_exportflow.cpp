#include "BulkSeed.h"
#include "KeysHarness.h"
#include "OpenFiles.h"
#include "SqlitePause.h"
#include "keys/ExportDialog.h"
#include "keys/KeyActions.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>

using namespace KeysTests;

//! Export from the window: format and scope chosen in the dialog, the file name given
//! through the test hook; the file lists ids and hints, never a token; Cancel in the
//! progress dialog, once the export has written its first rows, leaves no file.
class TestExportFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportsEveryKey_data();
    void exportsEveryKey();
    void exportsTheFilteredKeys();
    void cancelWritesNothing();

private:
    //! Runs the export dialog with the given radio buttons checked, saving to @p path.
    static bool runExport(WindowHarness &harness, const QStringList &radios, const QString &path);
    QTemporaryDir m_settings;
};

void TestExportFlow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    initSettings(m_settings.path());
    SqlitePause::install(); // before any store opens its connection
}

void TestExportFlow::cleanup()
{
    QSettings().clear();
    QTRY_VERIFY(noVisibleWindows());
}

bool TestExportFlow::runExport(WindowHarness &harness, const QStringList &radios,
                               const QString &path)
{
    QAction *action = harness.window->keyActions()->exportAction();
    if (!action->isEnabled() || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_E))
        return false;
    QTest::keyClick(harness.window.get(), Qt::Key_E, Qt::ControlModifier);
    auto *dialog = waitForModal<ExportDialog>();
    if (!dialog)
        return false;
    for (const QString &radio : radios) {
        auto *button = dialog->findChild<QRadioButton *>(radio);
        if (!button || !button->isEnabled())
            return false;
        button->setChecked(true);
    }
    ExportDialog::setNextFileName(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    return true;
}

void TestExportFlow::exportsEveryKey_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << QStringLiteral("csvRadio") << QStringLiteral("keys.csv");
    QTest::newRow("json") << QStringLiteral("jsonRadio") << QStringLiteral("keys.json");
}

void TestExportFlow::exportsEveryKey()
{
    QFETCH(QString, radio);
    QFETCH(QString, file);
    WindowHarness harness;
    QList<IssuedKey> keys;
    keys << harness.fixture.create(QStringLiteral("CRM sync"))
         << harness.fixture.create(QStringLiteral("ERP invoices"), {}, Environment::Live)
         << harness.fixture.create(QStringLiteral("=cmd|' /C calc'!A0"));
    QVERIFY(harness.open(3));
    QSignalSpy said(harness.window->keyActions(), &KeyActions::statusMessage);
    QSignalSpy failed(harness.window->keyActions(), &KeyActions::errorOccurred);
    const QString path = harness.fixture.dir.filePath(file);
    QVERIFY(runExport(harness, {radio, QStringLiteral("allKeysRadio")}, path));
    QTRY_VERIFY(QFile::exists(path));
    QTRY_VERIFY2(!said.isEmpty() || !failed.isEmpty(), "no answer");
    QVERIFY(failed.isEmpty());
    QTRY_VERIFY2(
        harness.window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 3 key")),
        qPrintable(harness.window->statusBar()->currentMessage()));
    // "3 keys" once the English plural forms are in translations/; "3 key(s)" until then.
    QVERIFY(harness.window->statusBar()->currentMessage().contains(QStringLiteral(" to ") + path));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    for (const IssuedKey &key : std::as_const(keys)) {
        QVERIFY(content.contains(key.key.id.toUtf8()));
        const QByteArray hint = key.key.hint.toUtf8();
        QVERIFY2(content.contains(hint) || content.contains(QJsonDocument(QJsonArray{key.key.hint})
                                                                .toJson(QJsonDocument::Compact)
                                                                .mid(2)
                                                                .chopped(2)),
                 hint.constData());
        QVERIFY(!content.contains(key.token.toUtf8()));
        QVERIFY(!content.contains(key.token.right(20).toUtf8()));
    }
    if (file.endsWith(QStringLiteral(".json")))
        QVERIFY(!QJsonDocument::fromJson(content).isNull());
    harness.window->close();
}

void TestExportFlow::exportsTheFilteredKeys()
{
    WindowHarness harness;
    const IssuedKey test = harness.fixture.create(QStringLiteral("CRM sync"));
    const IssuedKey live =
        harness.fixture.create(QStringLiteral("ERP invoices"), {}, Environment::Live);
    QVERIFY(harness.open(2));
    auto *type = harness.child<QComboBox>("typeFilter");
    type->setCurrentIndex(type->findText(QStringLiteral("Live")));
    QTRY_COMPARE(harness.model()->rowCount(), 1);
    const QString path = harness.fixture.dir.filePath(QStringLiteral("live.csv"));
    QVERIFY(runExport(harness, {QStringLiteral("filteredKeysRadio")}, path));
    QTRY_VERIFY(
        harness.window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 1 key")));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    QVERIFY(content.contains(live.key.id.toUtf8()));
    QVERIFY(!content.contains(test.key.id.toUtf8()));
    harness.window->close();
}

void TestExportFlow::cancelWritesNothing()
{
    WindowHarness harness;
    QVERIFY(await(harness.fixture.store->open()).ok());
    QVERIFY(bulkSeedKeys(harness.fixture.path(), 2800, harness.fixture.clock.now()));
    QVERIFY(harness.open(ApiKeyTableModel::DefaultPageSize));
    QVERIFY(QDir(harness.fixture.dir.path()).mkdir(QStringLiteral("exports")));
    const QString folder = harness.fixture.dir.filePath(QStringLiteral("exports"));
    const QString path = folder + QStringLiteral("/cancelled.csv");

    // The store's worker is held in its next statement once the export's file holds more
    // than QSaveFile's 16 KiB buffer (its first 1,000 rows are written): Cancel comes then.
    {
        SqlitePause pause([folder] { return largestOpenFileIn(folder) > qint64{16} * 1024; });
        QVERIFY(runExport(harness, {}, path));
        QVERIFY(pause.waitUntilPaused());
        // The progress dialog shows because the export takes visible time.
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = harness.window->findChild<QProgressDialog *>(
                         QStringLiteral("exportProgress"))) &&
                    progress->isVisible());
        QTRY_COMPARE(progress->value(), 1000);
        QTest::keyClick(progress, Qt::Key_Escape); // Cancel
        pause.release();
        QTRY_VERIFY(
            !harness.window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    QVERIFY(!harness.window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported")));
    // 1,000 rows were read before the cancel: the event committed before the first row stays.
    QCOMPARE(harness.fixture.audit({}, QStringLiteral("export")).value().size(), 1);
    harness.window->close();
}

QTEST_MAIN(TestExportFlow)
#include "tst_exportflow.moc"
