#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

//! What one run of keyward-cli did.
struct CliResult {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    //! stdout without its final line break.
    QString outLine() const;
    QStringList errLines() const;
    QJsonDocument json() const;
    //! For failure messages: the exit code and both streams.
    QString describe(int expectedExitCode) const;
};

//! Checks the exit code and prints both streams when it is wrong. @p result is evaluated
//! once, so it may be a run() call.
#define CLI_EXPECT(result, code)                                                                   \
    do {                                                                                           \
        const CliResult &cliExpectResult = (result);                                               \
        QVERIFY2(cliExpectResult.exitCode == (code), qPrintable(cliExpectResult.describe(code)));  \
    } while (false)

//! Checks that a failed run printed nothing on stdout and one "keyward-cli: …" line on stderr.
#define CLI_EXPECT_ONE_ERROR_LINE(result)                                                          \
    do {                                                                                           \
        QVERIFY2((result).out.isEmpty(), qPrintable((result).describe((result).exitCode)));        \
        QCOMPARE((result).errLines().size(), 1);                                                   \
        QVERIFY((result).errLines().constFirst().startsWith(QLatin1String("keyward-cli: ")));      \
    } while (false)

//! Runs the built keyward-cli (black box) against a store of its own in a temporary
//! folder, with HOME and the XDG folders pointed into that folder too.
class CliRunner final {
public:
    CliRunner();

    bool isValid() const { return m_dir.isValid(); }
    QString storePath() const;
    QString filePath(const QString &name) const;
    QProcessEnvironment environment() const { return m_environment; }

    //! keyward-cli --store <storePath> @p arguments, with @p input on stdin.
    CliResult run(const QStringList &arguments, const QByteArray &input = QByteArray()) const;
    //! keyward-cli @p arguments exactly (no --store).
    CliResult runRaw(const QStringList &arguments, const QByteArray &input = QByteArray()) const;

    //! Creates a key and returns its token, or an empty string when create failed.
    QString createKey(const QStringList &arguments) const;
    //! `list --format json`, parsed (an empty array when it failed).
    QJsonArray listJson(const QStringList &filter = {}) const;
    //! `audit --format json`, parsed.
    QJsonArray auditJson() const;
    //! `show ID --json`, parsed.
    QJsonObject showJson(const QString &id) const;
    //! Three keys, oldest first: "CRM sync" (test, documents:read, description "Pushes
    //! contacts"), "ERP live" (live, role Viewer) and "Old script" (test, revoked).
    //! Returns their tokens in that order.
    QStringList seedThreeKeys() const;

    //! The key pattern of docs/design.md.
    static const QRegularExpression &keyPattern();
    //! The kid of @p token (its third part).
    static QString idOf(const QString &token);
    static QStringList ids(const QJsonArray &keys);
    //! The permission bits of the file at @p path (0600, say); -1 when there is none.
    static int modeOf(const QString &path);

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};
