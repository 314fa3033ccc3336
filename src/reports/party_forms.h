// The Party's transfer forms filled from the register: 2-SHĐ (temporary transfer letter), 3A-SHĐ (overseas
// posting slip), 3C-SHĐ (list of members transferred abroad, to the Foreign Ministry's Party Committee) and
// 10-SHĐ (the transfer register).
#pragma once

#include "core/member.h"
#include "core/posting.h"
#include "core/transfer.h"
#include "reports/document_issuer.h"
#include "reports/fixed_form.h"
#include "reports/party_document.h"

#include <QList>
#include <optional>

namespace orec::reports {

// One committee a letter passes through, each signing its own "KÍNH CHUYỂN" box under its own T/M.
struct ForwardingStep
{
    QString unitName;
    UnitLevel level = UnitLevel::Grassroots;
};

// One letter with what it needs from other records, names already resolved.
struct TransferFormData
{
    Transfer transfer;
    Member member;
    std::optional<Posting> posting; // the posting the letter belongs to, if any
    QString homeUnitName;           // the member's home cell
    QString homeCommitteeName;      // the committee the home cell belongs to ("Đảng bộ …" on 2-SHĐ)
    QString receivingUnitName;      // empty = transfer.receivingUnitName
    bool receivingIsCell = false;   // addressed to the cell's committee ("Chi ủy chi bộ …")
    QString hostCommitteeName;      // 3A-SHĐ: the Party organisation in the country, when recorded
    QString issuingUnitName;        // 10-SHĐ's incoming half: who sent the letter
    // The issuing committee first, then each committee the letter is forwarded through to the receiving
    // side (up the issuer's tree and down the receiver's); each signs one box.
    QList<ForwardingStep> forwarding;
    QStringList enclosures; // hồ sơ kèm theo
};

// "T/M BAN THƯỜNG VỤ" above the grassroots, "T/M ĐẢNG ỦY" at it, "T/M CHI ỦY" in a cell.
QString onBehalfOf(UnitLevel level);
QString collectiveOf(UnitLevel level); // "BAN THƯỜNG VỤ", "ĐẢNG ỦY", "CHI ỦY"
// "Chi ủy chi bộ lưu học sinh tại Tô-ky-ô" for "Chi bộ lưu học sinh tại Tô-ky-ô".
QString cellCommitteeOf(const QString& cellName);

// Form 2-SHĐ at the positions of the pre-printed sheet: whole on A4 or as the values only
// (layoutFixedForm()). At most four forwarding boxes, as the sheet has.
FixedForm temporaryTransferForm(const DocumentIssuer& issuer, const TransferFormData& data);
constexpr int kForwardingBoxes = 4;
// Form 3A-SHĐ.
PartyDocument overseasPostingSlip(const DocumentIssuer& issuer, const TransferFormData& data);
// Form 3C-SHĐ: the report listing the members whose 3A-SHĐ slips a district committee issued together (one
// batch), sent with them to the Foreign Ministry's Party Committee.
PartyDocument transferredAbroadList(const DocumentIssuer& issuer, const QList<TransferFormData>& letters);
ReportTable transferredAbroadTable(const QList<TransferFormData>& letters);
// Form 10-SHĐ: the committee's book of transfers, a half of the letters it issued (giới thiệu đảng viên đi)
// and a half of the letters it received (tiếp nhận đảng viên đến), each in date order, with the counts by
// kind at the end; a book, so no letter header and no signature.
PartyDocument transferRegister(const DocumentIssuer& issuer, const QList<TransferFormData>& outgoing,
                               const QList<TransferFormData>& incoming, int year);
ReportTable transferRegisterTable(const QList<TransferFormData>& outgoing);
ReportTable incomingTransfersTable(const QList<TransferFormData>& incoming);

} // namespace orec::reports
