#include "exchange/field_exchange.h"

#include "core/crypto.h"
#include "core/result_try.h"
#include "exchange/enrolment.h"
#include "exchange/package_opener.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"
#include "exchange/record_codec.h"
#include "storage/key_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

QJsonValue normalised(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue() : v;
}

// The kinds in the order a snapshot is written, so most references resolve in the first pass.
constexpr EntityKind kSnapshotOrder[] = {EntityKind::Unit, EntityKind::Member, EntityKind::Posting,
                                         EntityKind::Transfer, EntityKind::Report};

QString listKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return QStringLiteral("units");
    case EntityKind::Member:
        return QStringLiteral("members");
    case EntityKind::Posting:
        return QStringLiteral("postings");
    case EntityKind::Transfer:
        return QStringLiteral("transfers");
    case EntityKind::Report:
        return QStringLiteral("reports");
    }
    return {};
}

Error malformed(const QString& what)
{
    return packageError(PackageProblem::MalformedPayload,
                        Texts::tr("The package content is damaged: %1.").arg(what));
}

// Fields whose values differ between two portable records.
QMap<QString, QJsonValue> differingFields(EntityKind kind, const QJsonObject& from, const QJsonObject& to)
{
    const QMap<QString, QJsonValue> a = flattenFields(kind, from);
    const QMap<QString, QJsonValue> b = flattenFields(kind, to);
    QMap<QString, QJsonValue> out;
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (normalised(a.value(it.key())) != normalised(it.value()))
            out.insert(it.key(), it.value());
    }
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()) && !normalised(it.value()).isNull())
            out.insert(it.key(), QJsonValue());
    }
    return out;
}

} // namespace

Result<ExchangeModeInfo> FieldExchange::requireField()
{
    OREC_TRY_ASSIGN(auto mode, ExchangeRepository(m_database).mode());
    if (!mode.isField())
        return Error(ErrorCode::Invalid,
                     Texts::tr("This is a home database; this is done on a secretary's laptop."));
    return mode;
}

Result<FieldInitResult> FieldExchange::initialise(const QString& packagePath, const QString& enrolmentCode,
                                                  const QString& databasePath, const QString& user,
                                                  const SecureBytes& passphrase,
                                                  const DatabaseOptions& options, PackageProblem* problem)
{
    if (QFileInfo::exists(databasePath))
        return Error(ErrorCode::Invalid,
                     Texts::tr("A file with this name already exists; choose another name."), databasePath);
    auto first = PackageOpener::openFirst(packagePath, enrolmentCode, problem);
    if (!first)
        return first.error();
    const QString cellUuid = first->header.cellId.toString(QUuid::WithoutBraces);
    if (first->payload.value(QStringLiteral("cell_uuid")).toString() != cellUuid)
        return malformed(Texts::tr("it names another cell than its header"));

    OREC_TRY_ASSIGN(auto created, Database::create(databasePath, user, passphrase, options));
    FieldInitResult out;
    out.recoveryKey = created.recoveryKey.formatted();
    out.database = std::move(created.database);
    const auto discard = [&](const Error& error) -> Error {
        out.database.reset(); // closes the file and releases its lock first
        QFile::remove(databasePath);
        QFile::remove(databasePath + QStringLiteral("-journal"));
        QFile::remove(KeyStore::slotFilePath(databasePath));
        return error;
    };

    Database& db = *out.database;
    FieldExchange field(db);
    ExchangeStore store(db);
    {
        WriteScope scope(db, Permission::WriteRecords);
        if (!scope.status())
            return discard(scope.status().error());
        QJsonObject cell;
        for (const QJsonValue& v : first->payload.value(QStringLiteral("units")).toArray()) {
            if (v.toObject().value(QStringLiteral("uuid")).toString() == cellUuid)
                cell = v.toObject();
        }
        if (cell.isEmpty())
            return discard(malformed(Texts::tr("the cell's own record is missing")));
        out.cellCode = cell.value(QStringLiteral("code")).toString();
        out.cellName = cell.value(QStringLiteral("name")).toString();
        if (Status s = store.setFieldMode(scope, cellUuid, out.cellCode); !s)
            return discard(s.error());
        auto identity = store.ensureIdentity(scope);
        if (!identity)
            return discard(identity.error());
        out.ownFingerprint = fingerprint(identity->publicIdentity());
        out.homeFingerprint = fingerprint(first->home);
        auto home = store.addHome(scope, first->home, first->enrolmentId, first->enrolmentKey);
        if (!home)
            return discard(home.error());
        // The laptop's first package goes to the key home announced in this one.
        if (auto rotated = store.rotateOnReceipt(scope, *home, first->header); !rotated)
            return discard(rotated.error());
        InstallOutcome installed;
        if (Status s = field.installSnapshot(scope, first->payload, cellUuid, installed); !s)
            return discard(s.error());
        out.members = static_cast<int>(first->payload.value(QStringLiteral("members")).toArray().size());
        auto fieldState = store.tables().fieldState();
        if (!fieldState)
            return discard(fieldState.error());
        fieldState->installedSequence = first->header.sequence;
        if (Status s = store.tables().saveFieldState(scope, *fieldState); !s)
            return discard(s.error());
        auto state = store.tables().sequence(*home);
        if (!state)
            return discard(state.error());
        state->lastReceived = first->header.sequence;
        state->ackedSequence = first->header.acknowledged;
        if (Status s = store.saveSequence(scope, *state); !s)
            return discard(s.error());
        ExchangePackageRecord record;
        record.direction = PackageDirection::Received;
        record.kind = PackageKind::Cell;
        record.sequence = first->header.sequence;
        record.packageHash = first->packageHash;
        record.acknowledged = first->header.acknowledged;
        if (Status s = store.tables().recordPackage(scope, *home, record); !s)
            return discard(s.error());
        // Home's signed audit head: a later package must not show less history.
        if (!first->senderAuditHead.isEmpty()) {
            const auto head = decodeAuditHead(first->senderAuditHead);
            if (!head)
                return discard(packageError(PackageProblem::BadSignature,
                                            Texts::tr("The audit head this package carries is "
                                                      "damaged or not signed by the key it names.")));
            if (Status s = store.savePeerHead(scope, *home, *head, first->header.sequence); !s)
                return discard(s.error());
        }
        if (Status s = scope.audit(QStringLiteral("exchange_package"),
                                   QStringLiteral("%1#%2").arg(out.cellCode).arg(first->header.sequence),
                                   QStringLiteral("field_init"), {},
                                   {{QStringLiteral("home"), out.homeFingerprint},
                                    {QStringLiteral("records"), installed.records}});
            !s)
            return discard(s.error());
        if (Status s = scope.commit(); !s)
            return discard(s.error());
    }
    return out;
}

// What the secretary recorded since the last look becomes numbered changes in the outbox. The audit
// log says only which records were touched (on a laptop it keeps no values); each change is the
// difference between the record now and what the laptop last said of it: the change before it still
// waiting for home, else the record as home last sent it (exchange_base).
Status FieldExchange::harvest(WriteScope& scope)
{
    ExchangeStore store(m_database);
    RecordCodec codec(m_database);
    OREC_TRY_ASSIGN(auto st, store.tables().fieldState());
    auto entries = store.auditSince(st.harvestedAuditId);
    if (!entries)
        return entries.error();
    auto home = store.tables().homePeer();
    if (!home)
        return home.error();
    std::uint64_t next = 0;
    {
        auto last = store.tables().lastChangeNo();
        if (!last)
            return last.error();
        auto state =
            *home ? store.tables().sequence((*home)->id) : Result<ExchangeSequence>(ExchangeSequence());
        if (!state)
            return state.error();
        // Numbers never restart, even when every earlier change was acknowledged and dropped.
        next = std::max(*last, state->ackedChange) + 1;
    }
    // The records touched, in the order they were first touched (a member created before its posting).
    struct Touched
    {
        EntityKind kind;
        QString entity;
        QString uuid;
        qint64 firstEntry = 0;    // the audit entries this change comes from start here
        AuditEntry last;          // at, user, action and id of the latest entry
        QJsonObject legacyBefore; // an entry written before schema 11 still has its values
        QStringList fieldsNamed;  // what the entries say changed, when there is nothing else to go by
    };
    QList<Touched> touched;
    QHash<QString, int> index;
    for (const AuditEntry& e : *entries) {
        st.harvestedAuditId = e.id;
        const auto kind = entityFromName(e.entity);
        // "adopt": a pruned log's fresh entry for a record it already had, not a change.
        if (!kind || e.action.startsWith(QLatin1String("exchange:")) || e.action == QLatin1String("adopt"))
            continue;
        const QString key = e.entity + QLatin1Char(':') + e.entityId;
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, static_cast<int>(touched.size()));
            touched.append(Touched{*kind, e.entity, e.entityId, e.id, e, {}, {}});
            const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
            if (!before.isEmpty()) {
                OREC_TRY_ASSIGN(auto portable, codec.toPortable(*kind, before));
                touched.last().legacyBefore = portable;
            }
        }
        Touched& t = touched[*it];
        t.last = e;
        for (const QJsonValue& v : QJsonDocument::fromJson(e.afterJson.toUtf8())
                                       .object()
                                       .value(QStringLiteral("fields_changed"))
                                       .toArray())
            t.fieldsNamed << v.toString();
    }
    OREC_TRY_ASSIGN(auto pending, store.tables().outbox());
    QHash<QString, QJsonObject> lastSaid; // entity:uuid -> the after of its newest change still waiting
    for (const OutboxChange& c : pending)
        lastSaid.insert(c.entity + QLatin1Char(':') + c.entityUuid, c.after);

    for (const Touched& t : touched) {
        OREC_TRY_ASSIGN(auto current, codec.load(t.kind, t.uuid));
        if (!current)
            continue; // nothing the register deletes travels
        const QJsonObject& after = current->portable;
        auto base = store.tables().baseVersion(t.entity, t.uuid);
        if (!base)
            return base.error();
        QJsonObject before;
        const QString key = t.entity + QLatin1Char(':') + t.uuid;
        if (lastSaid.contains(key)) {
            before = lastSaid.value(key);
        } else if (*base > 0) {
            OREC_TRY_ASSIGN(auto stored, store.tables().baseRecord(t.entity, t.uuid));
            before = stored;
            if (before.isEmpty())
                before = t.legacyBefore;
            if (before.isEmpty()) {
                // A base recorded before schema 11 and entries without values: what changed is known
                // by name only, so home sees those fields as unknown before and a person decides.
                QMap<QString, QJsonValue> unknown;
                for (const QString& field : t.fieldsNamed)
                    unknown.insert(field, QJsonValue());
                before = withFields(t.kind, after, unknown);
            }
        }
        if (!before.isEmpty() && differingFields(t.kind, before, after).isEmpty())
            continue;
        OutboxChange change;
        change.changeNo = next++;
        change.auditId = t.firstEntry; // pruning keeps the log from here while the change waits
        change.at = t.last.at;
        change.user = t.last.user;
        change.entity = t.entity;
        change.entityUuid = t.uuid;
        change.action = before.isEmpty() ? QStringLiteral("create") : t.last.action;
        change.baseVersion = *base;
        change.before = before;
        change.after = after;
        OREC_TRY(store.tables().appendOutbox(scope, change));
        lastSaid.insert(key, after);
    }
    return store.tables().saveFieldState(scope, st);
}

Status FieldExchange::installSnapshot(WriteScope& scope, const QJsonObject& payload, const QString& cellUuid,
                                      InstallOutcome& outcome)
{
    ExchangeStore store(m_database);
    RecordCodec codec(m_database);
    if (payload.value(QStringLiteral("cell_uuid")).toString() != cellUuid)
        return malformed(Texts::tr("it names another cell than this laptop's"));

    // Check the whole snapshot before writing any of it.
    QHash<EntityKind, QList<QJsonObject>> records;
    QHash<EntityKind, QSet<QString>> inSnapshot;
    for (EntityKind kind : kSnapshotOrder) {
        const QJsonValue list = payload.value(listKey(kind));
        if (!list.isArray())
            return malformed(Texts::tr("the list of %1 records is missing").arg(entityDisplayName(kind)));
        for (const QJsonValue& v : list.toArray()) {
            const QJsonObject o = v.toObject();
            const QString uuid = o.value(QStringLiteral("uuid")).toString();
            if (!v.isObject() || QUuid::fromString(uuid).isNull() || inSnapshot[kind].contains(uuid))
                return malformed(Texts::tr("a %1 record has no identity").arg(entityDisplayName(kind)));
            records[kind].append(o);
            inSnapshot[kind].insert(uuid);
        }
    }
    if (!inSnapshot[EntityKind::Unit].contains(cellUuid))
        return malformed(Texts::tr("the cell's own record is missing"));

    // 1. Home's state, record by record; references to records later in the snapshot in a second pass.
    QList<QPair<EntityKind, QJsonObject>> deferred;
    for (EntityKind kind : kSnapshotOrder) {
        for (const QJsonObject& record : records[kind]) {
            ++outcome.records;
            auto unresolved = codec.unresolvedReferences(kind, record);
            if (!unresolved)
                return unresolved.error();
            QJsonObject firstPass = record;
            for (const QString& key : *unresolved)
                firstPass.insert(key, QJsonValue());
            if (!unresolved->isEmpty())
                deferred.append({kind, record});
            const QString uuid = record.value(QStringLiteral("uuid")).toString();
            auto existing = codec.load(kind, uuid);
            if (!existing)
                return existing.error();
            if (!*existing) {
                OREC_TRY(codec.insert(scope, kind, firstPass));
                ++outcome.written;
            } else if (!differingFields(kind, (*existing)->portable, firstPass).isEmpty()) {
                OREC_TRY(
                    codec.update(scope, kind, **existing, firstPass, QStringLiteral("exchange:install")));
                ++outcome.written;
            }
        }
    }
    for (const auto& [kind, record] : deferred) {
        auto existing = codec.load(kind, record.value(QStringLiteral("uuid")).toString());
        if (!existing)
            return existing.error();
        if (*existing && !differingFields(kind, (*existing)->portable, record).isEmpty())
            OREC_TRY(codec.update(scope, kind, **existing, record, QStringLiteral("exchange:install")));
    }

    // 2. The versions home sent, and the records as they now stand here: the base every later change
    //    here is made against (harvest compares with it; the audit log keeps no values on a laptop).
    OREC_TRY(store.tables().clearBaseVersions(scope));
    for (EntityKind kind : kSnapshotOrder) {
        for (const QJsonObject& record : records[kind]) {
            const QString uuid = record.value(QStringLiteral("uuid")).toString();
            OREC_TRY_ASSIGN(auto local, codec.load(kind, uuid));
            OREC_TRY(store.tables().setBaseVersion(scope, entityName(kind), uuid,
                                                   record.value(QStringLiteral("version")).toInt(),
                                                   local ? local->portable : QJsonObject()));
        }
    }

    // 3. What left the cell at home leaves the laptop, unless the secretary's own pending changes
    //    still refer to it (home has not seen them yet).
    OREC_TRY_ASSIGN(auto pending, store.tables().outbox());
    QHash<EntityKind, QSet<QString>> keep;
    for (const OutboxChange& c : pending) {
        const auto kind = entityFromName(c.entity);
        if (!kind)
            continue;
        keep[*kind].insert(c.entityUuid);
        for (const QString& ref : RecordCodec::referenceFields(*kind)) {
            const QString target = c.after.value(ref).toString();
            if (!target.isEmpty())
                keep[*RecordCodec::referenceTarget(*kind, ref)].insert(target);
        }
    }
    for (EntityKind kind :
         {EntityKind::Report, EntityKind::Transfer, EntityKind::Posting, EntityKind::Member}) {
        OREC_TRY_ASSIGN(auto uuids, codec.allUuids(kind));
        for (const QString& uuid : uuids) {
            if (inSnapshot[kind].contains(uuid) || keep[kind].contains(uuid))
                continue;
            OREC_TRY(codec.removeFromField(scope, kind, uuid));
            OREC_TRY(store.tables().forgetRecord(scope, entityName(kind), uuid));
            ++outcome.removed;
            if (kind == EntityKind::Member)
                ++outcome.purged;
        }
    }
    if (outcome.purged > 0)
        OREC_TRY(codec.compactSearchIndex(scope));

    // 4. The secretary's changes home has not acknowledged are laid over home's state again, so the
    //    laptop keeps showing them until home says what became of them.
    QList<QPair<EntityKind, QString>> order;
    QHash<QString, QPair<QJsonObject, QJsonObject>> span; // first before, last after
    for (const OutboxChange& c : pending) {
        const auto kind = entityFromName(c.entity);
        if (!kind)
            continue;
        const QString key = c.entity + QLatin1Char(':') + c.entityUuid;
        if (!span.contains(key)) {
            order.append({*kind, c.entityUuid});
            span.insert(key, {c.before, c.after});
        } else {
            span[key].second = c.after;
        }
    }
    for (const auto& [kind, uuid] : order) {
        const auto& [before, after] = span.value(entityName(kind) + QLatin1Char(':') + uuid);
        OREC_TRY_ASSIGN(auto existing, codec.load(kind, uuid));
        if (!existing)
            continue;
        const QMap<QString, QJsonValue> mine = differingFields(kind, before, after);
        const QJsonObject target = withFields(kind, existing->portable, mine);
        if (differingFields(kind, existing->portable, target).isEmpty())
            continue;
        OREC_TRY_ASSIGN(auto unresolved, codec.unresolvedReferences(kind, target));
        if (!unresolved.isEmpty())
            continue; // points at something gone from the laptop; home will judge the change
        OREC_TRY(codec.update(scope, kind, *existing, target, QStringLiteral("exchange:reapply")));
        ++outcome.reapplied;
    }
    outcome.pendingChanges = static_cast<int>(pending.size());

    // 5. Everything written here is home's doing or a replay of what is already in the outbox.
    OREC_TRY_ASSIGN(auto st, store.tables().fieldState());
    OREC_TRY_ASSIGN(auto lastAudit, store.lastAuditId());
    st.harvestedAuditId = lastAudit + 1; // the audit row of this installation comes after
    st.installedAt = m_database.clock().nowUtc();
    return store.tables().saveFieldState(scope, st);
}

Status FieldExchange::acknowledge(WriteScope& scope, qint64 homePeerId, const PackageHeader& header,
                                  const QJsonObject& payload, InstallOutcome& outcome)
{
    ExchangeStore store(m_database);
    OREC_TRY_ASSIGN(auto state, store.tables().sequence(homePeerId));
    state.lastReceived = header.sequence;
    state.ackedSequence = std::max(state.ackedSequence, header.acknowledged);
    state.ackedChange = std::max(state.ackedChange, header.lastChange);
    OREC_TRY(store.saveSequence(scope, state));
    OREC_TRY(store.tables().dropAcknowledged(scope, state.ackedChange));
    if (state.ackedSequence > 0)
        OREC_TRY(store.tables().forgetEnrolmentKey(scope, homePeerId)); // home knows this laptop's keys now
    outcome.acknowledgedChange = state.ackedChange;
    outcome.acknowledgement = payload.value(QStringLiteral("acknowledgement")).toObject();
    return {};
}

Result<InstallOutcome> FieldExchange::installPackage(const QString& path, PackageProblem* problem)
{
    OREC_TRY_ASSIGN(auto mode, requireField());
    OREC_TRY_ASSIGN(auto opened, PackageOpener(m_database).open(path, problem));
    InstallOutcome outcome;
    outcome.sequence = opened.header.sequence;
    if (opened.verdict == SequenceVerdict::Replay) {
        outcome.replay = true;
        outcome.notes << Texts::tr("Package %1 from home was already installed; nothing changed.")
                             .arg(outcome.sequence);
        return outcome;
    }
    if (opened.verdict == SequenceVerdict::Gap) {
        outcome.missingFrom = opened.missingFrom;
        outcome.missingTo = opened.missingTo;
        outcome.notes
            << Texts::tr("Packages %1 to %2 from home never arrived. This one holds everything they did, so "
                         "nothing is missing.")
                   .arg(opened.missingFrom)
                   .arg(opened.missingTo);
    }
    ExchangeStore store(m_database);
    // What the install deletes must not survive in the rollback journal either (endScrubbedChange).
    OREC_TRY(m_database.beginScrubbedChange());
    Status installed = installInScope(opened, mode, outcome);
    if (installed) {
        if (Status pruned = pruneAcknowledged(outcome); !pruned)
            outcome.notes << Texts::tr("The audit log could not be shortened this time: %1")
                                 .arg(pruned.error().message);
    }
    // A member who left is gone from the file: no free page and no journal keeps what was deleted.
    Status scrubbed =
        m_database.endScrubbedChange(installed && (outcome.removed > 0 || outcome.auditPrunedThrough > 0));
    OREC_TRY(installed);
    OREC_TRY(scrubbed);
    return outcome;
}

Status FieldExchange::pruneAcknowledged(InstallOutcome& outcome)
{
    ExchangeStore store(m_database);
    OREC_TRY_ASSIGN(auto pending, store.tables().outbox());
    OREC_TRY_ASSIGN(auto last, store.lastAuditId());
    // Home has everything recorded before the first change still waiting for it; the entries of that
    // change and after stay until home acknowledges them too.
    qint64 through = last;
    for (const OutboxChange& c : pending)
        through = std::min(through, c.auditId - 1);
    if (through <= 0)
        return {};
    OREC_TRY_ASSIGN(auto pruned, m_database.pruneAuditLog(through));
    if (!pruned.skipped.isEmpty())
        outcome.notes << pruned.skipped;
    outcome.auditPrunedThrough = pruned.throughId;
    return {};
}

Status FieldExchange::installInScope(const OpenedPackage& opened, const ExchangeModeInfo& mode,
                                     InstallOutcome& outcome)
{
    ExchangeStore store(m_database);
    WriteScope scope(m_database, Permission::WriteRecords);
    OREC_TRY(scope.status());
    OREC_TRY(harvest(scope)); // the secretary's latest work goes into the outbox before home's state lands
    OREC_TRY(acknowledge(scope, opened.peer.id, opened.header, opened.payload, outcome));
    OREC_TRY(store.takeHomeKeys(scope, opened.peer, opened.header, opened.payload)); // home's keys change
    // Home's signed audit head: its next package must not show less history than this one.
    outcome.senderHead = opened.senderHead;
    if (opened.senderHead.token)
        OREC_TRY(store.savePeerHead(scope, opened.peer.id, *opened.senderHead.token, opened.header.sequence));
    // Home's next key, and the laptop's keys home will never use again, go now.
    OREC_TRY_ASSIGN(auto keysDeleted, store.rotateOnReceipt(scope, opened.peer.id, opened.header));
    OREC_TRY(installSnapshot(scope, opened.payload, mode.cellUuid, outcome));
    OREC_TRY_ASSIGN(auto st, store.tables().fieldState());
    st.installedSequence = opened.header.sequence;
    st.lastAcknowledgement = outcome.acknowledgement;
    OREC_TRY(store.tables().saveFieldState(scope, st));
    ExchangePackageRecord record;
    record.direction = PackageDirection::Received;
    record.kind = PackageKind::Cell;
    record.sequence = opened.header.sequence;
    record.packageHash = opened.packageHash;
    record.acknowledged = opened.header.acknowledged;
    record.lastChange = opened.header.lastChange;
    record.applied = outcome.written;
    OREC_TRY(store.tables().recordPackage(scope, opened.peer.id, record));
    OREC_TRY(scope.audit(
        QStringLiteral("exchange_package"),
        QStringLiteral("%1#%2").arg(mode.cellCode).arg(opened.header.sequence), QStringLiteral("install"), {},
        {{QStringLiteral("records"), outcome.records},
         {QStringLiteral("written"), outcome.written},
         {QStringLiteral("removed"), outcome.removed},
         {QStringLiteral("acknowledged_change"), static_cast<qint64>(outcome.acknowledgedChange)},
         {QStringLiteral("keys_deleted"), keysDeleted}}));
    return scope.commit();
}

Result<ExportedPackage> FieldExchange::exportReturnPackage(const QString& outPath)
{
    OREC_TRY_ASSIGN(auto mode, requireField());
    ExchangeStore store(m_database);
    WriteScope scope(m_database, Permission::WriteRecords);
    OREC_TRY(scope.status());
    OREC_TRY(harvest(scope));
    OREC_TRY_ASSIGN(auto identity, store.identity());
    auto home = store.tables().homePeer();
    if (!home)
        return home.error();
    if (!identity || !*home)
        return Error(ErrorCode::Corrupt, Texts::tr("This field database has lost its exchange keys."));
    OREC_TRY_ASSIGN(auto state, store.tables().sequence((*home)->id));
    OREC_TRY_ASSIGN(auto outbox, store.tables().outbox());
    OREC_TRY_ASSIGN(auto fieldState, store.tables().fieldState());

    QJsonArray changes;
    for (const OutboxChange& c : outbox)
        changes.append(
            QJsonObject{{QStringLiteral("no"), static_cast<qint64>(c.changeNo)},
                        {QStringLiteral("at"), c.at.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("user"), c.user},
                        {QStringLiteral("entity"), c.entity},
                        {QStringLiteral("uuid"), c.entityUuid},
                        {QStringLiteral("action"), c.action},
                        {QStringLiteral("base_version"), c.baseVersion},
                        {QStringLiteral("before"), c.before.isEmpty() ? QJsonValue() : QJsonValue(c.before)},
                        {QStringLiteral("after"), c.after}});
    auto homeKeys = store.homeKeysHeld(**home); // tells home which of its keys this laptop has
    if (!homeKeys)
        return homeKeys.error();
    const QJsonObject payload{
        {QStringLiteral("cell_uuid"), mode.cellUuid},
        {QStringLiteral("base_sequence"), static_cast<qint64>(fieldState.installedSequence)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("home_keys"), *homeKeys}};

    PackageHeader header;
    header.kind = PackageKind::Return;
    header.recipientId = (*home)->identity.partyId;
    header.cellId = QUuid::fromString(mode.cellUuid);
    header.sequence = state.lastSent + 1;
    header.acknowledged = state.lastReceived;
    header.base = fieldState.installedSequence;
    header.firstChange = outbox.isEmpty() ? state.ackedChange + 1 : outbox.first().changeNo;
    header.lastChange = outbox.isEmpty() ? state.ackedChange : outbox.last().changeNo;
    header.createdAt = m_database.clock().nowUtc();
    OREC_TRY_ASSIGN(auto sealKey, store.sealKeyFor(**home));
    if (sealKey.isEmpty())
        return Error(ErrorCode::Corrupt, Texts::tr("This field database has no key of its home."));
    OREC_TRY_ASSIGN(auto nextKey, store.announceReceiveKey(scope, (*home)->id, header.sequence));
    header.nextKey = nextKey;
    OREC_TRY_ASSIGN(auto auditHead, store.ownAuditHead());
    header.auditHead = auditHead;
    if (state.ackedSequence == 0) {
        // Home has not acknowledged any package of this laptop yet, so it may not know these keys:
        // prove them with the enrolment code.
        OREC_TRY_ASSIGN(auto key, store.tables().enrolmentKey((*home)->id));
        if (!key.empty()) {
            header.hasEnrolmentProof = true;
            header.enrolmentProof = enrolmentProof(key, identity->publicIdentity(), header.cellId);
        }
    }
    QByteArray plain = encodePayload(payload, kReturnPayloadSchema);
    const qint64 payloadBytes = plain.size();
    auto sealed = sealPackage(header, plain, *identity, sealKey);
    wipeBytes(plain);
    OREC_TRY_ASSIGN(auto bytes, std::move(sealed));

    OREC_TRY(store.tables().markSent(scope, header.sequence));
    state.lastSent = header.sequence;
    OREC_TRY(store.saveSequence(scope, state));
    ExchangePackageRecord record;
    record.direction = PackageDirection::Sent;
    record.kind = PackageKind::Return;
    record.sequence = header.sequence;
    record.packageHash = crypto::blake2b(bytes, 32);
    record.acknowledged = header.acknowledged;
    record.firstChange = header.firstChange;
    record.lastChange = header.lastChange;
    OREC_TRY(store.tables().recordPackage(scope, (*home)->id, record));
    OREC_TRY(scope.audit(QStringLiteral("exchange_package"),
                         QStringLiteral("%1#%2").arg(mode.cellCode).arg(header.sequence),
                         QStringLiteral("export"), {},
                         {{QStringLiteral("kind"), QStringLiteral("return")},
                          {QStringLiteral("changes"), static_cast<int>(outbox.size())},
                          {QStringLiteral("acknowledged"), static_cast<qint64>(header.acknowledged)}}));
    // The audit row just written is bookkeeping, not field work.
    OREC_TRY_ASSIGN(auto st, store.tables().fieldState());
    OREC_TRY_ASSIGN(auto lastAudit, store.lastAuditId());
    st.harvestedAuditId = lastAudit;
    OREC_TRY(store.tables().saveFieldState(scope, st));
    OREC_TRY(writePackageFile(outPath, bytes));
    if (Status committed = scope.commit(); !committed) {
        QFile::remove(outPath);
        return committed.error();
    }
    ExportedPackage out;
    out.path = outPath;
    out.sequence = header.sequence;
    out.bytes = bytes.size();
    out.payloadBytes = payloadBytes;
    out.changes = static_cast<int>(outbox.size());
    out.recipientFingerprint = (*home)->fingerprint;
    return out;
}

Result<FieldStatus> FieldExchange::status()
{
    OREC_TRY_ASSIGN(auto mode, requireField());
    ExchangeStore store(m_database);
    {
        // Reading the status records pending work into the outbox; any role may look.
        WriteScope scope(m_database, Permission::ReadRecords);
        OREC_TRY(scope.status());
        OREC_TRY(harvest(scope));
        OREC_TRY(scope.commit());
    }
    FieldStatus out;
    out.cellUuid = mode.cellUuid;
    out.cellCode = mode.cellCode;
    OREC_TRY_ASSIGN(auto identity, store.identity());
    if (identity)
        out.ownFingerprint = fingerprint(identity->publicIdentity());
    OREC_TRY_ASSIGN(auto home, store.tables().homePeer());
    if (home) {
        out.homeFingerprint = home->fingerprint;
        OREC_TRY_ASSIGN(auto state, store.tables().sequence(home->id));
        out.lastSent = state.lastSent;
        out.acknowledgedSequence = state.ackedSequence;
        out.acknowledgedChange = state.ackedChange;
        out.keysAcknowledged = state.ackedSequence > 0;
    }
    OREC_TRY_ASSIGN(auto st, store.tables().fieldState());
    out.installedSequence = st.installedSequence;
    out.lastAcknowledgement = st.lastAcknowledgement;
    OREC_TRY_ASSIGN(auto pending, store.tables().outbox());
    out.pending = pending;
    return out;
}

} // namespace orec::exchange
