#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <unistd.h>

//! The size of the largest file this process has open in @p folder, named or not:
//! QSaveFile writes into an unnamed file (O_TMPFILE) until it commits, which no
//! directory listing shows. How far a writer has got, on Linux (/proc/self/fd).
inline qint64 largestOpenFileIn(const QString &folder)
{
    const QByteArray prefix = QFile::encodeName(QDir(folder).canonicalPath()) + '/';
    const QDir fds(QStringLiteral("/proc/self/fd"));
    qint64 largest = -1;
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QByteArray link = QFile::encodeName(fds.filePath(fd));
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        struct stat file;
        if (length > 0 && QByteArray(target, length).startsWith(prefix) &&
            ::stat(link.constData(), &file) == 0) {
            largest = qMax(largest, qint64(file.st_size));
        }
    }
    return largest;
}
