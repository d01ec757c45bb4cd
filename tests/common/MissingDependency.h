#pragma once

#include <QString>
#include <QTest>

//! Tests that need a program or driver this machine may lack (PostgreSQL, nginx, an X
//! server) skip without it on a developer's machine, and fail under CI, where
//! packaging/dev.sh installs everything: there a skip would hide a test that never ran.
namespace MissingDependency {

//! True when the environment says this is a CI run: CI set to anything but "", "0" or
//! "false" (CI systems set CI=true).
inline bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != QLatin1String("0") && ci != QLatin1String("false");
}

} // namespace MissingDependency

//! Skips the current test because of @p reason (what is missing, a QString), or fails
//! it when MissingDependency::inCi(). Like QSKIP, it returns from the test function.
#define SKIP_MISSING_DEPENDENCY(reason)                                                            \
    do {                                                                                           \
        const QString &missingDependencyReason = (reason);                                         \
        if (MissingDependency::inCi())                                                             \
            QFAIL(                                                                                 \
                qPrintable(missingDependencyReason +                                               \
                           QStringLiteral(" (fails rather than skips under CI; packaging/dev.sh "  \
                                          "test installs every dependency)")));                    \
        QSKIP(qPrintable(missingDependencyReason));                                                \
    } while (false)
