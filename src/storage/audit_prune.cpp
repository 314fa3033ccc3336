// Database::pruneAuditLog and the scrubbed change: what a field laptop does so that history home has
// acknowledged, and records that left it, do not stay in the file (docs/security.md "Field laptop").
#include "storage/database.h"
#include "storage/record_binding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <set>
#include <unistd.h>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// The anchor's body: everything the verifier learnt from the entries that go, in a fixed order.
QByteArray anchorBody(qint64 through, const AuditTrust& trust)
{
    QJsonArray users;
    for (const AuditTrustHolder& h : trust.holders)
        users.append(QJsonObject{{QStringLiteral("name"), h.name},
                                 {QStringLiteral("role"), roleCode(h.role)},
                                 {QStringLiteral("active"), h.active},
                                 {QStringLiteral("signing_key"), b64(h.signingKey)},
                                 {QStringLiteral("issued"), h.issued}});
    QJsonObject o{{QStringLiteral("through"), through},
                  {QStringLiteral("root_key"), b64(trust.rootKey)},
                  {QStringLiteral("users"), users}};
    if (!trust.recoveryKey.isEmpty())
        o.insert(QStringLiteral("recovery_key"), b64(trust.recoveryKey));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Result<Database::Pruned> Database::pruneAuditLog(qint64 throughId)
{
    Pruned out;
    if (m_writeDepth > 0)
        return Error(ErrorCode::Internal,
                     Texts::tr("The audit log cannot be pruned in the middle of a change."));
    if (m_audit.signedFrom() <= 0 || throughId <= 0)
        return out;
    if (!canSign() || m_openedWithRecovery) {
        out.skipped =
            Texts::tr("The audit log was not shortened: only its administrator's own passphrase signs an "
                      "anchor.");
        return out;
    }
    WriteScope scope(*this, Permission::ManageKeys);
    OREC_TRY(scope.status());

    // 1. The whole log must hold before any of it goes: pruning must never launder a tampered log.
    VerifyOptions verify;
    verify.captureTrustAt = throughId;
    verify.sessionUser = m_actor.user;
    verify.sessionKey = signingPublicKey();
    auto checked = AuditVerifier(m_connection, m_databaseId, m_audit.signedFrom()).run(verify);
    if (!checked)
        return checked.error();
    if (!checked->ok()) {
        out.skipped = Texts::tr("The audit log was not shortened: it does not pass the check (%1).")
                          .arg(!checked->intact ? checked->problem : checked->records.value(0).message);
        return out;
    }
    if (!checked->trust || checked->trust->atEntry <= checked->anchoredThrough)
        return out; // nothing signed to prune beyond the current anchor
    const AuditTrust& trust = *checked->trust;
    const qint64 through = trust.atEntry;
    const auto me = std::find_if(trust.holders.begin(), trust.holders.end(),
                                 [&](const AuditTrustHolder& h) { return h.name == m_actor.user; });
    if (me == trust.holders.end() || !me->active || me->role != Role::Admin ||
        me->signingKey != signingPublicKey()) {
        out.skipped =
            Texts::tr("The audit log was not shortened: %1 is not its administrator with a registered key.")
                .arg(m_actor.user);
        return out;
    }
    auto entry = m_audit.entry(through);
    if (!entry)
        return entry.error();
    if (!*entry)
        return Error(ErrorCode::Corrupt, Texts::tr("Audit entry %1 is missing.").arg(through));
    const QByteArray hash = (*entry)->hash;

    // 2. The anchor, signed by the administrator, then the entries and their seals go.
    const QByteArray body = anchorBody(through, trust);
    const QByteArray signature = crypto::signDetached(
        m_signingKey, AuditLog::anchorMessage(m_databaseId, through, hash, m_signer, body));
    auto anchor =
        m_connection.prepare("INSERT OR REPLACE INTO audit_anchor (id, through_id, hash, body, signer, "
                             "public_key, signature) VALUES (1, ?, ?, ?, ?, ?, ?)");
    if (!anchor)
        return anchor.error();
    anchor->bind(1, static_cast<long long>(through))
        .bindBlob(2, hash)
        .bind(3, std::string_view(body.constData(), static_cast<std::size_t>(body.size())))
        .bind(4, m_signer)
        .bindBlob(5, signingPublicKey())
        .bindBlob(6, signature);
    OREC_TRY(anchor->run());
    auto removed =
        m_connection.queryInt("SELECT count(*) FROM audit_log WHERE id <= " + std::to_string(through));
    if (!removed)
        return removed.error();
    OREC_TRY(m_connection.exec("DELETE FROM audit_seal WHERE audit_id <= " + std::to_string(through)));
    OREC_TRY(m_connection.exec("DELETE FROM audit_log WHERE id <= " + std::to_string(through)));

    // 3. Every record whose last entry went gets one of its own, digest only, so `check` still binds it.
    std::set<RecordKey> stillNamed;
    {
        auto named = m_connection.prepare("SELECT entity, entity_id FROM audit_log WHERE digest IS NOT NULL");
        if (!named)
            return named.error();
        for (;;) {
            auto row = named->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QByteArray entity = named->text(0).toUtf8();
            const QByteArray id = named->text(1).toUtf8();
            stillNamed.insert(recordKey(std::string_view(entity.constData(), entity.size()),
                                        std::string_view(id.constData(), id.size())));
        }
    }
    const QDateTime at = m_options.clock->nowUtc();
    Status failed;
    qint64 adopted = 0;
    RecordBinding binding(m_connection);
    OREC_TRY(binding.scan([&](const RecordBinding::Row& row) {
        if (!failed || stillNamed.count(row.key) > 0)
            return;
        ++adopted;
        failed = m_audit.appendCompact(
            at, m_actor.user, QString::fromLatin1(row.table->entity),
            QString::fromUtf8(row.entityId.data(), static_cast<qsizetype>(row.entityId.size())),
            QStringLiteral("adopt"), {}, {},
            QByteArray(reinterpret_cast<const char*>(row.digest.data()), 32));
    }));
    OREC_TRY(failed);
    OREC_TRY(scope.audit(QStringLiteral("audit"), m_databaseId, QStringLiteral("prune"), {},
                         {{QStringLiteral("through"), through},
                          {QStringLiteral("entries_removed"), static_cast<qint64>(*removed)},
                          {QStringLiteral("records_adopted"), adopted}}));
    OREC_TRY(scope.commit());
    out.throughId = through;
    out.entriesRemoved = *removed;
    out.recordsAdopted = adopted;
    return out;
}

Status Database::beginScrubbedChange()
{
    if (m_writeDepth > 0 || m_options.readOnlyWithoutLockFile)
        return Error(ErrorCode::Internal, Texts::tr("The journal cannot be kept in the middle of a change."));
    return m_connection.exec("PRAGMA journal_mode = PERSIST");
}

Status Database::endScrubbedChange(bool vacuum)
{
    if (m_writeDepth > 0)
        return Error(ErrorCode::Internal,
                     Texts::tr("The journal cannot be scrubbed in the middle of a change."));
    Status result;
    if (vacuum)
        result = m_connection.exec("VACUUM"); // no free page left; secure_delete already zeroed them
    // The journal kept by PERSIST holds the pages as they were before the change (encrypted with the
    // data key): overwritten with zeros where it lies, then deleted by going back to DELETE.
    QFile journal(m_path + QStringLiteral("-journal"));
    if (journal.exists() && journal.open(QIODevice::ReadWrite)) {
        const qint64 size = journal.size();
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 done = 0; done < size;) {
            const qint64 n = std::min<qint64>(zeros.size(), size - done);
            if (journal.write(zeros.constData(), n) != n)
                break;
            done += n;
        }
        journal.flush();
        ::fsync(journal.handle());
        journal.close();
    }
    Status back = m_connection.exec("PRAGMA journal_mode = DELETE");
    if (!result)
        return result;
    return back;
}

} // namespace orec
