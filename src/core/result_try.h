// OREC_TRY_ASSIGN: the value-returning companion of OREC_TRY (core/result.h).
#pragma once

#include "core/result.h"

#include <utility>

// Declares `lhs` (say `auto member` or `const auto rows`) with the value of an expression yielding
// Result<T>, or returns its error: `OREC_TRY_ASSIGN(auto member, members.get(id));` stands for the
// three lines `auto m = members.get(id); if (!m) return m.error();` followed by uses of `*m`.
// Several statements, so not the lone body of an unbraced if or loop. The Result is held by value (an
// lvalue Result is copied, never moved from). Variadic, so a top-level comma in the expression (a
// template argument list) needs no extra parentheses.
#define OREC_TRY_ASSIGN(lhs, ...)                                                                            \
    OREC_TRY_ASSIGN_IMPL_(OREC_TRY_CONCAT_(orec_try_value_, __COUNTER__), lhs, __VA_ARGS__)
#define OREC_TRY_CONCAT_(a, b) OREC_TRY_CONCAT_IMPL_(a, b)
#define OREC_TRY_CONCAT_IMPL_(a, b) a##b
#define OREC_TRY_ASSIGN_IMPL_(tmp, lhs, ...)                                                                 \
    auto tmp = (__VA_ARGS__);                                                                                \
    if (!tmp.ok())                                                                                           \
        return tmp.error();                                                                                  \
    lhs = std::move(tmp).value()
