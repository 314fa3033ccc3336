// Database: an unlocked, encrypted database file held by one named user, with its lock, keys and audit log.
#pragma once

#include "core/clock.h"
#include "core/crypto.h"
#include "core/result.h"
#include "core/role.h"
#include "core/secure_bytes.h"
#include "storage/audit_log.h"
#include "storage/audit_verifier.h"
#include "storage/file_lock.h"
#include "storage/key_store.h"
#include "storage/recovery_key.h"
#include "storage/sqlite.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace orec {

class WriteScope;

struct Actor
{
    QString user;
    Role role = Role::Auditor;
};

struct DatabaseOptions
{
    // Argon2id cost of key slots written in this session. Tests pass cheapForTestsOnly() explicitly.
    crypto::KdfParams kdf = crypto::KdfParams::interactiveDefault();
    const Clock* clock = &SystemClock::instance();
    // Test-only: create at (or migrate to) this schema version instead of the latest.
    int schemaVersion = -1;
    // A copy of the database and its keys is written before an existing file is migrated.
    bool backupBeforeMigrate = true;
    // Opens to read only, without the lock file beside it, and writes nothing (not even the key file):
    // for when the disk is too full to write the lock file. The caller holds a shared lock of the
    // database file itself instead (app::AccountService::unlock with Access::ReadOnly does).
    bool readOnlyWithoutLockFile = false;
};

class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    struct Created;
    // Creates the file, its key file and its first administrator. Fails if the file exists.
    static Result<Created> create(const QString& path, const QString& adminName,
                                  const SecureBytes& passphrase, const DatabaseOptions& options = {});
    // An empty user means the only user of the key file (a file with one slot), else "admin".
    static Result<std::unique_ptr<Database>> unlock(const QString& path, const QString& user,
                                                    const SecureBytes& passphrase,
                                                    const DatabaseOptions& options = {});
    // Opens with the recovery key alone (the key file may be lost) acting as the named administrator.
    static Result<std::unique_ptr<Database>> openWithRecoveryKey(const QString& path,
                                                                 const RecoveryKey& recoveryKey,
                                                                 const QString& adminName,
                                                                 const DatabaseOptions& options = {});

    sql::Connection& connection() { return m_connection; }
    const Actor& actor() const { return m_actor; }
    const Clock& clock() const { return *m_options.clock; }
    const DatabaseOptions& options() const { return m_options; }
    const QString& path() const { return m_path; }
    QString keyFilePath() const { return KeyStore::slotFilePath(m_path); }
    const QString& databaseId() const { return m_databaseId; }
    AuditLog& auditLog() { return m_audit; }
    bool can(Permission permission) const { return roleAllows(m_actor.role, permission); }
    Status require(Permission permission) const;

    // Key management (the caller checks the actor's permission; the app layer does).
    KeyStore& keyStore() { return m_keys; }
    // Stamps the key file (next generation, MAC under the data key), writes it, and records its
    // generation in the database (inside the caller's transaction when there is one).
    Status saveKeyStore();
    const SecureBytes& dataKey() const { return m_dataKey; }

    // The session's own keys, from the slot that opened it: the Ed25519 key that signs its audit
    // entries and the X25519 pair things are sealed to for this user. Empty when opened with the
    // recovery key (which signs as kRecoverySigner) or from a slot that holds no signing key.
    bool canSign() const { return m_signingKey.size() == crypto::kSignSecretBytes; }
    const QString& signer() const { return m_signer; }
    QByteArray signingPublicKey() const { return crypto::publicKeyOfSigningKey(m_signingKey); }
    // Opened with the recovery key: the box pair is then the recovery key's (crypto::boxKeyPairOfSigningKey
    // of its signing key), which opens the recovery key's copy of the exchange keys.
    const SecureBytes& boxSecretKey() const { return m_boxSecretKey; }
    const QByteArray& boxPublicKey() const { return m_boxPublicKey; }
    bool openedWithRecovery() const { return m_openedWithRecovery; }

    // Gives `user` a key slot for `passphrase` with a new signing key, registered in the users
    // table and the audit log inside `scope`, and saves the key file. The user's own change of
    // passphrase rotates their key (signed with the old one, which then stops); anyone else's is a
    // key an administrator issued, and `check` lists the users still on one. A holder of the exchange
    // keys keeps their copy, sealed to the new key, when they change it themselves (or with the recovery
    // key); a reset drops it (ExchangeKeyVault::afterPassphraseChange).
    Status setUserPassphrase(WriteScope& scope, const QString& user, const SecureBytes& passphrase);
    // Re-encrypts the file under the key of a new recovery key and reseals every slot to it.
    Status rotateDataKey(const RecoveryKey& next);

    // Writes nothing: checks the file, the audit log (chain, signatures, who may sign what) and
    // that every record is what its last audit entry says. Quick: SQLite's quick_check; full: its
    // integrity_check and the foreign keys too. A failed check stops writes for the session.
    struct CheckOptions
    {
        bool full = false;
        std::optional<Checkpoint> checkpoint;
        // Called now and then from the thread the check runs on: (0, 0) while SQLite checks the
        // file's pages (no count known), then audit entries and records done of total. Returning
        // false stops the check (ErrorCode::Cancelled).
        std::function<bool(qint64 done, qint64 total)> progress;
    };
    struct CheckReport
    {
        bool full = false;
        QStringList integrityProblems; // empty when PRAGMA integrity_check / quick_check says ok
        QStringList foreignKeyProblems;
        ChainVerification audit;
        QStringList keyFileProblems;
        int schemaVersion = 0;
        qint64 milliseconds = 0;
        // Where the time went (the audit log's and the records' part are in `audit`).
        qint64 integrityMilliseconds = 0;  // quick_check or integrity_check
        qint64 foreignKeyMilliseconds = 0; // full only
        bool ok() const
        {
            return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && audit.ok() &&
                   keyFileProblems.isEmpty();
        }
    };
    Result<CheckReport> check(const CheckOptions& options);
    // The page cache of the check's own connection.
    static constexpr int kCheckCacheMegabytes = 2;
    Result<CheckReport> check() { return check(CheckOptions{true, {}, {}}); }
    // Set when a check found the file damaged or tampered with: writes are refused from then on.
    const QString& damage() const { return m_damage; }

    // The chain's head as a checkpoint, signed by this session's user (for backups and packages).
    struct SignedHead
    {
        Checkpoint checkpoint;
        QByteArray hash;
        QString signer;
        QByteArray publicKey;
        QByteArray signature; // over AuditLog::sealMessage(database id, entry, hash, signer)
    };
    Result<SignedHead> signedHead();

    Result<QString> metaValue(const QString& key);

    // A cell secretary's laptop (exchange_mode is 'field'): its audit entries about records keep the
    // names of the fields that changed, never their values (docs/security.md "Field laptop").
    bool isFieldMode() const { return m_fieldMode; }
    void setFieldMode(bool on) { m_fieldMode = on; }

    // Removes the audit entries up to `throughId` (rounded down to the last signed transaction) after
    // checking the whole log, and leaves a signed anchor (table audit_anchor) that carries the chain's
    // hash there, the root key, the recovery key and every user's role and keys forward; the records
    // whose last entry went get an entry of their own ("adopt"). docs/security.md "Field laptop".
    struct Pruned
    {
        qint64 throughId = 0; // 0: nothing was pruned
        qint64 entriesRemoved = 0;
        qint64 recordsAdopted = 0;
        QString skipped; // why nothing was pruned, when the log itself stands in the way
    };
    Result<Pruned> pruneAuditLog(qint64 throughId);
    // Deleted content must not outlive a purge in the file or its journal. beginScrubbedChange() keeps
    // the next transaction's rollback journal in place (journal_mode PERSIST) so that
    // endScrubbedChange() can overwrite it with zeros before it goes; with `vacuum` the file is then
    // rebuilt without free pages. Outside any transaction.
    Status beginScrubbedChange();
    Status endScrubbedChange(bool vacuum);

private:
    friend class WriteScope;
    Database() = default;
    // keyVerified: the key came from a slot whose key check matched, so a refusal means a damaged file.
    static Result<std::unique_ptr<Database>> openWithKey(const QString& path, FileLock lock,
                                                         SecureBytes dataKey, SecureBytes nextDataKey,
                                                         bool keyVerified, const DatabaseOptions& options);
    Status migrateExisting();
    Status migrateVault(int target);
    Status loadFieldMode();
    Status loadActor(const QString& user);
    Status startSigning();
    Status beginSignatures();
    Status adoptRecords(WriteScope& scope);
    Status checkKeyFile(const SecureBytes& slotKey, const SecureBytes& slotNextKey);
    Status recordKeyFileGeneration();
    Status useSlotKeys(KeyStore::Unwrapped& unwrapped);
    Status confirmSigningKey();
    void takePendingSigningKey();

    sql::Connection m_connection;
    FileLock m_lock;
    KeyStore m_keys;
    SecureBytes m_dataKey;
    AuditLog m_audit{m_connection};
    DatabaseOptions m_options;
    QString m_path;
    QString m_databaseId;
    Actor m_actor;
    int m_writeDepth = 0;
    SecureBytes m_signingKey;
    SecureBytes m_pendingSigningKey; // takes over from m_signingKey when the outermost change commits
    QByteArray m_signingKeyToAdopt;  // the slot's key was pending or new: its wrapped form
    QString m_signer;
    SecureBytes m_boxSecretKey;
    QByteArray m_boxPublicKey;
    QString m_damage;
    bool m_openedWithRecovery = false;
    bool m_replaceKeyFile = false; // the recovery key started a fresh key file over a lost or bad one
    bool m_fieldMode = false;
};

struct Database::Created
{
    std::unique_ptr<Database> database;
    RecoveryKey recoveryKey; // show once, never store
};

// A consistent read: a deferred transaction over the database, rolled back when it goes. Many
// lookups inside one read take the file lock and look for a hot journal once, not once each.
class ReadScope
{
public:
    explicit ReadScope(Database& database)
        : m_transaction(database.connection(), sql::TransactionKind::Deferred)
    {}
    const Status& status() const { return m_transaction.beginStatus(); }

private:
    sql::Transaction m_transaction;
};

// A change to records: one transaction (or a savepoint inside an outer scope) whose every write is
// audited. Rolls back on destruction unless committed. Refuses users whose role may not write.
class WriteScope
{
public:
    explicit WriteScope(Database& database, Permission permission = Permission::WriteRecords);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    const Status& status() const { return m_status; }
    Database& database() { return m_database; }
    sql::Connection& connection() { return m_database.connection(); }

    Status audit(const QString& entity, const QString& entityId, const QString& action,
                 const QJsonObject& before = {}, const QJsonObject& after = {});
    // The same with before/after as compact JSON text (AuditLog::appendCompact); empty for none.
    Status auditCompact(const QString& entity, const QString& entityId, const QString& action,
                        const QByteArray& beforeJson, const QByteArray& afterJson);
    Status commit();

private:
    void rollback();
    Result<QByteArray> recordDigest(const QString& entity, const QString& entityId);

    Database& m_database;
    Status m_status;
    std::string m_savepoint; // empty for the outermost scope
    bool m_active = false;
};

} // namespace orec
