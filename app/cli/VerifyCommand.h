#pragma once

#include <QCoreApplication>

class CliContext;

//! `keyward-cli verify KEY [--scope S]`: checks a key as the company's API would.
class VerifyCommand final {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
    Q_DISABLE_COPY_MOVE(VerifyCommand)

public:
    explicit VerifyCommand(CliContext &context);

    //! 0 valid, 3 unauthenticated, 4 forbidden (or throws CliError).
    int run(const QStringList &arguments);

private:
    static QString readStandardInput();

    CliContext &m_context;
};
