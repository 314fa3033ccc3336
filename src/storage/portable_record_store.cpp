#include "storage/portable_record_store.h"

#include "core/result_try.h"
#include "core/validation.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/record_json.h"
#include "storage/report_repository.h"
#include "storage/repository_support.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>
#include <QStringList>
#include <string>
#include <vector>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

const char* tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return "party_units";
    case EntityKind::Member:
        return "members";
    case EntityKind::Posting:
        return "postings";
    case EntityKind::Report:
        return "reports";
    case EntityKind::Transfer:
        return "transfers";
    }
    return "";
}

// Only a kind outside the enum gets here. The message kept its context from the exchange layer, where
// it was written, so the existing translations still match.
Error unknownKind()
{
    return Error(ErrorCode::Internal, Texts::tr("Unknown kind of record."));
}

} // namespace

QString entityName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return QStringLiteral("party_unit");
    case EntityKind::Member:
        return QStringLiteral("member");
    case EntityKind::Posting:
        return QStringLiteral("posting");
    case EntityKind::Report:
        return QStringLiteral("report");
    case EntityKind::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

std::optional<EntityKind> entityFromName(const QString& name)
{
    for (EntityKind kind : {EntityKind::Unit, EntityKind::Member, EntityKind::Posting, EntityKind::Report,
                            EntityKind::Transfer}) {
        if (entityName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Result<QString> PortableRecordStore::uuidOf(EntityKind kind, qint64 id)
{
    auto s =
        m_database.connection().cached(std::string("SELECT uuid FROM ") + tableOf(kind) + " WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, static_cast<long long>(id));
    OREC_TRY_ASSIGN(auto row, (*s)->step());
    QString uuid = row ? (*s)->text(0) : QString();
    (*s)->reset();
    return uuid;
}

Result<qint64> PortableRecordStore::idOf(EntityKind kind, const QString& uuid)
{
    auto s =
        m_database.connection().cached(std::string("SELECT id FROM ") + tableOf(kind) + " WHERE uuid = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, uuid);
    OREC_TRY_ASSIGN(auto row, (*s)->step());
    const qint64 id = row ? (*s)->int64(0) : 0;
    (*s)->reset();
    return id;
}

Result<QStringList> PortableRecordStore::allUuids(EntityKind kind)
{
    auto s =
        m_database.connection().prepare(std::string("SELECT uuid FROM ") + tableOf(kind) + " ORDER BY id");
    if (!s)
        return s.error();
    return repo::collectRows<QString>(*s, [](const sql::Statement& row) { return row.text(0); });
}

Result<QJsonObject> PortableRecordStore::load(EntityKind kind, qint64 id)
{
    switch (kind) {
    case EntityKind::Unit: {
        auto r = PartyUnitRepository(m_database).get(id);
        return r ? Result<QJsonObject>(toJson(*r)) : Result<QJsonObject>(r.error());
    }
    case EntityKind::Member: {
        auto r = MemberRepository(m_database).get(id);
        return r ? Result<QJsonObject>(toJson(*r)) : Result<QJsonObject>(r.error());
    }
    case EntityKind::Posting: {
        auto r = PostingRepository(m_database).get(id);
        return r ? Result<QJsonObject>(toJson(*r)) : Result<QJsonObject>(r.error());
    }
    case EntityKind::Report: {
        auto r = ReportRepository(m_database).get(id);
        return r ? Result<QJsonObject>(toJson(*r)) : Result<QJsonObject>(r.error());
    }
    case EntityKind::Transfer: {
        auto r = TransferRepository(m_database).get(id);
        return r ? Result<QJsonObject>(toJson(*r)) : Result<QJsonObject>(r.error());
    }
    }
    return unknownKind();
}

Status PortableRecordStore::insert(WriteScope& scope, EntityKind kind, const QJsonObject& local)
{
    return write(scope, kind, local, true, QStringLiteral("create"));
}

Status PortableRecordStore::update(WriteScope& scope, EntityKind kind, const QJsonObject& local,
                                   const QString& action)
{
    return write(scope, kind, local, false, action);
}

namespace {

// Records that arrive in a package (a cell's changes at home, home's state on a laptop) are held to the
// same field lengths as a form: an over-long value refuses the write, naming the field and its limit.
template <typename Record> Status withinLimits(const Record& record)
{
    const FieldErrors tooLong = lengthProblems(record);
    return tooLong.isEmpty() ? Status() : Status(toError(tooLong));
}

} // namespace

Status PortableRecordStore::write(WriteScope& scope, EntityKind kind, const QJsonObject& local, bool insert,
                                  const QString& action)
{
    switch (kind) {
    case EntityKind::Unit: {
        auto r = partyUnitFromJson(local);
        if (!r)
            return r.error();
        OREC_TRY(withinLimits(*r));
        PartyUnitRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r);
    }
    case EntityKind::Member: {
        auto r = memberFromJson(local);
        if (!r)
            return r.error();
        OREC_TRY(withinLimits(*r));
        MemberRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r);
    }
    case EntityKind::Posting: {
        auto r = postingFromJson(local);
        if (!r)
            return r.error();
        OREC_TRY(withinLimits(*r));
        PostingRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r, action);
    }
    case EntityKind::Report: {
        auto r = reportFromJson(local);
        if (!r)
            return r.error();
        OREC_TRY(withinLimits(*r));
        ReportRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r, action);
    }
    case EntityKind::Transfer: {
        OREC_TRY_ASSIGN(auto r, transferFromJson(local));
        OREC_TRY(withinLimits(r));
        TransferRepository repo(m_database);
        return insert ? repo.insert(scope, r) : repo.update(scope, r);
    }
    }
    return unknownKind();
}

Status PortableRecordStore::removeWithReferences(WriteScope& scope, EntityKind kind, qint64 id)
{
    std::vector<std::string> statements;
    switch (kind) {
    case EntityKind::Unit:
        statements = {"UPDATE party_units SET parent_id = NULL WHERE parent_id = ?1",
                      "UPDATE members SET home_unit_id = NULL WHERE home_unit_id = ?1",
                      "DELETE FROM party_units WHERE id = ?1"};
        break;
    case EntityKind::Member:
        statements = {"UPDATE party_units SET secretary_member_id = NULL WHERE secretary_member_id = ?1",
                      "UPDATE party_units SET deputy_member_id = NULL WHERE deputy_member_id = ?1",
                      "DELETE FROM member_search WHERE docid = ?1", "DELETE FROM members WHERE id = ?1"};
        break;
    case EntityKind::Posting:
        statements = {"UPDATE reports SET posting_id = NULL WHERE posting_id = ?1",
                      "UPDATE transfers SET posting_id = NULL WHERE posting_id = ?1",
                      "DELETE FROM posting_countries WHERE posting_id = ?1",
                      "DELETE FROM posting_extensions WHERE posting_id = ?1",
                      "DELETE FROM postings WHERE id = ?1"};
        break;
    case EntityKind::Report: {
        // Its scans go with it, each audited (attachments are bound records).
        OREC_TRY_ASSIGN(auto scans,
                        scope.connection().prepare("SELECT uuid FROM attachments WHERE report_id = ?"));
        scans.bind(1, static_cast<long long>(id));
        QStringList uuids;
        for (;;) {
            OREC_TRY_ASSIGN(auto row, scans.step());
            if (!row)
                break;
            uuids << scans.text(0);
        }
        OREC_TRY_ASSIGN(auto drop, scope.connection().prepare("DELETE FROM attachments WHERE uuid = ?"));
        for (const QString& uuid : uuids) {
            drop.reset();
            drop.bind(1, uuid);
            OREC_TRY(drop.run());
            OREC_TRY(scope.audit(QStringLiteral("attachment"), uuid, QStringLiteral("exchange:remove")));
        }
        statements = {"DELETE FROM reports WHERE id = ?1"};
        break;
    }
    case EntityKind::Transfer:
        statements = {"UPDATE postings SET transfer_out_id = NULL WHERE transfer_out_id = ?1",
                      "UPDATE postings SET transfer_back_id = NULL WHERE transfer_back_id = ?1",
                      "DELETE FROM transfers WHERE id = ?1"};
        break;
    }
    for (const std::string& sql : statements) {
        OREC_TRY_ASSIGN(auto s, scope.connection().prepare(sql));
        s.bind(1, static_cast<long long>(id));
        OREC_TRY(s.run());
    }
    return {};
}

Status PortableRecordStore::compactSearchIndex(WriteScope& scope)
{
    return scope.connection().exec("INSERT INTO member_search (member_search) VALUES ('optimize')");
}

} // namespace orec
