#include "storage/exchange_key_vault.h"

#include "core/crypto.h"
#include "storage/migrations.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

QString nowText(const Database& database)
{
    return database.clock().nowUtc().toString(Qt::ISODateWithMs);
}

const char* secretLabel(VaultSecret kind)
{
    switch (kind) {
    case VaultSecret::SigningKey:
        return "signing-key";
    case VaultSecret::LongTermBoxKey:
        return "long-term-box-key";
    case VaultSecret::ReceiveKey:
        return "receive-key";
    case VaultSecret::EnrolmentKey:
        return "enrolment-key";
    }
    return "";
}

QByteArray associatedData(const QString& databaseId, VaultSecret kind, const QByteArray& binding)
{
    QByteArray ad("orec-vault-v1");
    ad += '\0';
    ad += databaseId.toUtf8();
    ad += '\0';
    ad += secretLabel(kind);
    ad += '\0';
    ad += binding;
    return ad;
}

// One sealed secret column of the exchange tables: what a new wrapping key re-encrypts.
struct SecretColumn
{
    VaultSecret kind;
    const char* table;
    const char* column;
    const char* binding; // SQL of the value the blob is bound to
};

const SecretColumn kSecretColumns[] = {
    {VaultSecret::SigningKey, "exchange_identity", "sign_secret_sealed", "sign_public"},
    {VaultSecret::LongTermBoxKey, "exchange_identity", "box_secret_sealed", "box_public"},
    {VaultSecret::ReceiveKey, "exchange_receive_keys", "secret_sealed", "box_public"},
    {VaultSecret::EnrolmentKey, "exchange_peers", "enrolment_key", "CAST(enrolment_id AS BLOB)"},
};

struct HolderRow
{
    QString user;
    QByteArray boxKey;
    QByteArray sealedKey;
    QByteArray keyId;
};

Result<std::optional<HolderRow>> holderRow(sql::Connection& c, const QString& user)
{
    auto s = c.prepare("SELECT box_key, sealed_key, key_id FROM exchange_key_holders WHERE user_name = ?");
    if (!s)
        return s.error();
    s->bind(1, user);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<HolderRow>();
    return std::optional<HolderRow>(HolderRow{user, s->blob(0), s->blob(1), s->blob(2)});
}

} // namespace

// ---- the format ----------------------------------------------------------------------------------

namespace vault {

QByteArray keyId(const SecureBytes& wrappingKey)
{
    return crypto::blake2bKeyed(wrappingKey, QByteArrayLiteral("orec-vault-key-id-v1"));
}

QByteArray sealSecret(const SecureBytes& wrappingKey, const QString& databaseId, VaultSecret kind,
                      const QByteArray& binding, const SecureBytes& secret)
{
    const QByteArray plain =
        QByteArray::fromRawData(secret.chars(), static_cast<qsizetype>(secret.size())); // not copied
    return crypto::aeadEncrypt(wrappingKey, plain, associatedData(databaseId, kind, binding));
}

Result<SecureBytes> openSecret(const SecureBytes& wrappingKey, const QString& databaseId, VaultSecret kind,
                               const QByteArray& binding, const QByteArray& sealed)
{
    auto opened = crypto::aeadDecrypt(wrappingKey, sealed, associatedData(databaseId, kind, binding));
    if (!opened)
        return Error(
            ErrorCode::Corrupt,
            Texts::tr("An exchange key of this database does not open with its holders' key: it was "
                      "damaged or replaced outside the program. Restore a backup that passes the check."));
    return opened;
}

QByteArray sealKeyTo(const QByteArray& boxPublic, const SecureBytes& wrappingKey)
{
    return crypto::sealTo(boxPublic, wrappingKey);
}

Result<QByteArray> registeredRecoveryKey(sql::Connection& connection)
{
    auto s = connection.prepare(
        "SELECT after_json FROM audit_log WHERE (entity = 'database' AND action IN ('create', 'rekey')) OR "
        "(entity = 'audit' AND action = 'signatures_begin') ORDER BY id DESC");
    if (!s)
        return s.error();
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return QByteArray();
        const QJsonObject after = QJsonDocument::fromJson(s->text(0).toUtf8()).object();
        const QByteArray key =
            QByteArray::fromBase64(after.value(QStringLiteral("recovery_key")).toString().toLatin1());
        if (key.size() == crypto::kSignPublicBytes)
            return key;
    }
}

} // namespace vault

// ---- who holds it ---------------------------------------------------------------------------------

const QString& ExchangeKeyVault::recoveryHolder()
{
    return kRecoverySigner;
}

int ExchangeKeyVault::schemaVersion()
{
    for (const Migration& m : allMigrations()) {
        if (m.apply == &schema::v10ExchangeVault)
            return m.version;
    }
    return 1 << 30;
}

bool ExchangeKeyVault::available()
{
    auto version = orec::schemaVersion(m_database.connection());
    return version && *version >= schemaVersion();
}

QString ExchangeKeyVault::sessionHolder() const
{
    return m_database.openedWithRecovery() ? recoveryHolder() : m_database.actor().user;
}

Result<QList<ExchangeKeyHolder>> ExchangeKeyVault::holders()
{
    QList<ExchangeKeyHolder> out;
    if (!available())
        return out;
    // A copy counts only while it is sealed to the key the register holds for its user now.
    auto s = m_database.connection().prepare(
        "SELECT h.user_name, u.role, h.granted_by, h.granted_at FROM exchange_key_holders h JOIN users u ON "
        "u.name = h.user_name WHERE u.removed_at IS NULL AND h.sealed_key IS NOT NULL AND h.box_key = "
        "u.box_key ORDER BY CASE u.role WHEN 'admin' THEN 0 ELSE 1 END, h.user_name");
    if (!s)
        return s.error();
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        ExchangeKeyHolder h;
        h.user = s->text(0);
        h.role = roleFromCode(s->text(1)).value_or(Role::Auditor);
        h.grantedBy = s->text(2);
        h.grantedAt = QDateTime::fromString(s->text(3), Qt::ISODateWithMs);
        if (roleMayHoldExchangeKeys(h.role))
            out.append(h);
    }
}

Result<bool> ExchangeKeyVault::holds(const QString& user)
{
    auto all = holders();
    if (!all)
        return all.error();
    for (const ExchangeKeyHolder& h : *all) {
        if (h.user == user)
            return true;
    }
    return false;
}

Result<bool> ExchangeKeyVault::recoveryHolds()
{
    if (!available())
        return false;
    auto row = holderRow(m_database.connection(), recoveryHolder());
    if (!row)
        return row.error();
    return *row && !(*row)->sealedKey.isEmpty();
}

Result<bool> ExchangeKeyVault::sessionHolds()
{
    if (!available())
        return false;
    if (!m_database.openedWithRecovery() && !roleMayHoldExchangeKeys(m_database.actor().role))
        return false;
    auto row = holderRow(m_database.connection(), sessionHolder());
    if (!row)
        return row.error();
    return *row && !(*row)->sealedKey.isEmpty() && (*row)->boxKey == m_database.boxPublicKey() &&
           !m_database.boxPublicKey().isEmpty();
}

Result<QString> ExchangeKeyVault::refusalText()
{
    auto all = holders();
    if (!all)
        return all.error();
    QStringList names;
    for (const ExchangeKeyHolder& h : *all)
        names << (h.role == Role::Admin ? Texts::tr("%1 (administrator)").arg(h.user) : h.user);
    const QString& me = m_database.actor().user;
    const QString who =
        names.isEmpty()
            ? Texts::tr(
                  "Nobody holds it now: an administrator opens the register with the recovery key to take it "
                  "back (orec unlock-with-recovery).")
            : Texts::tr("It is held by: %1.").arg(names.join(QStringLiteral(", ")));
    if (!roleMayHoldExchangeKeys(m_database.actor().role))
        return Texts::Texts::
            tr("Cell packages are signed, and return packages opened, only by users who hold the right to "
               "sign as home; %1 is %2, and auditors never hold it. %3")
                .arg(me, roleDisplayName(m_database.actor().role), who);
    return Texts::Texts::
        tr("Cell packages are signed, and return packages opened, only by users who hold the right to sign "
           "as home, and %1 does not hold it. %2 An administrator who holds it can grant it to you (Users, "
           "or orec user grant-exchange %1).")
            .arg(me, who);
}

Status ExchangeKeyVault::requireSessionHolds()
{
    auto holdsIt = sessionHolds();
    if (!holdsIt)
        return holdsIt.error();
    if (*holdsIt)
        return {};
    auto text = refusalText();
    if (!text)
        return text.error();
    return Error(ErrorCode::PermissionDenied, *text, m_database.actor().user);
}

Result<SecureBytes> ExchangeKeyVault::wrappingKey()
{
    OREC_TRY(requireSessionHolds());
    auto row = holderRow(m_database.connection(), sessionHolder());
    if (!row)
        return row.error();
    auto key = crypto::openSealed((*row)->sealedKey, m_database.boxPublicKey(), m_database.boxSecretKey());
    if (!key || key->size() != vault::kWrappingKeyBytes || vault::keyId(*key) != (*row)->keyId)
        return Error(
            ErrorCode::Corrupt,
            Texts::tr("The copy of the exchange keys sealed to %1 does not open with their key: it was "
                      "damaged or replaced outside the program. An administrator who holds the right can "
                      "grant it again.")
                .arg(sessionHolder()));
    return key;
}

Result<QByteArray> ExchangeKeyVault::seal(VaultSecret kind, const QByteArray& binding,
                                          const SecureBytes& secret)
{
    auto key = wrappingKey();
    if (!key)
        return key.error();
    return vault::sealSecret(*key, m_database.databaseId(), kind, binding, secret);
}

Result<SecureBytes> ExchangeKeyVault::open(VaultSecret kind, const QByteArray& binding,
                                           const QByteArray& sealed)
{
    auto key = wrappingKey();
    if (!key)
        return key.error();
    return vault::openSecret(*key, m_database.databaseId(), kind, binding, sealed);
}

// ---- changes ------------------------------------------------------------------------------------

Status ExchangeKeyVault::auditHolder(WriteScope& scope, const QString& holder, const QString& action)
{
    auto row = holderRow(scope.connection(), holder);
    if (!row)
        return row.error();
    QJsonObject after;
    if (*row && !(*row)->sealedKey.isEmpty())
        after = {{QStringLiteral("box_key"), b64((*row)->boxKey)},
                 {QStringLiteral("key_id"), b64((*row)->keyId)}};
    return scope.audit(QStringLiteral("exchange_grant"), holder, action, {}, after);
}

namespace {

Status writeHolder(WriteScope& scope, const QString& holder, const QByteArray& boxPublic,
                   const SecureBytes& key, const QString& grantedBy, const QString& at)
{
    auto s = scope.connection().prepare(
        "INSERT OR REPLACE INTO exchange_key_holders (user_name, box_key, sealed_key, key_id, granted_by, "
        "granted_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, holder)
        .bindBlob(2, boxPublic)
        .bindBlob(3, vault::sealKeyTo(boxPublic, key))
        .bindBlob(4, vault::keyId(key))
        .bind(5, grantedBy)
        .bind(6, at);
    return s->run();
}

// A new copy for a holder who has one: the grant stays as it was.
Status resealHolder(WriteScope& scope, const QString& holder, const QByteArray& boxPublic,
                    const SecureBytes& key)
{
    auto s = scope.connection().prepare(
        "UPDATE exchange_key_holders SET box_key = ?, sealed_key = ?, key_id = ? WHERE user_name = ?");
    if (!s)
        return s.error();
    s->bindBlob(1, boxPublic)
        .bindBlob(2, vault::sealKeyTo(boxPublic, key))
        .bindBlob(3, vault::keyId(key))
        .bind(4, holder);
    return s->run();
}

Result<QByteArray> registeredBoxKey(sql::Connection& c, const QString& user, Role* role)
{
    auto s = c.prepare("SELECT box_key, role FROM users WHERE name = ? AND removed_at IS NULL");
    if (!s)
        return s.error();
    s->bind(1, user);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, Texts::tr("There is no user with this name."), user);
    *role = roleFromCode(s->text(1)).value_or(Role::Auditor);
    return s->isNull(0) ? QByteArray() : s->blob(0);
}

} // namespace

Status ExchangeKeyVault::create(WriteScope& scope, const QByteArray& recoverySigningPublic)
{
    const SecureBytes key = SecureBytes::random(vault::kWrappingKeyBytes);
    const QString at = nowText(m_database);
    const QString me = m_database.actor().user;
    OREC_TRY(writeHolder(scope, me, m_database.boxPublicKey(), key, me, at));
    OREC_TRY(auditHolder(scope, me, QStringLiteral("grant")));
    const QByteArray recoveryBox = crypto::boxPublicKeyOfSigningPublicKey(recoverySigningPublic);
    if (!recoveryBox.isEmpty()) {
        OREC_TRY(writeHolder(scope, recoveryHolder(), recoveryBox, key, me, at));
        OREC_TRY(auditHolder(scope, recoveryHolder(), QStringLiteral("grant")));
    }
    return {};
}

Status ExchangeKeyVault::grant(WriteScope& scope, const QString& user)
{
    Role role = Role::Auditor;
    auto boxKey = registeredBoxKey(scope.connection(), user, &role);
    if (!boxKey)
        return boxKey.error();
    if (!roleMayHoldExchangeKeys(role))
        return Error(ErrorCode::Invalid,
                     Texts::tr("%1 is %2: auditors never sign as home.").arg(user, roleDisplayName(role)),
                     user);
    if (boxKey->size() != crypto::kKeyBytes)
        return Error(
            ErrorCode::Invalid,
            Texts::tr("%1 has no key registered yet: set their passphrase first, then grant the right.")
                .arg(user),
            user);
    auto key = wrappingKey();
    if (!key)
        return key.error();
    OREC_TRY(writeHolder(scope, user, *boxKey, *key, m_database.actor().user, nowText(m_database)));
    return auditHolder(scope, user, QStringLiteral("grant"));
}

Status ExchangeKeyVault::withdraw(WriteScope& scope, const QString& user, const QString& action)
{
    auto row = holderRow(scope.connection(), user);
    if (!row)
        return row.error();
    if (!*row)
        return {};
    // Opened before the copy goes: an administrator may withdraw their own.
    auto holdsIt = sessionHolds();
    if (!holdsIt)
        return holdsIt.error();
    std::optional<SecureBytes> key;
    if (*holdsIt && m_database.can(Permission::ManageUsers)) {
        auto opened = wrappingKey();
        if (!opened)
            return opened.error();
        key = std::move(*opened);
    }
    if (key) {
        auto del = scope.connection().prepare("DELETE FROM exchange_key_holders WHERE user_name = ?");
        if (!del)
            return del.error();
        del->bind(1, user);
        OREC_TRY(del->run());
        OREC_TRY(auditHolder(scope, user, action));
        return rewrapWith(scope, *key);
    }
    // Nobody here can replace the key: the blank row says it is due (and `check` binds it).
    auto blank = scope.connection().prepare(
        "UPDATE exchange_key_holders SET box_key = NULL, sealed_key = NULL, key_id = NULL WHERE user_name = ?");
    if (!blank)
        return blank.error();
    blank->bind(1, user);
    OREC_TRY(blank->run());
    return auditHolder(scope, user, action);
}

Status ExchangeKeyVault::afterPassphraseChange(WriteScope& scope, const QString& user, bool own,
                                               const QByteArray& newBoxPublic)
{
    if (!available())
        return {};
    auto row = holderRow(scope.connection(), user);
    if (!row)
        return row.error();
    const bool recovering = m_database.openedWithRecovery() && user == m_database.actor().user;
    if (recovering && (!*row || (*row)->sealedKey.isEmpty())) {
        // The recovery key gives the administrator the right back, even one whose copy had gone.
        auto holdsIt = sessionHolds();
        if (!holdsIt)
            return holdsIt.error();
        if (!*holdsIt || m_database.actor().role != Role::Admin)
            return {};
        auto key = wrappingKey();
        if (!key)
            return key.error();
        OREC_TRY(writeHolder(scope, user, newBoxPublic, *key, recoveryHolder(), nowText(m_database)));
        return auditHolder(scope, user, QStringLiteral("grant"));
    }
    if (!*row || (*row)->sealedKey.isEmpty())
        return {};
    if (own || recovering) {
        auto holdsIt = sessionHolds();
        if (!holdsIt)
            return holdsIt.error();
        if (*holdsIt) {
            auto key = wrappingKey();
            if (!key)
                return key.error();
            OREC_TRY(resealHolder(scope, user, newBoxPublic, *key));
            return auditHolder(scope, user, QStringLiteral("reseal"));
        }
    }
    return withdraw(scope, user, QStringLiteral("drop"));
}

Status ExchangeKeyVault::replaceRecovery(WriteScope& scope, const QByteArray& recoverySigningPublic)
{
    if (!available())
        return {};
    const QByteArray recoveryBox = crypto::boxPublicKeyOfSigningPublicKey(recoverySigningPublic);
    auto holdsIt = sessionHolds();
    if (!holdsIt)
        return holdsIt.error();
    if (*holdsIt && !recoveryBox.isEmpty()) {
        auto key = wrappingKey();
        if (!key)
            return key.error();
        OREC_TRY(writeHolder(scope, recoveryHolder(), recoveryBox, *key, m_database.actor().user,
                             nowText(m_database)));
        return auditHolder(scope, recoveryHolder(), QStringLiteral("grant"));
    }
    auto row = holderRow(scope.connection(), recoveryHolder());
    if (!row)
        return row.error();
    if (!*row)
        return {};
    auto del = scope.connection().prepare("DELETE FROM exchange_key_holders WHERE user_name = ?");
    if (!del)
        return del.error();
    del->bind(1, recoveryHolder());
    OREC_TRY(del->run());
    return auditHolder(scope, recoveryHolder(), QStringLiteral("drop"));
}

Status ExchangeKeyVault::rewrap(WriteScope& scope)
{
    auto key = wrappingKey();
    if (!key)
        return key.error();
    return rewrapWith(scope, *key);
}

Status ExchangeKeyVault::rewrapWith(WriteScope& scope, const SecureBytes& oldKey)
{
    sql::Connection& c = scope.connection();
    const QString& databaseId = m_database.databaseId();
    const SecureBytes next = SecureBytes::random(vault::kWrappingKeyBytes);
    for (const SecretColumn& col : kSecretColumns) {
        auto read = c.prepare(std::string("SELECT rowid, ") + col.binding + ", " + col.column + " FROM " +
                              col.table + " WHERE " + col.column + " IS NOT NULL");
        if (!read)
            return read.error();
        struct Item
        {
            qint64 rowId;
            QByteArray sealed;
        };
        QList<Item> items;
        for (;;) {
            auto row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            auto secret = vault::openSecret(oldKey, databaseId, col.kind, read->blob(1), read->blob(2));
            if (!secret)
                return secret.error();
            items.append(
                {read->int64(0), vault::sealSecret(next, databaseId, col.kind, read->blob(1), *secret)});
        }
        read->reset();
        auto write =
            c.prepare(std::string("UPDATE ") + col.table + " SET " + col.column + " = ? WHERE rowid = ?");
        if (!write)
            return write.error();
        for (const Item& item : std::as_const(items)) {
            write->reset();
            write->bindBlob(1, item.sealed).bind(2, item.rowId);
            OREC_TRY(write->run());
        }
    }
    // Every copy that still opens for its holder gets the new key; the others go.
    auto rows = c.prepare(
        "SELECT h.user_name, h.box_key, h.sealed_key IS NOT NULL AND (h.user_name = ? OR EXISTS (SELECT 1 FROM "
        "users u WHERE u.name = h.user_name AND u.removed_at IS NULL AND u.box_key = h.box_key AND u.role IN "
        "('admin', 'clerk'))) FROM exchange_key_holders h ORDER BY h.user_name");
    if (!rows)
        return rows.error();
    rows->bind(1, recoveryHolder());
    QList<QPair<QString, QByteArray>> keep;
    QStringList drop;
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (rows->int64(2) != 0)
            keep.append({rows->text(0), rows->blob(1)});
        else
            drop << rows->text(0);
    }
    rows->reset();
    for (const QString& holder : std::as_const(drop)) {
        auto del = c.prepare("DELETE FROM exchange_key_holders WHERE user_name = ?");
        if (!del)
            return del.error();
        del->bind(1, holder);
        OREC_TRY(del->run());
        OREC_TRY(auditHolder(scope, holder, QStringLiteral("drop")));
    }
    for (const auto& [holder, boxKey] : std::as_const(keep)) {
        OREC_TRY(resealHolder(scope, holder, boxKey, next));
        OREC_TRY(auditHolder(scope, holder, QStringLiteral("rekey")));
    }
    return {};
}

Result<bool> ExchangeKeyVault::rewrapDue()
{
    if (!available())
        return false;
    auto n = m_database.connection().queryInt(
        "SELECT count(*) FROM exchange_key_holders WHERE sealed_key IS NULL");
    if (!n)
        return n.error();
    return *n > 0;
}

Status ExchangeKeyVault::rewrapIfDue(WriteScope& scope)
{
    auto due = rewrapDue();
    if (!due)
        return due.error();
    if (!*due || !m_database.can(Permission::ManageUsers))
        return {};
    auto holdsIt = sessionHolds();
    if (!holdsIt)
        return holdsIt.error();
    if (!*holdsIt)
        return {};
    return rewrap(scope);
}

} // namespace orec
