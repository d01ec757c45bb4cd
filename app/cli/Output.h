#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

//! Where the CLI writes: results on stdout, the one error line on stderr.
class Output final {
    Q_DECLARE_TR_FUNCTIONS(Output)
    Q_DISABLE_COPY_MOVE(Output)

public:
    Output();
    ~Output();

    //! @p text and a line break, on stdout.
    void line(const QString &text);
    void raw(const QByteArray &bytes);
    //! An object or array, indented, on stdout.
    void json(const QJsonObject &object);
    void json(const QJsonArray &array);
    //! "keyward-cli: <message>" on stderr, always on one line.
    void error(const QString &message);
    void flush();

    //! stdout as a device, for writers that stream (InventoryWriter).
    QIODevice &device() { return m_out; }

    //! A time for people: "2026-01-31 12:00 UTC", or @p missing when null.
    static QString time(const QDateTime &time, const QString &missing);

private:
    QFile m_out;
    QFile m_err;
};
