#include "storage/transfer_repository.h"

#include "core/result_try.h"
#include "storage/record_json.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr std::string_view kColumns =
    "id, uuid, version, kind, direction, issuing_committee_id, register_year, register_seq, issue_date, member_id, "
    "posting_id, receiving_unit_id, receiving_unit_name, party_card_no, dossier_no, dues_paid_up_to, notes";

Transfer readTransfer(const sql::Statement& s)
{
    Transfer t;
    t.id = s.int64(0);
    t.uuid = s.text(1);
    t.version = s.integer(2);
    t.kind = fromCodeName<TransferKind>(s.text(3)).value_or(TransferKind::Temporary);
    t.direction = fromCodeName<TransferDirection>(s.text(4)).value_or(TransferDirection::Out);
    t.issuingCommitteeId = repo::idAt(s, 5);
    t.registerNumber = RegisterNumber{s.integer(6), s.integer(7)};
    t.issueDate = s.date(8);
    t.memberId = repo::idAt(s, 9);
    t.postingId = repo::idAt(s, 10);
    t.receivingUnitId = repo::idAt(s, 11);
    t.receivingUnitName = s.text(12);
    t.partyCardNumber = s.text(13);
    t.dossierNumber = s.text(14);
    t.duesPaidUpTo = s.date(15);
    t.notes = s.text(16);
    return t;
}

const repo::TableReader<Transfer>& reads()
{
    static const repo::TableReader<Transfer> reader("transfers", kColumns, readTransfer);
    return reader;
}

} // namespace

Result<Transfer> TransferRepository::get(qint64 id)
{
    return reads().get(m_database.connection(), id, Texts::tr("transfer letter"));
}

Result<std::optional<Transfer>> TransferRepository::findByUuid(const QString& uuid)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached("SELECT id FROM transfers WHERE uuid = ?"));
    stmt->bind(1, uuid);
    OREC_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return std::optional<Transfer>();
    const qint64 id = stmt->int64(0);
    stmt->reset();
    OREC_TRY_ASSIGN(auto t, get(id));
    return std::optional<Transfer>(t);
}

Result<QList<Transfer>> TransferRepository::listForMember(qint64 memberId)
{
    return reads().listWhere(m_database.connection(), "member_id = ? ORDER BY issue_date, id", {memberId});
}

Result<QList<Transfer>> TransferRepository::listForPosting(qint64 postingId)
{
    return reads().listWhere(m_database.connection(), "posting_id = ? ORDER BY issue_date, id", {postingId});
}

Result<QList<Transfer>> TransferRepository::registerOf(qint64 issuingCommitteeId, int year)
{
    if (year > 0)
        return reads().listWhere(
            m_database.connection(),
            "issuing_committee_id = ? AND register_year = ? ORDER BY register_year, register_seq",
            {issuingCommitteeId, year});
    return reads().listWhere(m_database.connection(),
                             "issuing_committee_id = ? ORDER BY register_year, register_seq",
                             {issuingCommitteeId});
}

Result<QList<Transfer>> TransferRepository::receivedBy(qint64 committeeId, int year)
{
    // The committee's subtree, walked in SQL (SQLite 3.8.3+ has recursive common table expressions).
    constexpr std::string_view kReceived =
        "receiving_unit_id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT p.id FROM party_units p "
        "JOIN tree ON p.parent_id = tree.id) SELECT id FROM tree) AND issuing_committee_id <> ?";
    if (year > 0)
        return reads().listWhere(
            m_database.connection(),
            std::string(kReceived) +
                " AND CAST(substr(issue_date, 1, 4) AS INTEGER) = ? ORDER BY issue_date, id",
            {committeeId, committeeId, year});
    return reads().listWhere(m_database.connection(), std::string(kReceived) + " ORDER BY issue_date, id",
                             {committeeId, committeeId});
}

Result<std::optional<RegisterNumber>> TransferRepository::lastRegisterNumber(qint64 issuingCommitteeId)
{
    OREC_TRY_ASSIGN(auto stmt,
                    m_database.connection().cached(
                        "SELECT register_year, register_seq FROM transfers WHERE issuing_committee_id = ? "
                        "ORDER BY register_year DESC, register_seq DESC LIMIT 1"));
    stmt->bind(1, static_cast<long long>(issuingCommitteeId));
    OREC_TRY_ASSIGN(auto row, stmt->step());
    std::optional<RegisterNumber> last;
    if (row)
        last = RegisterNumber{stmt->integer(0), stmt->integer(1)};
    stmt->reset();
    return last;
}

Status TransferRepository::insert(WriteScope& scope, Transfer& transfer)
{
    OREC_TRY(scope.status());
    if (transfer.issuingCommitteeId == 0)
        return Error(ErrorCode::Invalid, Texts::tr("Choose the committee that issues the letter."),
                     QStringLiteral("issuing_committee"));
    if (transfer.memberId == 0)
        return Error(ErrorCode::Invalid, Texts::tr("A transfer letter is for a member."),
                     QStringLiteral("member"));
    if (!transfer.issueDate.isValid())
        return Error(ErrorCode::Invalid, Texts::tr("Enter the date of the letter."),
                     QStringLiteral("issue_date"));
    if (!transfer.registerNumber.isValid()) {
        // Read and written inside the same transaction, so two letters can never take one number.
        OREC_TRY_ASSIGN(auto last, lastRegisterNumber(transfer.issuingCommitteeId));
        OREC_TRY_ASSIGN(auto next, nextRegisterNumber(last, transfer.issueDate));
        transfer.registerNumber = next;
    } else {
        OREC_TRY_ASSIGN(
            auto clash,
            m_database.connection().cached(
                "SELECT count(*) FROM transfers WHERE issuing_committee_id = ? AND register_year = ? AND register_seq = ?"));
        (clash)
            ->bind(1, static_cast<long long>(transfer.issuingCommitteeId))
            .bind(2, transfer.registerNumber.year)
            .bind(3, transfer.registerNumber.sequence);
        OREC_TRY_ASSIGN(auto row, clash->step());
        const bool taken = row && clash->int64(0) > 0;
        clash->reset();
        if (taken)
            return repo::duplicateError(Texts::tr("register number"), transfer.registerNumber.toString());
    }
    transfer.id = 0;
    if (transfer.uuid.isEmpty())
        transfer.uuid = repo::newUuid();
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            "INSERT INTO transfers (uuid, version, kind, direction, issuing_committee_id, register_year, register_seq, "
            "issue_date, member_id, posting_id, receiving_unit_id, receiving_unit_name, party_card_no, dossier_no, "
            "dues_paid_up_to, notes, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    sql::Statement& s = *stmt;
    s.bind(1, transfer.uuid)
        .bind(2, codeName(transfer.kind))
        .bind(3, codeName(transfer.direction))
        .bind(4, static_cast<long long>(transfer.issuingCommitteeId))
        .bind(5, transfer.registerNumber.year)
        .bind(6, transfer.registerNumber.sequence)
        .bind(7, transfer.issueDate)
        .bind(8, static_cast<long long>(transfer.memberId));
    repo::bindId(s, 9, transfer.postingId);
    repo::bindId(s, 10, transfer.receivingUnitId);
    repo::bindText(s, 11, transfer.receivingUnitName);
    repo::bindText(s, 12, transfer.partyCardNumber);
    repo::bindText(s, 13, transfer.dossierNumber);
    s.bind(14, transfer.duesPaidUpTo);
    repo::bindText(s, 15, transfer.notes);
    s.bind(16, repo::nowText(m_database));
    OREC_TRY(s.run());
    transfer.id = scope.connection().lastInsertRowId();
    transfer.version = 1;
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("transfer"), transfer.uuid, QStringLiteral("create"), {},
                           toJson(transfer));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("transfer"), transfer.uuid, QStringLiteral("create"), {}, {});
}

Status TransferRepository::update(WriteScope& scope, Transfer& transfer)
{
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(auto before, get(transfer.id));
    if (before.version != transfer.version)
        return repo::conflictError(Texts::tr("transfer letter"));
    transfer.uuid = before.uuid;
    // The register is a ledger: the number, the committee and the date of a letter stay as issued.
    transfer.registerNumber = before.registerNumber;
    transfer.issuingCommitteeId = before.issuingCommitteeId;
    transfer.issueDate = before.issueDate;
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            "UPDATE transfers SET kind = ?, direction = ?, member_id = ?, posting_id = ?, receiving_unit_id = ?, "
            "receiving_unit_name = ?, party_card_no = ?, dossier_no = ?, dues_paid_up_to = ?, notes = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    sql::Statement& s = *stmt;
    s.bind(1, codeName(transfer.kind))
        .bind(2, codeName(transfer.direction))
        .bind(3, static_cast<long long>(transfer.memberId));
    repo::bindId(s, 4, transfer.postingId);
    repo::bindId(s, 5, transfer.receivingUnitId);
    repo::bindText(s, 6, transfer.receivingUnitName);
    repo::bindText(s, 7, transfer.partyCardNumber);
    repo::bindText(s, 8, transfer.dossierNumber);
    s.bind(9, transfer.duesPaidUpTo);
    repo::bindText(s, 10, transfer.notes);
    s.bind(11, repo::nowText(m_database))
        .bind(12, static_cast<long long>(transfer.id))
        .bind(13, transfer.version);
    OREC_TRY(s.run());
    if (scope.connection().changes() != 1)
        return repo::conflictError(Texts::tr("transfer letter"));
    ++transfer.version;
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("transfer"), transfer.uuid, QStringLiteral("update"),
                           toJson(before), toJson(transfer));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("transfer"), transfer.uuid, QStringLiteral("update"), {}, {});
}

} // namespace orec
