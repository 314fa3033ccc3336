#include "app/register_service.h"

#include "core/result_try.h"
#include "core/validation.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/rule_repository.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>
#include <QUuid>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

QString fmt(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

bool looksLikeUuid(const QString& key)
{
    return !QUuid::fromString(key).isNull();
}

Status refuseOnErrors(const FieldErrors& problems)
{
    const FieldErrors errors = errorsOnly(problems);
    if (errors.isEmpty())
        return {};
    return toError(errors);
}

} // namespace

// ---- members ------------------------------------------------------------------------------------

Status RegisterService::checkMember(const Member& m)
{
    // Every problem in one list: a number another member already has is said together with the
    // form's other mistakes, not only once they are all put right.
    FieldErrors problems = errorsOnly(validate(m, today()));
    if (m.homeUnitId != 0 && !PartyUnitRepository(db()).get(m.homeUnitId))
        problems.append({QStringLiteral("home_unit"), Texts::tr("The home unit does not exist.")});
    MemberRepository members(db());
    // A dossier number typed or changed must have the official form; one the register already holds
    // in another form (written before the check, or copied from an old register) is kept as it is, with
    // validate()'s warning, so the member can still be saved.
    if (const QString problem = dossierNumberProblem(m.dossierNumber); !problem.isEmpty()) {
        bool unchanged = false;
        if (m.id != 0) {
            OREC_TRY_ASSIGN(const Member stored, members.get(m.id));
            unchanged = stored.dossierNumber.trimmed() == m.dossierNumber.trimmed();
        }
        if (!unchanged)
            problems.append({QStringLiteral("dossier_no"), problem});
    }
    const QString card = MemberRepository::normaliseNumber(m.partyCardNumber);
    if (!card.isEmpty()) {
        auto other = members.findByPartyCard(card);
        if (!other)
            return other.error();
        if (*other && (*other)->id != m.id)
            problems.append({QStringLiteral("party_card_no"),
                             Texts::tr("The party card number %1 already belongs to %2 in the register.")
                                 .arg(card, (*other)->fullName)});
        // Unique among current numbers; an earlier number of another member is said apart, so the clerk
        // sees whose it was (a card re-issued in 2025 may carry a new number).
        OREC_TRY_ASSIGN(auto earlier, members.findByEarlierCard(card));
        if (earlier && earlier->member.id != m.id && !(*other && (*other)->id != m.id))
            problems.append(
                {QStringLiteral("party_card_no"),
                 Texts::tr("The party card number %1 was an earlier number of %2, until %3; a card number "
                           "is not given to two people. Check the number on the card.")
                     .arg(card, earlier->member.fullName,
                          earlier->card.changedOn.toString(QStringLiteral("dd/MM/yyyy")))});
    }
    const QString citizenId = MemberRepository::normaliseNumber(m.citizenId);
    if (!citizenId.isEmpty()) {
        OREC_TRY_ASSIGN(auto other, members.findByCitizenId(citizenId));
        if (other && other->id != m.id)
            problems.append({QStringLiteral("citizen_id"),
                             Texts::tr("The citizen ID %1 already belongs to %2 in the register.")
                                 .arg(citizenId, other->fullName)});
    }
    return refuseOnErrors(problems);
}

Result<Member> RegisterService::addMember(Member member)
{
    OREC_TRY(db().require(Permission::WriteRecords));
    OREC_TRY(checkMember(member));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(MemberRepository(db()).insert(scope, member));
    // A cell imported earlier may be waiting for this party card number as its secretary.
    OREC_TRY(PartyUnitRepository(db()).resolvePendingSecretaries(scope));
    OREC_TRY(scope.commit());
    return member;
}

Result<Member> RegisterService::updateMember(Member member)
{
    OREC_TRY(db().require(Permission::WriteRecords));
    OREC_TRY(checkMember(member));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(MemberRepository(db()).update(scope, member));
    OREC_TRY(PartyUnitRepository(db()).resolvePendingSecretaries(scope)); // a party card number filled in
    OREC_TRY(scope.commit());
    return member;
}

Result<Member> RegisterService::member(qint64 id)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return MemberRepository(db()).get(id);
}

Result<Member> RegisterService::findMember(const QString& key)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    MemberRepository members(db());
    const QString k = key.trimmed();
    if (looksLikeUuid(k)) {
        auto m = members.findByUuid(QUuid::fromString(k).toString(QUuid::WithoutBraces));
        if (!m)
            return m.error();
        if (*m)
            return **m;
    }
    for (auto finder : {&MemberRepository::findByPartyCard, &MemberRepository::findByCitizenId}) {
        auto m = (members.*finder)(k);
        if (!m)
            return m.error();
        if (*m)
            return **m;
    }
    bool isNumber = false;
    const qint64 id = k.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto m = members.get(id);
        if (m || m.code() != ErrorCode::NotFound)
            return m;
    }
    return Error(ErrorCode::NotFound, Texts::tr("No member has this id, party card number or citizen ID."),
                 k);
}

// ---- units --------------------------------------------------------------------------------------

Status RegisterService::checkUnit(const PartyUnit& u)
{
    OREC_TRY(refuseOnErrors(validate(u, today())));
    if (u.parentId != 0 && !PartyUnitRepository(db()).get(u.parentId))
        return Error(ErrorCode::Invalid, Texts::tr("The parent unit does not exist."),
                     QStringLiteral("parent"));
    for (qint64 memberId : {u.secretaryMemberId, u.deputyMemberId}) {
        if (memberId != 0 && !MemberRepository(db()).get(memberId))
            return Error(ErrorCode::Invalid,
                         Texts::tr("The secretary or deputy is not a member in the register."),
                         QStringLiteral("secretary"));
    }
    return {};
}

Result<PartyUnit> RegisterService::addUnit(PartyUnit unit)
{
    // The tree of units is home's: a laptop holds its one cell.
    OREC_TRY(m_session.require(Permission::WriteRecords, Where::HomeOnly));
    OREC_TRY(checkUnit(unit));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(PartyUnitRepository(db()).insert(scope, unit));
    OREC_TRY(scope.commit());
    return unit;
}

Result<PartyUnit> RegisterService::updateUnit(PartyUnit unit)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    OREC_TRY(checkUnit(unit));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(PartyUnitRepository(db()).update(scope, unit));
    OREC_TRY(scope.commit());
    return unit;
}

Result<PartyUnit> RegisterService::unit(qint64 id)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return PartyUnitRepository(db()).get(id);
}

Result<PartyUnit> RegisterService::findUnit(const QString& key)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    PartyUnitRepository units(db());
    OREC_TRY_ASSIGN(auto found, units.findByCodeOrName(key));
    if (found)
        return *found;
    bool isNumber = false;
    const qint64 id = key.trimmed().toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto u = units.get(id);
        if (u || u.code() != ErrorCode::NotFound)
            return u;
    }
    auto byName = units.findByName(key);
    if (byName && byName->size() > 1)
        return Error(ErrorCode::Invalid, Texts::tr("Several units have this name; give the code."), key);
    return Error(ErrorCode::NotFound, Texts::tr("No unit has this code or name."), key);
}

Result<QList<PartyUnit>> RegisterService::units(const PartyUnitFilter& filter)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return PartyUnitRepository(db()).list(filter);
}

// ---- postings -----------------------------------------------------------------------------------

Result<WorkingCalendar> RegisterService::calendar()
{
    return RuleRepository(db()).workingCalendar();
}

Result<RuleSet> RegisterService::rulesInForce(const QDate& day)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RuleRepository(db()).inForceOn(day.isValid() ? day : today());
}

Result<QList<RuleSet>> RegisterService::ruleVersions()
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RuleRepository(db()).versions();
}

Result<Posting> RegisterService::createPosting(Posting posting)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    posting.status = PostingStatus::Planned;
    posting.id = 0;
    OREC_TRY(refuseOnErrors(validate(posting, today())));
    auto who = MemberRepository(db()).get(posting.memberId);
    if (!who)
        return Error(ErrorCode::Invalid, Texts::tr("The member does not exist."), QStringLiteral("member"));
    OREC_TRY_ASSIGN(auto rules, rulesInForce());
    if (who->isProbationary() && !posting.probationEndDate.isValid())
        posting.probationEndDate =
            who->expectedFullMembershipDate(rules.intValue(rule_key::kProbationMonths));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(PostingRepository(db()).insert(scope, posting));
    OREC_TRY(syncReports(scope, posting));
    OREC_TRY(scope.commit());
    return posting;
}

Result<Posting> RegisterService::updatePosting(Posting posting)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    OREC_TRY_ASSIGN(auto stored, PostingRepository(db()).get(posting.id));
    // The life-cycle fields move only through transitions.
    posting.status = stored.status;
    posting.approvalDate = stored.approvalDate;
    posting.actualDeparture = stored.actualDeparture;
    posting.actualReturn = stored.actualReturn;
    posting.departedWithoutApproval = stored.departedWithoutApproval;
    posting.lostContactSince = stored.lostContactSince;
    posting.cancelledDate = stored.cancelledDate;
    posting.closedDate = stored.closedDate;
    posting.didNotReturnDate = stored.didNotReturnDate;
    posting.extensions = stored.extensions;
    posting.overseasCellId = stored.overseasCellId;
    OREC_TRY(refuseOnErrors(validate(posting, today())));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(PostingRepository(db()).update(scope, posting));
    OREC_TRY(syncReports(scope, posting));
    OREC_TRY(scope.commit());
    return posting;
}

Result<Posting> RegisterService::posting(qint64 id)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return PostingRepository(db()).get(id);
}

Result<Posting> RegisterService::findPosting(const QString& key)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    const QString k = key.trimmed();
    if (looksLikeUuid(k)) {
        OREC_TRY_ASSIGN(
            auto p, PostingRepository(db()).findByUuid(QUuid::fromString(k).toString(QUuid::WithoutBraces)));
        if (p)
            return *p;
    }
    bool isNumber = false;
    const qint64 id = k.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return PostingRepository(db()).get(id);
    return Error(ErrorCode::NotFound, Texts::tr("No posting has this id."), k);
}

Result<QList<Posting>> RegisterService::postingsOfMember(qint64 memberId)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return PostingRepository(db()).listForMember(memberId);
}

Result<ArrangementAdvice> RegisterService::adviseArrangement(const Posting& posting)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    OREC_TRY_ASSIGN(auto rules, rulesInForce());
    bool nearby = false;
    for (const QString& country : posting.countryCodes) {
        PartyUnitFilter filter;
        filter.overseas = true;
        filter.kind = UnitKind::Cell;
        filter.countryCode = country;
        filter.activeOnly = true;
        OREC_TRY_ASSIGN(auto cells, PartyUnitRepository(db()).list(filter));
        nearby = nearby || !cells.isEmpty();
    }
    return recommendArrangement(StayFacts::fromPosting(posting, nearby), rules);
}

Result<TransitionContext> RegisterService::transitionContext(const Posting& posting)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    TransitionContext context;
    context.today = today();
    OREC_TRY_ASSIGN(auto rules, RuleRepository(db()).inForceOn(context.today));
    context.rules = rules;
    OREC_TRY_ASSIGN(auto who, MemberRepository(db()).get(posting.memberId));
    context.memberUnderDisciplinaryReview = who.underDisciplinaryReview;
    ReportRepository reports(db());
    OREC_TRY_ASSIGN(auto own, reports.listForPosting(posting.id));
    context.reports = own;
    OREC_TRY_ASSIGN(auto earlier, reports.returnReportsOfMember(posting.memberId, posting.id));
    context.earlierReturnReports = earlier;
    return context;
}

Result<QList<PostingTransition>> RegisterService::availableTransitions(qint64 postingId)
{
    OREC_TRY_ASSIGN(auto options, transitionOptions(postingId));
    return options.offered;
}

Result<RegisterService::TransitionOptions> RegisterService::transitionOptions(qint64 postingId)
{
    OREC_TRY_ASSIGN(auto p, posting(postingId));
    OREC_TRY_ASSIGN(auto context, transitionContext(p));
    TransitionOptions out;
    for (PostingTransition t : allValues<PostingTransition>()) {
        const TransitionVerdict v = checkAvailability(t, p, context);
        if (v.isAllowed())
            out.offered.append(t);
        // Not from this status, the ordinary next step (departing needs the approval first), or not
        // due yet (did not return while the stay lasts): nothing to explain.
        else if (v.reason() != RefusalReason::WrongStatus && v.reason() != RefusalReason::NotOverdue &&
                 v.reason() != RefusalReason::NotApproved)
            out.blocked.append({t, v.message()});
    }
    return out;
}

Result<Posting> RegisterService::applyTransition(qint64 postingId, PostingTransition transition,
                                                 TransitionInput input)
{
    OREC_TRY(db().require(Permission::WriteRecords));
    OREC_TRY_ASSIGN(auto p, PostingRepository(db()).get(postingId));
    OREC_TRY_ASSIGN(auto context, transitionContext(p));

    if (transition == PostingTransition::JoinCell && input.cell && input.cell->id != 0) {
        // The cell as stored now, not as the caller last saw it.
        auto cell = PartyUnitRepository(db()).get(input.cell->id);
        if (!cell)
            return Error(ErrorCode::Invalid, Texts::tr("The overseas cell does not exist."),
                         QStringLiteral("cell"));
        input.cell = *cell;
    }
    if (transition == PostingTransition::Approve) {
        const qint64 committee = input.committeeId != 0 ? input.committeeId : p.approvingCommitteeId;
        if (committee != 0 && !PartyUnitRepository(db()).get(committee))
            return Error(ErrorCode::Invalid, Texts::tr("The approving committee does not exist."),
                         QStringLiteral("committee"));
    }
    if (transition == PostingTransition::Depart ||
        transition == PostingTransition::RecordUnapprovedDeparture) {
        if (const TransitionVerdict v = checkAvailability(transition, p, context); !v)
            return v.toError();
        // One person is in one place: a second trip starts after the first is recorded as over.
        OREC_TRY_ASSIGN(auto current, PostingRepository(db()).currentAbroad(p.memberId));
        if (current && current->id != p.id)
            return Error(
                ErrorCode::Invalid,
                Texts::tr("The member is still abroad on posting %1 (left %2); record that return first.")
                    .arg(current->id)
                    .arg(fmt(current->actualDeparture)),
                QStringLiteral("date"));
    }

    auto next = apply(transition, p, input, context);
    if (!next)
        return next.error();
    // What the step writes (a reason, an extension's decision) within the fields' limits.
    OREC_TRY(refuseOnErrors(lengthProblems(*next)));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(
        PostingRepository(db()).update(scope, *next, QStringLiteral("transition:") + codeName(transition)));
    OREC_TRY(syncReports(scope, *next));
    OREC_TRY(scope.commit());
    return next;
}

Result<Posting> RegisterService::recordProbationDecision(qint64 postingId, ProbationDecision decision,
                                                         const QString& reference, const QDate& date)
{
    OREC_TRY(db().require(Permission::WriteRecords));
    OREC_TRY_ASSIGN(auto p, PostingRepository(db()).get(postingId));
    if (!p.probationEndDate.isValid())
        return Error(
            ErrorCode::Invalid,
            Texts::tr(
                "The member was a full member when this posting began; there is no probation to decide."));
    // A decision is recorded once the committee has taken it, and full membership once probation is
    // over: neither may be dated after today.
    FieldErrors problems;
    if (date.isValid() && date > today())
        problems.append(
            {QStringLiteral("date"),
             Texts::tr("The committee's decision (%1) cannot be dated in the future; record it once it has "
                       "been taken.")
                 .arg(fmt(date))});
    if (decision == ProbationDecision::Admitted && p.probationEndDate > today())
        problems.append(
            {QStringLiteral("date"),
             Texts::tr("Probation ends on %1; the member cannot be admitted to full membership before then.")
                 .arg(fmt(p.probationEndDate))});
    if (reference.size() > field_limits::kReference)
        problems.append({QStringLiteral("probation_decision_ref"),
                         tooLongMessage(Texts::tr("The reference of the decision"), reference.size(),
                                        field_limits::kReference)});
    OREC_TRY(refuseOnErrors(problems));
    p.probationDecision = decision;
    p.probationDecisionRef = reference;
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(PostingRepository(db()).update(scope, p, QStringLiteral("probation_decision")));
    if (decision == ProbationDecision::Admitted) {
        MemberRepository members(db());
        OREC_TRY_ASSIGN(auto who, members.get(p.memberId));
        if (!who.fullMembershipDate.isValid()) {
            who.fullMembershipDate = p.probationEndDate.isValid() ? p.probationEndDate : date;
            OREC_TRY(members.update(scope, who));
        }
    }
    OREC_TRY(scope.commit());
    return p;
}

Status RegisterService::syncReports(WriteScope& scope, const Posting& posting)
{
    RuleRepository ruleRepo(db());
    OREC_TRY_ASSIGN(auto versions, ruleRepo.versions());
    const RuleSet* now = RuleSet::inForceOn(versions, today());
    OREC_TRY_ASSIGN(auto cal, calendar());
    ReportRepository reports(db());
    OREC_TRY_ASSIGN(auto existing, reports.listForPosting(posting.id));
    // A posting keeps the rules its documents were first set up under (the earliest version its
    // computed deadlines carry): a later change of the documents a purpose calls for, or of a
    // deadline, applies to new postings, never silently to this one. A new posting takes today's.
    const RuleSet* own = nullptr;
    for (const Report& r : existing) {
        if (r.ruleSetVersion == 0 || (own && own->version() <= r.ruleSetVersion))
            continue;
        if (const RuleSet* v = RuleSet::findVersion(versions, r.ruleSetVersion))
            own = v;
    }
    const RuleSet& postingRules = own ? *own : *now;
    // A cancelled posting owes nothing: its documents stay on record, none of them due.
    const QList<ReportKind> required = posting.status == PostingStatus::Cancelled
                                           ? QList<ReportKind>()
                                           : requiredDocuments(posting, postingRules);

    for (ReportKind kind : required) {
        bool present = false;
        for (const Report& r : existing)
            present = present || r.kind == kind;
        if (present)
            continue;
        Report r;
        r.kind = kind;
        r.postingId = posting.id;
        r.memberId = posting.memberId;
        OREC_TRY(assignDueDate(r, posting, postingRules, cal));
        OREC_TRY(reports.insert(scope, r));
    }
    for (Report r : existing) {
        if (r.isReceived() || r.ruleSetVersion == 0) // received, or a due date set by hand
            continue;
        Report updated = r;
        if (!required.contains(r.kind)) {
            // No longer called for (the plan changed): nothing is due.
            updated.dueDate = QDate();
        } else {
            // Recomputed under the version it was first computed with, never silently under new rules.
            const RuleSet* version = RuleSet::findVersion(versions, r.ruleSetVersion);
            OREC_TRY(assignDueDate(updated, posting, version ? *version : *now, cal,
                                   version ? RuleVersionPolicy::KeepReportVersion
                                           : RuleVersionPolicy::AdoptNewVersion));
        }
        if (updated.dueDate != r.dueDate)
            OREC_TRY(reports.update(scope, updated, QStringLiteral("due_date")));
    }
    return {};
}

// ---- reports ------------------------------------------------------------------------------------

Result<QList<Report>> RegisterService::reportsOfPosting(qint64 postingId)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return ReportRepository(db()).listForPosting(postingId);
}

Result<Report> RegisterService::fileReport(qint64 postingId, ReportKind kind, const ReportFiling& filing)
{
    OREC_TRY(db().require(Permission::WriteRecords));
    if (!filing.receivedDate.isValid())
        return Error(ErrorCode::Invalid, Texts::tr("Enter the date the report was received."),
                     QStringLiteral("received_date"));
    OREC_TRY_ASSIGN(auto p, PostingRepository(db()).get(postingId));
    ReportRepository reports(db());
    OREC_TRY_ASSIGN(auto existing, reports.listForPosting(postingId));
    std::optional<Report> report;
    for (const Report& r : existing) {
        if (r.kind == kind && (!report || (report->isReceived() && !r.isReceived())))
            report = r;
    }
    const bool isNew = !report;
    if (isNew) {
        Report r;
        r.kind = kind;
        r.postingId = p.id;
        r.memberId = p.memberId;
        OREC_TRY_ASSIGN(auto rules, rulesInForce());
        OREC_TRY_ASSIGN(auto cal, calendar());
        OREC_TRY(assignDueDate(r, p, rules, cal));
        report = r;
    }
    report->receivedDate = filing.receivedDate;
    report->receivedBy = m_session.actor().user;
    for (auto it = filing.fields.begin(); it != filing.fields.end(); ++it)
        report->fields.insert(it.key(), it.value());
    if (!filing.cellOpinion.isEmpty())
        report->cellOpinion = filing.cellOpinion;
    if (!filing.committeeOpinion.isEmpty())
        report->committeeOpinion = filing.committeeOpinion;
    if (!filing.committeeDecision.isEmpty())
        report->committeeDecision = filing.committeeDecision;
    if (filing.decisionDate.isValid())
        report->decisionDate = filing.decisionDate;
    if (filing.confirmed)
        report->confirmed = *filing.confirmed;
    OREC_TRY(refuseOnErrors(validate(*report, today())));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    if (isNew)
        OREC_TRY(reports.insert(scope, *report));
    else
        OREC_TRY(reports.update(scope, *report, QStringLiteral("receive")));
    OREC_TRY(scope.commit());
    return *report;
}

Result<Report> RegisterService::addMemberReport(Report report)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    report.id = 0;
    auto who = MemberRepository(db()).get(report.memberId);
    if (!who)
        return Error(ErrorCode::Invalid, Texts::tr("The member does not exist."), QStringLiteral("member"));
    if (report.postingId != 0)
        return Error(ErrorCode::Invalid, Texts::tr("Reports of a posting are filed on the posting."),
                     QStringLiteral("posting"));
    if (isEventReport(report.kind) && !report.dueDate.isValid()) {
        OREC_TRY_ASSIGN(auto rules, rulesInForce(report.eventDate));
        OREC_TRY_ASSIGN(auto cal, calendar());
        Posting none;
        OREC_TRY(assignDueDate(report, none, rules, cal));
    }
    if (report.isReceived() && report.receivedBy.isEmpty())
        report.receivedBy = m_session.actor().user;
    OREC_TRY(refuseOnErrors(validate(report, today())));
    WriteScope scope(db());
    OREC_TRY(scope.status());
    OREC_TRY(ReportRepository(db()).insert(scope, report));
    OREC_TRY(scope.commit());
    return report;
}

// ---- transfers ----------------------------------------------------------------------------------

Result<Transfer> RegisterService::issueTransfer(Transfer transfer)
{
    // Letters are issued, numbered and printed at home: a cell secretary's laptop only records a letter
    // the member brought, with the number printed on it, never numbers one in the committee's register.
    OREC_TRY(m_session.require(Permission::WriteRecords,
                               transfer.registerNumber.isValid() ? Where::Anywhere : Where::HomeOnly));
    auto who = MemberRepository(db()).get(transfer.memberId);
    if (!who)
        return Error(ErrorCode::Invalid, Texts::tr("The member does not exist."), QStringLiteral("member"));
    if (transfer.partyCardNumber.isEmpty())
        transfer.partyCardNumber = who->partyCardNumber;
    if (transfer.dossierNumber.isEmpty())
        transfer.dossierNumber = who->dossierNumber;
    auto issuing = PartyUnitRepository(db()).get(transfer.issuingCommitteeId);
    if (!issuing)
        return Error(ErrorCode::Invalid, Texts::tr("The issuing committee does not exist."),
                     QStringLiteral("issuing_committee"));
    // A letter the member brought (numbered by whoever issued it) is recorded as it is; a new one is
    // issued at the level the guidance names.
    if (!transfer.registerNumber.isValid())
        OREC_TRY(mayIssue(transfer.kind, transfer.direction, *issuing));
    if (transfer.receivingUnitId != 0) {
        auto receiving = PartyUnitRepository(db()).get(transfer.receivingUnitId);
        if (!receiving)
            return Error(ErrorCode::Invalid, Texts::tr("The receiving unit does not exist."),
                         QStringLiteral("receiving_unit"));
        if (transfer.receivingUnitName.isEmpty())
            transfer.receivingUnitName = receiving->name;
    }
    std::optional<Posting> posting;
    if (transfer.postingId != 0) {
        auto p = PostingRepository(db()).get(transfer.postingId);
        if (!p)
            return Error(ErrorCode::Invalid, Texts::tr("The posting does not exist."),
                         QStringLiteral("posting"));
        if (p->memberId != transfer.memberId)
            return Error(ErrorCode::Invalid, Texts::tr("The posting belongs to another member."),
                         QStringLiteral("posting"));
        posting = *p;
    }
    WriteScope scope(db());
    OREC_TRY(scope.status());
    TransferRepository transfers(db());
    if (!transfer.registerNumber.isValid() && transfer.issueDate.isValid()) {
        // Numbered inside the transaction that writes it, so no other letter can take the number.
        OREC_TRY_ASSIGN(auto last, transfers.lastRegisterNumber(transfer.issuingCommitteeId));
        auto next = nextRegisterNumber(last, transfer.issueDate);
        if (!next)
            return Error(next.error().code, next.error().message, QStringLiteral("issue_date"));
        transfer.registerNumber = *next;
    }
    OREC_TRY(refuseOnErrors(validate(transfer, today())));
    OREC_TRY(transfers.insert(scope, transfer));
    if (posting) {
        if (transfer.direction == TransferDirection::Out)
            posting->transferLetterOutId = transfer.id;
        else
            posting->transferLetterBackId = transfer.id;
        OREC_TRY(PostingRepository(db()).update(scope, *posting, QStringLiteral("link_transfer")));
    }
    OREC_TRY(scope.commit());
    return transfer;
}

Result<QList<Transfer>> RegisterService::transferRegister(qint64 issuingCommitteeId, int year)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return TransferRepository(db()).registerOf(issuingCommitteeId, year);
}

// ---- rules --------------------------------------------------------------------------------------

Result<RuleSet> RegisterService::setRule(const QString& key, const QVariant& value,
                                         const QDate& effectiveDate, std::optional<RuleUnit> unit)
{
    // The rules table is home's; a laptop keeps the copy it was given.
    OREC_TRY(m_session.require(Permission::EditRules, Where::HomeOnly));
    OREC_TRY(checkLength(QStringLiteral("key"), Texts::tr("The rule's key"), key, field_limits::kReference));
    if (value.typeId() == QMetaType::QString)
        OREC_TRY(checkLength(QStringLiteral("value"), Texts::tr("The rule's value"), value.toString(),
                             field_limits::kRuleValue));
    if (!value.isValid() && !unit)
        return Error(ErrorCode::Invalid, Texts::tr("Give the rule's new value or its new unit."), key);
    OREC_TRY_ASSIGN(auto latest, RuleRepository(db()).latest());
    RuleSet next = latest.nextVersion(effectiveDate.isValid() ? effectiveDate : today());
    if (unit)
        OREC_TRY(next.setUnit(key, *unit));
    if (value.isValid()) {
        QVariant typed = value;
        if (const Rule* rule = next.find(key); rule && value.typeId() == QMetaType::QString) {
            // Text from a command line or a form: read it as the rule's type (documents: setValue reads the
            // codes).
            const QString text = value.toString().trimmed().toLower();
            if (rule->unit == RuleUnit::Flag) {
                if (text == QLatin1String("on") || text == QLatin1String("true") ||
                    text == QLatin1String("1") || text == QLatin1String("yes"))
                    typed = true;
                else if (text == QLatin1String("off") || text == QLatin1String("false") ||
                         text == QLatin1String("0") || text == QLatin1String("no"))
                    typed = false;
            } else if (rule->unit != RuleUnit::Documents) {
                bool isInt = false;
                const int number = text.toInt(&isInt);
                if (isInt)
                    typed = number;
            }
        }
        OREC_TRY(next.setValue(key, typed));
    }
    WriteScope scope(db(), Permission::EditRules);
    OREC_TRY(scope.status());
    OREC_TRY(RuleRepository(db()).insert(scope, next));
    OREC_TRY(scope.commit());
    return next;
}

Result<QList<Holiday>> RegisterService::holidays()
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RuleRepository(db()).holidays();
}

Status RegisterService::addHoliday(const Holiday& holiday)
{
    OREC_TRY(m_session.require(Permission::EditRules, Where::HomeOnly));
    OREC_TRY(checkLength(QStringLiteral("name"), Texts::tr("The holiday's name"), holiday.name,
                         field_limits::kLabel));
    WriteScope scope(db(), Permission::EditRules);
    OREC_TRY(scope.status());
    OREC_TRY(RuleRepository(db()).addHoliday(scope, holiday));
    return scope.commit();
}

} // namespace orec::app
