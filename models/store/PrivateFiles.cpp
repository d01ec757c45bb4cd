#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                               QFileDevice::WriteUser | QFileDevice::ExeUser;

} // namespace

void PrivateFiles::restrictUmask()
{
#ifdef Q_OS_UNIX
    const mode_t current = ::umask(077);
    ::umask(current | 077);
#endif
}

bool PrivateFiles::createIfMissing(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists())
        return true;
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("PrivateFiles", "Cannot create the folder %1.")
                     .arg(info.absolutePath());
        return false;
    }
    // Created with its permissions in one step: there is no moment in which another user
    // could open it. Another process creating it first is fine.
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) || QFile::exists(path))
        return true;
    *error = QCoreApplication::translate("PrivateFiles", "Cannot create %1: %2")
                 .arg(path, file.errorString());
    return false;
}

void PrivateFiles::keepToOwner(QFileDevice &file)
{
    // Keeps what the umask took away: 0600 at most, 0400 under umask 0277.
    file.setPermissions(file.permissions() & OwnerBits);
}
