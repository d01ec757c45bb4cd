#include "Output.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

Output::Output()
{
    m_out.open(stdout, QIODevice::WriteOnly);
    m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

Output::~Output()
{
    flush();
}

void Output::line(const QString &text)
{
    m_out.write(text.toUtf8());
    m_out.write("\n", 1);
}

void Output::raw(const QByteArray &bytes)
{
    m_out.write(bytes);
}

void Output::json(const QJsonObject &object)
{
    m_out.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Output::json(const QJsonArray &array)
{
    m_out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void Output::error(const QString &message)
{
    QString text = message.simplified();
    if (text.isEmpty())
        text = tr("Unknown error.");
    m_err.write((QStringLiteral("keyward-cli: ") + text + QLatin1Char('\n')).toUtf8());
}

void Output::flush()
{
    m_out.flush();
    m_err.flush();
}

QString Output::time(const QDateTime &time, const QString &missing)
{
    if (!time.isValid())
        return missing;
    //: Date and time in UTC as shown in tables, e.g. 2026-01-31 12:00 UTC
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + tr(" UTC");
}
