// Countries by ISO 3166-1 alpha-2 code, with English and Vietnamese names, for postings and cells.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace orec {

struct Country
{
    QString code;        // ISO 3166-1 alpha-2, upper case: what every record stores
    QString englishName; // short common name ("South Korea")
    QString vietnameseName;
    QStringList englishAliases;    // the ISO long form and other names people write
    QStringList vietnameseAliases; // short forms ("Mỹ", "Nhật"), older spellings, English loan forms
};

// All 249 officially assigned codes, ordered by code. The table is static data in country.cpp.
const QList<Country>& allCountries();

// Case-insensitive; blanks around the code are ignored.
std::optional<Country> countryByCode(QStringView code);
bool isCountryCode(QStringView code);

// Names match whatever the diacritics, case, spacing or hyphenation ("Nhat Ban", "nhật bản",
// "Xin ga po" and "Xingapo" all find their country); aliases match too.
std::optional<Country> countryByEnglishName(QStringView name);
std::optional<Country> countryByVietnameseName(QStringView name);

// What a spreadsheet cell may hold: a code, a Vietnamese name or an English name. Two upper-case
// letters are read as a code first; anything else as a name first ("Ao" is Áo, Austria; "AO" Angola).
std::optional<Country> countryFromText(QStringView text);

} // namespace orec
