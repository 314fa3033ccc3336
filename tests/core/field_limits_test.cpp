// Field lengths (core/field_limits.h, docs/domain.md "Field lengths"): every text field of every record is
// refused one character past its limit, with the field's code and the limit in the message, and an over-long
// value is said alone (no other check quotes or scans it).
#include "core/validation.h"

#include <QVariantList>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::field_limits;

namespace {

const QDate kToday(2025, 6, 10);

QString text(qsizetype n)
{
    return QString(n, QLatin1Char('a'));
}

// The single problem `problems` holds: on `field`, naming `limit`.
void expectOneTooLong(const FieldErrors& problems, const char* field, int limit)
{
    ASSERT_EQ(problems.size(), 1) << field;
    EXPECT_EQ(problems.first().field, QLatin1String(field));
    EXPECT_TRUE(problems.first().isError());
    EXPECT_TRUE(problems.first().message.contains(QString::number(limit)))
        << problems.first().message.toStdString();
}

Member goodMember()
{
    Member m;
    m.fullName = QStringLiteral("Nguyễn Văn Đức");
    m.dateOfBirth = QDate(1985, 4, 2);
    m.admissionDate = QDate(2010, 9, 2);
    m.fullMembershipDate = QDate(2011, 9, 2);
    return m;
}

Posting goodPosting()
{
    Posting p;
    p.memberId = 7;
    p.countryCodes = {QStringLiteral("JP")};
    p.plannedDeparture = QDate(2025, 7, 1);
    p.plannedReturn = QDate(2025, 7, 15);
    return p;
}

} // namespace

TEST(FieldLimits, EveryTextFieldOfAMemberStopsOneCharacterPastItsLimit)
{
    const struct
    {
        const char* field;
        QString Member::*member;
        int limit;
    } fields[] = {
        {"full_name", &Member::fullName, kPersonName},
        {"hometown", &Member::hometown, kPlace},
        {"citizen_id", &Member::citizenId, kIdentityNumber},
        {"party_card_no", &Member::partyCardNumber, kIdentityNumber},
        {"dossier_no", &Member::dossierNumber, kIdentityNumber},
        {"position", &Member::position, kPosition},
        {"workplace", &Member::workplace, kOrganisation},
        {"phone", &Member::phone, kPhone},
        {"email", &Member::email, kEmail},
        {"notes", &Member::notes, kLongText},
        {"uuid", &Member::uuid, kUuid},
    };
    for (const auto& f : fields) {
        Member m = goodMember();
        m.*(f.member) = text(f.limit);
        EXPECT_TRUE(lengthProblems(m).isEmpty()) << f.field;
        m.*(f.member) = text(f.limit + 1);
        expectOneTooLong(lengthProblems(m), f.field, f.limit);
        // validate() says it alone: no other check runs on a value that size.
        expectOneTooLong(validate(m, kToday), f.field, f.limit);
    }
}

TEST(FieldLimits, AFiftyMegabyteNameIsRefusedAloneWithTheLimit)
{
    Member m = goodMember();
    m.fullName = text(50 * 1024 * 1024);
    m.email = QStringLiteral("not an address"); // would be an error too, but the name comes first
    const FieldErrors problems = validate(m, kToday);
    expectOneTooLong(problems, "full_name", kPersonName);
    EXPECT_LT(problems.first().message.size(), 200); // the value is never quoted
}

TEST(FieldLimits, UnitPostingTransferAndReportFields)
{
    PartyUnit u;
    u.code = QStringLiteral("CB-1");
    u.name = text(kUnitName + 1);
    expectOneTooLong(validate(u, kToday), "name", kUnitName);
    u.name = QStringLiteral("Chi bộ");
    u.code = text(kUnitCode + 1);
    expectOneTooLong(lengthProblems(u), "code", kUnitCode);

    Posting p = goodPosting();
    p.hostOrganisation = text(kOrganisation + 1);
    expectOneTooLong(validate(p, kToday), "host_organisation", kOrganisation);
    p = goodPosting();
    p.statusReason = text(kShortText + 1);
    expectOneTooLong(lengthProblems(p), "status_reason", kShortText);
    p = goodPosting();
    p.extensions = {Extension{text(kReference + 1), QDate(2025, 7, 10), QDate(2025, 8, 1), {}}};
    expectOneTooLong(lengthProblems(p), "extensions.0.decision_no", kReference);
    p = goodPosting();
    for (int i = 0; i <= kCountries; ++i)
        p.countryCodes << QStringLiteral("FR");
    EXPECT_FALSE(lengthProblems(p).isEmpty());

    Transfer t;
    t.notes = text(kLongText + 1);
    expectOneTooLong(validate(t, kToday), "notes", kLongText);

    Report r;
    r.kind = ReportKind::Return;
    r.cellOpinion = text(kLongText + 1);
    expectOneTooLong(validate(r, kToday), "cell_opinion", kLongText);
}

TEST(FieldLimits, ReportContentIsCheckedKeyByKeyListByListAndAsAWhole)
{
    Report r;
    r.kind = ReportKind::PreDeparture;
    r.fields.insert(QString::fromLatin1(report_field::kResults), text(kLongText));
    EXPECT_TRUE(lengthProblems(r).isEmpty());
    r.fields.insert(QString::fromLatin1(report_field::kResults), text(kLongText + 1));
    expectOneTooLong(lengthProblems(r), "fields.results", kLongText);

    // A relative's name inside the list has the limit of a name.
    r.fields.clear();
    r.fields.insert(QString::fromLatin1(report_field::kRelativesAbroad),
                    QVariantList{QVariantMap{{QStringLiteral("name"), text(kPersonName + 1)},
                                             {QStringLiteral("relation"), QStringLiteral("con")}}});
    expectOneTooLong(lengthProblems(r), "fields.relatives_abroad.name", kPersonName);

    // Too many entries in a list.
    QVariantList places;
    for (int i = 0; i <= kListEntries; ++i)
        places << QStringLiteral("Tokyo");
    r.fields.clear();
    r.fields.insert(QString::fromLatin1(report_field::kPlaces), places);
    EXPECT_EQ(lengthProblems(r).size(), 1);

    // Many texts each within its limit, too many together.
    r.fields.clear();
    for (int i = 0; i < 20; ++i)
        r.fields.insert(QStringLiteral("extra_%1").arg(i), text(kLongText));
    expectOneTooLong(lengthProblems(r), "fields", kReportContent);
}

TEST(FieldLimits, CheckLengthNamesTheFieldAndTheLimit)
{
    EXPECT_TRUE(
        checkLength(QStringLiteral("full_name"), QStringLiteral("The name"), text(kPersonName), kPersonName)
            .ok());
    const Status s = checkLength(QStringLiteral("full_name"), QStringLiteral("The name"),
                                 text(kPersonName + 1), kPersonName);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::Invalid);
    EXPECT_EQ(s.error().where, QStringLiteral("full_name"));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("200")));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("201")));
}
