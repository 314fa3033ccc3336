// RegisterService: postings through their life-cycle with documents and deadlines from the rules, the
// checks that need the database, transfer letters, probation, rule changes that leave old deadlines
// alone, permissions, and an audit row for every change.
#include "app/query_service.h"
#include "app/register_service.h"
#include "storage/member_repository.h"
#include "storage/user_repository.h"
#include "support/register_fixture.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class RegisterServiceTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        m_cellJp = addCell(QStringLiteral("CB-JP-LHS"), QStringLiteral("Chi bộ lưu học sinh Tokyo"),
                           CellType::Student, QStringLiteral("JP"));
        m_cellKr = addCell(QStringLiteral("CB-KR-LD"), QStringLiteral("Chi bộ lao động Seoul"),
                           CellType::Labour, QStringLiteral("KR"));
        m_member = addMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"));
    }

    Posting plan(const Member& who, PostingPurpose purpose, const QString& country, QDate from, QDate to)
    {
        Posting p;
        p.memberId = who.id;
        p.purpose = purpose;
        p.countryCodes = {country};
        p.plannedDeparture = from;
        p.plannedReturn = to;
        p.approvingCommitteeId = m_committee.id;
        auto created = m_service->createPosting(p);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().toString().toStdString());
        return created.ok() ? *created : Posting{};
    }

    Result<Posting> step(const Posting& p, PostingTransition t, QDate date)
    {
        TransitionInput in;
        in.date = date;
        return m_service->applyTransition(p.id, t, in);
    }

    const Report* find(const QList<Report>& reports, ReportKind kind)
    {
        for (const Report& r : reports) {
            if (r.kind == kind)
                return &r;
        }
        return nullptr;
    }

    QList<Report> reports(const Posting& p) { return *m_service->reportsOfPosting(p.id); }

    // Adds a user with `role`, closes the admin's session and opens one as that user.
    std::unique_ptr<app::Session> reopenAs(const QString& user, Role role, const QString& passphrase)
    {
        Database& db = m_session->database();
        {
            WriteScope scope(db, Permission::ManageUsers);
            EXPECT_TRUE(UserRepository(db).insert(scope, user, role).ok());
            EXPECT_TRUE(db.setUserPassphrase(scope, user, SecureBytes::fromUtf8(passphrase)).ok());
            EXPECT_TRUE(scope.commit().ok());
        }
        const QString path = db.path();
        m_service.reset();
        m_session.reset();
        return std::make_unique<app::Session>(unlock(path, user, passphrase, fastOptions(&m_clock)));
    }

    // The messages of an Invalid error, one per problem.
    static QStringList messages(const Error& e) { return e.message.split(QLatin1Char('\n')); }
    static std::string text(const QStringList& lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

    PartyUnit m_cellJp;
    PartyUnit m_cellKr;
    Member m_member;
};

} // namespace

TEST_F(RegisterServiceTest, ANewPostingCallsForItsDocumentsWithDueDates)
{
    Posting official = plan(m_member, PostingPurpose::OfficialMission, QStringLiteral("FR"),
                            QDate(2026, 4, 1), QDate(2026, 4, 10));
    EXPECT_EQ(official.status, PostingStatus::Planned);
    QList<Report> docs = reports(official);
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs[0].kind, ReportKind::PreDeparture);
    EXPECT_EQ(docs[0].dueDate, QDate(2026, 4, 1));
    EXPECT_EQ(docs[0].ruleSetVersion, 1);
    EXPECT_EQ(docs[1].kind, ReportKind::Return);
    EXPECT_FALSE(docs[1].dueDate.isValid()); // not due before the return

    Member other = addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000002"));
    Posting p;
    p.memberId = other.id;
    p.purpose = PostingPurpose::FamilyVisit;
    p.countryCodes = {QStringLiteral("US")};
    p.plannedDeparture = QDate(2026, 5, 1);
    p.plannedReturn = QDate(2026, 5, 20);
    Posting visit = *m_service->createPosting(p);
    docs = reports(visit);
    QList<ReportKind> kinds;
    for (const Report& r : docs)
        kinds.append(r.kind);
    // The private-trip procedure the rules cite: application, commitment on relatives, return report.
    EXPECT_EQ(kinds, (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::RelativesCommitment,
                                        ReportKind::Return}));
}

TEST_F(RegisterServiceTest, AWholeTripFromPlanToCloseWithTheReturnReportDeadline)
{
    Posting p = plan(m_member, PostingPurpose::OfficialMission, QStringLiteral("FR"), QDate(2026, 2, 1),
                     QDate(2026, 2, 10));
    ASSERT_TRUE(step(p, PostingTransition::Approve, QDate(2026, 1, 20)).ok());
    auto abroad = step(p, PostingTransition::Depart, QDate(2026, 2, 1));
    ASSERT_TRUE(abroad.ok());
    EXPECT_EQ(abroad->status, PostingStatus::Abroad);
    auto back = step(p, PostingTransition::ReturnHome, QDate(2026, 2, 10));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->status, PostingStatus::Returned);
    // Official trip: 15 calendar days after the return.
    EXPECT_EQ(find(reports(p), ReportKind::Return)->dueDate, QDate(2026, 2, 25));

    auto refused = step(p, PostingTransition::Close, QDate(2026, 3, 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);

    app::ReportFiling filing;
    filing.receivedDate = QDate(2026, 2, 20);
    filing.fields.insert(QString::fromLatin1(report_field::kResults), QStringLiteral("Ký biên bản hợp tác"));
    auto filed = m_service->fileReport(p.id, ReportKind::Return, filing);
    ASSERT_TRUE(filed.ok());
    EXPECT_EQ(filed->receivedBy, kAdmin);
    EXPECT_EQ(filed->stateOn(kToday), ReportState::Received);
    auto closed = step(p, PostingTransition::Close, QDate(2026, 3, 1));
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->status, PostingStatus::Closed);
    EXPECT_EQ(closed->version, 5); // created, approved, departed, returned, closed

    AuditFilter filter;
    filter.entity = QStringLiteral("posting");
    filter.entityId = p.uuid;
    auto entries = m_session->database().auditLog().query(filter);
    ASSERT_TRUE(entries.ok());
    const QList<AuditEntry> list = entries.value();
    QStringList actions;
    for (const AuditEntry& e : list)
        actions.prepend(e.action);
    EXPECT_EQ(actions, (QStringList{"create", "transition:approve", "transition:depart",
                                    "transition:return_home", "transition:close"}));
    EXPECT_TRUE(m_session->database().auditLog().verify()->intact);
}

TEST_F(RegisterServiceTest, PrivateTripReportIsDueSevenWorkingDaysAfterReEntry)
{
    Posting p =
        plan(m_member, PostingPurpose::Tourism, QStringLiteral("TH"), QDate(2026, 2, 14), QDate(2026, 2, 20));
    ASSERT_TRUE(step(p, PostingTransition::Approve, QDate(2026, 2, 10)).ok());
    ASSERT_TRUE(step(p, PostingTransition::Depart, QDate(2026, 2, 14)).ok());
    ASSERT_TRUE(step(p, PostingTransition::ReturnHome, QDate(2026, 2, 20)).ok()); // a Friday
    EXPECT_EQ(find(reports(p), ReportKind::Return)->dueDate, QDate(2026, 3, 3));

    // A holiday the admin adds moves later deadlines by a working day.
    ASSERT_TRUE(m_service->addHoliday(Holiday{QDate(2026, 3, 5), QStringLiteral("Nghỉ bù")}).ok());
    Member other = addMember(QStringLiteral("Lê Thị Hà"), QStringLiteral("10000003"));
    Posting q =
        plan(other, PostingPurpose::Tourism, QStringLiteral("TH"), QDate(2026, 2, 20), QDate(2026, 2, 25));
    ASSERT_TRUE(step(q, PostingTransition::Approve, QDate(2026, 2, 10)).ok());
    ASSERT_TRUE(step(q, PostingTransition::Depart, QDate(2026, 2, 20)).ok());
    ASSERT_TRUE(step(q, PostingTransition::ReturnHome, QDate(2026, 2, 25)).ok());
    EXPECT_EQ(find(reports(q), ReportKind::Return)->dueDate, QDate(2026, 3, 9)); // 26,27,2,3,4,6,9
}

TEST_F(RegisterServiceTest, AnOverdueReturnReportBlocksTheNextApprovalUntilTheRuleIsTurnedOff)
{
    Posting first = plan(m_member, PostingPurpose::OfficialMission, QStringLiteral("FR"), QDate(2026, 1, 5),
                         QDate(2026, 1, 10));
    ASSERT_TRUE(step(first, PostingTransition::Approve, QDate(2026, 1, 2)).ok());
    ASSERT_TRUE(step(first, PostingTransition::Depart, QDate(2026, 1, 5)).ok());
    ASSERT_TRUE(step(first, PostingTransition::ReturnHome, QDate(2026, 1, 10)).ok()); // report due 25 January
    Posting second = plan(m_member, PostingPurpose::OfficialMission, QStringLiteral("DE"), QDate(2026, 4, 1),
                          QDate(2026, 4, 5));
    // The block is the committee's own policy (no source was found): off until an admin turns it on.
    EXPECT_TRUE(m_service->availableTransitions(second.id)->contains(PostingTransition::Approve));
    ASSERT_TRUE(m_service
                    ->setRule(QString::fromLatin1(rule_key::kBlockApprovalWhileReturnReportOverdue),
                              QStringLiteral("on"))
                    .ok());
    auto refused = step(second, PostingTransition::Approve, kToday);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("25/01/2026")))
        << refused.error().message.toStdString();
    auto available = m_service->availableTransitions(second.id);
    EXPECT_FALSE(available->contains(PostingTransition::Approve));
    EXPECT_TRUE(available->contains(PostingTransition::Cancel));

    auto rules = m_service->setRule(QString::fromLatin1(rule_key::kBlockApprovalWhileReturnReportOverdue),
                                    QStringLiteral("off"));
    ASSERT_TRUE(rules.ok());
    EXPECT_EQ(rules->version(), 3);
    EXPECT_TRUE(step(second, PostingTransition::Approve, kToday).ok());
}

TEST_F(RegisterServiceTest, ADossierNumberTypedInMustHaveSixDigitsAndTwoOrThreeLetters)
{
    Member lan = draftMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000101"));
    lan.dossierNumber = QStringLiteral("534980Q");
    auto refused = m_service->addMember(lan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("“534980Q” is not a dossier number")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("6 digits and 2 or 3 letters")));

    for (const char* good : {"123456AB", "123456ABC"}) {
        Member m = draftMember(QStringLiteral("Phạm Văn Bình"), QString());
        m.partyCardNumber.clear();
        m.dossierNumber = QString::fromLatin1(good);
        auto added = m_service->addMember(m);
        ASSERT_TRUE(added.ok()) << good << " " << added.error().toString().toStdString();
        // Changed to the old form: refused, and the stored number stays.
        Member changed = *added;
        changed.dossierNumber = QStringLiteral("534980Q");
        EXPECT_FALSE(m_service->updateMember(changed).ok());
        EXPECT_EQ(m_service->member(added->id)->dossierNumber, QString::fromLatin1(good));
    }

    // A number stored in another form before the check (an older register, a sheet imported with its
    // warning) still opens, and the member is saved with it unchanged: the check is on entry.
    Member old = draftMember(QStringLiteral("Lê Văn Cường"), QStringLiteral("10000102"));
    old.dossierNumber = QStringLiteral("534980Q");
    {
        WriteScope scope(m_session->database());
        ASSERT_TRUE(MemberRepository(m_session->database()).insert(scope, old).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    Member reopened = *m_service->member(old.id);
    EXPECT_EQ(reopened.dossierNumber, QStringLiteral("534980Q"));
    reopened.position = QStringLiteral("Giảng viên");
    auto saved = m_service->updateMember(reopened);
    EXPECT_TRUE(saved.ok()) << saved.error().toString().toStdString();
}

TEST_F(RegisterServiceTest, AChangedRuleLeavesDeadlinesAlreadySet)
{
    Posting before = plan(m_member, PostingPurpose::OfficialMission, QStringLiteral("FR"), QDate(2026, 2, 1),
                          QDate(2026, 2, 5));
    ASSERT_TRUE(step(before, PostingTransition::Approve, QDate(2026, 1, 20)).ok());
    ASSERT_TRUE(step(before, PostingTransition::Depart, QDate(2026, 2, 1)).ok());
    ASSERT_TRUE(step(before, PostingTransition::ReturnHome, QDate(2026, 2, 5)).ok());
    EXPECT_EQ(find(reports(before), ReportKind::Return)->dueDate, QDate(2026, 2, 20));

    ASSERT_TRUE(m_service->setRule(QString::fromLatin1(rule_key::kReturnReportOtherDays), 10).ok());

    Member other = addMember(QStringLiteral("Phạm Thị Hoa"), QStringLiteral("10000004"));
    Posting after = plan(other, PostingPurpose::OfficialMission, QStringLiteral("FR"), QDate(2026, 2, 1),
                         QDate(2026, 2, 5));
    ASSERT_TRUE(step(after, PostingTransition::Approve, QDate(2026, 1, 20)).ok());
    ASSERT_TRUE(step(after, PostingTransition::Depart, QDate(2026, 2, 1)).ok());
    ASSERT_TRUE(step(after, PostingTransition::ReturnHome, QDate(2026, 2, 5)).ok());
    const Report* newer = find(reports(after), ReportKind::Return);
    // The new posting's documents were created under version 2: ten days.
    EXPECT_EQ(newer->dueDate, QDate(2026, 2, 15));
    EXPECT_EQ(newer->ruleSetVersion, 2);

    // Editing the older posting recomputes its deadline under its own version: still fifteen days.
    Posting edited = *m_service->posting(before.id);
    edited.hostOrganisation = QStringLiteral("Đại học Paris");
    ASSERT_TRUE(m_service->updatePosting(edited).ok());
    const Report* older = find(reports(before), ReportKind::Return);
    EXPECT_EQ(older->dueDate, QDate(2026, 2, 20));
    EXPECT_EQ(older->ruleSetVersion, 1);
}

TEST_F(RegisterServiceTest, OnePersonIsInOnePlaceAndCellsMustBeInThePostingsCountry)
{
    Posting study =
        plan(m_member, PostingPurpose::Study, QStringLiteral("JP"), QDate(2025, 9, 1), QDate(2027, 9, 1));
    ASSERT_TRUE(step(study, PostingTransition::Approve, QDate(2025, 8, 1)).ok());
    ASSERT_TRUE(step(study, PostingTransition::Depart, QDate(2025, 9, 1)).ok());

    TransitionInput wrongCell;
    wrongCell.date = QDate(2025, 9, 10);
    wrongCell.cell = m_cellKr;
    auto refused = m_service->applyTransition(study.id, PostingTransition::JoinCell, wrongCell);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("cell"));
    TransitionInput rightCell = wrongCell;
    rightCell.cell = PartyUnit{};
    rightCell.cell->id = m_cellJp.id; // the service reads the cell as stored
    auto joined = m_service->applyTransition(study.id, PostingTransition::JoinCell, rightCell);
    ASSERT_TRUE(joined.ok());
    EXPECT_EQ(joined->status, PostingStatus::InOverseasCell);
    EXPECT_EQ(joined->overseasCellId, m_cellJp.id);

    Posting trip =
        plan(m_member, PostingPurpose::Tourism, QStringLiteral("KR"), QDate(2026, 1, 1), QDate(2026, 1, 5));
    ASSERT_TRUE(step(trip, PostingTransition::Approve, QDate(2025, 12, 1)).ok());
    auto second = step(trip, PostingTransition::Depart, QDate(2026, 1, 1));
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QString::number(study.id)));
}

TEST_F(RegisterServiceTest, DisciplinaryReviewAndUnapprovedDeparture)
{
    m_member.underDisciplinaryReview = true;
    m_member = *m_service->updateMember(m_member);
    Posting p = plan(m_member, PostingPurpose::FamilyVisit, QStringLiteral("CN"), QDate(2026, 2, 1),
                     QDate(2026, 2, 10));
    EXPECT_FALSE(step(p, PostingTransition::Approve, QDate(2026, 1, 20)).ok());
    // He went anyway: recorded, and flagged for the committee.
    EXPECT_FALSE(step(p, PostingTransition::Depart, QDate(2026, 2, 1)).ok());
    auto flagged = step(p, PostingTransition::RecordUnapprovedDeparture, QDate(2026, 2, 1));
    ASSERT_TRUE(flagged.ok());
    EXPECT_TRUE(flagged->departedWithoutApproval);
    auto list = app::QueryService(*m_session).departuresWithoutApproval();
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().postingId, p.id);
}

TEST_F(RegisterServiceTest, TransferLettersAreNumberedAndLinkedToThePosting)
{
    Posting study =
        plan(m_member, PostingPurpose::Study, QStringLiteral("JP"), QDate(2025, 9, 1), QDate(2027, 9, 1));
    Transfer out;
    out.kind = TransferKind::Official;
    out.direction = TransferDirection::Out;
    out.issuingCommitteeId = m_committee.id;
    out.issueDate = QDate(2025, 8, 20);
    out.memberId = m_member.id;
    out.postingId = study.id;
    out.receivingUnitId = m_cellJp.id;
    out.duesPaidUpTo = QDate(2025, 8, 1);
    auto issued = m_service->issueTransfer(out);
    ASSERT_TRUE(issued.ok()) << issued.error().toString().toStdString();
    EXPECT_EQ(issued->registerNumber.toString(), QStringLiteral("1/2025"));
    EXPECT_EQ(issued->partyCardNumber, QStringLiteral("10000001"));
    EXPECT_EQ(issued->receivingUnitName, m_cellJp.name);
    EXPECT_EQ(m_service->posting(study.id)->transferLetterOutId, issued->id);
    out.issueDate = QDate(2025, 9, 2);
    out.postingId = 0;
    EXPECT_EQ(m_service->issueTransfer(out)->registerNumber.toString(), QStringLiteral("2/2025"));
    EXPECT_EQ(m_service->transferRegister(m_committee.id)->size(), 2);
}

TEST_F(RegisterServiceTest, ProbationIsTrackedOnThePostingAndTheDecisionRecorded)
{
    Member probationary = addMember(QStringLiteral("Vũ Thị Mai"), QString(), QDate(2025, 6, 15), QDate());
    Posting p =
        plan(probationary, PostingPurpose::Study, QStringLiteral("JP"), QDate(2025, 9, 1), QDate(2026, 9, 1));
    EXPECT_EQ(p.probationEndDate, QDate(2026, 6, 15));
    // Probation ends during the stay: a self-review is called for.
    EXPECT_NE(find(reports(p), ReportKind::SelfReview), nullptr);
    // The committee decides after probation is over.
    m_clock.set(QDateTime(QDate(2026, 6, 25), QTime(8, 0), Qt::UTC));
    auto decided = m_service->recordProbationDecision(p.id, ProbationDecision::Admitted,
                                                      QStringLiteral("QĐ 12"), QDate(2026, 6, 20));
    ASSERT_TRUE(decided.ok());
    EXPECT_EQ(decided->probationDecision, ProbationDecision::Admitted);
    EXPECT_EQ(m_service->member(probationary.id)->fullMembershipDate, QDate(2026, 6, 15));
}

TEST_F(RegisterServiceTest, AProbationDecisionDatedInTheFutureOrBeforeProbationEndsIsRefused)
{
    Member probationary = addMember(QStringLiteral("Vũ Thị Mai"), QString(), QDate(2025, 6, 15), QDate());
    Posting p =
        plan(probationary, PostingPurpose::Study, QStringLiteral("JP"), QDate(2025, 9, 1), QDate(2026, 9, 1));
    ASSERT_EQ(p.probationEndDate, QDate(2026, 6, 15));
    const Posting stored = *m_service->posting(p.id);

    // Today is 2 March 2026: a decision dated in June has not been taken yet, and probation runs until June.
    auto future = m_service->recordProbationDecision(p.id, ProbationDecision::Admitted,
                                                     QStringLiteral("QĐ 12"), QDate(2026, 6, 20));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.code(), ErrorCode::Invalid);
    EXPECT_EQ(future.error().where, QStringLiteral("date"));
    EXPECT_EQ(
        text(messages(future.error())),
        text({QStringLiteral("The committee's decision (20/06/2026) cannot be dated in the future; record it "
                             "once it has been taken."),
              QStringLiteral("Probation ends on 15/06/2026; the member cannot be admitted to full membership "
                             "before then.")}));

    // Recorded today, months early: still no full membership dated in June.
    auto early = m_service->recordProbationDecision(p.id, ProbationDecision::Admitted,
                                                    QStringLiteral("QĐ 12"), kToday);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().where, QStringLiteral("date"));
    EXPECT_EQ(
        text(messages(early.error())),
        text({QStringLiteral("Probation ends on 15/06/2026; the member cannot be admitted to full membership "
                             "before then.")}));

    // Another decision cannot be dated in the future either.
    auto extended = m_service->recordProbationDecision(p.id, ProbationDecision::Extended,
                                                       QStringLiteral("QĐ 13"), QDate(2026, 3, 3));
    ASSERT_FALSE(extended.ok());
    EXPECT_EQ(extended.error().where, QStringLiteral("date"));

    // Nothing was written: the posting as it was, the member still probationary.
    const Posting after = *m_service->posting(p.id);
    EXPECT_EQ(after.probationDecision, ProbationDecision::Pending);
    EXPECT_EQ(after.probationDecisionRef, QString());
    EXPECT_EQ(after.version, stored.version);
    EXPECT_FALSE(m_service->member(probationary.id)->fullMembershipDate.isValid());
    EXPECT_TRUE(m_service->member(probationary.id)->isProbationary());
}

TEST_F(RegisterServiceTest, ADuplicateCardOrCitizenIdIsListedWithTheOtherProblems)
{
    Member other;
    other.fullName = QStringLiteral("Trần Thị Lan");
    other.citizenId = QStringLiteral("001190000555");
    other.dateOfBirth = QDate(1990, 3, 1);
    other.admissionDate = QDate(2015, 3, 1);
    other.fullMembershipDate = QDate(2016, 3, 1);
    other.partyCardNumber = QStringLiteral("10000002");
    other = *m_service->addMember(other);

    Member bad;
    bad.fullName = QStringLiteral("Đặng Văn Bình");
    bad.dateOfBirth = QDate(2000, 1, 1);
    bad.admissionDate = QDate(2016, 1, 1); // at 16
    bad.email = QStringLiteral("not an address");
    bad.partyCardNumber = QStringLiteral("1000 0001"); // Đức's, written with a space
    bad.citizenId = QStringLiteral("001190000555");    // Lan's
    auto refused = m_service->addMember(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_EQ(refused.error().where, QStringLiteral("admission_date, email, party_card_no, citizen_id"));
    EXPECT_EQ(
        text(messages(refused.error())),
        text({QStringLiteral("Admission (01/01/2016) is before the member's 18th birthday (01/01/2018)."),
              QStringLiteral("\"not an address\" is not an e-mail address."),
              QStringLiteral(
                  "The party card number 10000001 already belongs to Nguyễn Văn Đức in the register."),
              QStringLiteral(
                  "The citizen ID 001190000555 already belongs to Trần Thị Lan in the register.")}));

    // Editing: a member keeps their own numbers; taking another's is listed with the other mistakes.
    Member lan = other;
    lan.workplace = QStringLiteral("Đại học Bách khoa");
    ASSERT_TRUE(m_service->updateMember(lan).ok());
    lan = *m_service->member(other.id);
    lan.partyCardNumber = m_member.partyCardNumber;
    lan.phone = QStringLiteral("12");
    auto taken = m_service->updateMember(lan);
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().where, QStringLiteral("phone, party_card_no"));
    EXPECT_EQ(
        text(messages(taken.error())),
        text(
            {QStringLiteral("A phone number has 8 to 15 digits, with +, brackets, dashes or spaces between."),
             QStringLiteral(
                 "The party card number 10000001 already belongs to Nguyễn Văn Đức in the register.")}));
    EXPECT_EQ(m_service->member(other.id)->partyCardNumber, QStringLiteral("10000002"));
}

TEST_F(RegisterServiceTest, ValidationListsEveryFieldAndFindersAcceptEveryKey)
{
    Member bad;
    bad.fullName = QStringLiteral("Đặng Văn Bình");
    bad.dateOfBirth = QDate(2000, 1, 1);
    bad.admissionDate = QDate(2016, 1, 1); // at 16
    bad.fullMembershipDate = QDate(2015, 1, 1);
    bad.email = QStringLiteral("not an address");
    auto refused = m_service->addMember(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    for (const char* field : {"admission_date", "full_membership_date", "email"})
        EXPECT_TRUE(refused.error().where.contains(QLatin1String(field)))
            << field << refused.error().where.toStdString();

    EXPECT_EQ(m_service->findMember(QStringLiteral("10000001"))->id, m_member.id);
    EXPECT_EQ(m_service->findMember(m_member.uuid)->id, m_member.id);
    EXPECT_EQ(m_service->findMember(QString::number(m_member.id))->id, m_member.id);
    EXPECT_EQ(m_service->findMember(QStringLiteral("99999999")).code(), ErrorCode::NotFound);
    EXPECT_EQ(m_service->findUnit(QStringLiteral("chi bo luu hoc sinh tokyo"))->id, m_cellJp.id);
}

TEST_F(RegisterServiceTest, AnAuditorReadsButCannotWrite)
{
    auto auditor = reopenAs(QStringLiteral("kiemtra"), Role::Auditor, QStringLiteral("chỉ đọc thôi nhé"));
    app::RegisterService service(*auditor);
    EXPECT_EQ(service.findMember(QStringLiteral("10000001"))->fullName, QStringLiteral("Nguyễn Văn Đức"));
    Member m;
    m.fullName = QStringLiteral("Không được thêm");
    EXPECT_EQ(service.addMember(m).code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(service.setRule(QString::fromLatin1(rule_key::kReturnReportOtherDays), 5).code(),
              ErrorCode::PermissionDenied);
}

TEST_F(RegisterServiceTest, AClerkWritesRecordsButCannotEditTheRules)
{
    auto clerk = reopenAs(QStringLiteral("vanthu"), Role::Clerk, QStringLiteral("văn thư chi bộ 2026"));
    app::RegisterService service(*clerk);
    const QMap<QString, QByteArray> before = tableChecksums(clerk->database());

    // Records, yes.
    Member m;
    m.fullName = QStringLiteral("Đoàn Thị Thu");
    m.dateOfBirth = QDate(1992, 7, 1);
    ASSERT_TRUE(service.addMember(m).ok());

    // The rules and the holidays, no: a typed refusal and nothing changed.
    auto rule = service.setRule(QString::fromLatin1(rule_key::kReturnReportOtherDays), 5);
    ASSERT_FALSE(rule.ok());
    EXPECT_EQ(rule.code(), ErrorCode::PermissionDenied);
    auto flag = service.setRule(QString::fromLatin1(rule_key::kBlockApprovalWhileReturnReportOverdue),
                                QStringLiteral("off"), QDate(2026, 4, 1));
    EXPECT_EQ(flag.code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(service.addHoliday(Holiday{QDate(2026, 3, 5), QStringLiteral("Nghỉ bù")}).code(),
              ErrorCode::PermissionDenied);

    EXPECT_EQ(service.ruleVersions()->size(), 1);
    EXPECT_EQ(service.rulesInForce()->intValue(rule_key::kReturnReportOtherDays), 15);
    EXPECT_TRUE(service.holidays()->isEmpty());
    const QMap<QString, QByteArray> after = tableChecksums(clerk->database());
    for (const char* table : {"rule_sets", "holidays"})
        EXPECT_EQ(after.value(QLatin1String(table)), before.value(QLatin1String(table))) << table;
}
