#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

//! Where the keychain tests look for a secret that should be in no file.
namespace SecretScan {

//! The first regular file that holds @p secret in any form a careless writer would use
//! (as typed, its part after the last '_', base64, hex, UTF-16), under HOME, the XDG
//! folders, the settings' folder, Qt's writable locations and @p moreRoots; empty when
//! none does, a note when no file was scanned at all.
inline QString fileHolding(const QString &secret, const QStringList &moreRoots = {})
{
    QSet<QString> roots{QDir::homePath(), QFileInfo(QSettings().fileName()).absolutePath()};
    for (const QString &root : moreRoots)
        roots << root;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        if (qEnvironmentVariableIsSet(variable))
            roots << qEnvironmentVariable(variable);
    }
    for (QStandardPaths::StandardLocation location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
          QStandardPaths::AppLocalDataLocation, QStandardPaths::ConfigLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation})
        roots << QStandardPaths::writableLocation(location);

    const QByteArray text = secret.toUtf8();
    QList<QByteArray> needles{
        text, text.mid(text.lastIndexOf('_') + 1), text.toBase64(), text.toHex(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    for (QByteArray &needle : needles)
        needle = needle.left(qMax(qsizetype(16), needle.size() - 4)); // base64 padding aside

    int scanned = 0;
    for (const QString &root : std::as_const(roots)) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        // Regular files only: the keyring's control socket is no file to read.
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : std::as_const(needles)) {
                if (content.contains(needle))
                    return file.fileName();
            }
        }
    }
    return scanned == 0 ? QStringLiteral("(no file was scanned at all)") : QString();
}

} // namespace SecretScan
