// Posting: one trip or stay abroad of one member, from the plan to its close.
#pragma once

#include "core/enum_codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace orec {

// Why the member goes. Interchange codes (muc_dich): cong_tac, hoc_tap, lao_dong, chuyen_gia,
// theo_vo_chong, tu_lap_nghiep, tham_than, chua_benh, du_lich, viec_rieng_khac.
enum class PostingPurpose {
    OfficialMission,    // official_mission / cong_tac
    Study,              // study / hoc_tap
    Labour,             // labour / lao_dong
    Expert,             // expert / chuyen_gia
    AccompanyingSpouse, // accompanying_spouse / theo_vo_chong
    SelfEmployed,       // self_employed / tu_lap_nghiep
    FamilyVisit,        // family_visit / tham_than
    MedicalTreatment,   // medical_treatment / chua_benh
    Tourism,            // tourism / du_lich
    OtherPrivate,       // other_private / viec_rieng_khac
};

// Private purposes are the member's own affairs (việc riêng): they need a private-trip
// application and the shorter return-report deadline. Self-employment abroad counts as private
// because nobody sends the member; accompanying a posted spouse counts as official because the
// sending agency decides it together with the spouse's posting.
bool isPrivatePurpose(PostingPurpose purpose);
inline bool isOfficialPurpose(PostingPurpose purpose)
{
    return !isPrivatePurpose(purpose);
}

enum class PostingStatus {
    Planned,
    Approved,
    Abroad,
    InOverseasCell,
    Returned,
    Closed,
    Cancelled,
    LostContact,
    DidNotReturn,
};

// How the member's party life continues while abroad. Interchange codes (hinh_thuc_sinh_hoat):
// giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc.
enum class PartyActivityArrangement {
    StaysWithHomeCell, // stays_with_home_cell / giu_nguyen
    TemporaryGroup,    // temporary_group / to_dang_tam_thoi: a group or cell inside the delegation
    TemporaryTransfer, // temporary_transfer / tam_thoi
    OfficialTransfer,  // official_transfer / chinh_thuc: through the Foreign Ministry's Party Committee
};

inline bool isTransfer(PartyActivityArrangement a)
{
    return a == PartyActivityArrangement::TemporaryTransfer ||
           a == PartyActivityArrangement::OfficialTransfer;
}

enum class AttendanceMode {
    InCell,     // in_cell: meets with a cell or group (home, temporary or overseas)
    Individual, // individual: no cell nearby, guided directly by the overseas committee
    Exempted,   // exempted: excused from party work and meetings by committee decision
};

// The managing committee's decision on full membership of a probationary member abroad.
enum class ProbationDecision {
    Pending,
    Admitted,
    Extended,
    Refused,
};

template <> struct EnumCodes<PostingPurpose>
{
    static const char* context() { return "orec::PostingPurpose"; }
    static std::span<const EnumCode<PostingPurpose>> table();
};
template <> struct EnumCodes<PostingStatus>
{
    static const char* context() { return "orec::PostingStatus"; }
    static std::span<const EnumCode<PostingStatus>> table();
};
template <> struct EnumCodes<PartyActivityArrangement>
{
    static const char* context() { return "orec::PartyActivityArrangement"; }
    static std::span<const EnumCode<PartyActivityArrangement>> table();
};
template <> struct EnumCodes<AttendanceMode>
{
    static const char* context() { return "orec::AttendanceMode"; }
    static std::span<const EnumCode<AttendanceMode>> table();
};
template <> struct EnumCodes<ProbationDecision>
{
    static const char* context() { return "orec::ProbationDecision"; }
    static std::span<const EnumCode<ProbationDecision>> table();
};

// A decision that moves the planned return later.
struct Extension
{
    QString decisionNumber;
    QDate decisionDate;
    QDate newPlannedReturn;
    QString reason;

    bool operator==(const Extension&) const = default;
};

struct Posting
{
    QString uuid;
    qint64 id = 0;
    int version = 0;

    qint64 memberId = 0;
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    QStringList countryCodes; // ISO 3166-1 alpha-2, at least one; the first is the main one
    QString city;
    QString hostOrganisation;
    // The trip includes visiting relatives abroad (always true for family visits), which calls
    // for a commitment on relatives abroad before departure.
    bool visitsRelatives = false;
    int delegationSize = 1; // members of the party in the delegation, this member included

    // Sending decision (quyết định cử).
    QString decisionNumber;
    QDate decisionDate;
    QString decisionBody;

    qint64 approvingCommitteeId = 0;
    QDate approvalDate;
    QString politicalConclusionRef; // kết luận tiêu chuẩn chính trị, before official postings

    QDate plannedDeparture;
    QDate plannedReturn; // as first approved; extensions move it later
    QDate actualDeparture;
    QDate actualReturn;
    QList<Extension> extensions; // in the order they were granted

    PartyActivityArrangement arrangement = PartyActivityArrangement::StaysWithHomeCell;
    AttendanceMode attendance = AttendanceMode::InCell;
    qint64 overseasCellId = 0;
    qint64 transferLetterOutId = 0;
    qint64 transferLetterBackId = 0;

    PostingStatus status = PostingStatus::Planned;
    bool departedWithoutApproval = false; // flagged for the committee: Regulation 69-QĐ/TW art. 34
    std::optional<QDate> lostContactSince;
    QDate cancelledDate;
    QString statusReason; // why it was cancelled or marked as did-not-return
    QDate closedDate;
    QDate didNotReturnDate;

    // Probationary member abroad: the end of probation and the committee's decision.
    QDate probationEndDate; // invalid when the member was full on departure
    ProbationDecision probationDecision = ProbationDecision::Pending;
    QString probationDecisionRef;

    bool isPrivate() const { return isPrivatePurpose(purpose); }
    // Family visits always include relatives; other trips when the flag says so.
    bool includesVisitingRelatives() const
    {
        return visitsRelatives || purpose == PostingPurpose::FamilyVisit;
    }
    // The planned return after the latest extension.
    QDate effectivePlannedReturn() const;
    // Departure and return actually recorded where known, planned ones otherwise.
    QDate expectedDeparture() const { return actualDeparture.isValid() ? actualDeparture : plannedDeparture; }
    QDate expectedReturn() const { return actualReturn.isValid() ? actualReturn : effectivePlannedReturn(); }
    bool isAbroad() const
    {
        return status == PostingStatus::Abroad || status == PostingStatus::InOverseasCell ||
               status == PostingStatus::LostContact;
    }
    // Abroad past the planned return (after extensions) without having come back.
    bool isOverdueAbroad(const QDate& today) const;
    bool includesCountry(const QString& countryCode) const;
};

} // namespace orec
