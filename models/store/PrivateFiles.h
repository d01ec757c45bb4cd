#pragma once

#include <QString>

class QFileDevice;

//! Files that only their owner may read: the store and its WAL and SHM, exports, the
//! settings and the sealing secret. Nothing here loosens a stricter umask.
namespace PrivateFiles {

//! Adds 077 to the process's umask, so that every file it creates from now on (SQLite's,
//! QSettings', QSaveFile's) is its owner's alone. For the start of main(), before any
//! thread starts: the umask is per process.
void restrictUmask();

//! Creates @p path empty and readable and writable by its owner only (less when the umask
//! says so), with its folder, unless it exists. A file that exists is left as it is.
//! Returns false with a sentence in @p error when it cannot.
bool createIfMissing(const QString &path, QString *error);

//! Takes the group's and others' permissions away from @p file (for a QSaveFile, its
//! temporary file, which becomes the file on commit). Before anything is written to it.
void keepToOwner(QFileDevice &file);

} // namespace PrivateFiles
