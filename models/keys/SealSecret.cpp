#include "keys/SealSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <algorithm>

namespace {

QByteArray read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SealSecret", "Cannot read the sealing secret %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    QByteArray secret = file.read(SealSecret::Size + 1);
    if (secret.size() != SealSecret::Size) {
        *error = QCoreApplication::translate(
                     "SealSecret", "The sealing secret %1 must hold exactly %2 bytes (e.g. from "
                                   "“head -c 32 /dev/urandom”).")
                     .arg(path)
                     .arg(SealSecret::Size);
        return {};
    }
    return secret;
}

//! Writes a new secret to a temporary file (0600) beside @p path and renames it into
//! place, never over a file another process made meanwhile.
bool create(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("SealSecret",
                                             "Cannot create the folder %1 for the sealing secret.")
                     .arg(info.absolutePath());
        return false;
    }
    QTemporaryFile file(QDir(info.absolutePath()).filePath(QStringLiteral(".seal.key-XXXXXX")));
    if (!file.open()) {
        *error =
            QCoreApplication::translate("SealSecret", "Cannot create the sealing secret %1: %2")
                .arg(path, file.errorString());
        return false;
    }
    quint32 words[SealSecret::Size / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(words);
    const bool written =
        file.write(reinterpret_cast<const char *>(words), sizeof words) == qint64(sizeof words) &&
        file.flush();
    std::fill(std::begin(words), std::end(words), 0);
    if (!written) {
        *error = QCoreApplication::translate("SealSecret", "Cannot write the sealing secret %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // QTemporaryFile::rename() does not replace an existing file: a secret another
    // process created first wins, and this one goes with the temporary file.
    if (file.rename(path)) {
        file.setAutoRemove(false); // it is the secret's file now
        return true;
    }
    if (QFile::exists(path))
        return true;
    *error = QCoreApplication::translate("SealSecret", "Cannot create the sealing secret %1: %2")
                 .arg(path, file.errorString());
    return false;
}

} // namespace

QString SealSecret::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("seal.key"));
}

QByteArray SealSecret::loadOrCreate(const QString &path, QString *error)
{
    if (!QFile::exists(path) && !create(path, error))
        return {};
    return read(path, error);
}
