#include "core/posting.h"

namespace orec {

namespace {

constexpr EnumCode<PostingPurpose> kPurposes[] = {
    {PostingPurpose::OfficialMission, "official_mission", "cong_tac",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Official mission")},
    {PostingPurpose::Study, "study", "hoc_tap", QT_TRANSLATE_NOOP("orec::PostingPurpose", "Study")},
    {PostingPurpose::Labour, "labour", "lao_dong",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Labour contract")},
    {PostingPurpose::Expert, "expert", "chuyen_gia", QT_TRANSLATE_NOOP("orec::PostingPurpose", "Expert")},
    {PostingPurpose::AccompanyingSpouse, "accompanying_spouse", "theo_vo_chong",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Accompanying a spouse")},
    {PostingPurpose::SelfEmployed, "self_employed", "tu_lap_nghiep",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Self-employed")},
    {PostingPurpose::FamilyVisit, "family_visit", "tham_than",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Family visit")},
    {PostingPurpose::MedicalTreatment, "medical_treatment", "chua_benh",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Medical treatment")},
    {PostingPurpose::Tourism, "tourism", "du_lich", QT_TRANSLATE_NOOP("orec::PostingPurpose", "Tourism")},
    {PostingPurpose::OtherPrivate, "other_private", "viec_rieng_khac",
     QT_TRANSLATE_NOOP("orec::PostingPurpose", "Other private affairs")},
};

constexpr EnumCode<PostingStatus> kStatuses[] = {
    {PostingStatus::Planned, "planned", nullptr, QT_TRANSLATE_NOOP("orec::PostingStatus", "Planned")},
    {PostingStatus::Approved, "approved", nullptr, QT_TRANSLATE_NOOP("orec::PostingStatus", "Approved")},
    {PostingStatus::Abroad, "abroad", nullptr, QT_TRANSLATE_NOOP("orec::PostingStatus", "Abroad")},
    {PostingStatus::InOverseasCell, "in_overseas_cell", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingStatus", "In an overseas cell")},
    {PostingStatus::Returned, "returned", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingStatus", "Returned, awaiting reports")},
    {PostingStatus::Closed, "closed", nullptr, QT_TRANSLATE_NOOP("orec::PostingStatus", "Closed")},
    {PostingStatus::Cancelled, "cancelled", nullptr, QT_TRANSLATE_NOOP("orec::PostingStatus", "Cancelled")},
    {PostingStatus::LostContact, "lost_contact", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingStatus", "Lost contact")},
    {PostingStatus::DidNotReturn, "did_not_return", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingStatus", "Did not return")},
};

constexpr EnumCode<PartyActivityArrangement> kArrangements[] = {
    {PartyActivityArrangement::StaysWithHomeCell, "stays_with_home_cell", "giu_nguyen",
     QT_TRANSLATE_NOOP("orec::PartyActivityArrangement", "Stays with the home cell")},
    {PartyActivityArrangement::TemporaryGroup, "temporary_group", "to_dang_tam_thoi",
     QT_TRANSLATE_NOOP("orec::PartyActivityArrangement", "Temporary group in the delegation")},
    {PartyActivityArrangement::TemporaryTransfer, "temporary_transfer", "tam_thoi",
     QT_TRANSLATE_NOOP("orec::PartyActivityArrangement", "Temporary transfer of party activity")},
    {PartyActivityArrangement::OfficialTransfer, "official_transfer", "chinh_thuc",
     QT_TRANSLATE_NOOP("orec::PartyActivityArrangement", "Official transfer of party activity")},
};

constexpr EnumCode<AttendanceMode> kAttendanceModes[] = {
    {AttendanceMode::InCell, "in_cell", nullptr, QT_TRANSLATE_NOOP("orec::AttendanceMode", "Attends a cell")},
    {AttendanceMode::Individual, "individual", nullptr,
     QT_TRANSLATE_NOOP("orec::AttendanceMode", "Individual attendance")},
    {AttendanceMode::Exempted, "exempted", nullptr,
     QT_TRANSLATE_NOOP("orec::AttendanceMode", "Exempted from meetings")},
};

constexpr EnumCode<ProbationDecision> kProbationDecisions[] = {
    {ProbationDecision::Pending, "pending", nullptr, QT_TRANSLATE_NOOP("orec::ProbationDecision", "Pending")},
    {ProbationDecision::Admitted, "admitted", nullptr,
     QT_TRANSLATE_NOOP("orec::ProbationDecision", "Admitted to full membership")},
    {ProbationDecision::Extended, "extended", nullptr,
     QT_TRANSLATE_NOOP("orec::ProbationDecision", "Probation extended")},
    {ProbationDecision::Refused, "refused", nullptr,
     QT_TRANSLATE_NOOP("orec::ProbationDecision", "Full membership refused")},
};

} // namespace

std::span<const EnumCode<PostingPurpose>> EnumCodes<PostingPurpose>::table()
{
    return kPurposes;
}
std::span<const EnumCode<PostingStatus>> EnumCodes<PostingStatus>::table()
{
    return kStatuses;
}
std::span<const EnumCode<PartyActivityArrangement>> EnumCodes<PartyActivityArrangement>::table()
{
    return kArrangements;
}
std::span<const EnumCode<AttendanceMode>> EnumCodes<AttendanceMode>::table()
{
    return kAttendanceModes;
}
std::span<const EnumCode<ProbationDecision>> EnumCodes<ProbationDecision>::table()
{
    return kProbationDecisions;
}

bool isPrivatePurpose(PostingPurpose purpose)
{
    switch (purpose) {
    case PostingPurpose::SelfEmployed:
    case PostingPurpose::FamilyVisit:
    case PostingPurpose::MedicalTreatment:
    case PostingPurpose::Tourism:
    case PostingPurpose::OtherPrivate:
        return true;
    case PostingPurpose::OfficialMission:
    case PostingPurpose::Study:
    case PostingPurpose::Labour:
    case PostingPurpose::Expert:
    case PostingPurpose::AccompanyingSpouse:
        return false;
    }
    return false;
}

QDate Posting::effectivePlannedReturn() const
{
    QDate latest = plannedReturn;
    for (const Extension& e : extensions) {
        if (e.newPlannedReturn.isValid() && (!latest.isValid() || e.newPlannedReturn > latest))
            latest = e.newPlannedReturn;
    }
    return latest;
}

bool Posting::isOverdueAbroad(const QDate& today) const
{
    if (!isAbroad() || actualReturn.isValid())
        return false;
    const QDate due = effectivePlannedReturn();
    return due.isValid() && today > due;
}

bool Posting::includesCountry(const QString& countryCode) const
{
    return countryCodes.contains(countryCode.trimmed(), Qt::CaseInsensitive);
}

} // namespace orec
