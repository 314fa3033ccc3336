// Vietnamese personal names: splitting into family/middle/given and ordering them as Vietnamese lists do.
#pragma once

#include <QByteArray>
#include <QString>

namespace orec {

// "Nguyễn Thị Minh Khai" -> family "Nguyễn", middle "Thị Minh", given "Khai".
// The given name is taken to be the last word: lists order by it, and a two-word given name
// cannot be told apart from a middle name without asking the person.
struct PersonName
{
    QString family;
    QString middle; // the words between family and given name, space-separated; may be empty
    QString given;

    // Family and middle name together ("họ và tên đệm"), the second sort column of a list.
    QString familyAndMiddle() const;
};

// Splits on whitespace after NFC normalisation; a single word is taken as the given name.
PersonName splitName(const QString& fullName);

// Ordering of full names as a Vietnamese list orders people:
//  1. by the given name (last word), then by the other words in their written order
//     (family name, then middle names), word by word, like the "Tên" then "Họ đệm" columns of
//     a register; a shorter name that is a prefix of a longer one comes first;
//  2. each word by its base letters in Vietnamese alphabet order
//     a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z),
//     digits before letters, letters of other scripts after, by code point;
//  3. only when a word's base letters are equal, by its tones, letter by letter:
//     none < huyền (grave) < hỏi (hook) < ngã (tilde) < sắc (acute) < nặng (dot below),
//     the order of the common dictionaries (Từ điển tiếng Việt, Hoàng Phê). Tones are compared
//     per word, so everyone named "Anh" comes before everyone named "Ánh", whatever their
//     family names: each distinct given name forms its own group, as in a printed list;
//  4. case is ignored; NFC and NFD spellings give identical results; punctuation separates
//     words except apostrophes, which are dropped.
int compareNames(const QString& a, const QString& b);

// A byte string that orders, under memcmp (SQL "ORDER BY" on a BLOB or a BINARY-collated TEXT
// column), exactly as compareNames() does. It is printable ASCII with no NUL, so it can be
// stored as TEXT or BLOB. Layout, per word (given name first, then the others in written order),
// words joined by ' ': one byte per base character ('0'-'9' digits, 'A'.. the 33 Latin and
// Vietnamese letters in alphabet order, '~' + 6 hex digits for any other character), then '!',
// then one tone digit '0'-'5' per base character. Not meant to be decoded; recompute it whenever
// the name changes (or when this layout changes: a migration must rebuild stored keys).
QByteArray sortKey(const QString& fullName);

// Comparator for standard algorithms. Sorting many names is faster through precomputed keys.
struct NameLess
{
    bool operator()(const QString& a, const QString& b) const { return compareNames(a, b) < 0; }
};

} // namespace orec
