// CommitteeIdentity: who issues the register's Party documents (36-HD/VPTW header and signature), and how
// their numbers are written ("Số 01-DS/ĐU").
#pragma once

#include <QDate>
#include <QString>

namespace orec {

// Entered once in the settings by an administrator; an empty field falls back to what the register's
// party units say (the top committee's name, its parent, "T/M ĐẢNG ỦY / BÍ THƯ").
struct CommitteeIdentity
{
    QString superiorUnit;   // "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"
    QString issuingUnit;    // "ĐẢNG ỦY BỘ NGOẠI GIAO"
    QString symbol;         // "ĐU": the committee's abbreviation after the slash of a number
    QString place;          // "Hà Nội"
    QString signerOnBehalf; // "T/M ĐẢNG ỦY"
    QString signerPosition; // "BÍ THƯ"
    QString signerName;     // the usual signer
    QDate termStart;        // first day of the committee's term (nhiệm kỳ): numbers start again from 01

    bool isEmpty() const
    {
        return superiorUnit.isEmpty() && issuingUnit.isEmpty() && symbol.isEmpty() && place.isEmpty() &&
               signerOnBehalf.isEmpty() && signerPosition.isEmpty() && signerName.isEmpty() &&
               !termStart.isValid();
    }
};

// The committee's symbol when none is set: "ĐU" (đảng ủy).
QString defaultCommitteeSymbol();

// "Số 01-DS/ĐU": 36-HD/VPTW numbers each kind of document from 01 within the committee's term, the kind's
// symbol and the committee's after a dash and a slash, without a colon after "Số".
QString documentNumberText(int number, const QString& kindSymbol, const QString& committeeSymbol);

// A symbol is 1 to 12 capital letters (Vietnamese included) or digits, e.g. "ĐU", "ĐUBNG".
bool isValidSymbol(const QString& symbol);

} // namespace orec
