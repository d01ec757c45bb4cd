#pragma once

#include <functional>

//! Holds a store's worker inside SQLite at a moment the test chooses, so that the test
//! can act in the middle of a long job (cancel an export once its first rows are in the
//! file) without sleeping and without racing the job.
//!
//! install() hooks every SQLite connection this process opens from then on
//! (sqlite3_auto_extension) with a progress handler, which SQLite calls every hundred
//! virtual-machine steps of a statement. While a SqlitePause is armed, the first such
//! call on another thread than the test's that finds @p when true waits there, inside
//! its statement, until release(). Install before the store opens its connection.
class SqlitePause final {
public:
    //! Once per process, before the connections to pause are opened.
    static void install();

    //! Arms the pause; @p when runs on the store's thread, often: keep it cheap.
    explicit SqlitePause(std::function<bool()> when);
    //! Releases a paused statement.
    ~SqlitePause();
    SqlitePause(const SqlitePause &) = delete;
    SqlitePause &operator=(const SqlitePause &) = delete;

    //! Waits, running this thread's event loop, until a statement is paused; false
    //! after @p timeoutMs.
    bool waitUntilPaused(int timeoutMs = 30000) const;
    //! Lets the paused statement go on (if any) and pauses nothing more.
    void release();
};
