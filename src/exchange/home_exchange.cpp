#include "exchange/home_exchange.h"

#include "core/crypto.h"
#include "core/report.h"
#include "core/result_try.h"
#include "core/validation.h"
#include "exchange/cell_scope.h"
#include "exchange/enrolment.h"
#include "exchange/exchange_store.h"
#include "exchange/field_rights.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"
#include "exchange/record_codec.h"
#include "storage/party_unit_repository.h"
#include "storage/record_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

// The over-long texts of a record as the cell sent it (field_limits.h): such a change is refused, the
// rest of the package applies, and the cell hears which field was too long. References (uuids here)
// are not read: only the texts matter.
FieldErrors lengthProblemsOf(EntityKind kind, const QJsonObject& portable)
{
    const auto check = [](const auto& record) { return record ? lengthProblems(*record) : FieldErrors(); };
    switch (kind) {
    case EntityKind::Unit:
        return check(partyUnitFromJson(portable));
    case EntityKind::Member:
        return check(memberFromJson(portable));
    case EntityKind::Posting:
        return check(postingFromJson(portable));
    case EntityKind::Report:
        return check(reportFromJson(portable));
    case EntityKind::Transfer:
        return check(transferFromJson(portable));
    }
    return {};
}

QJsonValue normalised(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue() : v;
}
bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    return normalised(a) == normalised(b);
}

int kindRank(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return 0;
    case EntityKind::Member:
        return 1;
    case EntityKind::Posting:
        return 2;
    case EntityKind::Transfer:
        return 3;
    case EntityKind::Report:
        return 4;
    }
    return 5;
}

// One change of a return package, as checked when the plan is made.
struct FieldRecordedChange
{
    std::uint64_t no = 0;
    QDateTime at;
    QString user;
    EntityKind kind = EntityKind::Member;
    QString uuid;
    QString action;
    int baseVersion = 0;
    QJsonObject before;
    QJsonObject after;
};

Result<QList<FieldRecordedChange>> readChanges(const QJsonObject& payload, const PackageHeader& header)
{
    const auto bad = [](const QString& what) {
        return packageError(PackageProblem::MalformedPayload,
                            Texts::tr("The package content is damaged: %1.").arg(what));
    };
    const QJsonValue list = payload.value(QStringLiteral("changes"));
    if (!list.isArray())
        return bad(Texts::tr("no list of changes"));
    QList<FieldRecordedChange> out;
    std::uint64_t previous = 0;
    for (const QJsonValue& v : list.toArray()) {
        if (!v.isObject())
            return bad(Texts::tr("a change is not a record"));
        const QJsonObject o = v.toObject();
        FieldRecordedChange c;
        const double no = o.value(QStringLiteral("no")).toDouble(-1);
        if (no < 1 || no > 9e15 || no != static_cast<double>(static_cast<std::uint64_t>(no)))
            return bad(Texts::tr("a change has no number"));
        c.no = static_cast<std::uint64_t>(no);
        if (c.no <= previous || c.no < header.firstChange || c.no > header.lastChange)
            return bad(Texts::tr("change %1 is out of the package's range").arg(c.no));
        previous = c.no;
        const auto kind = entityFromName(o.value(QStringLiteral("entity")).toString());
        if (!kind)
            return bad(Texts::tr("change %1 is about an unknown kind of record").arg(c.no));
        c.kind = *kind;
        c.uuid = o.value(QStringLiteral("uuid")).toString();
        if (QUuid::fromString(c.uuid).isNull())
            return bad(Texts::tr("change %1 names no record").arg(c.no));
        c.action = o.value(QStringLiteral("action")).toString();
        if (c.action.isEmpty() || c.action.size() > 64)
            return bad(Texts::tr("change %1 has no action").arg(c.no));
        if (!o.value(QStringLiteral("after")).isObject() ||
            !(o.value(QStringLiteral("before")).isObject() || o.value(QStringLiteral("before")).isNull()))
            return bad(Texts::tr("change %1 has no values").arg(c.no));
        c.before = o.value(QStringLiteral("before")).toObject();
        c.after = o.value(QStringLiteral("after")).toObject();
        if (c.after.value(QStringLiteral("uuid")).toString() != c.uuid)
            return bad(Texts::tr("change %1 names two records").arg(c.no));
        c.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        c.user = o.value(QStringLiteral("user")).toString().left(128);
        c.baseVersion = o.value(QStringLiteral("base_version")).toInt();
        out.append(std::move(c));
    }
    return out;
}

// Who last changed `field` of the record at home, from the audit log (newest first).
void findHomeChange(Database& db, EntityKind kind, const QString& uuid, const QString& field,
                    FieldChange& change)
{
    AuditFilter filter;
    filter.entity = entityName(kind);
    filter.entityId = uuid;
    filter.limit = 200;
    auto entries = db.auditLog().query(filter);
    if (!entries)
        return;
    const bool content = field.startsWith(QLatin1String("fields."));
    const QString key = content ? field.mid(7) : field;
    for (const AuditEntry& e : *entries) {
        const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        const QJsonValue b =
            content ? before.value(QStringLiteral("fields")).toObject().value(key) : before.value(key);
        const QJsonValue a =
            content ? after.value(QStringLiteral("fields")).toObject().value(key) : after.value(key);
        if (!sameValue(a, b)) {
            change.homeChangedBy = e.user;
            change.homeChangedAt = e.at;
            return;
        }
    }
}

class Titles
{
public:
    Titles(RecordCodec& codec, const QHash<QString, QString>& namesInPackage)
        : m_codec(codec), m_names(namesInPackage)
    {}

    QString memberName(const QString& uuid)
    {
        auto m = m_codec.load(EntityKind::Member, uuid);
        if (m && *m)
            return (*m)->portable.value(QStringLiteral("full_name")).toString();
        if (m_names.contains(uuid))
            return m_names.value(uuid); // a member the package creates
        return Texts::tr("unknown member");
    }

    QString of(EntityKind kind, const QJsonObject& r)
    {
        switch (kind) {
        case EntityKind::Member:
            return r.value(QStringLiteral("full_name")).toString();
        case EntityKind::Unit:
            return r.value(QStringLiteral("code")).toString() + QStringLiteral(" — ") +
                   r.value(QStringLiteral("name")).toString();
        case EntityKind::Posting: {
            QStringList countries;
            for (const QJsonValue& c : r.value(QStringLiteral("countries")).toArray())
                countries << c.toString();
            return Texts::tr("posting of %1 (%2)")
                .arg(memberName(r.value(QStringLiteral("member_id")).toString()),
                     countries.join(QStringLiteral(", ")));
        }
        case EntityKind::Report: {
            const auto reportKind = fromCodeName<ReportKind>(r.value(QStringLiteral("kind")).toString());
            return Texts::tr("%1 of %2")
                .arg(reportKind ? displayName(*reportKind) : Texts::tr("report"),
                     memberName(r.value(QStringLiteral("member_id")).toString()));
        }
        case EntityKind::Transfer:
            return Texts::tr("transfer letter %1 of %2")
                .arg(r.value(QStringLiteral("register_number")).toString(),
                     memberName(r.value(QStringLiteral("member_id")).toString()));
        }
        return {};
    }

    QString memberOf(EntityKind kind, const QJsonObject& r)
    {
        switch (kind) {
        case EntityKind::Member:
            return r.value(QStringLiteral("full_name")).toString();
        case EntityKind::Unit:
            return {};
        case EntityKind::Posting:
        case EntityKind::Report:
        case EntityKind::Transfer:
            return memberName(r.value(QStringLiteral("member_id")).toString());
        }
        return {};
    }

private:
    RecordCodec& m_codec;
    QHash<QString, QString> m_names;
};

QJsonObject strippedUnit(QJsonObject unit)
{
    // Other units travel as names only: no officers (people outside the cell), no tree above.
    unit.insert(QStringLiteral("parent_id"), QJsonValue());
    unit.insert(QStringLiteral("secretary_member_id"), QJsonValue());
    unit.insert(QStringLiteral("deputy_member_id"), QJsonValue());
    return unit;
}

} // namespace

Status HomeExchange::requireHome()
{
    OREC_TRY_ASSIGN(auto mode, ExchangeRepository(m_database).mode());
    if (mode.isField())
        return Error(ErrorCode::Invalid,
                     Texts::tr("This is a field database: cell packages are made at home."));
    return {};
}

Result<EnrolledSecretary> HomeExchange::enrolSecretary(const QString& cellCode, const QString& label,
                                                       bool replace)
{
    OREC_TRY(requireHome());
    OREC_TRY_ASSIGN(auto cell, CellScope(m_database).findCell(cellCode));
    ExchangeStore store(m_database);
    WriteScope scope(m_database, Permission::ManageKeys);
    OREC_TRY(scope.status());
    OREC_TRY(store.ensureIdentity(scope));
    OREC_TRY_ASSIGN(auto current, store.tables().secretaryOfCell(cell.uuid));
    if (current) {
        if (!replace)
            return Error(
                ErrorCode::Conflict,
                Texts::tr(
                    "Cell %1 already has a secretary registered (%2). Replace them explicitly, which makes "
                    "their laptop's packages unacceptable.")
                    .arg(cell.code, current->label.isEmpty() ? current->fingerprint : current->label));
        OREC_TRY(store.removeSecretary(scope, current->id, Texts::tr("replaced")));
    }
    EnrolledSecretary out;
    out.cellCode = cell.code;
    out.label = label;
    out.enrolmentId = QUuid::createUuid();
    out.enrolmentCode = generateEnrolmentCode();
    OREC_TRY_ASSIGN(auto key, enrolmentKeyFromCode(out.enrolmentCode));
    OREC_TRY(store.addPendingSecretary(scope, cell.uuid, label, out.enrolmentId, key));
    OREC_TRY(scope.commit());
    return out;
}

Status HomeExchange::removeSecretary(const QString& cellCode, const QString& reason)
{
    OREC_TRY(requireHome());
    OREC_TRY_ASSIGN(auto cell, CellScope(m_database).findCell(cellCode));
    ExchangeStore store(m_database);
    OREC_TRY_ASSIGN(auto current, store.tables().secretaryOfCell(cell.uuid));
    if (!current)
        return Error(ErrorCode::NotFound, Texts::tr("Cell %1 has no registered secretary.").arg(cell.code));
    WriteScope scope(m_database, Permission::ManageKeys);
    OREC_TRY(scope.status());
    OREC_TRY(store.removeSecretary(scope, current->id, reason));
    return scope.commit();
}

Result<RotatedHomeKeys> HomeExchange::rotateKeys()
{
    OREC_TRY(requireHome());
    ExchangeStore store(m_database);
    OREC_TRY_ASSIGN(auto existing, store.tables().publicIdentity());
    if (!existing)
        return Error(ErrorCode::Invalid,
                     Texts::tr("Home has no exchange keys yet: there is nothing to replace."));
    WriteScope scope(m_database, Permission::ManageKeys);
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(auto rotated, store.rotateIdentity(scope));
    OREC_TRY(scope.commit());
    return RotatedHomeKeys{fingerprint(rotated.before), fingerprint(rotated.after), rotated.laptopsToTell};
}

Result<ExportedPackage> HomeExchange::exportCellPackage(const QString& cellCode, const QString& outPath)
{
    OREC_TRY(requireHome());
    ExchangeStore store(m_database);
    CellScope cells(m_database);
    auto cell = cells.findCell(cellCode);
    if (!cell)
        return cell.error();
    auto secretary = store.tables().secretaryOfCell(cell->uuid);
    if (!secretary)
        return secretary.error();
    if (!*secretary)
        return Error(
            ErrorCode::Invalid,
            Texts::tr(
                "No secretary is registered for cell %1: enrol one first ('orec secretary add --cell %1').")
                .arg(cell->code));
    const ExchangePeer& peer = **secretary;

    WriteScope scope(m_database, Permission::WriteRecords);
    OREC_TRY(scope.status());
    // The keys this laptop knows: home's current ones, or older ones until it has the new (announced below).
    OREC_TRY_ASSIGN(auto identity, store.signingIdentityFor(scope, peer));
    OREC_TRY_ASSIGN(auto records, cells.collect(*cell));
    OREC_TRY_ASSIGN(auto state, store.tables().sequence(peer.id));

    RecordCodec codec(m_database);
    QJsonObject payload;
    const auto listOf = [&](EntityKind kind, const QList<qint64>& ids, bool strip) -> Result<QJsonArray> {
        QJsonArray out;
        for (qint64 id : ids) {
            auto r = codec.loadById(kind, id);
            if (!r)
                return r.error();
            out.append(strip ? strippedUnit(r->portable) : r->portable);
        }
        return out;
    };
    OREC_TRY_ASSIGN(auto cellRecord, codec.loadById(EntityKind::Unit, cell->id));
    auto units = listOf(EntityKind::Unit, records.otherUnits, true);
    auto members = listOf(EntityKind::Member, records.members, false);
    auto postings = listOf(EntityKind::Posting, records.postings, false);
    auto transfers = listOf(EntityKind::Transfer, records.transfers, false);
    auto reports = listOf(EntityKind::Report, records.reports, false);
    for (const auto* list : {&units, &members, &postings, &transfers, &reports}) {
        if (!*list)
            return list->error();
    }
    QJsonArray allUnits = *units;
    allUnits.append(cellRecord.portable); // after its parent, so the reference resolves in one pass
    payload.insert(QStringLiteral("cell_uuid"), cell->uuid);
    payload.insert(QStringLiteral("units"), allUnits);
    payload.insert(QStringLiteral("members"), *members);
    payload.insert(QStringLiteral("postings"), *postings);
    payload.insert(QStringLiteral("transfers"), *transfers);
    payload.insert(QStringLiteral("reports"), *reports);
    payload.insert(QStringLiteral("secretary_label"), peer.label);
    if (peer.status == ExchangePeerStatus::Active) {
        OREC_TRY_ASSIGN(auto announce, store.homeKeysToAnnounce(peer));
        if (announce)
            payload.insert(
                QStringLiteral("home_keys"),
                QJsonObject{
                    {QStringLiteral("sign_public"), QString::fromLatin1(announce->signPublic.toBase64())},
                    {QStringLiteral("box_public"), QString::fromLatin1(announce->boxPublic.toBase64())}});
    }

    // What home did with the changes it received since its last package told the laptop.
    std::uint64_t toldUpTo = 0;
    if (state.lastSent > 0) {
        OREC_TRY_ASSIGN(auto last, store.tables().package(peer.id, PackageDirection::Sent, state.lastSent));
        if (last)
            toldUpTo = last->acknowledged;
    }
    OREC_TRY_ASSIGN(auto received, store.tables().receivedAfter(peer.id, toldUpTo));
    QJsonArray reportsOfReturns;
    for (const ExchangePackageRecord& r : received)
        reportsOfReturns.append(r.report);
    payload.insert(QStringLiteral("acknowledgement"),
                   QJsonObject{{QStringLiteral("return_sequence"), static_cast<qint64>(state.lastReceived)},
                               {QStringLiteral("last_change"), static_cast<qint64>(state.lastChangeApplied)},
                               {QStringLiteral("packages"), reportsOfReturns}});

    PackageHeader header;
    header.kind = PackageKind::Cell;
    header.cellId = QUuid::fromString(cell->uuid);
    header.sequence = state.lastSent + 1;
    header.acknowledged = state.lastReceived;
    header.lastChange = state.lastChangeApplied;
    header.createdAt = m_database.clock().nowUtc();
    QByteArray sealKey;
    ExportedPackage out;
    if (peer.status == ExchangePeerStatus::Active) {
        header.recipientId = peer.identity.partyId;
        auto key = store.sealKeyFor(peer);
        if (!key)
            return key.error();
        sealKey = *key;
        out.recipientFingerprint = peer.fingerprint;
    } else {
        // The laptop has no keys yet: the content key is sealed to the enrolment code's key, and home's
        // proof made with it tells the laptop these are the keys of the home that issued the code.
        auto key = store.tables().enrolmentKey(peer.id);
        if (!key)
            return key.error();
        if (key->empty())
            return Error(ErrorCode::Corrupt,
                         Texts::tr("The enrolment of this cell's secretary has lost its key."));
        sealKey = enrolmentBoxKeys(*key).publicKey;
        header.recipientId = peer.enrolmentId;
        header.hasEnrolmentProof = true;
        header.enrolmentProof = homeEnrolmentProof(*key, identity.publicIdentity(), header.cellId);
        out.firstPackage = true;
    }
    if (sealKey.isEmpty())
        return Error(ErrorCode::Corrupt, Texts::tr("No key of this cell's secretary is known."));
    OREC_TRY_ASSIGN(auto nextKey, store.announceReceiveKey(scope, peer.id, header.sequence));
    header.nextKey = nextKey;
    OREC_TRY_ASSIGN(auto auditHead, store.ownAuditHead());
    header.auditHead = auditHead;
    QByteArray plain = encodePayload(payload, kCellPayloadSchema);
    const qint64 payloadBytes = plain.size();
    auto sealed = sealPackage(header, plain, identity, sealKey);
    wipeBytes(plain);
    OREC_TRY_ASSIGN(auto bytes, std::move(sealed));

    state.lastSent = header.sequence;
    OREC_TRY(store.saveSequence(scope, state));
    ExchangePackageRecord record;
    record.direction = PackageDirection::Sent;
    record.kind = PackageKind::Cell;
    record.sequence = header.sequence;
    record.packageHash = crypto::blake2b(bytes, 32);
    record.acknowledged = header.acknowledged;
    record.lastChange = header.lastChange;
    OREC_TRY(store.tables().recordPackage(scope, peer.id, record));
    out.path = outPath;
    out.sequence = header.sequence;
    out.bytes = bytes.size();
    out.payloadBytes = payloadBytes;
    out.members = static_cast<int>(records.members.size());
    out.postings = static_cast<int>(records.postings.size());
    out.reports = static_cast<int>(records.reports.size());
    out.transfers = static_cast<int>(records.transfers.size());
    OREC_TRY(scope.audit(QStringLiteral("exchange_package"),
                         QStringLiteral("%1#%2").arg(cell->code).arg(header.sequence),
                         QStringLiteral("export"), {},
                         {{QStringLiteral("kind"), QStringLiteral("cell")},
                          {QStringLiteral("members"), out.members},
                          {QStringLiteral("postings"), out.postings},
                          {QStringLiteral("reports"), out.reports},
                          {QStringLiteral("first_package"), out.firstPackage},
                          {QStringLiteral("acknowledged"), static_cast<qint64>(header.acknowledged)}}));
    OREC_TRY(writePackageFile(outPath, bytes));
    if (Status committed = scope.commit(); !committed) {
        QFile::remove(outPath); // never leave a package whose number the database did not keep
        return committed.error();
    }
    return out;
}

Result<ImportPlan> HomeExchange::planImport(const QString& path, PackageProblem* problem)
{
    OREC_TRY(requireHome());
    OREC_TRY_ASSIGN(auto opened, PackageOpener(m_database).open(path, problem));
    ImportPlan plan;
    plan.package = std::move(opened);
    plan.senderFingerprint = fingerprint(plan.package.peer.identity);
    const PackageHeader& h = plan.package.header;
    const QString cellUuid = h.cellId.toString(QUuid::WithoutBraces);
    OREC_TRY_ASSIGN(auto cellUnit, PartyUnitRepository(m_database).findByUuid(cellUuid));
    if (!cellUnit)
        return packageError(PackageProblem::WrongCell,
                            Texts::tr("The cell this package is about no longer exists here."));
    plan.cellCode = cellUnit->code;
    plan.cellName = cellUnit->name;
    if (plan.isReplay())
        return plan;

    ExchangeStore store(m_database);
    OREC_TRY_ASSIGN(auto state, store.tables().sequence(plan.package.peer.id));
    plan.lastChangeAppliedBefore = state.lastChangeApplied;
    auto changes = readChanges(plan.package.payload, h);
    if (!changes) {
        if (problem)
            *problem = PackageProblem::MalformedPayload;
        return changes.error();
    }
    OREC_TRY_ASSIGN(auto scopeRecords, CellScope(m_database).collect(*cellUnit));
    ImportScope scope{cellUuid, plan.cellCode, std::move(scopeRecords), {}};

    // Group the new changes by record, in the order the field made them.
    QList<QPair<EntityKind, QString>> order;
    QHash<QString, QList<FieldRecordedChange>> groups;
    QHash<QString, QString> namesInPackage;
    for (const FieldRecordedChange& c : *changes) {
        if (c.no <= state.lastChangeApplied)
            continue; // applied from an earlier package: nothing applies twice
        const QString key = entityName(c.kind) + QLatin1Char(':') + c.uuid;
        if (!groups.contains(key))
            order.append({c.kind, c.uuid});
        groups[key].append(c);
        if (c.kind == EntityKind::Member)
            namesInPackage.insert(c.uuid, c.after.value(QStringLiteral("full_name")).toString());
    }

    RecordCodec codec(m_database);
    Titles titles(codec, namesInPackage);
    struct Draft
    {
        ChangeItem item;
        QJsonObject after; // the cell's last values of the record
    };
    QList<Draft> drafts;
    int index = 0;
    for (const auto& [kind, uuid] : order) {
        const QList<FieldRecordedChange>& group = groups[entityName(kind) + QLatin1Char(':') + uuid];
        const FieldRecordedChange& first = group.first();
        const FieldRecordedChange& last = group.last();
        ChangeItem item;
        item.index = index++;
        item.kind = kind;
        item.uuid = uuid;
        item.fieldAction = last.action;
        item.at = last.at;
        item.recordedBy = last.user;
        item.baseVersion = first.baseVersion;
        for (const FieldRecordedChange& c : group)
            item.changeNumbers << c.no;
        auto home = codec.load(kind, uuid);
        if (!home)
            return home.error();
        // A record home has is named as home knows it, not as the package would rename it.
        const QJsonObject& named = *home ? (*home)->portable : last.after;
        item.title = titles.of(kind, named);
        item.memberName = titles.memberOf(kind, named);
        const QMap<QString, QJsonValue> cellValues = flattenFields(kind, last.after);
        if (!*home) {
            if (first.action != QLatin1String("create")) {
                item.action = ItemAction::Refused;
                item.refusedReason = Texts::tr("Home does not have this record.");
            } else {
                item.action = ItemAction::Create;
                for (auto it = cellValues.begin(); it != cellValues.end(); ++it) {
                    if (normalised(it.value()).isNull())
                        continue;
                    FieldChange f;
                    f.field = it.key();
                    f.cell = it.value();
                    item.fields.append(f);
                }
            }
        } else {
            item.action = ItemAction::Update;
            const QMap<QString, QJsonValue> baseValues = first.action == QLatin1String("create")
                                                             ? QMap<QString, QJsonValue>()
                                                             : flattenFields(kind, first.before);
            const QMap<QString, QJsonValue> homeValues = flattenFields(kind, (*home)->portable);
            QStringList keys = baseValues.keys() + cellValues.keys();
            keys.removeDuplicates();
            std::sort(keys.begin(), keys.end());
            for (const QString& key : keys) {
                if (sameValue(baseValues.value(key), cellValues.value(key)))
                    continue;
                FieldChange f;
                f.field = key;
                f.base = normalised(baseValues.value(key));
                f.home = normalised(homeValues.value(key));
                f.cell = normalised(cellValues.value(key));
                if (sameValue(f.home, f.cell))
                    f.outcome = FieldOutcome::AlreadySame;
                else if (sameValue(f.home, f.base))
                    f.outcome = FieldOutcome::Apply;
                else {
                    f.outcome = FieldOutcome::Conflict;
                    findHomeChange(m_database, kind, uuid, key, f);
                }
                item.fields.append(f);
            }
        }

        // The secretary speaks for their cell only: a record home does not count in the cell (or no
        // longer does) is refused whole; what is left is judged field by field below.
        if (item.action != ItemAction::Refused) {
            switch (kind) {
            case EntityKind::Unit:
                if (uuid != cellUuid || item.action == ItemAction::Create) {
                    item.action = ItemAction::Refused;
                    item.refusedReason = Texts::tr("A secretary may change only their own cell's record.");
                }
                break;
            case EntityKind::Member:
            case EntityKind::Posting:
            case EntityKind::Report:
            case EntityKind::Transfer:
                if (item.action == ItemAction::Update && !scope.records.contains(kind, uuid)) {
                    item.action = ItemAction::Refused;
                    item.refusedReason = Texts::tr("At home this record does not belong to cell %1 (or no "
                                                   "longer does).")
                                             .arg(plan.cellCode);
                }
                break;
            }
        }
        // No field of what a secretary sends may be longer than the register allows.
        if (item.action != ItemAction::Refused) {
            if (const FieldErrors tooLong = lengthProblemsOf(kind, last.after); !tooLong.isEmpty()) {
                item.action = ItemAction::Refused;
                item.refusedReason = toError(tooLong).message;
            }
        }
        drafts.append({std::move(item), last.after});
    }

    // A record the package creates is judged by where its references point; one that points outside
    // the cell is refused, and so, in turn, is what depends on it.
    const auto isCreate = [](const Draft& d) { return d.item.action == ItemAction::Create; };
    for (const Draft& d : std::as_const(drafts)) {
        if (isCreate(d))
            scope.created[d.item.kind].insert(d.item.uuid);
    }
    const PostingMemberLookup postingMember = [&](const QString& posting) -> QString {
        for (const Draft& d : std::as_const(drafts)) {
            if (d.item.kind == EntityKind::Posting && d.item.uuid == posting && isCreate(d))
                return d.after.value(QStringLiteral("member_id")).toString();
        }
        auto home = codec.load(EntityKind::Posting, posting);
        return home && *home ? (*home)->portable.value(QStringLiteral("member_id")).toString() : QString();
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (Draft& d : drafts) {
            if (!isCreate(d))
                continue;
            if (auto v = scopeViolation(d.item.kind, d.item.title, d.after, scope, postingMember)) {
                d.item.action = ItemAction::Refused;
                d.item.refusedReason = v->message;
                scope.created[d.item.kind].remove(d.item.uuid);
                changed = true;
            }
        }
    }
    // On a record home has, only the fields of the allow-list, and references that stay in the cell.
    for (Draft& d : drafts) {
        if (d.item.action != ItemAction::Update)
            continue;
        for (FieldChange& f : d.item.fields) {
            if (f.outcome == FieldOutcome::AlreadySame)
                continue;
            if (auto refusal = fieldRefusal(d.item.kind, d.item.title, f.field, f.cell)) {
                f.outcome = FieldOutcome::Refused;
                f.refusedReason = *refusal;
            } else if (auto v = referenceViolation(d.item.kind, d.item.title, f.field, f.cell, scope)) {
                f.outcome = FieldOutcome::Refused;
                f.refusedReason = v->message;
            }
        }
    }
    for (Draft& d : drafts) {
        if (d.item.action == ItemAction::Refused) {
            for (FieldChange& f : d.item.fields)
                f.outcome = FieldOutcome::Refused;
        }
        plan.items.append(std::move(d.item));
    }
    return plan;
}

Result<ImportOutcome> HomeExchange::applyImport(const ImportPlan& plan, bool dryRun)
{
    OREC_TRY(requireHome());
    const PackageHeader& h = plan.package.header;
    ImportOutcome outcome;
    outcome.sequence = h.sequence;
    outcome.dryRun = dryRun;
    outcome.secretaryFingerprint = plan.senderFingerprint;
    if (plan.isReplay()) {
        outcome.replay = true;
        outcome.notes << Texts::tr("Package %1 of cell %2 was already applied; nothing changed.")
                             .arg(h.sequence)
                             .arg(plan.cellCode);
        return outcome;
    }
    if (plan.unresolvedCount() > 0)
        return Error(
            ErrorCode::Conflict,
            Texts::tr("%n conflict(s) still need a decision: keep home's value, take the cell's, or edit.",
                      nullptr, plan.unresolvedCount()));
    if (plan.package.verdict == SequenceVerdict::Gap)
        outcome.notes
            << Texts::tr(
                   "Packages %1 to %2 from this cell never arrived. Their changes were not acknowledged "
                   "yet, so this package carries them too; nothing is lost.")
                   .arg(plan.package.missingFrom)
                   .arg(plan.package.missingTo);

    ExchangeStore store(m_database);
    RecordCodec codec(m_database);
    WriteScope scope(m_database, Permission::WriteRecords);
    OREC_TRY(scope.status());
    const ExchangePeer& peer = plan.package.peer;
    OREC_TRY_ASSIGN(auto state, store.tables().sequence(peer.id));
    if (state.lastReceived >= h.sequence)
        return Error(ErrorCode::Conflict, Texts::tr("This package was imported meanwhile; read it again."));
    // The cell's scope as it is before anything is written, and what the package creates.
    OREC_TRY_ASSIGN(auto cellUnit,
                    PartyUnitRepository(m_database).findByUuid(h.cellId.toString(QUuid::WithoutBraces)));
    if (!cellUnit)
        return packageError(PackageProblem::WrongCell,
                            Texts::tr("The cell this package is about no longer exists here."));
    OREC_TRY_ASSIGN(auto cellRecords, CellScope(m_database).collect(*cellUnit));
    ImportScope cellScope{cellUnit->uuid, plan.cellCode, std::move(cellRecords), {}};
    for (const ChangeItem& item : plan.items) {
        if (item.action == ItemAction::Create)
            cellScope.created[item.kind].insert(item.uuid);
    }
    if (plan.package.enrols) {
        OREC_TRY(store.activateSecretary(scope, peer.id, peer.identity));
        outcome.enrolledLaptop = true;
    }

    QList<const ChangeItem*> ordered;
    for (const ChangeItem& item : plan.items)
        ordered << &item;
    std::stable_sort(ordered.begin(), ordered.end(), [](const ChangeItem* a, const ChangeItem* b) {
        return kindRank(a->kind) < kindRank(b->kind);
    });

    struct Deferred
    {
        const ChangeItem* item;
        QMap<QString, QJsonValue> values;
    };
    QList<Deferred> deferred;
    QList<const ChangeItem*> written;
    QJsonArray itemReports;
    const auto failed = [](const ChangeItem& item, const Error& e) {
        return Error(e.code, Texts::tr("The change to %1 cannot be applied: %2").arg(item.title, e.message),
                     e.where);
    };
    for (const ChangeItem* item : ordered) {
        QJsonObject fieldReport;
        for (const FieldChange& f : item->fields)
            fieldReport.insert(f.field, QString::fromLatin1(f.outcome == FieldOutcome::Conflict
                                                                ? resolutionCode(f.resolution)
                                                                : fieldOutcomeCode(f.outcome)));
        QJsonArray numbers;
        for (std::uint64_t n : item->changeNumbers)
            numbers.append(static_cast<qint64>(n));
        itemReports.append(QJsonObject{{QStringLiteral("entity"), entityName(item->kind)},
                                       {QStringLiteral("uuid"), item->uuid},
                                       {QStringLiteral("changes"), numbers},
                                       {QStringLiteral("refused"), item->action == ItemAction::Refused},
                                       {QStringLiteral("fields"), fieldReport}});
        if (item->action == ItemAction::Refused) {
            ++outcome.refused;
            continue;
        }
        QMap<QString, QJsonValue> values;
        for (const FieldChange& f : item->fields) {
            const QJsonValue v = item->action == ItemAction::Create ? f.cell : f.finalValue();
            if (!v.isUndefined())
                values.insert(f.field, v);
            if (f.outcome == FieldOutcome::Conflict) {
                ++outcome.conflictsResolved;
                OREC_TRY(scope.audit(
                    QStringLiteral("exchange_conflict"), item->uuid,
                    QStringLiteral("resolve:") + QString::fromLatin1(resolutionCode(f.resolution)),
                    {{QStringLiteral("entity"), entityName(item->kind)},
                     {QStringLiteral("field"), f.field},
                     {QStringLiteral("base"), f.base},
                     {QStringLiteral("home"), f.home},
                     {QStringLiteral("cell"), f.cell}},
                    {{QStringLiteral("field"), f.field},
                     {QStringLiteral("value"), f.finalValue().isUndefined() ? f.home : f.finalValue()},
                     {QStringLiteral("package"), static_cast<qint64>(h.sequence)}}));
            }
        }
        // References to records this package creates later are written in a second pass.
        QMap<QString, QJsonValue> later;
        for (auto it = values.begin(); it != values.end();) {
            const auto target = RecordCodec::referenceTarget(item->kind, it.key());
            if (target && it.value().isString()) {
                OREC_TRY_ASSIGN(auto id, codec.idOf(*target, it.value().toString()));
                if (id == 0) {
                    later.insert(it.key(), it.value());
                    it = values.erase(it);
                    continue;
                }
            }
            ++it;
        }
        if (item->action == ItemAction::Create || !values.isEmpty() || !later.isEmpty())
            written << item;
        if (item->action == ItemAction::Create) {
            QJsonObject portable{{QStringLiteral("uuid"), item->uuid}};
            if (Status s = codec.insert(scope, item->kind, withFields(item->kind, portable, values)); !s)
                return failed(*item, s.error());
            ++outcome.created;
        } else if (!values.isEmpty()) {
            auto current = codec.load(item->kind, item->uuid);
            if (!current)
                return current.error();
            if (!*current)
                return failed(*item, Error(ErrorCode::NotFound, Texts::tr("the record is gone")));
            if (Status s = codec.update(scope, item->kind, **current,
                                        withFields(item->kind, (*current)->portable, values),
                                        QStringLiteral("exchange:update"));
                !s)
                return failed(*item, s.error());
            ++outcome.updated;
        }
        outcome.fieldsApplied += static_cast<int>(values.size());
        if (!later.isEmpty())
            deferred.append({item, later});
    }
    for (const Deferred& d : deferred) {
        auto current = codec.load(d.item->kind, d.item->uuid);
        if (!current)
            return current.error();
        if (!*current)
            return failed(*d.item, Error(ErrorCode::NotFound, Texts::tr("the record is gone")));
        if (Status s = codec.update(scope, d.item->kind, **current,
                                    withFields(d.item->kind, (*current)->portable, d.values),
                                    QStringLiteral("exchange:update"));
            !s)
            return failed(*d.item, s.error());
        outcome.fieldsApplied += static_cast<int>(d.values.size());
    }

    // Every record written is checked once more on its final values: a reference that ends outside
    // the cell, whatever let it through (a value a person typed for a conflict...), refuses the whole
    // package, and the transaction takes everything back.
    const PostingMemberLookup postingMember = [&](const QString& posting) -> QString {
        auto record = codec.load(EntityKind::Posting, posting);
        return record && *record ? (*record)->portable.value(QStringLiteral("member_id")).toString()
                                 : QString();
    };
    for (const ChangeItem* item : std::as_const(written)) {
        OREC_TRY_ASSIGN(auto current, codec.load(item->kind, item->uuid));
        if (!current)
            return failed(*item, Error(ErrorCode::NotFound, Texts::tr("the record is gone")));
        if (auto v = scopeViolation(item->kind, item->title, current->portable, cellScope, postingMember))
            return Error(ErrorCode::PermissionDenied, Texts::tr("Nothing was applied: %1").arg(v->message),
                         v->field);
    }

    state.lastReceived = h.sequence;
    state.lastChangeApplied = std::max(state.lastChangeApplied, h.lastChange);
    state.ackedSequence = std::max(state.ackedSequence, h.acknowledged);
    OREC_TRY(store.saveSequence(scope, state));
    // The laptop's next key, and home's keys the laptop will never use again, go now.
    OREC_TRY(store.noteHomeKeysHeld(scope, peer.id, plan.package.payload));
    OREC_TRY_ASSIGN(auto keysDeleted, store.rotateOnReceipt(scope, peer.id, h));
    ExchangePackageRecord record;
    record.direction = PackageDirection::Received;
    record.kind = PackageKind::Return;
    record.sequence = h.sequence;
    record.packageHash = plan.package.packageHash;
    record.acknowledged = h.acknowledged;
    record.firstChange = h.firstChange;
    record.lastChange = h.lastChange;
    record.applied = outcome.created + outcome.updated;
    record.conflicts = outcome.conflictsResolved;
    record.report = QJsonObject{{QStringLiteral("sequence"), static_cast<qint64>(h.sequence)},
                                {QStringLiteral("last_change"), static_cast<qint64>(h.lastChange)},
                                {QStringLiteral("items"), itemReports}};
    OREC_TRY(store.tables().recordPackage(scope, peer.id, record));
    // The laptop's signed audit head: its next package must not show less history than this.
    outcome.senderHead = plan.package.senderHead;
    if (plan.package.senderHead.token)
        OREC_TRY(store.savePeerHead(scope, peer.id, *plan.package.senderHead.token, h.sequence));
    OREC_TRY(scope.audit(
        QStringLiteral("exchange_package"), QStringLiteral("%1#%2").arg(plan.cellCode).arg(h.sequence),
        QStringLiteral("import"), {},
        {{QStringLiteral("kind"), QStringLiteral("return")},
         {QStringLiteral("secretary"), plan.senderFingerprint},
         {QStringLiteral("changes"), QStringLiteral("%1-%2").arg(h.firstChange).arg(h.lastChange)},
         {QStringLiteral("created"), outcome.created},
         {QStringLiteral("updated"), outcome.updated},
         {QStringLiteral("conflicts"), outcome.conflictsResolved},
         {QStringLiteral("refused"), outcome.refused},
         {QStringLiteral("keys_deleted"), keysDeleted}}));
    if (dryRun)
        return outcome; // the scope rolls everything back
    OREC_TRY(scope.commit());
    return outcome;
}

} // namespace orec::exchange
