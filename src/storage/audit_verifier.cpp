#include "storage/audit_verifier.h"

#include "core/crypto.h"
#include "core/role.h"
#include "storage/record_binding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <vector>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr int kMaxProblems = 100;
constexpr int kMaxRecordProblems = 1000;

// ---- who may sign what ---------------------------------------------------------------------------

struct Holder
{
    Role role = Role::Auditor;
    bool active = false;
    QByteArray signingKey; // Ed25519 public key; empty until one is registered
    bool issued = false;
};

QJsonObject jsonOf(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray keyOf(const QJsonObject& o, const char* field)
{
    return QByteArray::fromBase64(o.value(QLatin1String(field)).toString().toLatin1());
}

// The right an entry needs from the user who signed it. nullopt: only the user themselves.
std::optional<Permission> permissionFor(const QString& entity, const QString& action)
{
    if (entity == QLatin1String("user"))
        return action == QLatin1String("key_rotate") ? std::nullopt
                                                     : std::optional<Permission>(Permission::ManageUsers);
    if (entity == QLatin1String("key_slot"))
        return action == QLatin1String("change_passphrase")
                   ? std::nullopt
                   : std::optional<Permission>(Permission::ManageUsers);
    if (entity == QLatin1String("database"))
        return action == QLatin1String("demo:generate") ? Permission::WriteRecords : Permission::ManageKeys;
    if (entity == QLatin1String("audit"))
        return Permission::ManageKeys;
    if (entity == QLatin1String("rule_set") || entity == QLatin1String("holiday") ||
        entity == QLatin1String("setting"))
        return Permission::EditRules;
    if (entity == QLatin1String("exchange_grant"))
        return Permission::ManageUsers;
    if (entity == QLatin1String("export") || entity == QLatin1String("checkpoint"))
        return Permission::ReadRecords;
    if (boundTableOf(entity) || entity == QLatin1String("import"))
        return Permission::WriteRecords;
    return Permission::ReadRecords;
}

// Who may sign an entry about a copy of the exchange keys (entity exchange_grant, docs/security.md
// "Home's exchange keys"): an administrator grants, revokes, drops and replaces copies; a user re-seals or
// drops their own copy when they change their passphrase; anyone may record the copies an upgrade made
// for the administrators and the recovery key ("adopt"). No copy ever goes to an auditor.
bool exchangeGrantAllowed(const QString& action, bool self, bool mayManage, std::optional<Role> grantee,
                          bool toRecovery)
{
    const bool copyAfter = action == QLatin1String("grant") || action == QLatin1String("adopt") ||
                           action == QLatin1String("reseal") || action == QLatin1String("rekey");
    if (copyAfter && !toRecovery && (!grantee || !roleMayHoldExchangeKeys(*grantee)))
        return false;
    if (action == QLatin1String("adopt"))
        return toRecovery || grantee == Role::Admin || mayManage;
    if (action == QLatin1String("reseal") || action == QLatin1String("drop"))
        return self || mayManage;
    return mayManage;
}

struct StoredState
{
    RecordKey key{};
    qint64 entryId = 0;
    bool present = false;
    std::array<unsigned char, 32> digest{};
};

struct PendingEntry
{
    qint64 id;
    QString user;
    QString entity;
    QString entityId;
    QString action;
    QString afterJson;
};

class Run
{
public:
    Run(sql::Connection& c, const QString& databaseId, qint64 signedFrom, const VerifyOptions& options)
        : m_connection(c), m_databaseId(databaseId), m_signedFrom(signedFrom), m_options(options)
    {}

    Result<ChainVerification> go();

private:
    void problem(qint64 row, const QString& text)
    {
        if (m_result.intact) {
            m_result.intact = false;
            m_result.firstBadRow = row;
            m_result.problem = text;
        }
        if (m_result.problems.size() < kMaxProblems)
            m_result.problems << text;
    }
    bool tick(qint64 done)
    {
        if (!m_options.progress || (done & 4095) != 0)
            return true;
        return m_options.progress(done, m_total);
    }
    void closeTransaction(qint64 sealId, const QString& signer, const QByteArray& publicKey,
                          const QByteArray& signature, const QByteArray& hash);
    void applyTrust(const PendingEntry& e);
    Status readAnchor(QByteArray& previous, qint64& expectedId);
    Status checkAnchoredHolders(qint64 atEntry);
    void captureTrust(qint64 sealId);
    Status readLog();
    Status bindRecords();

    sql::Connection& m_connection;
    QString m_databaseId;
    qint64 m_signedFrom;
    const VerifyOptions& m_options;
    ChainVerification m_result;
    qint64 m_total = 0;

    QHash<QString, Holder> m_holders;
    QByteArray m_recoveryKey;
    QByteArray m_rootKey;
    bool m_rooted = false;
    bool m_anchored = false;
    bool m_stopped = false; // the chain broke: what follows cannot be trusted or compared
    std::vector<PendingEntry> m_pending;
    std::vector<StoredState> m_states;
};

void Run::applyTrust(const PendingEntry& e)
{
    if (e.entity == QLatin1String("database") && e.action == QLatin1String("create")) {
        m_recoveryKey = keyOf(jsonOf(e.afterJson), "recovery_key");
        return;
    }
    if (e.entity == QLatin1String("database") && e.action == QLatin1String("rekey")) {
        const QByteArray next = keyOf(jsonOf(e.afterJson), "recovery_key");
        if (!next.isEmpty())
            m_recoveryKey = next;
        return;
    }
    if (e.entity == QLatin1String("audit") && e.action == QLatin1String("signatures_begin")) {
        // The users of a register that was upgraded: their roles as they stood; keys follow.
        const QJsonObject after = jsonOf(e.afterJson);
        for (const auto& v : after.value(QStringLiteral("users")).toVariant().toList()) {
            const QVariantMap u = v.toMap();
            Holder& h = m_holders[u.value(QStringLiteral("name")).toString()];
            h.role = roleFromCode(u.value(QStringLiteral("role")).toString()).value_or(Role::Auditor);
            h.active = true;
        }
        return;
    }
    if (e.entity != QLatin1String("user"))
        return;
    const QJsonObject after = jsonOf(e.afterJson);
    Holder& h = m_holders[e.entityId];
    if (e.action == QLatin1String("create") || e.action == QLatin1String("update")) {
        if (const auto role = roleFromCode(after.value(QStringLiteral("role")).toString()))
            h.role = *role;
        h.active = true;
        const QByteArray key = keyOf(after, "signing_key");
        if (!key.isEmpty()) {
            h.signingKey = key;
            h.issued = false;
        }
    } else if (e.action == QLatin1String("delete")) {
        h.active = false;
    } else if (e.action == QLatin1String("key_issue") || e.action == QLatin1String("key_rotate")) {
        h.signingKey = keyOf(after, "signing_key");
        h.issued = e.action == QLatin1String("key_issue");
    }
}

void Run::closeTransaction(qint64 sealId, const QString& signer, const QByteArray& publicKey,
                           const QByteArray& signature, const QByteArray& hash)
{
    const QByteArray message = AuditLog::sealMessage(m_databaseId, sealId, hash, signer);
    if (!crypto::verifyDetached(publicKey, message, signature)) {
        problem(sealId,
                Texts::tr("The signature that closes audit entry %1 does not match it: the entries up to it "
                          "were changed after they were signed.")
                    .arg(sealId));
        m_pending.clear();
        return;
    }
    if (!m_rooted) {
        // The first transaction names the root key (the first administrator's, or the administrator's who
        // upgraded the register) and is signed by it.
        const PendingEntry* first = m_pending.empty() ? nullptr : &m_pending.front();
        const bool opens =
            first &&
            ((first->entity == QLatin1String("database") && first->action == QLatin1String("create")) ||
             (first->entity == QLatin1String("audit") && first->action == QLatin1String("signatures_begin")));
        const QByteArray root = opens ? keyOf(jsonOf(first->afterJson), "root_key") : QByteArray();
        if (root.isEmpty() || root != publicKey) {
            problem(sealId,
                    Texts::tr("The signed part of the audit log does not begin with the register's root key "
                              "(entry %1): it was not written by this program.")
                        .arg(m_pending.empty() ? sealId : m_pending.front().id));
            m_pending.clear();
            return;
        }
        for (const PendingEntry& e : m_pending)
            applyTrust(e);
        m_rootKey = root;
        const Holder h = m_holders.value(signer);
        if (h.signingKey != root || h.role != Role::Admin)
            problem(sealId,
                    Texts::tr("The root key of the audit log is not the key of an administrator (%1).")
                        .arg(signer));
        m_rooted = true;
        m_pending.clear();
        return;
    }
    const bool byRecovery = signer == kRecoverySigner;
    const Holder holder = m_holders.value(signer);
    if (byRecovery) {
        if (m_recoveryKey.isEmpty() || publicKey != m_recoveryKey) {
            problem(sealId,
                    Texts::tr("Audit entries up to %1 are signed with a recovery key this register never "
                              "registered.")
                        .arg(sealId));
            m_pending.clear();
            return;
        }
    } else if (!holder.active || holder.signingKey.isEmpty() || holder.signingKey != publicKey) {
        problem(
            sealId,
            holder.signingKey.isEmpty() || !m_holders.contains(signer)
                ? Texts::tr("Audit entries up to %1 are signed by %2, who is not a user this register's "
                            "administrators registered (added behind the program's back?).")
                      .arg(sealId)
                      .arg(signer)
                : Texts::tr("Audit entries up to %1 are signed by %2 with a key that is not theirs, or after "
                            "they were removed.")
                      .arg(sealId)
                      .arg(signer));
        m_pending.clear();
        return;
    }
    const Role role = byRecovery ? Role::Admin : holder.role;
    // Roles as this transaction changes them, for the copies of the exchange keys it gives.
    QHash<QString, std::optional<Role>> rolesNow;
    const auto roleOf = [&](const QString& user) -> std::optional<Role> {
        if (rolesNow.contains(user))
            return rolesNow.value(user);
        const auto it = m_holders.constFind(user);
        if (it == m_holders.constEnd() || !it->active)
            return std::nullopt;
        return it->role;
    };
    for (const PendingEntry& e : m_pending) {
        if (e.entity == QLatin1String("user")) {
            const auto changed = roleFromCode(jsonOf(e.afterJson).value(QStringLiteral("role")).toString());
            if ((e.action == QLatin1String("create") || e.action == QLatin1String("update")) && changed)
                rolesNow.insert(e.entityId, changed);
            else if (e.action == QLatin1String("delete"))
                rolesNow.insert(e.entityId, std::nullopt);
        }
        const bool actorMatches = byRecovery ? m_holders.value(e.user).role == Role::Admin : e.user == signer;
        if (!actorMatches) {
            problem(e.id,
                    Texts::tr("Audit entry %1 says %2 made it, but it was signed by %3.")
                        .arg(e.id)
                        .arg(e.user, signer == kRecoverySigner ? Texts::tr("the recovery key") : signer));
            continue;
        }
        const auto needed = permissionFor(e.entity, e.action);
        const bool allowed =
            e.entity == QLatin1String("exchange_grant")
                ? exchangeGrantAllowed(e.action, e.entityId == e.user,
                                       byRecovery || roleAllows(role, Permission::ManageUsers),
                                       roleOf(e.entityId), e.entityId == kRecoverySigner)
            : needed ? roleAllows(role, *needed)
                     : (e.entityId == e.user || byRecovery);
        if (!allowed)
            problem(e.id,
                    Texts::tr("Audit entry %1 (%2 %3 %4) was made by %5, whose role (%6) does not allow it.")
                        .arg(e.id)
                        .arg(e.action, e.entity, e.entityId, e.user, roleDisplayName(role)));
    }
    for (const PendingEntry& e : m_pending)
        applyTrust(e);
    m_pending.clear();
}

// A pruned log starts at its anchor: an administrator's signature over the last pruned entry's id and
// hash and over who could sign what there. The chain goes on from that hash; the trust it carries
// stands in for the entries that were removed.
Status Run::readAnchor(QByteArray& previous, qint64& expectedId)
{
    auto exists = m_connection.queryInt(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'");
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return {};
    auto stmt = m_connection.prepare(
        "SELECT through_id, hash, body, signer, public_key, signature FROM audit_anchor WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    const qint64 through = stmt->int64(0);
    const QByteArray hash = stmt->blob(1);
    const QByteArray body = stmt->text(2).toUtf8();
    const QString signer = stmt->text(3);
    const QByteArray publicKey = stmt->blob(4);
    const QByteArray signature = stmt->blob(5);
    m_anchored = true;
    m_result.anchoredThrough = through;
    if (!crypto::verifyDetached(publicKey, AuditLog::anchorMessage(m_databaseId, through, hash, signer, body),
                                signature)) {
        problem(through + 1,
                Texts::tr("The anchor of the pruned audit log (after entry %1) does not match its "
                          "signature: it was changed or made up behind the program's back.")
                    .arg(through));
        m_stopped = true;
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const QJsonValue& v : o.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = v.toObject();
        Holder& h = m_holders[u.value(QStringLiteral("name")).toString()];
        h.role = roleFromCode(u.value(QStringLiteral("role")).toString()).value_or(Role::Auditor);
        h.active = u.value(QStringLiteral("active")).toBool();
        h.signingKey = keyOf(u, "signing_key");
        h.issued = u.value(QStringLiteral("issued")).toBool();
    }
    m_rootKey = keyOf(o, "root_key");
    m_recoveryKey = keyOf(o, "recovery_key");
    const Holder h = m_holders.value(signer);
    if (m_rootKey.isEmpty() || o.value(QStringLiteral("through")).toInteger() != through || !h.active ||
        h.role != Role::Admin || h.signingKey.isEmpty() || h.signingKey != publicKey) {
        problem(through + 1,
                Texts::tr("The anchor of the pruned audit log (after entry %1) is not signed by an "
                          "administrator it names with their registered key (%2).")
                    .arg(through)
                    .arg(signer));
        m_stopped = true;
        return {};
    }
    m_rooted = true;
    previous = hash;
    expectedId = through + 1;
    if (m_options.captureTrustAt >= through)
        captureTrust(through);
    return {};
}

// An anchor names who could sign at the point it stands for, and nothing before it is left to prove
// that. What proves it is what comes after: the pruning administrator gave every record, the users'
// rows included, an entry of their own after the anchor, so each users row is bound to a signed entry
// that survives. Every user the replayed log ends up trusting must therefore be such a row, with the
// same role and key: a user (or a key) made up in an anchor written with the shell is not.
Status Run::checkAnchoredHolders(qint64 atEntry)
{
    auto stmt = m_connection.prepare("SELECT name, role, signing_key, removed_at IS NULL FROM users");
    if (!stmt)
        return stmt.error();
    struct Row
    {
        QString role;
        QByteArray key;
        bool active = false;
    };
    QHash<QString, Row> rows;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.insert(stmt->text(0),
                    Row{stmt->text(1), stmt->isNull(2) ? QByteArray() : stmt->blob(2), stmt->int64(3) != 0});
    }
    QStringList names = m_holders.keys();
    names.sort();
    for (const QString& name : names) {
        const Holder& h = m_holders[name];
        if (!h.active)
            continue;
        const auto it = rows.constFind(name);
        if (it == rows.cend() || !it->active || it->role != roleCode(h.role) ||
            (!h.signingKey.isEmpty() && it->key != h.signingKey))
            problem(atEntry,
                    Texts::tr("The pruned audit log trusts %1 as %2 with a key that the register's users do "
                              "not hold: its anchor was made up or changed behind the program's back.")
                        .arg(name, roleCode(h.role)));
    }
    return {};
}

void Run::captureTrust(qint64 sealId)
{
    AuditTrust t;
    t.atEntry = sealId;
    t.rootKey = m_rootKey;
    t.recoveryKey = m_recoveryKey;
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it)
        t.holders.append({it.key(), it->role, it->active, it->signingKey, it->issued});
    std::sort(t.holders.begin(), t.holders.end(),
              [](const AuditTrustHolder& a, const AuditTrustHolder& b) { return a.name < b.name; });
    m_result.trust = std::move(t);
}

Status Run::readLog()
{
    const bool signedLog = m_signedFrom > 0;
    auto head = m_connection.prepare("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
    if (!head)
        return head.error();
    auto headRow = head->step();
    if (!headRow)
        return headRow.error();
    const bool hasHead = *headRow;
    const qint64 headId = hasHead ? head->int64(0) : 0;
    const QByteArray headHash = hasHead ? head->blob(1) : QByteArray();
    m_total = headId;
    if (m_options.bindRecords) {
        for (const BoundTable& t : boundTables()) {
            auto n = m_connection.queryInt(std::string("SELECT max(rowid) FROM ") + t.table);
            m_total += n ? *n : 0;
        }
    }

    auto stmt = m_connection.prepare(
        signedLog
            ? "SELECT a.id, a.at, a.user_name, a.entity, a.entity_id, a.action, a.before_json, a.after_json, "
              "a.hash, a.digest, s.signer, s.public_key, s.signature FROM audit_log a LEFT JOIN audit_seal s "
              "ON s.audit_id = a.id ORDER BY a.id"
            : "SELECT id, at, user_name, entity, entity_id, action, before_json, after_json, hash, NULL, NULL, "
              "NULL, NULL FROM audit_log ORDER BY id");
    if (!stmt)
        return stmt.error();
    QByteArray previous(32, '\0');
    qint64 expectedId = 1;
    if (signedLog)
        OREC_TRY(readAnchor(previous, expectedId));
    bool& stopped = m_stopped; // after a gap or a broken link nothing later can be trusted either
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (!tick(expectedId))
            return Error(ErrorCode::Cancelled, Texts::tr("The check was stopped."));
        AuditEntry e;
        e.id = stmt->int64(0);
        e.at = QDateTime::fromString(stmt->text(1), Qt::ISODateWithMs);
        e.at.setTimeSpec(Qt::UTC);
        e.user = stmt->text(2);
        e.entity = stmt->text(3);
        e.entityId = stmt->text(4);
        e.action = stmt->text(5);
        e.beforeJson = stmt->text(6);
        e.afterJson = stmt->text(7);
        e.hash = stmt->blob(8);
        if (!stmt->isNull(9)) {
            e.digest = stmt->blob(9);
            if (e.digest.isNull())
                e.digest = QByteArray("");
        }
        if (stopped)
            continue;
        if (e.id != expectedId) {
            problem(expectedId, Texts::tr("Audit row %1 was removed (the log jumps from row %2 to row %3).")
                                    .arg(expectedId)
                                    .arg(expectedId - 1)
                                    .arg(e.id));
            stopped = true;
            continue;
        }
        const bool v2 = signedLog && e.id >= m_signedFrom;
        if (AuditLog::chainHash(previous, e, v2) != e.hash) {
            problem(e.id, Texts::tr("Audit row %1 was altered after it was written.").arg(e.id));
            stopped = true;
            continue;
        }
        previous = e.hash;
        ++expectedId;
        ++m_result.rowsChecked;
        if (m_options.checkpoint && m_options.checkpoint->entryId == e.id) {
            m_result.checkpointChecked = true;
            if (Checkpoint::codeFor(m_databaseId, e.id, e.hash) != m_options.checkpoint->code)
                problem(
                    e.id,
                    Texts::tr("The audit log does not extend checkpoint %1: the history up to entry %2 was "
                              "rewritten since the checkpoint was taken.")
                        .arg(m_options.checkpoint->text())
                        .arg(e.id));
        }
        if (!v2) {
            ++m_result.legacyEntries;
            continue;
        }
        m_pending.push_back({e.id, e.user, e.entity, e.entityId, e.action, e.afterJson});
        if (!e.digest.isNull()) {
            StoredState state;
            const QByteArray entity = e.entity.toUtf8();
            const QByteArray id = e.entityId.toUtf8();
            state.key = recordKey(std::string_view(entity.constData(), entity.size()),
                                  std::string_view(id.constData(), id.size()));
            state.entryId = e.id;
            state.present = e.digest.size() == 32;
            if (state.present)
                std::memcpy(state.digest.data(), e.digest.constData(), 32);
            m_states.push_back(state);
        }
        if (!stmt->isNull(10)) {
            ++m_result.sealsChecked;
            closeTransaction(e.id, stmt->text(10), stmt->blob(11), stmt->blob(12), e.hash);
            if (m_options.captureTrustAt > 0 && e.id <= m_options.captureTrustAt && m_rooted)
                captureTrust(e.id);
        }
    }
    if (stopped)
        return {};
    if (!m_pending.empty())
        problem(m_pending.front().id,
                Texts::tr("Audit entries %1 to %2 are not signed: they were added behind the program's back.")
                    .arg(m_pending.front().id)
                    .arg(m_pending.back().id));
    if (m_options.checkpoint && !m_result.checkpointChecked && m_anchored &&
        m_options.checkpoint->entryId <= m_result.anchoredThrough) {
        if (m_options.checkpoint->entryId == m_result.anchoredThrough) {
            m_result.checkpointChecked = true;
            auto anchorHash = m_connection.prepare("SELECT hash FROM audit_anchor WHERE id = 1");
            if (!anchorHash)
                return anchorHash.error();
            auto r = anchorHash->step();
            if (!r)
                return r.error();
            if (!*r || Checkpoint::codeFor(m_databaseId, m_result.anchoredThrough, anchorHash->blob(0)) !=
                           m_options.checkpoint->code)
                problem(
                    m_result.anchoredThrough,
                    Texts::tr("The audit log does not extend checkpoint %1: the history up to entry %2 was "
                              "rewritten since the checkpoint was taken.")
                        .arg(m_options.checkpoint->text())
                        .arg(m_result.anchoredThrough));
        } else {
            problem(m_options.checkpoint->entryId,
                    Texts::tr(
                        "Checkpoint %1 is older than the audit log, which was pruned up to entry %2: it can "
                        "no longer be compared.")
                        .arg(m_options.checkpoint->text())
                        .arg(m_result.anchoredThrough));
        }
    }
    if (m_anchored && !stopped)
        OREC_TRY(checkAnchoredHolders(expectedId));
    if (m_anchored && !m_options.sessionKey.isEmpty() && !stopped) {
        // The anchor's keys stand for entries no longer here; the key this user's passphrase opened
        // must be the one the log registers for them, or the anchor was made with another key.
        const Holder h = m_holders.value(m_options.sessionUser);
        if (!h.active || h.signingKey != m_options.sessionKey)
            problem(expectedId,
                    Texts::tr("The pruned audit log registers another signing key for %1 than the one their "
                              "passphrase opens: its anchor was not made by this register's users.")
                        .arg(m_options.sessionUser));
    }
    if (m_options.checkpoint && !m_result.checkpointChecked)
        problem(
            m_options.checkpoint->entryId,
            Texts::tr(
                "The audit log ends at entry %1, before checkpoint %2: it was cut back since the checkpoint "
                "was taken.")
                .arg(expectedId - 1)
                .arg(m_options.checkpoint->text()));
    if (!hasHead) {
        problem(expectedId, Texts::tr("The head of the audit log was removed."));
    } else if (headId > expectedId - 1) {
        problem(expectedId, Texts::tr("Audit rows %1 to %2 were removed from the end of the log.")
                                .arg(expectedId)
                                .arg(headId));
    } else if (headId < expectedId - 1 || headHash != previous) {
        problem(headId + 1,
                Texts::tr("The head of the audit log does not match its last row %1.").arg(expectedId - 1));
    }
    if (signedLog) {
        // Seals that close no entry of the log (their entry was removed, or they were made up).
        auto orphans = m_connection.queryInt(
            "SELECT count(*) FROM audit_seal WHERE audit_id NOT IN (SELECT id FROM audit_log)");
        if (orphans && *orphans > 0)
            problem(
                expectedId,
                Texts::tr("%1 audit signatures close entries that are no longer in the log.").arg(*orphans));
        for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it)
            if (it->active && it->issued)
                m_result.usersOnIssuedKeys << it.key();
        m_result.usersOnIssuedKeys.sort();
    }
    return {};
}

Status Run::bindRecords()
{
    // The last state the log gives each record, found by binary search for every row.
    std::stable_sort(m_states.begin(), m_states.end(),
                     [](const StoredState& a, const StoredState& b) { return a.key < b.key; });
    std::vector<StoredState> last;
    last.reserve(m_states.size());
    for (const StoredState& s : m_states) {
        if (!last.empty() && last.back().key == s.key)
            last.back() = s;
        else
            last.push_back(s);
    }
    m_states.clear();
    m_states.shrink_to_fit();
    std::vector<bool> seen(last.size(), false);

    const auto add = [this](RecordProblem p) {
        ++m_result.recordProblemCount;
        if (m_result.records.size() < kMaxRecordProblems)
            m_result.records.append(std::move(p));
    };
    qint64 done = m_result.rowsChecked;
    RecordBinding binding(m_connection);
    Status scanned = binding.scan(
        [&](const RecordBinding::Row& row) {
            ++m_result.recordsChecked;
            ++done;
            const auto it =
                std::lower_bound(last.begin(), last.end(), row.key,
                                 [](const StoredState& s, const RecordKey& k) { return s.key < k; });
            const QString table = QString::fromLatin1(row.table->table);
            const QString id =
                QString::fromUtf8(row.entityId.data(), static_cast<qsizetype>(row.entityId.size()));
            if (it == last.end() || it->key != row.key || !it->present) {
                add({RecordProblem::Kind::Unaudited, table, row.rowId, id,
                     it != last.end() && it->key == row.key ? it->entryId : 0,
                     Texts::tr(
                         "%1 row %2 (%3) has no audit entry that created it: it was inserted behind the "
                         "program's back.")
                         .arg(table)
                         .arg(row.rowId)
                         .arg(id)});
                if (it != last.end() && it->key == row.key)
                    seen[static_cast<std::size_t>(it - last.begin())] = true;
                return;
            }
            seen[static_cast<std::size_t>(it - last.begin())] = true;
            if (it->digest != row.digest)
                add({RecordProblem::Kind::Altered, table, row.rowId, id, it->entryId,
                     Texts::tr(
                         "%1 row %2 (%3) is not what its last audit entry %4 says: it was changed behind the "
                         "program's back.")
                         .arg(table)
                         .arg(row.rowId)
                         .arg(id)
                         .arg(it->entryId)});
        },
        [&] { return !tick(done); });
    if (!scanned)
        return scanned.error().code == ErrorCode::Cancelled
                   ? Error(ErrorCode::Cancelled, Texts::tr("The check was stopped."))
                   : scanned;
    // Records the log says exist but no table holds: removed behind the program's back. The entry
    // names the record; its table is found from the entity.
    if (std::find(seen.begin(), seen.end(), false) == seen.end())
        return {};
    auto entries = m_connection.prepare("SELECT entity, entity_id FROM audit_log WHERE id = ?");
    if (!entries)
        return entries.error();
    for (std::size_t i = 0; i < last.size(); ++i) {
        if (seen[i] || !last[i].present)
            continue;
        entries->reset();
        entries->bind(1, static_cast<long long>(last[i].entryId));
        auto row = entries->step();
        if (!row)
            return row.error();
        const QString entity = *row ? entries->text(0) : QString();
        const QString id = *row ? entries->text(1) : QString();
        const BoundTable* table = boundTableOf(entity);
        const QString tableName = table ? QString::fromLatin1(table->table) : entity;
        add({RecordProblem::Kind::Removed, tableName, 0, id, last[i].entryId,
             Texts::tr("%1 record %2 is missing: audit entry %3 says it exists, so it was deleted behind the "
                       "program's back.")
                 .arg(tableName, id)
                 .arg(last[i].entryId)});
    }
    return {};
}

Result<ChainVerification> Run::go()
{
    QElapsedTimer timer;
    timer.start();
    OREC_TRY(readLog());
    m_result.logMilliseconds = timer.restart();
    if (m_options.bindRecords && m_signedFrom > 0 && !m_stopped)
        OREC_TRY(bindRecords());
    m_result.recordsMilliseconds = timer.elapsed();
    return m_result;
}

} // namespace

QString Checkpoint::codeFor(const QString& databaseId, qint64 entryId, const QByteArray& hash)
{
    QByteArray message("orec-checkpoint-v1");
    message += '\0';
    message += databaseId.toUtf8();
    message += '\0';
    message += QByteArray::number(entryId);
    message += '\0';
    message += hash;
    const QString text = crypto::base32Encode(crypto::blake2b(message, 13)).left(20);
    QStringList groups;
    for (int i = 0; i < text.size(); i += 5)
        groups << text.mid(i, 5);
    return groups.join(QLatin1Char('-'));
}

std::optional<Checkpoint> Checkpoint::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(\\d{1,18})\\s*[-:]\\s*([0-9A-Za-z]{5})-?([0-9A-Za-z]{5})-?([0-9A-Za-z]{5})-?([0-9A-Za-z]{5})\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Checkpoint out;
    out.entryId = m.captured(1).toLongLong();
    if (out.entryId <= 0)
        return std::nullopt;
    // The same confusions base32Decode forgives: O is 0, I and L are 1.
    QStringList groups;
    for (int i = 2; i <= 5; ++i) {
        QString g = m.captured(i).toUpper();
        g.replace(QLatin1Char('O'), QLatin1Char('0'));
        g.replace(QLatin1Char('I'), QLatin1Char('1'));
        g.replace(QLatin1Char('L'), QLatin1Char('1'));
        groups << g;
    }
    out.code = groups.join(QLatin1Char('-'));
    return out;
}

QString Checkpoint::text() const
{
    return QString::number(entryId) + QLatin1Char('-') + code;
}

Result<ChainVerification> AuditVerifier::run(const VerifyOptions& options)
{
    return Run(m_connection, m_databaseId, m_signedFrom, options).go();
}

} // namespace orec
