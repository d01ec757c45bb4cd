#include "SqlitePause.h"

#include <QTest>
#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace {

struct PauseState {
    std::mutex mutex;
    std::condition_variable changed;
    std::function<bool()> when; //!< set while armed
    std::thread::id testThread;
    bool paused = false;
    bool released = false;
};

PauseState &state()
{
    static PauseState pause;
    return pause;
}

int onProgress(void *)
{
    PauseState &pause = state();
    std::unique_lock<std::mutex> lock(pause.mutex);
    if (!pause.when || std::this_thread::get_id() == pause.testThread || !pause.when())
        return 0;         // go on
    pause.when = nullptr; // pauses once
    pause.paused = true;
    pause.changed.notify_all();
    pause.changed.wait(lock, [&pause] { return pause.released; });
    pause.paused = false;
    pause.changed.notify_all();
    return 0;
}

int hookConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_progress_handler(db, 100, &onProgress, nullptr);
    return SQLITE_OK;
}

} // namespace

void SqlitePause::install()
{
    // SQLite calls the hook for every connection opened after this, in any thread.
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&hookConnection));
}

SqlitePause::SqlitePause(std::function<bool()> when)
{
    PauseState &pause = state();
    const std::lock_guard<std::mutex> lock(pause.mutex);
    pause.when = std::move(when);
    pause.testThread = std::this_thread::get_id();
    pause.paused = false;
    pause.released = false;
}

SqlitePause::~SqlitePause()
{
    release();
}

bool SqlitePause::waitUntilPaused(int timeoutMs) const
{
    PauseState &pause = state();
    return QTest::qWaitFor(
        [&pause] {
            const std::lock_guard<std::mutex> lock(pause.mutex);
            return pause.paused;
        },
        timeoutMs);
}

void SqlitePause::release()
{
    PauseState &pause = state();
    std::unique_lock<std::mutex> lock(pause.mutex);
    pause.when = nullptr;
    pause.released = true;
    pause.changed.notify_all();
    // Back to running before another pause can be armed.
    pause.changed.wait(lock, [&pause] { return !pause.paused; });
}
