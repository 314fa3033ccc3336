#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/posting_life_cycle.h"
#include "core/report.h"
#include "core/rule_set.h"
#include "core/transfer.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace orec;

namespace {

// Every value has a distinct, non-empty, lower_snake_case code name that reads back to itself.
template <typename E> void expectRoundTrip()
{
    QSet<QString> seen;
    for (E value : allValues<E>()) {
        const QString code = codeName(value);
        ASSERT_FALSE(code.isEmpty());
        EXPECT_EQ(code, code.toLower());
        EXPECT_FALSE(code.contains(QLatin1Char(' ')));
        EXPECT_FALSE(seen.contains(code)) << code.toStdString();
        seen.insert(code);
        EXPECT_EQ(fromCodeName<E>(code), value) << code.toStdString();
        EXPECT_FALSE(displayName(value).isEmpty()) << code.toStdString();
    }
    EXPECT_FALSE(fromCodeName<E>(u"no_such_code").has_value());
}

} // namespace

TEST(EnumCodes, EveryEnumRoundTrips)
{
    expectRoundTrip<Gender>();
    expectRoundTrip<UnitKind>();
    expectRoundTrip<CellType>();
    expectRoundTrip<PostingPurpose>();
    expectRoundTrip<PostingStatus>();
    expectRoundTrip<PartyActivityArrangement>();
    expectRoundTrip<AttendanceMode>();
    expectRoundTrip<ProbationDecision>();
    expectRoundTrip<ReportKind>();
    expectRoundTrip<ReportState>();
    expectRoundTrip<TransferKind>();
    expectRoundTrip<TransferDirection>();
    expectRoundTrip<RuleUnit>();
    expectRoundTrip<PostingTransition>();
    expectRoundTrip<RefusalReason>();
}

TEST(EnumCodes, CellTypesHaveStableAndInterchangeCodes)
{
    const QList<std::pair<CellType, std::pair<const char*, const char*>>> expected{
        {CellType::Embassy, {"embassy", "co_quan_dai_dien"}},
        {CellType::Spouse, {"spouse", "phu_nhan_phu_quan"}},
        {CellType::Student, {"student", "luu_hoc_sinh"}},
        {CellType::Labour, {"labour", "lao_dong"}},
        {CellType::Expert, {"expert", "chuyen_gia"}},
        {CellType::SelfEmployed, {"self_employed", "tu_lap_nghiep"}},
    };
    ASSERT_EQ(allValues<CellType>().size(), 6);
    for (const auto& [type, codes] : expected) {
        EXPECT_EQ(codeName(type), QLatin1String(codes.first));
        EXPECT_EQ(interchangeCode(type), QLatin1String(codes.second));
        EXPECT_EQ(fromInterchangeCode<CellType>(QString::fromLatin1(codes.second)), type);
        // The English code is accepted in a spreadsheet too.
        EXPECT_EQ(fromInterchangeCode<CellType>(QString::fromLatin1(codes.first)), type);
    }
    EXPECT_FALSE(fromInterchangeCode<CellType>(u"dai_su_quan").has_value());
}

TEST(EnumCodes, PurposesAndArrangementsMatchTheInterchangeFormat)
{
    const QStringList purposeCodes{QStringLiteral("cong_tac"),      QStringLiteral("hoc_tap"),
                                   QStringLiteral("lao_dong"),      QStringLiteral("chuyen_gia"),
                                   QStringLiteral("theo_vo_chong"), QStringLiteral("tu_lap_nghiep"),
                                   QStringLiteral("tham_than"),     QStringLiteral("chua_benh"),
                                   QStringLiteral("du_lich"),       QStringLiteral("viec_rieng_khac")};
    const QList<PostingPurpose> purposes = allValues<PostingPurpose>();
    ASSERT_EQ(purposes.size(), purposeCodes.size());
    for (qsizetype i = 0; i < purposes.size(); ++i) {
        EXPECT_EQ(interchangeCode(purposes[i]), purposeCodes[i]);
        EXPECT_EQ(fromInterchangeCode<PostingPurpose>(purposeCodes[i].toUpper()), purposes[i]);
    }
    EXPECT_EQ(fromInterchangeCode<PartyActivityArrangement>(u"giu_nguyen"),
              PartyActivityArrangement::StaysWithHomeCell);
    EXPECT_EQ(fromInterchangeCode<PartyActivityArrangement>(u"to_dang_tam_thoi"),
              PartyActivityArrangement::TemporaryGroup);
    EXPECT_EQ(fromInterchangeCode<PartyActivityArrangement>(u"tam_thoi"),
              PartyActivityArrangement::TemporaryTransfer);
    EXPECT_EQ(fromInterchangeCode<PartyActivityArrangement>(u"chinh_thuc"),
              PartyActivityArrangement::OfficialTransfer);
}

TEST(EnumCodes, GenderFromSpreadsheetIgnoresDiacriticsAndCase)
{
    EXPECT_EQ(fromInterchangeCode<Gender>(u"Nam"), Gender::Male);
    EXPECT_EQ(fromInterchangeCode<Gender>(u"Nữ"), Gender::Female);
    EXPECT_EQ(fromInterchangeCode<Gender>(u"nu"), Gender::Female);
    EXPECT_EQ(fromInterchangeCode<Gender>(u" NỮ "), Gender::Female);
    EXPECT_EQ(fromInterchangeCode<Gender>(u"female"), Gender::Female);
    EXPECT_FALSE(fromInterchangeCode<Gender>(u"").has_value());
    EXPECT_FALSE(fromInterchangeCode<Gender>(u"x").has_value());
}

TEST(EnumCodes, PrivateAndOfficialPurposes)
{
    for (PostingPurpose p :
         {PostingPurpose::FamilyVisit, PostingPurpose::MedicalTreatment, PostingPurpose::Tourism,
          PostingPurpose::OtherPrivate, PostingPurpose::SelfEmployed})
        EXPECT_TRUE(isPrivatePurpose(p)) << codeName(p).toStdString();
    for (PostingPurpose p : {PostingPurpose::OfficialMission, PostingPurpose::Study, PostingPurpose::Labour,
                             PostingPurpose::Expert, PostingPurpose::AccompanyingSpouse})
        EXPECT_TRUE(isOfficialPurpose(p)) << codeName(p).toStdString();
}
