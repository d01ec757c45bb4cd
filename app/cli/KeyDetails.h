#pragma once

#include "domain/ApiKey.h"

#include <QCoreApplication>

class Output;

//! The readable block `keyward-cli show` prints: one field per line, labels aligned.
class KeyDetails final {
    Q_DECLARE_TR_FUNCTIONS(KeyDetails)

public:
    static void write(Output &output, const ApiKey &key, const QDateTime &now);

private:
    static QString listText(const QStringList &items);
    static QStringList credentialLines(const ApiKey &key);
};
