// Folding of Vietnamese text for searching: what a clerk types without diacritics must still match.
#pragma once

#include <QString>

namespace orec {

// Normalises (NFC and NFD input give the same result), lower-cases, strips every diacritic,
// maps đ/Đ to d and collapses runs of whitespace to one space, trimmed at both ends.
// "Nguyễn Văn Đức" -> "nguyen van duc". Punctuation is kept.
QString foldForSearch(const QString& text);

// True when the folded needle occurs in the folded haystack.
bool foldedContains(const QString& haystack, const QString& needle);

} // namespace orec
