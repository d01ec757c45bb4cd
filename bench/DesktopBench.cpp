// keyward-bench-desktop STORE [SEARCH]   the desktop window on the SQLite store STORE
// keyward-bench-desktop --bare           a bare QMainWindow with a QTableView (the anchor)
// Measures the desktop on the platform Qt is given (offscreen in bench/scale.sh):
// - without SEARCH, it exits the moment the window shows the store's first page of keys
//   (--bare: the moment its window is shown), so that the script can time the whole
//   process, loading included;
// - with SEARCH, it waits for the first page, types SEARCH into the search field a key at
//   a time, and prints how long the table took to show the answer after the typing
//   pause ended (the search field's debounce: ApiKeysPage::SearchDelayMs), then its
//   resident memory.
#include "keys/ApiKeysPage.h"
#include "main/MainWindow.h"
#include "sql/SqlKeyStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

//! The process's resident memory, in MiB (VmRSS of /proc/self/status).
double residentMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

//! Ends the process (without tearing anything down) once @p widget has been painted:
//! what a person sees.
class ExitOnPaint final : public QObject {
public:
    explicit ExitOnPaint(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
        widget->update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            static_cast<QWidget *>(watched)->removeEventFilter(this);
            QTimer::singleShot(0, [] { ::_exit(0); }); // after the paint itself
        }
        return false;
    }
};

int bare()
{
    QMainWindow window;
    auto *table = new QTableView(&window);
    auto *model = new QStandardItemModel(50, 8, table);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 8; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("Cell %1").arg(row)));
    }
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    window.show();
    new ExitOnPaint(table->viewport());
    return QApplication::exec();
}

//! Waits for the window's first page of keys, then exits (no @p search) or types
//! @p search and reports how long the answer took after the typing pause.
void measure(MainWindow &window, const QString &search)
{
    ApiKeysPage *page = window.apiKeysPage();
    auto *table =
        page ? page->findChild<QAbstractItemModel *>(QStringLiteral("apiKeyTableModel")) : nullptr;
    auto *field = page ? page->findChild<QLineEdit *>(QStringLiteral("searchEdit")) : nullptr;
    auto *pause = page ? page->findChild<QTimer *>(QStringLiteral("searchTimer")) : nullptr;
    if (!table || !field || !pause) {
        std::fprintf(stderr, "keyward-bench-desktop: the window has changed\n");
        ::_exit(1);
    }
    auto answered = std::make_shared<QElapsedTimer>();
    auto typed = std::make_shared<bool>(false);
    const auto check = [=] {
        if (!*typed && table->rowCount() > 0) {
            if (search.isEmpty()) {
                new ExitOnPaint(
                    page->findChild<QTableView *>(QStringLiteral("keyTable"))->viewport());
                return;
            }
            *typed = true;
            QTimer::singleShot(0, field,
                               [=] { QTest::keyClicks(field, search, Qt::NoModifier, 20); });
        } else if (*typed && answered->isValid() && table->rowCount() == 1) {
            std::printf("keystroke_ms %.1f\nrss_mib %.0f\n",
                        static_cast<double>(answered->nsecsElapsed()) / 1e6, residentMib());
            QApplication::exit(0);
        }
    };
    QObject::connect(pause, &QTimer::timeout, pause, [answered] { answered->start(); });
    QObject::connect(table, &QAbstractItemModel::modelReset, table, check);
    QObject::connect(table, &QAbstractItemModel::rowsInserted, table, check);
    QObject::connect(table, &QAbstractItemModel::rowsRemoved, table, check);
    check();
}

int desktop(const QString &path, const QString &search)
{
    SqlStoreOptions options; // as the desktop opens a local store: no memory map
    options.path = path;
    SqlKeyStore store(options);
    // As StoreSwitcher does: the window waits while the store opens, then shows it.
    MainWindow window;
    window.showConnecting(path);
    window.resize(1100, 700);
    window.show();
    store.open().then(&window, [&window, &store, search](const StoreResult<StoreInfo> &opened) {
        if (!opened.ok()) {
            std::fprintf(stderr, "keyward-bench-desktop: %s\n",
                         qPrintable(opened.error().message()));
            ::_exit(1);
        }
        window.setStore(&store);
        measure(window, search);
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() == 2 && arguments.at(1) == QLatin1String("--bare"))
        return bare();
    if (arguments.size() == 2 || arguments.size() == 3)
        return desktop(arguments.at(1), arguments.value(2));
    std::fprintf(stderr, "usage: keyward-bench-desktop STORE [SEARCH] | --bare\n");
    return 2;
}
