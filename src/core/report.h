// Report: a document a member files or the party files about them (applications, reports, remarks).
#pragma once

#include "core/enum_codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace orec {

enum class ReportKind {
    PrivateTripApplication, // private_trip_application: đơn đề nghị ra nước ngoài về việc riêng
    RelativesCommitment,    // relatives_commitment: bản cam kết về thân nhân ở nước ngoài
    PreDeparture,           // pre_departure: báo cáo trước khi đi
    Return,                 // return: báo cáo kết quả chuyến đi / sau khi về nước
    SelfReview,             // self_review: bản tự kiểm điểm
    CellRemarks,            // cell_remarks: nhận xét của chi ủy
    AnnualRating,           // annual_rating: đánh giá, xếp loại chất lượng đảng viên
    // Events a member abroad reports when they happen (Guidance 30-HD/BTCTW on Regulation 86-QĐ/TW).
    ForeignAward,                  // foreign_award
    ForeignOrganisationMembership, // foreign_organisation_membership
    MarriageToForeigner,           // marriage_to_foreigner
    NationalityOrResidenceChange,  // nationality_or_residence_change
};

// Reports that belong to one posting (the others belong to the member: ratings and events).
bool isPostingReport(ReportKind kind);
// Reports triggered by an event abroad rather than by the posting's dates.
bool isEventReport(ReportKind kind);

enum class ReportState {
    NotDue,       // no due date yet: what would trigger it has not happened
    Due,          // due and not yet late
    Overdue,      // past its due date and not received
    Received,     // received on or before the due date (or with no due date)
    ReceivedLate, // received after the due date
};

template <> struct EnumCodes<ReportKind>
{
    static const char* context() { return "orec::ReportKind"; }
    static std::span<const EnumCode<ReportKind>> table();
};
template <> struct EnumCodes<ReportState>
{
    static const char* context() { return "orec::ReportState"; }
    static std::span<const EnumCode<ReportState>> table();
};

// A relative living abroad, as declared in a pre-departure report or commitment.
struct RelativeAbroad
{
    QString name;
    QString relation;
    QString countryCode;
    QString status; // residence or nationality status in words

    bool operator==(const RelativeAbroad&) const = default;
};

struct ForeignContact
{
    QString who; // person or organisation
    QDate when;
    QString about;

    bool operator==(const ForeignContact&) const = default;
};

// Typed view of a pre-departure report's content fields.
struct PreDepartureContent
{
    QString purpose;
    QStringList places; // countries and places in words
    QDate departure;
    QDate returnDate;
    QString paidBy;
    QString companions;
    QList<RelativeAbroad> relativesAbroad;
    bool noClassifiedDocuments = false;       // commits to take no classified documents
    bool reportingDutiesAcknowledged = false; // commits to report what happens abroad and on return

    bool commitmentsAcknowledged() const { return noClassifiedDocuments && reportingDutiesAcknowledged; }

    static PreDepartureContent fromFields(const QVariantMap& fields);
    // Writes only this view's keys into `fields`, keeping any others.
    void writeTo(QVariantMap& fields) const;
    bool operator==(const PreDepartureContent&) const = default;
};

// Typed view of a return report's content fields.
struct ReturnContent
{
    QDate actualDeparture;
    QDate actualReturn;
    QStringList places;
    QString results; // work done, results
    QList<ForeignContact> foreignContacts;
    QString giftsOrAwardsOffered;
    QString foreignOrganisationInvitations;
    QString incidents; // loss of documents, approaches, detention
    QString selfAssessment;

    static ReturnContent fromFields(const QVariantMap& fields);
    void writeTo(QVariantMap& fields) const;
    bool operator==(const ReturnContent&) const = default;
};

struct Report
{
    QString uuid;
    qint64 id = 0;
    int version = 0;

    ReportKind kind = ReportKind::Return;
    qint64 postingId = 0; // 0 for reports of the member (annual rating, event reports)
    qint64 memberId = 0;
    QDate eventDate;        // event reports: when the event happened
    QDate dueDate;          // derived from the rules; invalid until what triggers it has happened
    int ruleSetVersion = 0; // the rules the due date was computed with; 0 = set by hand
    QDate receivedDate;
    QString receivedBy; // user name of the clerk who took it in

    // Content as JSON-compatible values (strings, booleans, lists of maps; dates as ISO strings)
    // so storage can keep it as one JSON column and new fields need no schema change.
    QVariantMap fields;

    QString cellOpinion;
    QString committeeOpinion;
    QString committeeDecision;
    QDate decisionDate;
    // Self-review: confirmed by the overseas cell or the mission, as closing a transfer requires.
    bool confirmed = false;

    bool isReceived() const { return receivedDate.isValid(); }
    ReportState stateOn(const QDate& today) const;

    PreDepartureContent preDeparture() const { return PreDepartureContent::fromFields(fields); }
    void setPreDeparture(const PreDepartureContent& content) { content.writeTo(fields); }
    ReturnContent returnContent() const { return ReturnContent::fromFields(fields); }
    void setReturnContent(const ReturnContent& content) { content.writeTo(fields); }
};

// Stable keys of the content fields, shared with import/export and printed forms.
namespace report_field {
inline constexpr char kPurpose[] = "purpose";
inline constexpr char kPlaces[] = "places";
inline constexpr char kDepartureDate[] = "departure_date";
inline constexpr char kReturnDate[] = "return_date";
inline constexpr char kPaidBy[] = "paid_by";
inline constexpr char kCompanions[] = "companions";
inline constexpr char kRelativesAbroad[] = "relatives_abroad"; // list of {name, relation, country, status}
inline constexpr char kNoClassifiedDocuments[] = "no_classified_documents";
inline constexpr char kReportingDutiesAcknowledged[] = "reporting_duties_acknowledged";
inline constexpr char kResults[] = "results";
inline constexpr char kForeignContacts[] = "foreign_contacts"; // list of {who, when, about}
inline constexpr char kGiftsOrAwards[] = "gifts_or_awards";
inline constexpr char kForeignOrganisationInvitations[] = "foreign_organisation_invitations";
inline constexpr char kIncidents[] = "incidents";
inline constexpr char kSelfAssessment[] = "self_assessment";
} // namespace report_field

} // namespace orec
