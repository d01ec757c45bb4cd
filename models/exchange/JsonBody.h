#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <optional>

//! A request's JSON object, read strictly: the body must be strict JSON (StrictJson: no
//! member given twice, no lone surrogate, only JSON escapes, valid UTF-8), every field
//! is read with its expected type, and nothing is silently changed. A wrong type, a
//! missing required field, an unknown field, an empty string in a list, a number out of
//! range, bad JSON or a body over the size limit makes finish() fail with a message
//! naming the problem.
class JsonBody final {
    Q_DECLARE_TR_FUNCTIONS(JsonBody)

public:
    static constexpr qsizetype DefaultMaxBytes = qsizetype{64} * 1024;
    enum class Empty { IsError, IsEmptyObject };

    explicit JsonBody(const QByteArray &bytes, qsizetype maxBytes = DefaultMaxBytes,
                      Empty empty = Empty::IsError);

    bool has(const QString &field) const { return m_object.contains(field); }
    QString requiredString(const QString &field);
    QString optionalString(const QString &field);
    std::optional<QString> string(const QString &field);
    //! An array of strings, none of them empty or only spaces.
    std::optional<QStringList> stringList(const QString &field);
    std::optional<bool> boolean(const QString &field);
    //! A whole number in [min, max], range-checked before any conversion.
    std::optional<qint64> integer(const QString &field, qint64 min, qint64 max);
    //! An RFC 3339 time with its offset (e.g. 2027-01-31T12:00:00Z), as UTC.
    std::optional<QDateTime> time(const QString &field);
    //! RFC 3339 with its offset (Z or ±hh:mm), as UTC; nullopt for anything else.
    static std::optional<QDateTime> utcTime(const QString &text);

    //! Records a problem found in a value that was read correctly (e.g. an unknown name).
    void reject(const QString &problem) { fail(problem); }

    //! True when everything read was right and nothing else was sent.
    bool finish();
    const QString &problem() const { return m_problem; }

private:
    QJsonValue take(const QString &field);
    void fail(const QString &problem);

    QJsonObject m_object;
    QSet<QString> m_read;
    QString m_problem;
};
