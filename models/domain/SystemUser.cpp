#include "domain/SystemUser.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

QString SystemUser::name()
{
#ifdef Q_OS_UNIX
    // The account itself rather than USER, which any program can set.
    const long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? size_t(size) : 16384);
    struct passwd entry {};
    struct passwd *found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name && *found->pw_name) {
        return QString::fromLocal8Bit(found->pw_name);
    }
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}
