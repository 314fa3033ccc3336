// Values as offices type them into spreadsheets (card numbers with separators, citizen IDs that Excel
// stored as numbers, dates as serials or in words), normalised to what the register stores, or refused
// with the reason and how to fix the sheet.
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace orec {

// The outcome of normalising one cell: the value to use, why it differs from the text (empty when it
// does not), or why it cannot be used (then `value` is the text as written).
struct NormalisedValue
{
    QString value;
    QString change; // translated: "separators removed", "leading zero restored (…)"; empty = unchanged
    QString error;  // translated: what is wrong and how to fix it in the sheet; empty = usable

    bool changed() const { return !change.isEmpty(); }
    bool ok() const { return error.isEmpty(); }
};

// The length of a party card number issued since 2003 (core/validation.cpp warns about any other).
inline constexpr int kPartyCardDigits = 8;

// "12.345678", "12 345 678", "12-345678" → "12345678". `numericCell`: the spreadsheet stored the cell as
// a number, so a leading zero it dropped (1234567 for 01234567) is restored, and a number written with a
// decimal point that leaves fewer digits than a card has is refused (Excel drops trailing zeros too).
NormalisedValue normalisePartyCardNumber(const QString& text, bool numericCell = false);

// Separators removed ("001 234 567 890"); from a numeric cell, the leading zeros Excel dropped are restored
// where only one reading exists (every 12-digit citizen ID starts with the 0 of its province code: 11 or
// 10 digits; 8 digits of an old 9-digit identity card). Scientific notation ("1.23457E+11"), or a number
// whose last digits are all zeros as that notation leaves them, is refused: the digits are lost.
NormalisedValue normaliseCitizenId(const QString& text, bool numericCell = false);

// A date as clerks write it, to dd/MM/yyyy: Excel serial numbers (5 digits; 1900 system with its
// leap-year bug, or the 1904 system), "ngày 05 tháng 02 năm 2020", a date with a midnight time
// ("05/02/2020 00:00:00"), and what parseInterchangeDate reads already (left as written). A year alone
// ("1980") is refused: the register needs the whole date.
NormalisedValue normaliseDate(const QString& text, bool numericCell = false, bool date1904 = false);

// The day an Excel serial number stands for; nullopt outside 1 … 2958465 (31/12/9999) and for 60 in the
// 1900 system (29/02/1900, a day Excel counts and the calendar does not). The time of day is dropped.
std::optional<QDate> dateFromExcelSerial(double serial, bool date1904 = false);

} // namespace orec
