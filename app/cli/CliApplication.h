#pragma once

#include <QCoreApplication>

class CliContext;
class Output;

//! keyward-cli: parses the global options (--store, --as, --help, --version), picks the
//! command and maps every failure to one stderr line and an exit code.
class CliApplication final {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication() = default;

    //! Runs the command line @p arguments (program name first); returns the exit code.
    int run(const QStringList &arguments);

private:
    struct Command {
        const char *name;
        const char *summary; //!< untranslated; QT_TRANSLATE_NOOP
        int (*run)(CliContext &context, const QStringList &arguments);
    };

    static const QList<Command> &commands();
    static QString description();
    int dispatch(const QStringList &arguments, Output &output);
};
