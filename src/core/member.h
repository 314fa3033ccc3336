// Member: one party member's record as the department keeps it.
#pragma once

#include "core/enum_codes.h"

#include <QDate>
#include <QString>

namespace orec {

enum class Gender {
    Unspecified,
    Male,
    Female,
};

template <> struct EnumCodes<Gender>
{
    static const char* context() { return "orec::Gender"; }
    static std::span<const EnumCode<Gender>> table();
};

// A party card number a member held before the current one: the national re-issue of cards in 2025
// (Chỉ thị 51-CT/TW) may change numbers, and papers and sheets that still carry the old one must find
// the member. Kept when the number changes, never given to another member.
struct EarlierCardNumber
{
    QString number;
    QDate changedOn; // the day it stopped being the member's

    bool operator==(const EarlierCardNumber&) const = default;
};

// Months from admission to full membership under the Party Charter; the rules table may override.
inline constexpr int kDefaultProbationMonths = 12;

struct Member
{
    QString uuid;    // identity across databases (merges of field packages)
    qint64 id = 0;   // row id in this database; 0 = not stored yet
    int version = 0; // bumped on every stored change; detects concurrent edits

    QString fullName;
    QString alias; // bí danh, printed on the transfer letters; usually empty
    Gender gender = Gender::Unspecified;
    QDate dateOfBirth;
    QString hometown;
    QString citizenId;       // 12 digits; 9 on old identity cards
    QString partyCardNumber; // empty while probationary
    QString dossierNumber;   // 6 digits and 2–3 letters
    QDate admissionDate;
    QDate fullMembershipDate; // empty while probationary
    qint64 homeUnitId = 0;    // the home cell; 0 = unknown
    QString position;
    QString workplace;
    QString phone;
    QString email;
    QString notes;
    bool underDisciplinaryReview = false; // under review or investigation: may not be sent abroad

    // Admitted but not yet made full.
    bool isProbationary() const { return admissionDate.isValid() && !fullMembershipDate.isValid(); }
    // The end of probation counted from admission; invalid when the admission date is unknown.
    QDate expectedFullMembershipDate(int probationMonths = kDefaultProbationMonths) const;
    // Whole years of age on `day`; -1 when the date of birth is unknown.
    int ageOn(const QDate& day) const;
};

} // namespace orec
