// Transfer: a transfer letter (giấy giới thiệu sinh hoạt đảng) moving a member's party life out or back.
#pragma once

#include "core/enum_codes.h"
#include "core/party_unit.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace orec {

enum class TransferKind {
    Temporary,    // temporary: form 2-SHĐ
    Official,     // official
    LabourExport, // labour_export: overseas posting slip 3A-SHĐ, listed to the Foreign Ministry on 3C-SHĐ
};

enum class TransferDirection {
    Out,  // out: from the home unit to the unit abroad
    Back, // back: from the unit abroad to the home unit
};

template <> struct EnumCodes<TransferKind>
{
    static const char* context() { return "orec::TransferKind"; }
    static std::span<const EnumCode<TransferKind>> table();
};
template <> struct EnumCodes<TransferDirection>
{
    static const char* context() { return "orec::TransferDirection"; }
    static std::span<const EnumCode<TransferDirection>> table();
};

// The printed form the letter is issued on ("2-SHĐ", "3A-SHĐ"); empty where DOMAIN.md names none.
QString transferFormCode(TransferKind kind);

// Position of a letter in the issuing committee's transfer register (10-SHĐ), numbered from 1
// in each calendar year.
struct RegisterNumber
{
    int year = 0;
    int sequence = 0;

    bool isValid() const { return year > 0 && sequence > 0; }
    QString toString() const; // "17/2025"
    auto operator<=>(const RegisterNumber&) const = default;
};

// The number the next letter of one issuing committee takes. `last` is the highest number that
// committee has issued so far (none yet: nullopt). The sequence restarts at 1 in a new year;
// a letter dated in a year before the last one is refused, since the register only moves forward.
Result<RegisterNumber> nextRegisterNumber(const std::optional<RegisterNumber>& last, const QDate& issueDate);

// Whether `committee` may issue a letter of this kind and direction. An official posting slip abroad
// (3A-SHĐ) is issued by the committee at the district level or its equivalent, or above (Hướng dẫn
// 12-HD/BTCTW 2022): from a grassroots committee or a cell it is refused with the committee's name and level.
Status mayIssue(TransferKind kind, TransferDirection direction, const PartyUnit& committee);

struct Transfer
{
    QString uuid;
    qint64 id = 0;
    int version = 0;

    TransferKind kind = TransferKind::Temporary;
    TransferDirection direction = TransferDirection::Out;
    qint64 issuingCommitteeId = 0;
    RegisterNumber registerNumber;
    QDate issueDate;
    qint64 memberId = 0;
    qint64 postingId = 0;
    qint64 receivingUnitId = 0; // when the receiving unit is in the database
    QString receivingUnitName;  // as written on the letter (a mission abroad may not be a unit here)
    QString partyCardNumber;    // empty for a probationary member
    QString dossierNumber;
    QDate duesPaidUpTo; // the month matters; kept as its first day
    QString notes;
};

} // namespace orec
