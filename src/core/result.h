// Result<T>: a value or an Error, in the spirit of std::expected (C++23), for C++20.
#pragma once

#include "core/error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace orec {

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : error().code; }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : m_error->code; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Status okStatus()
{
    return {};
}

} // namespace orec

// Early return of the error of an expression yielding Result<...>.
#define OREC_TRY(expr)                                                                                       \
    do {                                                                                                     \
        auto&& orec_try_result_ = (expr);                                                                    \
        if (!orec_try_result_.ok())                                                                          \
            return orec_try_result_.error();                                                                 \
    } while (false)
