#include "core/report.h"

#include <QVariantList>

namespace orec {

namespace {

constexpr EnumCode<ReportKind> kKinds[] = {
    {ReportKind::PrivateTripApplication, "private_trip_application", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Private-trip application")},
    {ReportKind::RelativesCommitment, "relatives_commitment", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Commitment on relatives abroad")},
    {ReportKind::PreDeparture, "pre_departure", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Pre-departure report")},
    {ReportKind::Return, "return", nullptr, QT_TRANSLATE_NOOP("orec::ReportKind", "Return report")},
    {ReportKind::SelfReview, "self_review", nullptr, QT_TRANSLATE_NOOP("orec::ReportKind", "Self-review")},
    {ReportKind::CellRemarks, "cell_remarks", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Cell committee remarks")},
    {ReportKind::AnnualRating, "annual_rating", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Annual quality rating")},
    {ReportKind::ForeignAward, "foreign_award", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Award or title offered by a foreign party")},
    {ReportKind::ForeignOrganisationMembership, "foreign_organisation_membership", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Membership of a foreign or international organisation")},
    {ReportKind::MarriageToForeigner, "marriage_to_foreigner", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Marriage to a foreign national")},
    {ReportKind::NationalityOrResidenceChange, "nationality_or_residence_change", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportKind", "Change of nationality or residence status")},
};

constexpr EnumCode<ReportState> kStates[] = {
    {ReportState::NotDue, "not_due", nullptr, QT_TRANSLATE_NOOP("orec::ReportState", "Not due yet")},
    {ReportState::Due, "due", nullptr, QT_TRANSLATE_NOOP("orec::ReportState", "Due")},
    {ReportState::Overdue, "overdue", nullptr, QT_TRANSLATE_NOOP("orec::ReportState", "Overdue")},
    {ReportState::Received, "received", nullptr, QT_TRANSLATE_NOOP("orec::ReportState", "Received")},
    {ReportState::ReceivedLate, "received_late", nullptr,
     QT_TRANSLATE_NOOP("orec::ReportState", "Received late")},
};

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

QString dateToField(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFromField(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList stringList(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString();
        return s.isEmpty() ? QStringList() : QStringList{s};
    }
    return v.toStringList();
}

} // namespace

std::span<const EnumCode<ReportKind>> EnumCodes<ReportKind>::table()
{
    return kKinds;
}
std::span<const EnumCode<ReportState>> EnumCodes<ReportState>::table()
{
    return kStates;
}

bool isEventReport(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ForeignAward:
    case ReportKind::ForeignOrganisationMembership:
    case ReportKind::MarriageToForeigner:
    case ReportKind::NationalityOrResidenceChange:
        return true;
    default:
        return false;
    }
}

bool isPostingReport(ReportKind kind)
{
    return kind != ReportKind::AnnualRating && !isEventReport(kind);
}

ReportState Report::stateOn(const QDate& today) const
{
    if (receivedDate.isValid()) {
        if (dueDate.isValid() && receivedDate > dueDate)
            return ReportState::ReceivedLate;
        return ReportState::Received;
    }
    if (!dueDate.isValid())
        return ReportState::NotDue;
    return today > dueDate ? ReportState::Overdue : ReportState::Due;
}

PreDepartureContent PreDepartureContent::fromFields(const QVariantMap& fields)
{
    using namespace report_field;
    PreDepartureContent c;
    c.purpose = fields.value(key(kPurpose)).toString();
    c.places = stringList(fields.value(key(kPlaces)));
    c.departure = dateFromField(fields.value(key(kDepartureDate)));
    c.returnDate = dateFromField(fields.value(key(kReturnDate)));
    c.paidBy = fields.value(key(kPaidBy)).toString();
    c.companions = fields.value(key(kCompanions)).toString();
    const QVariantList relatives = fields.value(key(kRelativesAbroad)).toList();
    for (const QVariant& item : relatives) {
        const QVariantMap m = item.toMap();
        c.relativesAbroad.append(
            {m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("relation")).toString(),
             m.value(QStringLiteral("country")).toString(), m.value(QStringLiteral("status")).toString()});
    }
    c.noClassifiedDocuments = fields.value(key(kNoClassifiedDocuments)).toBool();
    c.reportingDutiesAcknowledged = fields.value(key(kReportingDutiesAcknowledged)).toBool();
    return c;
}

void PreDepartureContent::writeTo(QVariantMap& fields) const
{
    using namespace report_field;
    fields.insert(key(kPurpose), purpose);
    fields.insert(key(kPlaces), places);
    fields.insert(key(kDepartureDate), dateToField(departure));
    fields.insert(key(kReturnDate), dateToField(returnDate));
    fields.insert(key(kPaidBy), paidBy);
    fields.insert(key(kCompanions), companions);
    QVariantList relatives;
    for (const RelativeAbroad& r : relativesAbroad) {
        relatives.append(QVariantMap{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("relation"), r.relation},
                                     {QStringLiteral("country"), r.countryCode},
                                     {QStringLiteral("status"), r.status}});
    }
    fields.insert(key(kRelativesAbroad), relatives);
    fields.insert(key(kNoClassifiedDocuments), noClassifiedDocuments);
    fields.insert(key(kReportingDutiesAcknowledged), reportingDutiesAcknowledged);
}

ReturnContent ReturnContent::fromFields(const QVariantMap& fields)
{
    using namespace report_field;
    ReturnContent c;
    c.actualDeparture = dateFromField(fields.value(key(kDepartureDate)));
    c.actualReturn = dateFromField(fields.value(key(kReturnDate)));
    c.places = stringList(fields.value(key(kPlaces)));
    c.results = fields.value(key(kResults)).toString();
    const QVariantList contacts = fields.value(key(kForeignContacts)).toList();
    for (const QVariant& item : contacts) {
        const QVariantMap m = item.toMap();
        c.foreignContacts.append({m.value(QStringLiteral("who")).toString(),
                                  dateFromField(m.value(QStringLiteral("when"))),
                                  m.value(QStringLiteral("about")).toString()});
    }
    c.giftsOrAwardsOffered = fields.value(key(kGiftsOrAwards)).toString();
    c.foreignOrganisationInvitations = fields.value(key(kForeignOrganisationInvitations)).toString();
    c.incidents = fields.value(key(kIncidents)).toString();
    c.selfAssessment = fields.value(key(kSelfAssessment)).toString();
    return c;
}

void ReturnContent::writeTo(QVariantMap& fields) const
{
    using namespace report_field;
    fields.insert(key(kDepartureDate), dateToField(actualDeparture));
    fields.insert(key(kReturnDate), dateToField(actualReturn));
    fields.insert(key(kPlaces), places);
    fields.insert(key(kResults), results);
    QVariantList contacts;
    for (const ForeignContact& fc : foreignContacts) {
        contacts.append(QVariantMap{{QStringLiteral("who"), fc.who},
                                    {QStringLiteral("when"), dateToField(fc.when)},
                                    {QStringLiteral("about"), fc.about}});
    }
    fields.insert(key(kForeignContacts), contacts);
    fields.insert(key(kGiftsOrAwards), giftsOrAwardsOffered);
    fields.insert(key(kForeignOrganisationInvitations), foreignOrganisationInvitations);
    fields.insert(key(kIncidents), incidents);
    fields.insert(key(kSelfAssessment), selfAssessment);
}

} // namespace orec
