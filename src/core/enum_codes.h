// Stable code names, interchange codes and translated display names for the domain enums.
#pragma once

#include "core/text_folding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <span>

namespace orec {

// One row of an enum's table. `code` is the English lower_snake_case name that storage and
// logs keep; `interchange` is the Vietnamese code of the spreadsheet format (nullptr where the
// format has none); `display` is the English source text of the translated label.
template <typename E> struct EnumCode
{
    E value;
    const char* code;
    const char* interchange;
    const char* display;
};

// Specialised next to each enum: `static const char* context()` (the translation context) and
// `static std::span<const EnumCode<E>> table()` (every value, in declaration order).
template <typename E> struct EnumCodes;

template <typename E> const EnumCode<E>* enumEntry(E value)
{
    for (const auto& entry : EnumCodes<E>::table()) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template <typename E> QString codeName(E value)
{
    const auto* entry = enumEntry(value);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

// Empty when the interchange format has no code for the value.
template <typename E> QString interchangeCode(E value)
{
    const auto* entry = enumEntry(value);
    return entry && entry->interchange ? QString::fromUtf8(entry->interchange) : QString();
}

template <typename E> QString displayName(E value)
{
    const auto* entry = enumEntry(value);
    return entry ? QCoreApplication::translate(EnumCodes<E>::context(), entry->display) : QString();
}

template <typename E> QList<E> allValues()
{
    QList<E> values;
    for (const auto& entry : EnumCodes<E>::table())
        values.append(entry.value);
    return values;
}

// Exact code name, ignoring surrounding blanks and case; what storage reads back.
template <typename E> std::optional<E> fromCodeName(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const auto& entry : EnumCodes<E>::table()) {
        if (trimmed.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

// What a person typed in a spreadsheet: the Vietnamese interchange code or the English code
// name, with or without diacritics, in any case ("Nữ", "nu", "NU" and "female" all match).
template <typename E> std::optional<E> fromInterchangeCode(QStringView text)
{
    const QString folded = foldForSearch(text.toString());
    if (folded.isEmpty())
        return std::nullopt;
    for (const auto& entry : EnumCodes<E>::table()) {
        if (entry.interchange && foldForSearch(QString::fromUtf8(entry.interchange)) == folded)
            return entry.value;
    }
    return fromCodeName<E>(folded);
}

} // namespace orec
