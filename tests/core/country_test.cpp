#include "core/country.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace orec;

TEST(Country, TableHoldsEveryAssignedCode)
{
    const QList<Country>& all = allCountries();
    EXPECT_EQ(all.size(), 249);
    QSet<QString> codes;
    for (const Country& c : all) {
        EXPECT_EQ(c.code.size(), 2) << c.code.toStdString();
        EXPECT_EQ(c.code, c.code.toUpper());
        EXPECT_FALSE(c.englishName.isEmpty()) << c.code.toStdString();
        EXPECT_FALSE(c.vietnameseName.isEmpty()) << c.code.toStdString();
        codes.insert(c.code);
    }
    EXPECT_EQ(codes.size(), all.size()); // no duplicates
    for (const char* code :
         {"VN", "LA", "KH", "CN", "JP", "KR", "US", "RU", "DE", "FR", "GB", "AU", "TW", "XK"}) {
        if (QLatin1String(code) == QLatin1String("XK"))
            EXPECT_FALSE(isCountryCode(QString::fromLatin1(code))); // user-assigned, not ISO
        else
            EXPECT_TRUE(isCountryCode(QString::fromLatin1(code))) << code;
    }
}

TEST(Country, LookupByCodeIgnoresCaseAndBlanks)
{
    auto jp = countryByCode(u" jp ");
    ASSERT_TRUE(jp.has_value());
    EXPECT_EQ(jp->code, QStringLiteral("JP"));
    EXPECT_EQ(jp->englishName, QStringLiteral("Japan"));
    EXPECT_EQ(jp->vietnameseName, QStringLiteral("Nhật Bản"));
    EXPECT_FALSE(countryByCode(u"ZZ").has_value());
    EXPECT_FALSE(countryByCode(u"").has_value());
    EXPECT_FALSE(countryByCode(u"JPN").has_value());
}

TEST(Country, LookupByVietnameseNameWithoutDiacritics)
{
    EXPECT_EQ(countryByVietnameseName(u"Nhat Ban")->code, QStringLiteral("JP"));
    EXPECT_EQ(countryByVietnameseName(u"nhật bản")->code, QStringLiteral("JP"));
    EXPECT_EQ(countryByVietnameseName(u"NHẬT BẢN")->code, QStringLiteral("JP"));
    EXPECT_EQ(
        countryByVietnameseName(QStringLiteral("Nhật Bản").normalized(QString::NormalizationForm_D))->code,
        QStringLiteral("JP"));
    EXPECT_EQ(countryByVietnameseName(u"Han Quoc")->code, QStringLiteral("KR"));
    EXPECT_EQ(countryByVietnameseName(u"Trieu Tien")->code, QStringLiteral("KP"));
    EXPECT_EQ(countryByVietnameseName(u"Đức")->code, QStringLiteral("DE"));
    EXPECT_EQ(countryByVietnameseName(u"Duc")->code, QStringLiteral("DE"));
    EXPECT_EQ(countryByVietnameseName(u"Liên bang Nga")->code, QStringLiteral("RU"));
    EXPECT_EQ(countryByVietnameseName(u"Nga")->code, QStringLiteral("RU"));
    EXPECT_EQ(countryByVietnameseName(u"Hoa Kỳ")->code, QStringLiteral("US"));
    EXPECT_EQ(countryByVietnameseName(u"My")->code, QStringLiteral("US"));
    EXPECT_EQ(countryByVietnameseName(u"Úc")->code, QStringLiteral("AU"));
    EXPECT_EQ(countryByVietnameseName(u"Lào")->code, QStringLiteral("LA"));
    EXPECT_EQ(countryByVietnameseName(u"Campuchia")->code, QStringLiteral("KH"));
    EXPECT_EQ(countryByVietnameseName(u"Cam-pu-chia")->code, QStringLiteral("KH"));
    // Transcriptions match whatever the hyphens and spacing.
    EXPECT_EQ(countryByVietnameseName(u"Xin ga po")->code, QStringLiteral("SG"));
    EXPECT_EQ(countryByVietnameseName(u"Xingapo")->code, QStringLiteral("SG"));
    EXPECT_EQ(countryByVietnameseName(u"Singapore")->code, QStringLiteral("SG"));
    EXPECT_EQ(countryByVietnameseName(u"Cong hoa Sec")->code, QStringLiteral("CZ"));
    EXPECT_FALSE(countryByVietnameseName(u"Atlantis").has_value());
    EXPECT_FALSE(countryByVietnameseName(u"").has_value());
}

TEST(Country, LookupByEnglishName)
{
    EXPECT_EQ(countryByEnglishName(u"Japan")->code, QStringLiteral("JP"));
    EXPECT_EQ(countryByEnglishName(u"south korea")->code, QStringLiteral("KR"));
    EXPECT_EQ(countryByEnglishName(u"Korea, Republic of")->code, QStringLiteral("KR"));
    EXPECT_EQ(countryByEnglishName(u"Russian Federation")->code, QStringLiteral("RU"));
    EXPECT_EQ(countryByEnglishName(u"Czech Republic")->code, QStringLiteral("CZ"));
    EXPECT_EQ(countryByEnglishName(u"Cote d'Ivoire")->code, QStringLiteral("CI"));
    EXPECT_EQ(countryByEnglishName(u"Viet Nam")->code, QStringLiteral("VN"));
    EXPECT_EQ(countryByEnglishName(u"Vietnam")->code, QStringLiteral("VN"));
    EXPECT_EQ(countryByEnglishName(u"Lao People's Democratic Republic")->code, QStringLiteral("LA"));
    EXPECT_FALSE(countryByEnglishName(u"Nhat Ban").has_value());
}

TEST(Country, FromSpreadsheetText)
{
    EXPECT_EQ(countryFromText(u"JP")->code, QStringLiteral("JP"));
    EXPECT_EQ(countryFromText(u"Nhat Ban")->code, QStringLiteral("JP"));
    EXPECT_EQ(countryFromText(u"Japan")->code, QStringLiteral("JP"));
    // Two upper-case letters are a code; otherwise a name comes first.
    EXPECT_EQ(countryFromText(u"AO")->code, QStringLiteral("AO")); // Angola
    EXPECT_EQ(countryFromText(u"Áo")->code, QStringLiteral("AT"));
    EXPECT_EQ(countryFromText(u"Ao")->code, QStringLiteral("AT"));
    EXPECT_EQ(countryFromText(u"la")->code, QStringLiteral("LA")); // no name "la": falls back to the code
    EXPECT_FALSE(countryFromText(u"Nowhere").has_value());
}
