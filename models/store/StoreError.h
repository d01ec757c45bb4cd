#pragma once

#include <QString>
#include <variant>

//! The one error model of every store: what went wrong, in words a person can act on.
class StoreError final {
public:
    enum class Code {
        Invalid,     //!< the input is not acceptable (the message says which field and why)
        NotFound,    //!< no such key, role or member (or it is in another workspace)
        Conflict,    //!< someone changed it since it was read (stale version), or a duplicate
        Forbidden,   //!< the actor lacks a scope (the message names it)
        Unavailable, //!< the store cannot be reached or written (file, network, database)
    };

    StoreError(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }

    static StoreError invalid(const QString &message) { return {Code::Invalid, message}; }
    static StoreError notFound(const QString &message) { return {Code::NotFound, message}; }
    static StoreError conflict(const QString &message) { return {Code::Conflict, message}; }
    static StoreError forbidden(const QString &message) { return {Code::Forbidden, message}; }
    static StoreError unavailable(const QString &message) { return {Code::Unavailable, message}; }

private:
    Code m_code;
    QString m_message;
};

//! A successful result that carries no value.
struct Done {};

//! Either a value or a StoreError.
template <typename T> class StoreResult final {
public:
    StoreResult()
        : m_state(StoreError::unavailable(QString()))
    {
    }
    StoreResult(T value)
        : m_state(std::move(value))
    {
    }
    StoreResult(StoreError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const StoreError &error() const { return std::get<StoreError>(m_state); }

private:
    std::variant<T, StoreError> m_state;
};
