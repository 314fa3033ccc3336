#include "core/person_name.h"
#include "core/text_folding.h"

#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>
#include <random>

using namespace orec;

namespace {

QString nfd(const QString& s)
{
    return s.normalized(QString::NormalizationForm_D);
}

QStringList sortedByComparator(QStringList names)
{
    std::sort(names.begin(), names.end(), NameLess());
    return names;
}

QStringList sortedByKey(QStringList names)
{
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const QByteArray ka = sortKey(a);
        const QByteArray kb = sortKey(b);
        // memcmp semantics, as SQL ORDER BY on the stored key.
        return std::lexicographical_compare(ka.begin(), ka.end(), kb.begin(), kb.end(), [](char x, char y) {
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
        });
    });
    return names;
}

} // namespace

TEST(FoldForSearch, StripsDiacriticsAndDStroke)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("Nguyễn Văn Đức")), QStringLiteral("nguyen van duc"));
    EXPECT_EQ(foldForSearch(nfd(QStringLiteral("Nguyễn Văn Đức"))), QStringLiteral("nguyen van duc"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ĐẶNG THỊ HỒNG NHUNG")), QStringLiteral("dang thi hong nhung"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Trương Ưu Ơn")), QStringLiteral("truong uu on"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ẩm ướt đầy ắp")), QStringLiteral("am uot day ap"));
}

TEST(FoldForSearch, CollapsesWhitespaceAndKeepsPunctuation)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("  Lê\t\tThị \n Hà ")), QStringLiteral("le thi ha"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Xin-ga-po")), QStringLiteral("xin-ga-po"));
    EXPECT_EQ(foldForSearch(QString()), QString());
    EXPECT_EQ(foldForSearch(QStringLiteral("   ")), QString());
}

TEST(FoldForSearch, NfcAndNfdAgreeOnEveryVietnameseLetter)
{
    const QString all = QStringLiteral("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ");
    const QString upper = all.toUpper();
    EXPECT_EQ(foldForSearch(all), foldForSearch(nfd(all)));
    EXPECT_EQ(foldForSearch(upper), foldForSearch(all));
    EXPECT_EQ(foldForSearch(all),
              QStringLiteral("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"));
}

TEST(FoldForSearch, OtherScriptsSurviveRecomposed)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("서울")), QStringLiteral("서울"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Москва")), QStringLiteral("москва"));
    EXPECT_TRUE(foldedContains(QStringLiteral("Trần Thị Thu Hằng"), QStringLiteral("thu hang")));
    EXPECT_FALSE(foldedContains(QStringLiteral("Trần Thị Thu Hằng"), QStringLiteral("hung")));
}

TEST(SplitName, FamilyMiddleGiven)
{
    PersonName n = splitName(QStringLiteral("  Nguyễn   Thị Minh  Khai "));
    EXPECT_EQ(n.family, QStringLiteral("Nguyễn"));
    EXPECT_EQ(n.middle, QStringLiteral("Thị Minh"));
    EXPECT_EQ(n.given, QStringLiteral("Khai"));
    EXPECT_EQ(n.familyAndMiddle(), QStringLiteral("Nguyễn Thị Minh"));

    n = splitName(QStringLiteral("Lê Lợi"));
    EXPECT_EQ(n.family, QStringLiteral("Lê"));
    EXPECT_TRUE(n.middle.isEmpty());
    EXPECT_EQ(n.given, QStringLiteral("Lợi"));

    n = splitName(QStringLiteral("Thảo"));
    EXPECT_TRUE(n.family.isEmpty());
    EXPECT_EQ(n.given, QStringLiteral("Thảo"));

    n = splitName(QString());
    EXPECT_TRUE(n.given.isEmpty());

    // NFD input comes back NFC so that it compares equal to what the clerk typed.
    n = splitName(nfd(QStringLiteral("Phạm Văn Đồng")));
    EXPECT_EQ(n.given, QStringLiteral("Đồng"));
    EXPECT_EQ(n.family, QStringLiteral("Phạm"));
}

TEST(NameOrder, GivenNameFirstThenFamilyAndMiddle)
{
    const QStringList input{
        QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Thị An"), QStringLiteral("Lê Văn An"),
        QStringLiteral("Nguyễn An"),     QStringLiteral("Phạm Thị Anh"),  QStringLiteral("Nguyễn Văn An"),
    };
    const QStringList expected{
        // "An" first; among them by family name, then middle words; the two-word name is a prefix.
        QStringLiteral("Lê Văn An"),     QStringLiteral("Nguyễn An"),    QStringLiteral("Nguyễn Thị An"),
        QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Thị Anh"), QStringLiteral("Trần Văn Bình"),
    };
    EXPECT_EQ(sortedByComparator(input), expected);
    EXPECT_EQ(sortedByKey(input), expected);
}

TEST(NameOrder, VietnameseLetterOrder)
{
    // a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư, all before the next base letter.
    const QStringList expected{
        QStringLiteral("Lê An"),   QStringLiteral("Lê Ăn"),   QStringLiteral("Lê Ân"),
        QStringLiteral("Lê Bảo"),  QStringLiteral("Lê Dũng"), QStringLiteral("Lê Đức"),
        QStringLiteral("Lê Em"),   QStringLiteral("Lê Ên"),   QStringLiteral("Lê Giang"),
        QStringLiteral("Lê Oanh"), QStringLiteral("Lê Ôn"),   QStringLiteral("Lê Ơn"),
        QStringLiteral("Lê Phúc"), QStringLiteral("Lê Uyên"), QStringLiteral("Lê Ưng"),
        QStringLiteral("Lê Vinh"),
    };
    QStringList shuffled = expected;
    std::mt19937 rng(42);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    EXPECT_EQ(sortedByComparator(shuffled), expected);
    EXPECT_EQ(sortedByKey(shuffled), expected);
    // Đức sorts after every D name, not among them as a plain ASCII fold would put it.
    EXPECT_LT(compareNames(QStringLiteral("Lê Dương"), QStringLiteral("Lê Đào")), 0);
    EXPECT_GT(compareNames(QStringLiteral("Lê Đào"), QStringLiteral("Lê Duy")), 0);
}

TEST(NameOrder, TonesOnlyAfterBaseLetters)
{
    // Same base letters: none < huyền < hỏi < ngã < sắc < nặng.
    const QStringList tones{QStringLiteral("Lê Ma"), QStringLiteral("Lê Mà"), QStringLiteral("Lê Mả"),
                            QStringLiteral("Lê Mã"), QStringLiteral("Lê Má"), QStringLiteral("Lê Mạ")};
    QStringList reversed = tones;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(sortedByComparator(reversed), tones);
    EXPECT_EQ(sortedByKey(reversed), tones);

    // Base letters decide before any tone: "Mạc" (m-a-c) before "Man" (m-a-n) despite its tone.
    EXPECT_LT(compareNames(QStringLiteral("Lê Mạc"), QStringLiteral("Lê Man")), 0);
    // Each given name, tone included, is its own group: "Hanh" (no tone) before "Hạnh", whatever the
    // family names.
    EXPECT_GT(compareNames(QStringLiteral("Bùi Hạnh"), QStringLiteral("Cao Hanh")), 0);
    // Tones are compared per word: the given name (with its tone) decides before the family name.
    EXPECT_LT(compareNames(QStringLiteral("Lê Hà"), QStringLiteral("Lễ Hạ")), 0);
    EXPECT_LT(compareNames(QStringLiteral("Lễ Hà"), QStringLiteral("Lê Hạ")), 0);
    EXPECT_LT(compareNames(QStringLiteral("Vũ Anh"), QStringLiteral("Bùi Ánh")), 0);
    EXPECT_LT(compareNames(QStringLiteral("Lê Hà"), QStringLiteral("Lễ Hà")), 0);
}

TEST(NameOrder, CaseAndNormalisationInsensitive)
{
    const QString name = QStringLiteral("Nguyễn Thị Ngọc Ánh");
    EXPECT_EQ(sortKey(name), sortKey(nfd(name)));
    EXPECT_EQ(sortKey(name), sortKey(name.toUpper()));
    EXPECT_EQ(sortKey(name), sortKey(QStringLiteral("  nguyễn  thị ngọc   ánh ")));
    EXPECT_EQ(compareNames(name, nfd(name.toUpper())), 0);
    // Apostrophes vanish, other punctuation separates words.
    EXPECT_EQ(sortKey(QStringLiteral("O'Neil Mary")), sortKey(QStringLiteral("ONeil Mary")));
    EXPECT_EQ(sortKey(QStringLiteral("Nguyễn Thị-Anh")), sortKey(QStringLiteral("Nguyễn Thị Anh")));
}

TEST(NameOrder, SortKeyIsPrintableAsciiWithoutNul)
{
    const QStringList names{QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("Kim Min-jun 김민준"),
                            QStringLiteral("Анна Петрова"), QString(), QStringLiteral("Trần 3")};
    for (const QString& n : names) {
        const QByteArray key = sortKey(n);
        for (char c : key) {
            EXPECT_GE(static_cast<unsigned char>(c), 0x20) << n.toStdString();
            EXPECT_LT(static_cast<unsigned char>(c), 0x7F) << n.toStdString();
        }
    }
}

TEST(NameOrder, DigitsBeforeLettersAndOtherScriptsAfter)
{
    EXPECT_LT(compareNames(QStringLiteral("Trần 3"), QStringLiteral("Trần An")), 0);
    EXPECT_GT(compareNames(QStringLiteral("Trần 김"), QStringLiteral("Trần Zô")), 0);
    EXPECT_LT(compareNames(QStringLiteral("Trần 가"), QStringLiteral("Trần 김")), 0);
}

TEST(NameOrder, GeneratedListMatchesVietnameseListOrder)
{
    // Build a list as a class register would hold it, then check the order rule by rule.
    const QStringList families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                               QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                               QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ")};
    const QStringList middles{QStringLiteral("Văn"),  QStringLiteral("Thị"),  QStringLiteral("Đức"),
                              QStringLiteral("Minh"), QStringLiteral("Ngọc"), QString()};
    const QStringList givens{QStringLiteral("An"),   QStringLiteral("Anh"),   QStringLiteral("Ánh"),
                             QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dũng"),
                             QStringLiteral("Đạt"),  QStringLiteral("Hà"),    QStringLiteral("Hải"),
                             QStringLiteral("Hạnh"), QStringLiteral("Ông"),   QStringLiteral("Ơn"),
                             QStringLiteral("Uyên"), QStringLiteral("Ưng"),   QStringLiteral("Yến")};
    std::mt19937 rng(2025);
    QStringList names;
    for (int i = 0; i < 400; ++i) {
        const QString& f = families[rng() % families.size()];
        const QString& m = middles[rng() % middles.size()];
        const QString& g = givens[rng() % givens.size()];
        QString full =
            m.isEmpty() ? f + QLatin1Char(' ') + g : f + QLatin1Char(' ') + m + QLatin1Char(' ') + g;
        if (i % 3 == 0)
            full = nfd(full); // mixed normalisation forms, as pasted from different sources
        names.append(full);
    }
    const QStringList byComparator = sortedByComparator(names);
    EXPECT_EQ(sortedByKey(names), byComparator);

    // Given names appear in the order of the `givens` list, which is in Vietnamese order.
    int lastGiven = -1;
    for (const QString& n : byComparator) {
        const QString given = splitName(n).given;
        const int index = static_cast<int>(givens.indexOf(given));
        ASSERT_GE(index, 0) << n.toStdString();
        EXPECT_GE(index, lastGiven) << n.toStdString();
        lastGiven = index;
    }
    // Inside one given name, family names in Vietnamese order (Bùi < Đặng < Đỗ < Hoàng < ... < Vũ).
    for (qsizetype i = 1; i < byComparator.size(); ++i) {
        const PersonName a = splitName(byComparator[i - 1]);
        const PersonName b = splitName(byComparator[i]);
        if (a.given == b.given) {
            EXPECT_LE(compareNames(a.family, b.family), 0) << byComparator[i].toStdString();
        }
    }
}
