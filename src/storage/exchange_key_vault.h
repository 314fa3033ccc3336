// ExchangeKeyVault: the database's exchange secret keys sealed to the users who hold the right to sign
// as home (Permission::SignAsHome), so that the data key alone opens none of them (docs/security.md,
// "Home's exchange keys").
//
// Every exchange secret (signing key, long-term X25519 key, short-lived receive keys, enrolment keys)
// is stored encrypted (XChaCha20-Poly1305) under one random 256-bit *wrapping key*; table
// exchange_key_holders holds that key sealed (crypto_box_seal) to each holder's registered X25519 key
// (users.box_key) and to the recovery key's, and nothing else holds it. A session opens its holder's
// copy with its own box secret key (Database::boxSecretKey()). Every change to the holders is a
// signed audit entry (entity "exchange_grant"), and the table is bound to its entries (`orec check`).
#pragma once

#include "core/result.h"
#include "core/role.h"
#include "core/secure_bytes.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace orec {

// Which secret a sealed blob holds. Part of its associated data with the database id and the public
// value of its row, so that a blob cannot be moved to another row, column or database.
enum class VaultSecret {
    SigningKey,     // exchange_identity.sign_secret_sealed, bound to sign_public
    LongTermBoxKey, // exchange_identity.box_secret_sealed, bound to box_public
    ReceiveKey,     // exchange_receive_keys.secret_sealed, bound to box_public
    EnrolmentKey,   // exchange_peers.enrolment_key, bound to enrolment_id
};

namespace vault {

constexpr int kWrappingKeyBytes = 32;

// 32 bytes that name a wrapping key without revealing it (BLAKE2b keyed by it).
QByteArray keyId(const SecureBytes& wrappingKey);
QByteArray sealSecret(const SecureBytes& wrappingKey, const QString& databaseId, VaultSecret kind,
                      const QByteArray& binding, const SecureBytes& secret);
Result<SecureBytes> openSecret(const SecureBytes& wrappingKey, const QString& databaseId, VaultSecret kind,
                               const QByteArray& binding, const QByteArray& sealed);
// The copy of a wrapping key for one holder: sealed to their X25519 public key.
QByteArray sealKeyTo(const QByteArray& boxPublic, const SecureBytes& wrappingKey);

// The recovery key's Ed25519 public key, as the signed audit log last registered it (database
// create, rekey, or the upgrade to signed entries); empty when none was.
Result<QByteArray> registeredRecoveryKey(sql::Connection& connection);

} // namespace vault

struct ExchangeKeyHolder
{
    QString user;
    Role role = Role::Clerk;
    QString grantedBy;
    QDateTime grantedAt;
};

class ExchangeKeyVault
{
public:
    // The holder name of the recovery key's copy.
    static const QString& recoveryHolder();
    // The schema version whose migration made the vault (home_keys: schema_exchange_vault.cpp).
    static int schemaVersion();

    explicit ExchangeKeyVault(Database& database) : m_database(database) {}

    // The database has the vault (schema new enough); below it the secrets are in the columns of old.
    bool available();

    // Users whose copy opens with their registered key, by name; the recovery key's is not listed.
    Result<QList<ExchangeKeyHolder>> holders();
    Result<bool> holds(const QString& user);
    Result<bool> recoveryHolds();
    // Whether this session's box key opens a copy (the user's own, or the recovery key's).
    Result<bool> sessionHolds();
    // PermissionDenied, naming who holds the right, unless the session holds it.
    Status requireSessionHolds();
    // The sentence of that refusal (also shown before the user starts, in the windows).
    Result<QString> refusalText();

    // The wrapping key, opened with the session's box secret key.
    Result<SecureBytes> wrappingKey();
    Result<QByteArray> seal(VaultSecret kind, const QByteArray& binding, const SecureBytes& secret);
    Result<SecureBytes> open(VaultSecret kind, const QByteArray& binding, const QByteArray& sealed);

    // ---- changes, inside the caller's WriteScope, each an audit entry of entity "exchange_grant" -----
    // A new database: a fresh wrapping key for the session's user and the recovery key.
    Status create(WriteScope& scope, const QByteArray& recoverySigningPublic);
    // Seals the key to `user`'s registered box key. The session must hold it; the user must be an
    // active administrator or clerk with a registered key.
    Status grant(WriteScope& scope, const QString& user);
    // Deletes `user`'s copy (action "revoke": an administrator's decision; "drop": it went with a
    // reset passphrase, a removal or a change of role). When this session holds the key, a new wrapping
    // key replaces it at once, so the withdrawn copy opens nothing sealed from now on; otherwise the
    // copy is blanked and the next administrator who holds the key replaces it (rewrapIfDue).
    Status withdraw(WriteScope& scope, const QString& user, const QString& action);
    // Database::setUserPassphrase, before the session's keys change: `user`'s copy follows their new
    // box key when they change it themselves (or with the recovery key); a reset drops it.
    Status afterPassphraseChange(WriteScope& scope, const QString& user, bool own,
                                 const QByteArray& newBoxPublic);
    // A rekey drew a new recovery key: its copy replaces the old one (dropped when the session cannot
    // open the key).
    Status replaceRecovery(WriteScope& scope, const QByteArray& recoverySigningPublic);
    // A new wrapping key: every sealed secret re-encrypted, a new copy for every current holder, copies
    // that no longer open for their user deleted.
    Status rewrap(WriteScope& scope);
    Result<bool> rewrapDue();
    // After a copy was withdrawn by someone who could not replace the key: replaces it now, when this
    // session is an administrator who holds it.
    Status rewrapIfDue(WriteScope& scope);

private:
    QString sessionHolder() const;
    Status rewrapWith(WriteScope& scope, const SecureBytes& oldKey);
    Status auditHolder(WriteScope& scope, const QString& holder, const QString& action);

    Database& m_database;
};

} // namespace orec
