// The Party's transfer forms filled from the register: 2-SHĐ (temporary transfer letter), 3A-SHĐ (overseas
// posting slip), 3C-SHĐ (list of members transferred abroad, to the Foreign Ministry's Party Committee) and
// 10-SHĐ (the transfer register).
#pragma once

#include "core/member.h"
#include "core/posting.h"
#include "core/transfer.h"
#include "reports/document_issuer.h"
#include "reports/party_document.h"

#include <QList>
#include <optional>

namespace orec::reports {

// One letter with what it needs from other records, names already resolved.
struct TransferFormData
{
    Transfer transfer;
    Member member;
    std::optional<Posting> posting; // the posting the letter belongs to, if any
    QString homeUnitName;
    QString receivingUnitName; // empty = transfer.receivingUnitName
};

// Form 2-SHĐ.
PartyDocument temporaryTransferLetter(const DocumentIssuer& issuer, const TransferFormData& data);
// Form 3A-SHĐ.
PartyDocument overseasPostingSlip(const DocumentIssuer& issuer, const TransferFormData& data);
// Form 3C-SHĐ: the labour-export members a district committee transfers abroad, sent to the Foreign
// Ministry's Party Committee.
PartyDocument transferredAbroadList(const DocumentIssuer& issuer, const QList<TransferFormData>& letters);
ReportTable transferredAbroadTable(const QList<TransferFormData>& letters);
// Form 10-SHĐ: every letter the committee issued, in register order (of one year when `year` > 0).
PartyDocument transferRegister(const DocumentIssuer& issuer, const QList<TransferFormData>& letters,
                               int year);
ReportTable transferRegisterTable(const QList<TransferFormData>& letters);

} // namespace orec::reports
