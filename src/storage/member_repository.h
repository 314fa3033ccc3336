// MemberRepository: party members in the members table, with their sort and search keys; every change
// audited.
#pragma once

#include "core/member.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/repository_support.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace orec {

class MemberRepository
{
public:
    explicit MemberRepository(Database& database, AuditMode auditMode = AuditMode::EachRecord)
        : m_database(database), m_auditMode(auditMode)
    {}

    Result<Member> get(qint64 id);
    Result<std::optional<Member>> findByUuid(const QString& uuid);
    // Numbers are compared without spaces, as they are stored.
    Result<std::optional<Member>> findByPartyCard(const QString& partyCardNumber);
    Result<std::optional<Member>> findByCitizenId(const QString& citizenId);
    Result<QList<Member>> getMany(const QList<qint64>& ids);
    // The member's earlier card numbers, oldest first (schema 14).
    Result<QList<EarlierCardNumber>> earlierCardNumbers(qint64 memberId);
    // The member who held `partyCardNumber` before their current one (the latest, when several did).
    struct EarlierHolder
    {
        Member member;
        EarlierCardNumber card;
    };
    Result<std::optional<EarlierHolder>> findByEarlierCard(const QString& partyCardNumber);
    // Every member in list order (Vietnamese name order), one at a time, for exports.
    Status forEach(const std::function<bool(const Member&)>& visit);
    Result<qint64> count();

    // Inside the caller's WriteScope. Normalises the name (NFC, single spaces) and the numbers (no
    // spaces) in place, assigns a uuid when empty, the row id and version 1. A party card number or
    // citizen ID that another member has is refused (ErrorCode::Invalid).
    Status insert(WriteScope& scope, Member& member);
    // Writes every field. Refused with ErrorCode::Conflict when member.version is not the stored one
    // (someone changed it since it was read); on success member.version is the new version. A party card
    // number that changes is kept among the member's earlier numbers, dated today (`changedOn` when valid).
    Status update(WriteScope& scope, Member& member, const QDate& changedOn = {});

    // What the stored form of a number is: no blanks inside or around.
    static QString normaliseNumber(const QString& number);
    static QString normaliseName(const QString& fullName);

private:
    Result<std::optional<Member>> findOne(std::string_view sql, const QString& key);
    Status writeSearchWords(WriteScope& scope, const Member& member, const QString& folded, bool replace);
    Status recordCardChange(WriteScope& scope, const Member& before, const Member& after,
                            const QDate& changedOn);
    Status checkUnique(const Member& member);
    Status explainConstraint(const Status& failed, const Member& member);

    Database& m_database;
    AuditMode m_auditMode;
};

} // namespace orec
