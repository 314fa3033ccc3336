#include "core/person_name.h"

#include <QList>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace orec {

namespace {

// Tone marks as they come out of NFD, ranked in dictionary order.
int toneRank(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return 1; // huyền
    case 0x0309:
        return 2; // hỏi
    case 0x0303:
        return 3; // ngã
    case 0x0301:
        return 4; // sắc
    case 0x0323:
        return 5; // nặng
    default:
        return 0;
    }
}

enum class Modifier { None, Breve, Circumflex, Horn };

Modifier letterModifier(char16_t mark)
{
    switch (mark) {
    case 0x0306:
        return Modifier::Breve;
    case 0x0302:
        return Modifier::Circumflex;
    case 0x031B:
        return Modifier::Horn;
    default:
        return Modifier::None;
    }
}

// Position of a letter in the Vietnamese alphabet extended with f, j, w, z where they fall in
// the Latin alphabet, or -1 when the base letter is not a Latin one.
int alphabetIndex(char16_t base, Modifier modifier)
{
    static constexpr std::array<char16_t, 26> latin{u'a', u'b', u'c', u'd', u'e', u'f', u'g', u'h', u'i',
                                                    u'j', u'k', u'l', u'm', u'n', u'o', u'p', u'q', u'r',
                                                    u's', u't', u'u', u'v', u'w', u'x', u'y', u'z'};
    if (base == u'đ')
        return 6; // a ă â b c d đ
    if (base < u'a' || base > u'z')
        return -1;
    int index = 0;
    for (char16_t letter : latin) {
        if (letter == base)
            break;
        ++index;
        // Letters that precede `base` and carry extra letters after them in the alphabet.
        if (letter == u'a')
            index += 2; // ă â
        else if (letter == u'd' || letter == u'u')
            index += 1; // đ, ư
        else if (letter == u'e')
            index += 1; // ê
        else if (letter == u'o')
            index += 2; // ô ơ
    }
    switch (base) {
    case u'a':
        return index + (modifier == Modifier::Breve ? 1 : modifier == Modifier::Circumflex ? 2 : 0);
    case u'e':
    case u'o':
        if (modifier == Modifier::Circumflex)
            return index + 1;
        if (base == u'o' && modifier == Modifier::Horn)
            return index + 2;
        return index;
    case u'u':
        return index + (modifier == Modifier::Horn ? 1 : 0);
    default:
        return index;
    }
}

// One word of a name reduced to what ordering needs: per character, its base letter (one byte for
// letters and digits, "~XXXXXX" for anything else) and its tone ('0' none ... '5'), one byte each.
struct Word
{
    QByteArray primary;
    QByteArray tones;
};

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}

QByteArray hexCodePoint(char32_t c)
{
    char buffer[8];
    static constexpr char digits[] = "0123456789ABCDEF";
    buffer[0] = '~';
    for (int i = 0; i < 6; ++i)
        buffer[1 + i] = digits[(c >> (4 * (5 - i))) & 0xF];
    return QByteArray(buffer, 7);
}

// Splits a name into collation words: letters and digits with their marks, everything else
// separating words (apostrophes excepted, which vanish: "O'Neil" is one word).
QList<Word> collationWords(const QString& fullName)
{
    const QString nfd = fullName.normalized(QString::NormalizationForm_D);
    QList<Word> words;
    Word current;
    const auto flush = [&] {
        if (!current.primary.isEmpty())
            words.append(std::move(current));
        current = Word();
    };

    const QList<uint> codePoints = nfd.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (isApostrophe(c))
            continue;
        const int category = QChar::category(c);
        const bool isMark = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                            category == QChar::Mark_Enclosing;
        if (isMark)
            continue; // a mark without a letter before it (or after a separator) carries nothing
        if (!QChar::isLetterOrNumber(c)) {
            flush();
            continue;
        }

        // Gather the marks that follow this base character.
        Modifier modifier = Modifier::None;
        int tone = 0;
        qsizetype j = i + 1;
        for (; j < codePoints.size(); ++j) {
            const int cat = QChar::category(codePoints[j]);
            if (cat != QChar::Mark_NonSpacing && cat != QChar::Mark_SpacingCombining &&
                cat != QChar::Mark_Enclosing)
                break;
            const auto mark = static_cast<char16_t>(codePoints[j]);
            if (const Modifier m = letterModifier(mark); m != Modifier::None)
                modifier = m;
            else if (const int t = toneRank(mark); t != 0)
                tone = t;
        }
        i = j - 1;

        char unitTone = static_cast<char>('0' + tone);
        char32_t lower = QChar::toLower(c);
        if (lower == U'Đ' || lower == U'Ð' || lower == U'ð')
            lower = U'đ';
        if (lower >= U'0' && lower <= U'9') {
            current.primary.append(static_cast<char>(lower));
        } else if (const int index =
                       lower <= 0xFFFF ? alphabetIndex(static_cast<char16_t>(lower), modifier) : -1;
                   index >= 0) {
            current.primary.append(static_cast<char>('A' + index));
        } else {
            // Letters of other scripts: by code point after every Latin letter, tones ignored.
            const QString single = QString::fromUcs4(&lower, 1).normalized(QString::NormalizationForm_C);
            const QList<uint> composed = single.toUcs4();
            current.primary.append(hexCodePoint(composed.isEmpty() ? lower : composed.first()));
            unitTone = '0';
        }
        current.tones.append(unitTone);
    }
    flush();
    return words;
}

} // namespace

QString PersonName::familyAndMiddle() const
{
    if (middle.isEmpty())
        return family;
    if (family.isEmpty())
        return middle;
    return family + QLatin1Char(' ') + middle;
}

PersonName splitName(const QString& fullName)
{
    const QStringList words = fullName.normalized(QString::NormalizationForm_C)
                                  .simplified()
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonName name;
    if (words.isEmpty())
        return name;
    name.given = words.last();
    if (words.size() >= 2)
        name.family = words.first();
    if (words.size() >= 3)
        name.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    return name;
}

QByteArray sortKey(const QString& fullName)
{
    QList<Word> words = collationWords(fullName);
    if (!words.isEmpty())
        words.prepend(words.takeLast()); // given name first, the rest in written order

    // Each word is one sort column of the list: its base letters, then (only for equal base
    // letters) its tones. Equal base letters give equal tone counts, so the words stay aligned.
    qsizetype size = 0;
    for (const Word& word : std::as_const(words))
        size += word.primary.size() + word.tones.size() + 2;
    QByteArray key;
    key.reserve(size);
    for (const Word& word : std::as_const(words)) {
        if (!key.isEmpty())
            key.append(' ');
        key.append(word.primary);
        key.append('!');
        key.append(word.tones);
    }
    return key;
}

int compareNames(const QString& a, const QString& b)
{
    const QByteArray ka = sortKey(a);
    const QByteArray kb = sortKey(b);
    const int common = static_cast<int>(std::min(ka.size(), kb.size()));
    const int c = std::memcmp(ka.constData(), kb.constData(), static_cast<size_t>(common));
    if (c != 0)
        return c < 0 ? -1 : 1;
    if (ka.size() == kb.size())
        return 0;
    return ka.size() < kb.size() ? -1 : 1;
}

} // namespace orec
