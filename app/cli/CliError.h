#pragma once

#include "store/StoreError.h"

#include <QString>

//! Ends a command: the process's exit code and the one line for stderr.
class CliError final {
public:
    enum ExitCode {
        Runtime = 1,         //!< the store refused or failed (a StoreError)
        Usage = 2,           //!< the command line is wrong
        Unauthenticated = 3, //!< verify: the key is not valid
        Forbidden = 4,       //!< verify: the key lacks the scope
    };

    CliError(int exitCode, QString message)
        : m_exitCode(exitCode)
        , m_message(std::move(message))
    {
    }

    static CliError usage(const QString &message) { return {Usage, message}; }
    static CliError runtime(const QString &message) { return {Runtime, message}; }
    static CliError fromStore(const StoreError &error) { return {Runtime, error.message()}; }

    int exitCode() const { return m_exitCode; }
    const QString &message() const { return m_message; }

private:
    int m_exitCode;
    QString m_message;
};
