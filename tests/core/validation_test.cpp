#include "core/validation.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace orec;

namespace {

const QDate kToday(2025, 6, 10);

QSet<QString> fieldsOf(const FieldErrors& problems, Severity severity)
{
    QSet<QString> out;
    for (const FieldError& p : problems) {
        if (p.severity == severity)
            out.insert(p.field);
    }
    return out;
}

Member goodMember()
{
    Member m;
    m.fullName = QStringLiteral("Nguyễn Văn Đức");
    m.gender = Gender::Male;
    m.dateOfBirth = QDate(1985, 4, 2);
    m.citizenId = QStringLiteral("001085012345");
    m.partyCardNumber = QStringLiteral("12345678");
    m.dossierNumber = QStringLiteral("HN123456");
    m.admissionDate = QDate(2010, 9, 2);
    m.fullMembershipDate = QDate(2011, 9, 2);
    m.email = QStringLiteral("duc.nv@example.vn");
    m.phone = QStringLiteral("+84 912 345 678");
    return m;
}

Posting goodPosting()
{
    Posting p;
    p.memberId = 7;
    p.purpose = PostingPurpose::OfficialMission;
    p.countryCodes = {QStringLiteral("JP")};
    p.plannedDeparture = QDate(2025, 7, 1);
    p.plannedReturn = QDate(2025, 7, 15);
    return p;
}

} // namespace

TEST(ValidateMember, AGoodRecordHasNoProblems)
{
    EXPECT_TRUE(validate(goodMember(), kToday).isEmpty());
}

TEST(ValidateMember, ListsEveryProblemAtOnce)
{
    Member m;
    m.fullName = QStringLiteral("   ");
    m.dateOfBirth = QDate(2030, 1, 1);         // future
    m.admissionDate = QDate(2026, 1, 1);       // future
    m.fullMembershipDate = QDate(2025, 12, 1); // future and before admission
    m.citizenId = QStringLiteral("12345");     // wrong length
    m.partyCardNumber = QStringLiteral("12A45678");
    m.email = QStringLiteral("not-an-address");
    m.phone = QStringLiteral("call me");

    const FieldErrors problems = validate(m, kToday);
    EXPECT_TRUE(hasErrors(problems));
    const QSet<QString> errors = fieldsOf(problems, Severity::Error);
    for (const char* field : {"full_name", "date_of_birth", "admission_date", "full_membership_date",
                              "citizen_id", "party_card_no", "email", "phone"})
        EXPECT_TRUE(errors.contains(QLatin1String(field))) << field;
    for (const FieldError& p : problems)
        EXPECT_FALSE(p.message.isEmpty()) << p.field.toStdString();
    // Two distinct problems on the full-membership date: in the future, and before admission.
    int fullMembershipErrors = 0;
    for (const FieldError& p : problems)
        fullMembershipErrors += p.field == QLatin1String("full_membership_date") && p.isError();
    EXPECT_EQ(fullMembershipErrors, 2);
}

TEST(ValidateMember, AdmissionBeforeEighteenthBirthday)
{
    Member m = goodMember();
    m.dateOfBirth = QDate(1992, 9, 3);
    m.admissionDate = QDate(2010, 9, 2); // one day short of 18
    m.fullMembershipDate = QDate(2011, 9, 2);
    FieldErrors problems = validate(m, kToday);
    ASSERT_TRUE(hasProblemWith(problems, QStringLiteral("admission_date")));
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("03/09/2010")));

    m.dateOfBirth = QDate(1992, 9, 2); // exactly 18
    EXPECT_FALSE(hasProblemWith(validate(m, kToday), QStringLiteral("admission_date")));
}

TEST(ValidateMember, FullMembershipRules)
{
    Member m = goodMember();
    m.fullMembershipDate = QDate(2010, 8, 1);
    FieldErrors problems = validate(m, kToday);
    EXPECT_EQ(errorsOnly(problems).size(), 1);
    EXPECT_EQ(problems.first().field, QStringLiteral("full_membership_date"));

    m.fullMembershipDate = QDate(2011, 3, 2); // after admission, but under 12 months: a warning
    problems = validate(m, kToday);
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(fieldsOf(problems, Severity::Warning).contains(QStringLiteral("full_membership_date")));

    m.admissionDate = QDate();
    EXPECT_TRUE(
        fieldsOf(validate(m, kToday), Severity::Error).contains(QStringLiteral("full_membership_date")));

    // Still probationary long after the end of probation: a warning to record the decision; and a
    // probationary member holding a card is odd.
    Member p = goodMember();
    p.admissionDate = QDate(2023, 1, 10);
    p.fullMembershipDate = QDate();
    problems = validate(p, kToday);
    EXPECT_FALSE(hasErrors(problems));
    const QSet<QString> warnings = fieldsOf(problems, Severity::Warning);
    EXPECT_TRUE(warnings.contains(QStringLiteral("full_membership_date")));
    EXPECT_TRUE(warnings.contains(QStringLiteral("party_card_no")));
    p.admissionDate = QDate(2025, 1, 10);
    p.partyCardNumber.clear();
    EXPECT_TRUE(validate(p, kToday).isEmpty());
}

TEST(ValidateMember, IdentityNumbers)
{
    EXPECT_TRUE(isValidCitizenId(QStringLiteral("001085012345")));
    EXPECT_TRUE(isValidCitizenId(QStringLiteral("001 085 012 345")));
    EXPECT_TRUE(isValidCitizenId(QStringLiteral("012345678")));
    EXPECT_FALSE(isValidCitizenId(QStringLiteral("0010850123456")));
    EXPECT_FALSE(isValidCitizenId(QStringLiteral("00108501234O")));
    EXPECT_FALSE(isValidCitizenId(QString()));

    Member m = goodMember();
    m.citizenId = QStringLiteral("012345678");
    FieldErrors problems = validate(m, kToday);
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(hasProblemWith(problems, QStringLiteral("citizen_id"))); // old card: a warning

    m = goodMember();
    m.partyCardNumber = QStringLiteral("123456");
    problems = validate(m, kToday);
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(fieldsOf(problems, Severity::Warning).contains(QStringLiteral("party_card_no")));

    // A dossier number (số lý lịch đảng viên): 6 digits and 2 or 3 letters.
    EXPECT_TRUE(isValidDossierNumber(QStringLiteral("123456AB")));
    EXPECT_TRUE(isValidDossierNumber(QStringLiteral("123456ABC")));
    EXPECT_TRUE(isValidDossierNumber(QStringLiteral("HN123456")));
    EXPECT_TRUE(isValidDossierNumber(QStringLiteral("123456-ABC")));
    EXPECT_FALSE(isValidDossierNumber(QStringLiteral("534980Q"))); // one letter
    EXPECT_FALSE(isValidDossierNumber(QStringLiteral("12345AB")));
    EXPECT_FALSE(isValidDossierNumber(QStringLiteral("123456ABCD")));
    EXPECT_FALSE(isValidDossierNumber(QStringLiteral("123456")));
    EXPECT_TRUE(dossierNumberProblem(QStringLiteral("123456AB")).isEmpty());
    EXPECT_TRUE(dossierNumberProblem(QString()).isEmpty());
    const QString problem = dossierNumberProblem(QStringLiteral(" 534980Q "));
    EXPECT_TRUE(problem.contains(QStringLiteral("“534980Q”"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("6 digits and 2 or 3 letters"))) << problem.toStdString();
    // Stored data with the old form is a warning, not an error: the register still opens and saves it.
    m = goodMember();
    m.dossierNumber = QStringLiteral("534980Q");
    problems = validate(m, kToday);
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(fieldsOf(problems, Severity::Warning).contains(QStringLiteral("dossier_no")));

    EXPECT_TRUE(isValidEmail(QStringLiteral("a.b@c.vn")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("a@b")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("a b@c.vn")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("@c.vn")));
    EXPECT_TRUE(isValidPhone(QStringLiteral("(024) 3823-4567")));
    EXPECT_FALSE(isValidPhone(QStringLiteral("12345")));
}

TEST(ValidateMember, NameCharacters)
{
    Member m = goodMember();
    m.fullName = QStringLiteral("Nguyễn Văn 2");
    EXPECT_TRUE(fieldsOf(validate(m, kToday), Severity::Error).contains(QStringLiteral("full_name")));
    m.fullName = QStringLiteral("Thảo");
    EXPECT_TRUE(fieldsOf(validate(m, kToday), Severity::Warning).contains(QStringLiteral("full_name")));
    m.fullName = QStringLiteral("Nguyễn Thị O'Hara-Lan").normalized(QString::NormalizationForm_D);
    EXPECT_TRUE(validate(m, kToday).isEmpty());
}

TEST(ValidatePartyUnit, OverseasCellNeedsTypeAndCountry)
{
    PartyUnit u;
    u.code = QStringLiteral("CB-JP-01");
    u.name = QStringLiteral("Chi bộ lưu học sinh Tokyo");
    u.kind = UnitKind::Cell;
    u.overseas = true;
    FieldErrors problems = validate(u, kToday);
    EXPECT_EQ(fieldsOf(problems, Severity::Error),
              (QSet<QString>{QStringLiteral("cell_type"), QStringLiteral("country")}));

    u.cellType = CellType::Student;
    u.countryCode = QStringLiteral("VN");
    EXPECT_TRUE(hasProblemWith(validate(u, kToday), QStringLiteral("country")));
    u.countryCode = QStringLiteral("QQ");
    EXPECT_TRUE(hasProblemWith(validate(u, kToday), QStringLiteral("country")));
    u.countryCode = QStringLiteral("JP");
    EXPECT_TRUE(validate(u, kToday).isEmpty());

    u.secretaryMemberId = 5;
    u.deputyMemberId = 5;
    u.establishedDate = kToday.addDays(1);
    u.id = 9;
    u.parentId = 9;
    EXPECT_EQ(fieldsOf(validate(u, kToday), Severity::Error),
              (QSet<QString>{QStringLiteral("deputy"), QStringLiteral("established_date"),
                             QStringLiteral("parent")}));
}

TEST(ValidatePartyUnit, HomeUnitsHaveNoCellTypeOrForeignCountry)
{
    PartyUnit u;
    u.code = QStringLiteral("CB-01");
    u.name = QStringLiteral("Chi bộ Phòng Tổ chức");
    u.cellType = CellType::Labour;
    u.countryCode = QStringLiteral("DE");
    u.probationaryCell = true;
    EXPECT_EQ(fieldsOf(validate(u, kToday), Severity::Error),
              (QSet<QString>{QStringLiteral("cell_type"), QStringLiteral("country"),
                             QStringLiteral("probationary_cell")}));
    PartyUnit empty;
    EXPECT_EQ(fieldsOf(validate(empty, kToday), Severity::Error),
              (QSet<QString>{QStringLiteral("code"), QStringLiteral("name")}));
}

TEST(ValidatePosting, AGoodPlanHasNoProblems)
{
    EXPECT_TRUE(validate(goodPosting(), kToday).isEmpty());
}

TEST(ValidatePosting, ListsEveryProblemAtOnce)
{
    Posting p;
    p.countryCodes = {QStringLiteral("XX"), QStringLiteral("VN")};
    p.plannedDeparture = QDate(2025, 7, 15);
    p.plannedReturn = QDate(2025, 7, 1); // planned return before planned departure
    p.actualDeparture = QDate(2025, 6, 1);
    p.actualReturn = QDate(2025, 5, 20); // return before departure
    p.decisionDate = QDate(2025, 7, 1);  // future
    p.delegationSize = 0;
    const FieldErrors problems = validate(p, kToday);
    const QSet<QString> errors = fieldsOf(problems, Severity::Error);
    for (const char* field :
         {"member", "country", "planned_return", "return_date", "decision_date", "delegation_size"})
        EXPECT_TRUE(errors.contains(QLatin1String(field))) << field;
    int countryErrors = 0;
    for (const FieldError& e : problems)
        countryErrors += e.field == QLatin1String("country");
    EXPECT_EQ(countryErrors, 2); // unknown code, and Viet Nam is not abroad
}

TEST(ValidatePosting, RequiredPlannedDatesAndFutureFacts)
{
    Posting p = goodPosting();
    p.plannedDeparture = QDate();
    p.plannedReturn = QDate();
    p.actualDeparture = kToday.addDays(2);
    EXPECT_EQ(fieldsOf(validate(p, kToday), Severity::Error),
              (QSet<QString>{QStringLiteral("planned_departure"), QStringLiteral("planned_return"),
                             QStringLiteral("departure_date")}));
}

TEST(ValidatePosting, ExtensionsMustExtend)
{
    Posting p = goodPosting();
    p.extensions.append(
        {QStringLiteral("1/QĐ"), QDate(2025, 6, 1), QDate(2025, 7, 10), QString()});                // earlier
    p.extensions.append({QString(), QDate(), QDate(), QString()});                                  // empty
    p.extensions.append({QStringLiteral("3/QĐ"), QDate(2025, 6, 2), QDate(2025, 8, 1), QString()}); // fine
    p.extensions.append(
        {QStringLiteral("4/QĐ"), QDate(2025, 6, 3), QDate(2025, 8, 1), QString()}); // same date
    const QSet<QString> errors = fieldsOf(validate(p, kToday), Severity::Error);
    EXPECT_EQ(errors, (QSet<QString>{QStringLiteral("extensions.0.new_planned_return"),
                                     QStringLiteral("extensions.1.decision_no"),
                                     QStringLiteral("extensions.1.decision_date"),
                                     QStringLiteral("extensions.1.new_planned_return"),
                                     QStringLiteral("extensions.3.new_planned_return")}));
}

TEST(ValidatePosting, StatusMustBeBackedByDates)
{
    Posting p = goodPosting();
    p.status = PostingStatus::Returned;
    const QSet<QString> errors = fieldsOf(validate(p, kToday), Severity::Error);
    EXPECT_TRUE(errors.contains(QStringLiteral("approval_date")));
    EXPECT_TRUE(errors.contains(QStringLiteral("departure_date")));
    EXPECT_TRUE(errors.contains(QStringLiteral("return_date")));

    // A departure before approval must carry the explicit flag.
    Posting q = goodPosting();
    q.plannedDeparture = QDate(2025, 5, 1);
    q.plannedReturn = QDate(2025, 5, 20);
    q.status = PostingStatus::Abroad;
    q.approvalDate = QDate(2025, 5, 5);
    q.approvingCommitteeId = 3;
    q.politicalConclusionRef = QStringLiteral("KL 12");
    q.actualDeparture = QDate(2025, 5, 1);
    EXPECT_TRUE(fieldsOf(validate(q, kToday), Severity::Error).contains(QStringLiteral("departure_date")));
    q.departedWithoutApproval = true;
    EXPECT_FALSE(hasErrors(validate(q, kToday)));
}

TEST(ValidatePosting, WarningsForOfficialPostingWithoutConclusion)
{
    Posting p = goodPosting();
    p.status = PostingStatus::Approved;
    p.approvalDate = QDate(2025, 6, 1);
    p.approvingCommitteeId = 2;
    FieldErrors problems = validate(p, kToday);
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(fieldsOf(problems, Severity::Warning).contains(QStringLiteral("political_conclusion")));
    p.purpose = PostingPurpose::Tourism;
    EXPECT_TRUE(validate(p, kToday).isEmpty());
}

TEST(ValidateReport, ContentAndBookkeeping)
{
    Report r;
    r.kind = ReportKind::PreDeparture;
    r.receivedDate = kToday.addDays(1);
    PreDepartureContent c;
    c.departure = QDate(2025, 7, 1);
    c.returnDate = QDate(2025, 6, 20);
    c.relativesAbroad = {{QString(), QString(), QStringLiteral("ZZ"), QString()}};
    r.setPreDeparture(c);
    const FieldErrors problems = validate(r, kToday);
    EXPECT_EQ(
        fieldsOf(problems, Severity::Error),
        (QSet<QString>{QStringLiteral("member"), QStringLiteral("posting"), QStringLiteral("received_date"),
                       QStringLiteral("return_date"), QStringLiteral("relatives_abroad.0.name"),
                       QStringLiteral("relatives_abroad.0.relation"),
                       QStringLiteral("relatives_abroad.0.country")}));
    EXPECT_EQ(fieldsOf(problems, Severity::Warning),
              (QSet<QString>{QStringLiteral("received_by"), QStringLiteral("commitments")}));
}

TEST(ValidateReport, EventReportsNeedTheEventDate)
{
    Report r;
    r.kind = ReportKind::ForeignAward;
    r.memberId = 3;
    EXPECT_EQ(fieldsOf(validate(r, kToday), Severity::Error), (QSet<QString>{QStringLiteral("event_date")}));
    r.eventDate = QDate(2025, 5, 1);
    EXPECT_TRUE(validate(r, kToday).isEmpty()); // no posting needed
}

TEST(ValidateReport, ReturnReportContacts)
{
    Report r;
    r.kind = ReportKind::Return;
    r.memberId = 1;
    r.postingId = 2;
    ReturnContent c;
    c.actualDeparture = QDate(2025, 5, 1);
    c.actualReturn = QDate(2025, 4, 1);
    c.foreignContacts = {{QString(), kToday.addDays(3), QStringLiteral("?")}};
    r.setReturnContent(c);
    EXPECT_EQ(fieldsOf(validate(r, kToday), Severity::Error),
              (QSet<QString>{QStringLiteral("return_date"), QStringLiteral("foreign_contacts.0.who"),
                             QStringLiteral("foreign_contacts.0.when")}));
}

TEST(ValidateTransfer, LetterFields)
{
    Transfer t;
    t.issueDate = QDate(2025, 3, 4);
    t.registerNumber = {2024, 17};
    FieldErrors problems = validate(t, kToday);
    EXPECT_EQ(fieldsOf(problems, Severity::Error),
              (QSet<QString>{QStringLiteral("issuing_committee"), QStringLiteral("member"),
                             QStringLiteral("register_no"), QStringLiteral("receiving_unit")}));
    EXPECT_EQ(fieldsOf(problems, Severity::Warning),
              (QSet<QString>{QStringLiteral("party_card_no"), QStringLiteral("dossier_no"),
                             QStringLiteral("dues_paid_up_to")}));

    t.issuingCommitteeId = 1;
    t.memberId = 2;
    t.registerNumber = {2025, 17};
    t.receivingUnitName = QStringLiteral("Đảng ủy Bộ Ngoại giao");
    t.partyCardNumber = QStringLiteral("12345678");
    t.dossierNumber = QStringLiteral("123456AB");
    t.duesPaidUpTo = QDate(2025, 3, 1);
    EXPECT_TRUE(validate(t, kToday).isEmpty());
}

TEST(FieldError, ToErrorJoinsOnlyErrors)
{
    const FieldErrors problems{{QStringLiteral("a"), QStringLiteral("first"), Severity::Error},
                               {QStringLiteral("b"), QStringLiteral("just a warning"), Severity::Warning},
                               {QStringLiteral("c"), QStringLiteral("second"), Severity::Error}};
    const Error e = toError(problems);
    EXPECT_EQ(e.code, ErrorCode::Invalid);
    EXPECT_EQ(e.message, QStringLiteral("first\nsecond"));
    EXPECT_EQ(e.where, QStringLiteral("a, c"));
    EXPECT_EQ(toError({}).code, ErrorCode::Ok);
}

TEST(Validate, ClockOverloadUsesToday)
{
    const FixedClock clock(QDateTime(QDate(2025, 6, 10), QTime(12, 0), Qt::UTC));
    Member m = goodMember();
    m.dateOfBirth = QDate(2025, 6, 20);
    EXPECT_TRUE(hasProblemWith(validate(m, clock), QStringLiteral("date_of_birth")));
}
