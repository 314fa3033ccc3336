#include "core/spreadsheet_values.h"

#include "core/text_folding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::SpreadsheetValues)
};

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// What clerks put between the digits of a number so it reads well: spaces (also the no-break and thin
// ones a copy from a web page or Word brings), dots, dashes, commas, and the apostrophe that forces text.
QString withoutSeparators(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char(',') ||
            c == QLatin1Char('\'') || c == QChar(0x2013) || c == QChar(0x2019))
            continue;
        out.append(c);
    }
    return out;
}

bool isScientific(const QString& text)
{
    static const QRegularExpression scientific(QStringLiteral("^[+-]?\\d+(?:[.,]\\d*)?[eE][+-]?\\d+$"));
    return scientific.match(text).hasMatch();
}

QString lostDigits(const QString& text, const QString& what)
{
    return Texts::tr("\"%1\" is a number Excel wrote in scientific notation: the last digits of the %2 are "
                     "lost and cannot be recovered from the file. In the spreadsheet, format the column as "
                     "Text (Format Cells › Text), type the numbers again, and import again.")
        .arg(text, what);
}

NormalisedValue unchanged(const QString& text)
{
    return {text, {}, {}};
}

} // namespace

NormalisedValue normalisePartyCardNumber(const QString& input, bool numericCell)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return unchanged(text);
    if (isScientific(text))
        return {text, {}, lostDigits(text, Texts::tr("party card number"))};
    const QString digits = withoutSeparators(text);
    if (!allDigits(digits))
        return unchanged(text); // validation says what a card number may hold
    if (numericCell && text.contains(QLatin1Char('.')) && digits.size() < kPartyCardDigits)
        return {text,
                {},
                Texts::tr("The party card number \"%1\" was stored by Excel as a decimal number, which drops "
                          "trailing zeros, so digits may be missing. Format the column as Text and type the "
                          "number again.")
                    .arg(text)};
    if (numericCell && digits.size() == kPartyCardDigits - 1)
        return {QLatin1Char('0') + digits,
                Texts::tr("leading zero restored: Excel stored the card number as a number and dropped it"),
                {}};
    if (digits != text)
        return {digits, Texts::tr("separators removed"), {}};
    return unchanged(text);
}

NormalisedValue normaliseCitizenId(const QString& input, bool numericCell)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return unchanged(text);
    if (isScientific(text))
        return {text, {}, lostDigits(text, Texts::tr("citizen ID"))};
    const QString digits = withoutSeparators(text);
    if (!allDigits(digits))
        return unchanged(text);
    if (numericCell) {
        // 1.23457E+11 typed or pasted back becomes 123457000000: six figures and zeros.
        qsizetype significant = digits.size();
        while (significant > 0 && digits.at(significant - 1) == QLatin1Char('0'))
            --significant;
        if (digits.size() >= 11 && significant <= 6)
            return {text, {}, lostDigits(text, Texts::tr("citizen ID"))};
        if (digits.size() == 11 || digits.size() == 10)
            return {QString(12 - digits.size(), QLatin1Char('0')) + digits,
                    Texts::tr("leading zeros restored: Excel stored the citizen ID as a number and dropped "
                              "them (every citizen ID starts with its province code 001–096)"),
                    {}};
        if (digits.size() == 8)
            return {QLatin1Char('0') + digits,
                    Texts::tr("leading zero restored: Excel stored the identity card number as a number and "
                              "dropped it"),
                    {}};
    } else if (digits.size() == 11 || digits.size() == 10) {
        // A sheet saved as CSV from Excel: no sign the zeros were there, and a digit may be missing anywhere.
        return {text,
                {},
                Texts::tr("The citizen ID \"%1\" has %2 digits, not 12: if the sheet went through Excel, it "
                          "dropped the leading zeros. Format the column as Text and type the number again.")
                    .arg(text)
                    .arg(digits.size())};
    }
    if (digits != text)
        return {digits, Texts::tr("separators removed"), {}};
    return unchanged(text);
}

std::optional<QDate> dateFromExcelSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial))
        return std::nullopt;
    const qint64 day = static_cast<qint64>(std::floor(serial));
    if (date1904) {
        if (day < 0 || day > 2957003)
            return std::nullopt;
        return QDate(1904, 1, 1).addDays(day);
    }
    if (day < 1 || day > 2958465 || day == 60)
        return std::nullopt;
    // Excel counts 29/02/1900, which never was (Lotus 1-2-3's bug, kept for compatibility): the days
    // before it start one day later.
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

NormalisedValue normaliseDate(const QString& input, bool numericCell, bool date1904)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return unchanged(text);
    static const QRegularExpression written(
        QStringLiteral("^(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})$"));
    if (written.match(text).hasMatch())
        return unchanged(text);
    const auto asDate = [&](const QDate& d, const QString& why) -> NormalisedValue {
        if (!d.isValid())
            return {text, {}, Texts::tr("%1 is not a day of the calendar.").arg(text)};
        return {d.toString(QStringLiteral("dd/MM/yyyy")), why, {}};
    };
    // A date column exported with its time: "05/02/2020 00:00:00", "2020-02-05T00:00:00".
    static const QRegularExpression withTime(QStringLiteral(
        "^(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})[ T]0?0:00(?::00(?:\\.0+)?)?$"));
    if (const auto m = withTime.match(text); m.hasMatch())
        return {m.captured(1), Texts::tr("time of day left out"), {}};
    // "ngày 05 tháng 02 năm 2020", with or without diacritics, "ngày" or not.
    static const QRegularExpression words(
        QStringLiteral("^(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*,?\\s*nam\\s*(\\d{4})$"));
    if (const auto m = words.match(foldForSearch(text)); m.hasMatch())
        return asDate(QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()),
                      Texts::tr("date written in words"));
    static const QRegularExpression number(QStringLiteral("^\\d+(?:[.,]\\d+)?$"));
    if (!number.match(text).hasMatch())
        return unchanged(text); // the date parser says what it cannot read
    const double value = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    if (value >= 1900 && value <= 2100 && !text.contains(QLatin1Char('.')) &&
        !text.contains(QLatin1Char(',')))
        return {text, {}, Texts::tr("\"%1\" is a year alone; write the whole date (dd/mm/yyyy).").arg(text)};
    // A serial of a plausible day (from 1927 on: five digits); fewer digits are more likely a typing slip.
    if (value < 10000 && !numericCell)
        return unchanged(text);
    const auto day = dateFromExcelSerial(value, date1904);
    if (!day)
        return unchanged(text);
    return asDate(*day, Texts::tr("Excel date number %1 read as a date (%2 date system)")
                            .arg(text, date1904 ? QStringLiteral("1904") : QStringLiteral("1900")));
}

} // namespace orec
