#include "storage/database.h"

#include "core/result_try.h"
#include "storage/backup.h"
#include "storage/exchange_key_vault.h"
#include "storage/migrations.h"
#include "storage/record_binding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

QString nowText(const Clock& clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

// Unlock and recovery open an existing file: a missing one is NotFound, a folder an I/O error.
Status checkIsAFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error(ErrorCode::Io, Texts::tr("This is a folder, not a database file."), path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, Texts::tr("The database file does not exist."), path);
    return {};
}

QJsonObject userJson(const QString& name, Role role)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("role"), roleCode(role)}};
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject keysJson(const QByteArray& signingPublic, const QByteArray& boxPublic)
{
    return {{QStringLiteral("signing_key"), b64(signingPublic)}, {QStringLiteral("box_key"), b64(boxPublic)}};
}

// Schema 8 began signed audit entries: from then on every entry is sealed.
constexpr int kSignedSchema = 8;

// On a field laptop an audit entry about a record says which fields changed, never their values, so
// that the log of a seized laptop gives no record away (docs/security.md "Field laptop"). The entries
// that say who may sign (users and their keys, the database's own keys, the log's beginning) keep
// their bodies: the check needs the public keys and roles in them.
bool keepsBodyInField(const QString& entity)
{
    return entity == QLatin1String("user") || entity == QLatin1String("key_slot") ||
           entity == QLatin1String("database") || entity == QLatin1String("audit");
}

QJsonObject jsonObjectOf(const QByteArray& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

// {"fields_changed": [...]}: the top-level fields whose values differ, sorted (all of them for a
// record created or deleted); empty when nothing differs.
QByteArray changedFieldNames(const QJsonObject& before, const QJsonObject& after)
{
    QStringList names;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            names << it.key();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            names << it.key();
    }
    if (names.isEmpty())
        return {};
    names.sort();
    return QJsonDocument(QJsonObject{{QStringLiteral("fields_changed"), QJsonArray::fromStringList(names)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

Database::~Database()
{
    m_connection.close();
    m_dataKey.clear();
    m_signingKey.clear();
    m_pendingSigningKey.clear();
    m_boxSecretKey.clear();
    m_lock.release();
}

Status Database::require(Permission permission) const
{
    if (can(permission))
        return {};
    return Error(ErrorCode::PermissionDenied,
                 Texts::tr("%1 is %2 and may not do this.").arg(m_actor.user, roleDisplayName(m_actor.role)));
}

Result<Database::Created> Database::create(const QString& path, const QString& adminName,
                                           const SecureBytes& passphrase, const DatabaseOptions& options)
{
    OREC_TRY(validateUserName(adminName));
    if (passphrase.empty())
        return Error(ErrorCode::Invalid, Texts::tr("The passphrase is empty."));
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Io, Texts::tr("This is a folder, not a database file."), path);
    if (QFileInfo::exists(path))
        return Error(ErrorCode::Invalid,
                     Texts::tr("A file with this name already exists; choose another name."), path);
    if (const QFileInfo folder(QFileInfo(path).absolutePath()); !folder.isDir())
        return Error(ErrorCode::Io, Texts::tr("The folder for the database does not exist."), path);
    const QString keyPath = KeyStore::slotFilePath(path);
    if (QFileInfo::exists(keyPath))
        return Error(ErrorCode::Invalid, Texts::tr("A key file with this name already exists beside it."),
                     keyPath);

    {
        // Create the file owner-only before SQLite touches it; the lock is on the file itself.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(ErrorCode::Io, Texts::tr("The file cannot be created: %1.").arg(file.errorString()),
                         path);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto lock = FileLock::acquire(path);
    if (!lock) {
        QFile::remove(path);
        return lock.error();
    }

    Created created;
    created.recoveryKey = RecoveryKey::generate();
    auto db = std::unique_ptr<Database>(new Database);
    db->m_options = options;
    db->m_path = path;
    db->m_lock = std::move(*lock);
    db->m_dataKey = created.recoveryKey.deriveDataKey();
    db->m_databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_actor = {adminName, Role::Admin};

    const auto cleanUp = [&](const Error& error) -> Error {
        db->m_connection.close();
        db->m_lock.release();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(keyPath);
        return error;
    };

    sql::OpenOptions openOptions;
    openOptions.mode = sql::OpenMode::ReadWrite;
    auto connection = sql::Connection::open(path, db->m_dataKey, openOptions);
    if (!connection)
        return cleanUp(connection.error());
    db->m_connection = std::move(*connection);

    if (Status s = migrate(db->m_connection, options.schemaVersion); !s)
        return cleanUp(s.error());
    const bool signing = options.schemaVersion < 0 || options.schemaVersion >= kSignedSchema;

    // The first administrator's keys: their slot, and the signing key that is the root of the log.
    db->m_keys = KeyStore::createNew(db->m_databaseId, db->m_dataKey);
    crypto::SignKeyPair adminKey = crypto::generateSignKeyPair();
    crypto::BoxKeyPair box;
    if (Status s = db->m_keys.setSlot(adminName, passphrase, db->m_dataKey, options.kdf, adminKey.secretKey,
                                      false, &box);
        !s)
        return cleanUp(s.error());
    db->m_signingKey = std::move(adminKey.secretKey);
    db->m_signer = adminName;
    db->m_boxSecretKey = std::move(box.secretKey);
    db->m_boxPublicKey = box.publicKey;

    {
        WriteScope scope(*db, Permission::ManageUsers);
        if (!scope.status())
            return cleanUp(scope.status().error());
        auto meta = db->m_connection.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
        if (!meta)
            return cleanUp(meta.error());
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("database_id"), db->m_databaseId},
            {QStringLiteral("created_at"), nowText(*options.clock)},
            {QStringLiteral("created_by"), adminName},
            {QStringLiteral("created_with"), QStringLiteral("overseas-records " OREC_VERSION)}};
        for (const auto& [key, value] : values) {
            meta->reset();
            meta->bind(1, key).bind(2, value);
            if (Status s = meta->run(); !s)
                return cleanUp(s.error());
        }
        if (signing)
            db->m_audit.setSignedFrom(1); // schema 8 wrote meta.audit_signed_from = 1
        QJsonObject genesis;
        if (signing)
            genesis = {{QStringLiteral("root_key"), b64(db->signingPublicKey())},
                       {QStringLiteral("recovery_key"),
                        b64(crypto::publicKeyOfSigningKey(created.recoveryKey.deriveSigningKey()))}};
        if (Status s = scope.audit(QStringLiteral("database"), db->m_databaseId, QStringLiteral("create"), {},
                                   genesis);
            !s)
            return cleanUp(s.error());
        if (signing) {
            if (Status s = db->adoptRecords(scope); !s) // the rules version the schema wrote
                return cleanUp(s.error());
        }
        auto user = db->m_connection.prepare(
            signing
                ? "INSERT INTO users (uuid, name, role, created_at, signing_key, box_key) VALUES (?, ?, 'admin', ?, ?, ?)"
                : "INSERT INTO users (uuid, name, role, created_at) VALUES (?, ?, 'admin', ?)");
        if (!user)
            return cleanUp(user.error());
        user->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, adminName)
            .bind(3, nowText(*options.clock));
        if (signing)
            user->bindBlob(4, db->signingPublicKey()).bindBlob(5, db->m_boxPublicKey);
        if (Status s = user->run(); !s)
            return cleanUp(s.error());
        QJsonObject userAfter = userJson(adminName, Role::Admin);
        if (signing) {
            const QJsonObject keys = keysJson(db->signingPublicKey(), db->m_boxPublicKey);
            for (auto it = keys.begin(); it != keys.end(); ++it)
                userAfter.insert(it.key(), it.value());
        }
        if (Status s =
                scope.audit(QStringLiteral("user"), adminName, QStringLiteral("create"), {}, userAfter);
            !s)
            return cleanUp(s.error());
        // The exchange keys' wrapping key, for the first administrator and the recovery key.
        if (ExchangeKeyVault vault(*db); signing && vault.available()) {
            if (Status s = vault.create(
                    scope, crypto::publicKeyOfSigningKey(created.recoveryKey.deriveSigningKey()));
                !s)
                return cleanUp(s.error());
        }
        // The key file is written before the change commits: a crash in between leaves a file that
        // cannot be opened, which create() removes anyway.
        if (Status s = db->saveKeyStore(); !s)
            return cleanUp(s.error());
        if (Status s = scope.commit(); !s)
            return cleanUp(s.error());
    }
    created.database = std::move(db);
    return created;
}

Result<std::unique_ptr<Database>> Database::unlock(const QString& path, const QString& user,
                                                   const SecureBytes& passphrase,
                                                   const DatabaseOptions& options)
{
    OREC_TRY(checkIsAFile(path));
    OREC_TRY_ASSIGN(auto lock,
                    options.readOnlyWithoutLockFile ? Result<FileLock>(FileLock()) : FileLock::acquire(path));
    auto keys = KeyStore::load(KeyStore::slotFilePath(path));
    if (!keys)
        return keys.error();
    // No name given: the only user of the file, whose slot holds their name sealed; else "admin".
    QString name = user;
    if (name.isEmpty() && !keys->canUnwrapWithoutName())
        name = QStringLiteral("admin");
    OREC_TRY_ASSIGN(auto unwrapped,
                    name.isEmpty() ? keys->unwrapOnlySlot(passphrase) : keys->unwrap(name, passphrase));
    name = unwrapped.user;
    const QByteArray sealedNameToAdd = unwrapped.sealedNameToAdd;
    // Both keys a slot may hold during an interrupted rekey: the key file's MAC is under one of them.
    const SecureBytes slotKey = unwrapped.dataKey.clone();
    const SecureBytes slotNextKey = unwrapped.nextDataKey.clone();
    auto db = openWithKey(path, std::move(lock), std::move(unwrapped.dataKey),
                          std::move(unwrapped.nextDataKey), true, options);
    if (!db)
        return db.error();
    Database& d = **db;
    if (keys->databaseId() != d.m_databaseId)
        return Error(ErrorCode::Corrupt,
                     Texts::tr("The key file beside the database belongs to another database."), path);
    d.m_keys = std::move(*keys);
    OREC_TRY(d.checkKeyFile(slotKey, slotNextKey));
    if (d.m_keys.checksNextDataKey(d.m_dataKey)) {
        // The last rekey re-encrypted the file but stopped before the key file was finished.
        d.m_keys.finishRekey();
        OREC_TRY(d.saveKeyStore());
    } else if (!d.m_keys.keySlots().isEmpty() && !d.m_keys.keySlots().first().sealedNextDataKey.isEmpty()) {
        d.m_keys.abandonRekey(); // the rekey never reached the file
        OREC_TRY(d.saveKeyStore());
    }
    OREC_TRY(d.loadActor(name));
    OREC_TRY(d.useSlotKeys(unwrapped));
    OREC_TRY(d.migrateExisting()); // refuses (writing nothing) when the upgrade is not this user's to make
    // A key file of format 1 named its users in clear: the first successful unlock rewrites it,
    // and gives the slot that opened its sealed name.
    if (!sealedNameToAdd.isEmpty())
        d.m_keys.setSealedName(name, sealedNameToAdd);
    if ((d.m_keys.needsRewrite() || !sealedNameToAdd.isEmpty()) && !options.readOnlyWithoutLockFile)
        OREC_TRY(d.saveKeyStore());
    OREC_TRY(d.confirmSigningKey());
    return db;
}

Status Database::useSlotKeys(KeyStore::Unwrapped& unwrapped)
{
    m_signer = m_actor.user;
    m_boxSecretKey = std::move(unwrapped.boxSecretKey);
    m_boxPublicKey = unwrapped.boxPublicKey;
    m_signingKey = std::move(unwrapped.signingKey);
    m_signingKeyToAdopt = unwrapped.wrappedSigningKeyToAdopt;
    return {};
}

// The signing key from the slot must be the one the register has for this user (registered by an
// administrator's signed entry, or by the user's own rotation). A wrapped key that differs means the
// key file or the users table was rewritten; a pending or new one that is not registered is not used.
Status Database::confirmSigningKey()
{
    if (m_audit.signedFrom() <= 0 || m_openedWithRecovery)
        return {};
    OREC_TRY_ASSIGN(auto stmt, m_connection.prepare(
                                   "SELECT signing_key FROM users WHERE name = ? AND removed_at IS NULL"));
    stmt.bind(1, m_actor.user);
    OREC_TRY_ASSIGN(auto row, stmt.step());
    const QByteArray registered = row ? stmt.blob(0) : QByteArray();
    const bool wrapped = m_signingKeyToAdopt.isEmpty();
    if (!registered.isEmpty() && registered == signingPublicKey()) {
        if (!wrapped && !m_options.readOnlyWithoutLockFile) {
            m_keys.adoptSigningKey(m_actor.user, m_signingKeyToAdopt);
            m_signingKeyToAdopt.clear();
            OREC_TRY(saveKeyStore());
        }
        return {};
    }
    if (wrapped && !registered.isEmpty() && canSign())
        return Error(
            ErrorCode::Corrupt,
            Texts::tr(
                "The signing key in your key slot is not the one this register holds for you: the key "
                "file or the register's users were rewritten outside the program. Do not use this copy; "
                "restore a backup and report it."),
            keyFilePath());
    m_signingKey.clear(); // reads only: an administrator must set this user's passphrase again
    m_signingKeyToAdopt.clear();
    return {};
}

// The key file is authenticated under the data key, and carries a generation the database keeps
// too: a key file changed by someone without the key, or one of the two files put back older than
// the other, is reported before anything is written.
Status Database::checkKeyFile(const SecureBytes& slotKey, const SecureBytes& slotNextKey)
{
    if (m_keys.loadedFormatVersion() >= 3) {
        const bool holds = m_keys.macHolds(m_dataKey) || (!slotKey.empty() && m_keys.macHolds(slotKey)) ||
                           (!slotNextKey.empty() && m_keys.macHolds(slotNextKey));
        if (!holds)
            return Error(
                ErrorCode::Corrupt,
                Texts::tr("The key file was changed outside the program: its authentication code does not "
                          "match. Restore the key file from a backup, or open the database with its recovery "
                          "key."),
                keyFilePath());
    }
    OREC_TRY_ASSIGN(auto recorded, metaValue(QStringLiteral("key_file_generation")));
    if (recorded.isEmpty())
        return {}; // written before key files had generations
    if (m_keys.loadedFormatVersion() < 3)
        return Error(
            ErrorCode::Corrupt,
            Texts::tr("The key file has no authentication code, although this register has used "
                      "authenticated key files (generation %1): it was replaced by an older or altered "
                      "file. Restore the key file from a backup, or open the database with its recovery key.")
                .arg(recorded),
            keyFilePath());
    const qint64 inDatabase = recorded.toLongLong();
    const qint64 inKeyFile = m_keys.generation();
    if (inKeyFile > inDatabase + 1)
        return Error(
            ErrorCode::Corrupt,
            Texts::tr("The database file is older than its key file (key file generation %1, the database "
                      "last saw %2): an earlier copy of the database was put back in place. Restore the "
                      "latest backup, or report it.")
                .arg(inKeyFile)
                .arg(inDatabase),
            m_path);
    if (inKeyFile < inDatabase)
        return Error(
            ErrorCode::Corrupt,
            Texts::tr("The key file is older than its database (key file generation %1, the database last "
                      "saw %2): an earlier copy of the key file was put back in place, which can bring back "
                      "removed users. Restore the latest backup, or report it.")
                .arg(inKeyFile)
                .arg(inDatabase),
            keyFilePath());
    if (inKeyFile == inDatabase + 1 && !m_options.readOnlyWithoutLockFile) {
        // The key file was saved and the change that went with it did not commit (a crash): the
        // database catches up; the key file itself is authentic (its MAC held).
        sql::Transaction t(m_connection);
        OREC_TRY(t.beginStatus());
        OREC_TRY(recordKeyFileGeneration());
        OREC_TRY(t.commit());
    }
    return {};
}

Status Database::recordKeyFileGeneration()
{
    auto stmt =
        m_connection.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_file_generation', ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::number(m_keys.generation()));
    return stmt->run();
}

Status Database::saveKeyStore()
{
    // Read, modify, write under the lock: the key file on disk must still be the one this session read
    // or last wrote. Another writer (a program that ignored the lock, a copy put back by hand) would
    // otherwise lose its change, or have this one lose a user's slot, without anyone noticing.
    if (!m_replaceKeyFile && QFileInfo::exists(keyFilePath())) {
        auto onDisk = KeyStore::load(keyFilePath());
        if (!onDisk || onDisk->generation() != m_keys.generation() || onDisk->databaseId() != m_databaseId)
            return Error(
                ErrorCode::Conflict,
                Texts::tr("The key file was changed by another program while this one had the register "
                          "open; nothing was saved. Close the register and open it again."),
                keyFilePath());
    }
    m_replaceKeyFile = false;
    m_keys.stamp(m_dataKey);
    OREC_TRY(m_keys.save(keyFilePath()));
    if (m_connection.inTransaction())
        return recordKeyFileGeneration();
    sql::Transaction t(m_connection);
    OREC_TRY(t.beginStatus());
    OREC_TRY(recordKeyFileGeneration());
    return t.commit();
}

Result<std::unique_ptr<Database>> Database::openWithRecoveryKey(const QString& path,
                                                                const RecoveryKey& recoveryKey,
                                                                const QString& adminName,
                                                                const DatabaseOptions& options)
{
    OREC_TRY(checkIsAFile(path));
    OREC_TRY_ASSIGN(auto lock, FileLock::acquire(path));
    auto db = openWithKey(path, std::move(lock), recoveryKey.deriveDataKey(), {}, false, options);
    if (!db) {
        if (db.code() == ErrorCode::WrongKey)
            return Error(ErrorCode::WrongKey,
                         Texts::tr("This recovery key does not belong to this database."), path);
        return db.error();
    }
    Database& d = **db;
    auto keys = KeyStore::load(d.keyFilePath());
    if (keys && keys->databaseId() == d.m_databaseId && keys->checksDataKey(d.m_dataKey) &&
        (keys->loadedFormatVersion() < 3 || keys->macHolds(d.m_dataKey)))
        d.m_keys = std::move(*keys);
    else { // lost, damaged, altered or stale: start a fresh key file; the caller adds the administrator's
           // slot
        d.m_keys = KeyStore::createNew(d.m_databaseId, d.m_dataKey);
        d.m_replaceKeyFile = true;
    }
    OREC_TRY(d.loadActor(adminName));
    if (d.m_actor.role != Role::Admin)
        return Error(ErrorCode::PermissionDenied,
                     Texts::tr("Only an administrator can use the recovery key; %1 is %2.")
                         .arg(adminName, roleDisplayName(d.m_actor.role)));
    // What is done with the recovery key alone is signed with the key derived from it.
    d.m_signer = kRecoverySigner;
    d.m_signingKey = recoveryKey.deriveSigningKey();
    d.m_openedWithRecovery = true;
    // The recovery key's box pair opens its copy of the exchange keys (ExchangeKeyVault).
    crypto::BoxKeyPair recoveryBox = crypto::boxKeyPairOfSigningKey(d.m_signingKey);
    d.m_boxSecretKey = std::move(recoveryBox.secretKey);
    d.m_boxPublicKey = recoveryBox.publicKey;
    OREC_TRY(d.migrateExisting());
    return db;
}

Result<std::unique_ptr<Database>> Database::openWithKey(const QString& path, FileLock lock,
                                                        SecureBytes dataKey, SecureBytes nextDataKey,
                                                        bool keyVerified, const DatabaseOptions& options)
{
    auto db = std::unique_ptr<Database>(new Database);
    db->m_options = options;
    db->m_path = path;
    db->m_lock = std::move(lock);
    sql::OpenOptions openOptions;
    if (options.readOnlyWithoutLockFile)
        openOptions.mode = sql::OpenMode::ReadOnly;
    auto connection = sql::Connection::open(path, dataKey, openOptions);
    if (!connection && connection.code() == ErrorCode::WrongKey && !nextDataKey.empty()) {
        connection = sql::Connection::open(path, nextDataKey, openOptions);
        if (connection)
            dataKey = std::move(nextDataKey);
    }
    if (!connection) {
        if (connection.code() == ErrorCode::WrongKey && keyVerified)
            return Error(
                ErrorCode::Corrupt,
                Texts::tr(
                    "The passphrase is right but the database file does not open with its key: the file "
                    "is damaged or was replaced. Restore it from a backup."),
                path);
        return connection.error();
    }
    db->m_connection = std::move(*connection);
    db->m_dataKey = std::move(dataKey);
    OREC_TRY_ASSIGN(auto id, db->metaValue(QStringLiteral("database_id")));
    if (id.isEmpty())
        return Error(ErrorCode::NotADatabase, Texts::tr("This is not an Overseas Records database."), path);
    db->m_databaseId = id;
    return db;
}

Status Database::migrateExisting()
{
    OREC_TRY_ASSIGN(auto current, schemaVersion(m_connection));
    const int target = m_options.schemaVersion < 0 ? latestSchemaVersion() : m_options.schemaVersion;
    if (current >= target) {
        if (current > latestSchemaVersion())
            return migrate(m_connection, target); // reports "newer program needed"
        OREC_TRY(startSigning());
        return loadFieldMode();
    }
    // Signed audit entries start with a key an administrator vouches for: an upgrade across them is
    // theirs to make (a field laptop's secretary is the administrator of their database).
    if (current < kSignedSchema && target >= kSignedSchema && m_actor.role != Role::Admin)
        return Error(
            ErrorCode::PermissionDenied,
            Texts::tr("This register was made by an earlier version of the program. An administrator must "
                      "open it once with this version first: the upgrade starts signing the audit log with "
                      "keys an administrator gives each user."),
            m_path);
    if (m_options.backupBeforeMigrate) {
        const QString stamp = m_options.clock->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString out = m_path + QStringLiteral(".pre-v%1-%2.orecbak").arg(current).arg(stamp);
        OREC_TRY(backup::writeFromFiles(m_path, m_keys.toBytes(), m_databaseId, current,
                                        m_options.clock->nowUtc(), out));
    }
    // The exchange keys are sealed to the administrators' registered box keys, which a register upgraded
    // across schema 8 gets only when it starts signing: the steps before, signing, then the vault.
    const int vaultVersion = ExchangeKeyVault::schemaVersion();
    if (current < vaultVersion && target >= vaultVersion) {
        OREC_TRY(migrate(m_connection, vaultVersion - 1));
        OREC_TRY(startSigning());
        return migrateVault(target);
    }
    OREC_TRY(migrate(m_connection, target));
    OREC_TRY(startSigning());
    return loadFieldMode();
}

Status Database::loadFieldMode()
{
    OREC_TRY_ASSIGN(
        auto exists,
        m_connection.queryInt(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'exchange_mode'"));
    if (exists == 0)
        return {}; // below schema 4 (tests only)
    OREC_TRY_ASSIGN(auto field, m_connection.queryInt(
                                    "SELECT count(*) FROM exchange_mode WHERE id = 1 AND mode = 'field'"));
    m_fieldMode = field > 0;
    return {};
}

// The migration that seals the exchange keys, in one signed change with the audit entries of the holder
// rows it wrote. It needs no secret of the user who runs it (sealing uses public keys), so any user may:
// an entry that adopts a copy for an administrator or the recovery key is valid whoever signs it.
Status Database::migrateVault(int target)
{
    const int vaultVersion = ExchangeKeyVault::schemaVersion();
    const Migration* step = nullptr;
    for (const Migration& m : allMigrations()) {
        if (m.version == vaultVersion)
            step = &m;
    }
    if (!step)
        return Error(ErrorCode::Internal, Texts::tr("The migration of the exchange keys is missing."));
    {
        WriteScope scope(*this, Permission::ReadRecords);
        OREC_TRY(scope.status());
        OREC_TRY(step->apply(m_connection));
        OREC_TRY(m_connection.exec("PRAGMA user_version = " + std::to_string(vaultVersion)));
        if (m_audit.signedFrom() > 0) {
            auto holders =
                m_connection.prepare("SELECT user_name FROM exchange_key_holders ORDER BY user_name");
            if (!holders)
                return holders.error();
            QStringList names;
            for (;;) {
                OREC_TRY_ASSIGN(auto row, holders->step());
                if (!row)
                    break;
                names << holders->text(0);
            }
            holders->reset();
            for (const QString& name : std::as_const(names))
                OREC_TRY(scope.audit(QStringLiteral("exchange_grant"), name, QStringLiteral("adopt")));
        }
        OREC_TRY(scope.commit());
    }
    return migrate(m_connection, target);
}

// From schema 8 on the log is signed from the entry meta.audit_signed_from; the first transaction
// there names the root key. A register upgraded across schema 8 gets that transaction now.
Status Database::startSigning()
{
    OREC_TRY_ASSIGN(auto from, metaValue(QStringLiteral("audit_signed_from")));
    if (from.isEmpty())
        return {}; // below schema 8 (tests only)
    m_audit.setSignedFrom(from.toLongLong());
    OREC_TRY_ASSIGN(auto head, m_audit.head());
    if (head.lastId < m_audit.signedFrom()) {
        if (m_options.readOnlyWithoutLockFile)
            return Error(ErrorCode::Io,
                         Texts::tr("This register must be upgraded, which needs to write to it."), m_path);
        return beginSignatures();
    }
    return {};
}

Status Database::beginSignatures()
{
    if (m_actor.role != Role::Admin)
        return Error(
            ErrorCode::PermissionDenied,
            Texts::tr("An administrator must open this register once with this version first: the upgrade "
                      "starts signing the audit log."),
            m_path);
    // The administrator's own key (from a slot already of format 3, or new), then one for every user
    // with a slot, sealed to that slot: nobody else needs to be present.
    if (!m_openedWithRecovery && !canSign())
        return Error(ErrorCode::Internal, Texts::tr("The administrator's slot gave no signing key."));
    if (!m_openedWithRecovery && !m_signingKeyToAdopt.isEmpty()) {
        m_keys.adoptSigningKey(m_actor.user, m_signingKeyToAdopt); // the administrator's own, now registered
        m_signingKeyToAdopt.clear();
    }
    auto users = m_connection.prepare("SELECT name, role FROM users WHERE removed_at IS NULL ORDER BY name");
    if (!users)
        return users.error();
    QList<QPair<QString, QString>> active;
    for (;;) {
        OREC_TRY_ASSIGN(auto row, users->step());
        if (!row)
            break;
        active.append({users->text(0), users->text(1)});
    }
    const qint64 legacy = m_audit.signedFrom() - 1;
    const QByteArray root =
        m_openedWithRecovery ? crypto::publicKeyOfSigningKey(m_signingKey) : signingPublicKey();
    WriteScope scope(*this, Permission::ManageKeys);
    OREC_TRY(scope.status());
    QJsonArray userList;
    for (const auto& [name, role] : active)
        userList.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), role}});
    QJsonObject begin{{QStringLiteral("root_key"), b64(root)},
                      {QStringLiteral("legacy_entries"), legacy},
                      {QStringLiteral("users"), userList}};
    if (m_openedWithRecovery)
        begin.insert(QStringLiteral("recovery_key"), b64(root));
    OREC_TRY(
        scope.audit(QStringLiteral("audit"), m_databaseId, QStringLiteral("signatures_begin"), {}, begin));
    OREC_TRY_ASSIGN(auto setKeys,
                    m_connection.prepare("UPDATE users SET signing_key = ?, box_key = ? WHERE name = ?"));
    for (const auto& [name, role] : active) {
        Q_UNUSED(role);
        QByteArray signingPublic;
        const bool own = name == m_actor.user && !m_openedWithRecovery;
        if (own) {
            signingPublic = signingPublicKey();
        } else if (m_keys.hasSlot(name)) {
            crypto::SignKeyPair issued = crypto::generateSignKeyPair();
            if (!m_keys.issuePendingSigningKey(name, issued.secretKey))
                continue; // the slot holds a key of its own nobody registered: a reset gives them one
            signingPublic = issued.publicKey;
        } else {
            continue; // no passphrase, no key: they get one when an administrator sets their passphrase
        }
        const QByteArray boxPublic = m_keys.boxPublicKeyOf(name);
        setKeys.reset();
        setKeys.bindBlob(1, signingPublic).bindBlob(2, boxPublic).bind(3, name);
        OREC_TRY(setKeys.run());
        OREC_TRY(scope.audit(QStringLiteral("user"), name,
                             own ? QStringLiteral("key_rotate") : QStringLiteral("key_issue"), {},
                             keysJson(signingPublic, boxPublic)));
    }
    OREC_TRY(adoptRecords(scope));
    // The key file first: if the change does not commit, the next unlock begins again (the slots then
    // hold keys nobody registered, which are simply replaced).
    OREC_TRY(saveKeyStore());
    return scope.commit();
}

// Records that exist before the signed log (the upgrade, and the rules the schema writes) are taken
// into it as they are: one entry each with the record's digest, no body.
Status Database::adoptRecords(WriteScope& scope)
{
    Q_UNUSED(scope);
    const QDateTime at = m_options.clock->nowUtc();
    Status failed;
    RecordBinding binding(m_connection);
    OREC_TRY(binding.scan([&](const RecordBinding::Row& row) {
        if (!failed)
            return;
        failed = m_audit.appendCompact(
            at, m_actor.user, QString::fromLatin1(row.table->entity),
            QString::fromUtf8(row.entityId.data(), static_cast<qsizetype>(row.entityId.size())),
            QStringLiteral("adopt"), {}, {},
            QByteArray(reinterpret_cast<const char*>(row.digest.data()), 32));
    }));
    return failed;
}

Status Database::loadActor(const QString& user)
{
    OREC_TRY_ASSIGN(auto stmt,
                    m_connection.prepare("SELECT role FROM users WHERE name = ? AND removed_at IS NULL"));
    stmt.bind(1, user);
    OREC_TRY_ASSIGN(auto row, stmt.step());
    const auto role = row ? roleFromCode(stmt.text(0)) : std::nullopt;
    if (!role)
        return Error(ErrorCode::WrongKey, Texts::tr("Unknown user or wrong passphrase."), user);
    m_actor = {user, *role};
    return {};
}

Result<QString> Database::metaValue(const QString& key)
{
    OREC_TRY_ASSIGN(auto stmt, m_connection.prepare("SELECT value FROM meta WHERE key = ?"));
    stmt.bind(1, key);
    auto row = stmt.step();
    if (!row) {
        if (row.code() == ErrorCode::Internal) // no meta table: not one of ours
            return QString();
        return row.error();
    }
    return *row ? stmt.text(0) : QString();
}

Status Database::rotateDataKey(const RecoveryKey& next)
{
    if (m_writeDepth > 0)
        return Error(ErrorCode::Internal, Texts::tr("The key cannot be changed in the middle of a change."));
    SecureBytes nextKey = next.deriveDataKey();
    // 1. The key file learns the next key first, so a crash at any point leaves a way in.
    m_keys.beginRekey(nextKey);
    OREC_TRY(saveKeyStore());
    // 2. The file is re-encrypted in one SQLite transaction.
    if (Status s = m_connection.rekey(nextKey); !s) {
        m_keys.abandonRekey();
        (void)saveKeyStore();
        return s;
    }
    // 3. The old key is dropped.
    m_keys.finishRekey();
    m_dataKey = std::move(nextKey);
    OREC_TRY(saveKeyStore());
    WriteScope scope(*this, Permission::ManageKeys);
    OREC_TRY(scope.status());
    // The new recovery key signs from now on what is done with it alone.
    const QByteArray recoveryPublic = crypto::publicKeyOfSigningKey(next.deriveSigningKey());
    OREC_TRY(scope.audit(QStringLiteral("database"), m_databaseId, QStringLiteral("rekey"), {},
                         {{QStringLiteral("recovery_key"), b64(recoveryPublic)}}));
    // ... and holds the copy of the exchange keys the old one held.
    OREC_TRY(ExchangeKeyVault(*this).replaceRecovery(scope, recoveryPublic));
    return scope.commit();
}

Status Database::setUserPassphrase(WriteScope& scope, const QString& user, const SecureBytes& passphrase)
{
    OREC_TRY(scope.status());
    // A user's own change rotates their key; anything else (a new user, a reset, the recovery key) is
    // a key an administrator made, so it is marked issued until the user changes their passphrase.
    const bool own = user == m_actor.user && !m_openedWithRecovery;
    crypto::SignKeyPair signing = crypto::generateSignKeyPair();
    crypto::BoxKeyPair box;
    OREC_TRY(m_keys.setSlot(user, passphrase, m_dataKey, m_options.kdf, signing.secretKey, !own, &box));
    if (m_audit.signedFrom() > 0) {
        OREC_TRY_ASSIGN(auto setKeys,
                        m_connection.prepare("UPDATE users SET signing_key = ?, box_key = ? WHERE name = ?"));
        setKeys.bindBlob(1, signing.publicKey).bindBlob(2, box.publicKey).bind(3, user);
        OREC_TRY(setKeys.run());
        OREC_TRY(scope.audit(QStringLiteral("user"), user,
                             own ? QStringLiteral("key_rotate") : QStringLiteral("key_issue"), {},
                             keysJson(signing.publicKey, box.publicKey)));
        // Before the session's box key changes: an own change re-seals the copy with the old one.
        OREC_TRY(ExchangeKeyVault(*this).afterPassphraseChange(scope, user, own, box.publicKey));
    }
    OREC_TRY(saveKeyStore());
    if (own) {
        // This change is still sealed with the old key; the new one signs what follows.
        m_pendingSigningKey = std::move(signing.secretKey);
        m_boxSecretKey = std::move(box.secretKey);
        m_boxPublicKey = box.publicKey;
    }
    return {};
}

void Database::takePendingSigningKey()
{
    if (!m_pendingSigningKey.empty())
        m_signingKey = std::move(m_pendingSigningKey);
}

Result<Database::SignedHead> Database::signedHead()
{
    OREC_TRY_ASSIGN(auto head, m_audit.head());
    SignedHead out;
    out.checkpoint.entryId = head.lastId;
    out.checkpoint.code = Checkpoint::codeFor(m_databaseId, head.lastId, head.lastHash);
    out.hash = head.lastHash;
    out.signer = m_signer;
    if (canSign()) {
        out.publicKey = signingPublicKey();
        out.signature = crypto::signDetached(
            m_signingKey, AuditLog::sealMessage(m_databaseId, head.lastId, head.lastHash, m_signer));
    }
    return out;
}

Result<Database::CheckReport> Database::check(const CheckOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    CheckReport report;
    report.full = options.full;
    // Its own read-only connection: the desktop runs the check on a worker thread while the session's
    // connection stays with the GUI thread. The lock on the file is this process's already.
    sql::OpenOptions readOnly;
    readOnly.mode = sql::OpenMode::ReadOnly;
    OREC_TRY_ASSIGN(auto opened, sql::Connection::open(m_path, m_dataKey, readOnly));
    sql::Connection& connection = opened;
    OREC_TRY(connection.exec("PRAGMA cache_size = -" + std::to_string(kCheckCacheMegabytes * 1024)));
    sql::Transaction snapshot(connection, sql::TransactionKind::Deferred); // one consistent read
    OREC_TRY(snapshot.beginStatus());
    // SQLite's own checks give no count: the caller hears (0, 0) now and then, and may stop them.
    const auto stopped = [] { return Error(ErrorCode::Cancelled, Texts::tr("The check was stopped.")); };
    bool cancelled = false;
    if (options.progress && !options.progress(0, 0))
        return stopped();
    if (options.progress) {
        connection.setProgressHandler([&] {
            cancelled = cancelled || !options.progress(0, 0);
            return !cancelled;
        });
    }
    QElapsedTimer phase;
    phase.start();
    OREC_TRY_ASSIGN(auto integrity,
                    connection.prepare(options.full ? "PRAGMA integrity_check" : "PRAGMA quick_check"));
    for (;;) {
        auto row = integrity.step();
        if (!row && cancelled)
            return stopped();
        if (!row) {
            report.integrityProblems << row.error().message;
            break;
        }
        if (!*row)
            break;
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            report.integrityProblems << line;
    }
    report.integrityMilliseconds = phase.restart();
    if (options.full) {
        OREC_TRY_ASSIGN(auto fk, connection.prepare("PRAGMA foreign_key_check"));
        for (;;) {
            auto row = fk.step();
            if (!row && cancelled)
                return stopped();
            if (!row || !*row)
                break;
            report.foreignKeyProblems << Texts::tr("Row %1 of %2 points to a missing row of %3.")
                                             .arg(fk.int64(1))
                                             .arg(fk.text(0), fk.text(2));
        }
        report.foreignKeyMilliseconds = phase.restart();
    }
    // The key file on disk now, not the copy read at unlock.
    auto onDisk = KeyStore::load(keyFilePath());
    if (!onDisk)
        report.keyFileProblems << onDisk.error().toString();
    else if (onDisk->loadedFormatVersion() >= 3 && !onDisk->macHolds(m_dataKey))
        report.keyFileProblems << Texts::tr(
            "The key file was changed outside the program: its authentication code does "
            "not match.");
    else if (onDisk->generation() != m_keys.generation())
        report.keyFileProblems
            << Texts::tr("The key file on disk (generation %1) is not the one this session wrote "
                         "(generation %2): it was replaced while the register was open.")
                   .arg(onDisk->generation())
                   .arg(m_keys.generation());

    connection.setProgressHandler({}); // the walk of the log counts its own progress
    VerifyOptions verify;
    verify.checkpoint = options.checkpoint;
    verify.progress = options.progress;
    if (canSign() && !m_openedWithRecovery) {
        verify.sessionUser = m_actor.user;
        verify.sessionKey = signingPublicKey();
    }
    OREC_TRY_ASSIGN(auto audit, AuditVerifier(connection, m_databaseId, m_audit.signedFrom()).run(verify));
    report.audit = audit;
    auto version = schemaVersion(connection);
    report.schemaVersion = version ? *version : 0;
    report.milliseconds = timer.elapsed();
    if (!report.ok() && m_damage.isEmpty()) {
        m_damage = !report.integrityProblems.isEmpty()    ? report.integrityProblems.first()
                   : !report.foreignKeyProblems.isEmpty() ? report.foreignKeyProblems.first()
                   : !report.keyFileProblems.isEmpty()    ? report.keyFileProblems.first()
                   : !report.audit.intact                 ? report.audit.problem
                                                          : report.audit.records.value(0).message;
    }
    return report;
}

// ---- WriteScope ---------------------------------------------------------------------------

WriteScope::WriteScope(Database& database, Permission permission) : m_database(database)
{
    m_status = m_database.require(permission);
    if (!m_status)
        return;
    if (!m_database.m_damage.isEmpty()) {
        m_status =
            Error(ErrorCode::Corrupt,
                  Texts::tr("Nothing can be changed: the check found this register damaged or tampered with "
                            "(%1). Restore a backup that passes the check.")
                      .arg(m_database.m_damage),
                  m_database.m_path);
        return;
    }
    if (m_database.m_writeDepth == 0) {
        m_status = m_database.connection().exec("BEGIN IMMEDIATE");
    } else {
        m_savepoint = "orec_scope_" + std::to_string(m_database.m_writeDepth);
        m_status = m_database.connection().exec("SAVEPOINT " + m_savepoint);
    }
    if (m_status) {
        m_active = true;
        if (m_database.m_writeDepth++ == 0)
            m_database.m_audit.setHeadCaching(true);
    }
}

WriteScope::~WriteScope()
{
    rollback();
}

Status WriteScope::audit(const QString& entity, const QString& entityId, const QString& action,
                         const QJsonObject& before, const QJsonObject& after)
{
    if (!m_active)
        return m_status ? Error(ErrorCode::Internal, Texts::tr("The change has already ended.")) : m_status;
    OREC_TRY_ASSIGN(auto digest, recordDigest(entity, entityId));
    if (m_database.m_fieldMode && !keepsBodyInField(entity))
        return m_database.auditLog().appendCompact(m_database.clock().nowUtc(), m_database.actor().user,
                                                   entity, entityId, action, {},
                                                   changedFieldNames(before, after), digest);
    return m_database.auditLog().append(m_database.clock().nowUtc(), m_database.actor().user, entity,
                                        entityId, action, before, after, digest);
}

Result<QByteArray> WriteScope::recordDigest(const QString& entity, const QString& entityId)
{
    if (m_database.m_audit.signedFrom() <= 0)
        return QByteArray();
    OREC_TRY_ASSIGN(auto digest, RecordBinding(m_database.connection()).digestOf(entity, entityId));
    return digest.value_or(QByteArray());
}

Status WriteScope::auditCompact(const QString& entity, const QString& entityId, const QString& action,
                                const QByteArray& beforeJson, const QByteArray& afterJson)
{
    if (!m_active)
        return m_status ? Error(ErrorCode::Internal, Texts::tr("The change has already ended.")) : m_status;
    OREC_TRY_ASSIGN(auto digest, recordDigest(entity, entityId));
    if (m_database.m_fieldMode && !keepsBodyInField(entity))
        return m_database.auditLog().appendCompact(
            m_database.clock().nowUtc(), m_database.actor().user, entity, entityId, action, {},
            changedFieldNames(jsonObjectOf(beforeJson), jsonObjectOf(afterJson)), digest);
    return m_database.auditLog().appendCompact(m_database.clock().nowUtc(), m_database.actor().user, entity,
                                               entityId, action, beforeJson, afterJson, digest);
}

Status WriteScope::commit()
{
    if (!m_active)
        return m_status ? Error(ErrorCode::Internal, Texts::tr("The change has already ended.")) : m_status;
    if (m_savepoint.empty() && m_database.m_audit.signedFrom() > 0 && m_database.m_audit.hasUnsealed()) {
        // The user signs the chain's head: every entry of this change, and all before it.
        if (Status sealed = m_database.m_audit.seal(m_database.m_signer, m_database.m_signingKey,
                                                    m_database.m_databaseId);
            !sealed) {
            rollback();
            return sealed;
        }
    }
    Status s = m_savepoint.empty() ? m_database.connection().exec("COMMIT")
                                   : m_database.connection().exec("RELEASE " + m_savepoint);
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    if (--m_database.m_writeDepth == 0) {
        m_database.m_audit.setHeadCaching(false);
        m_database.takePendingSigningKey();
    }
    return {};
}

void WriteScope::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // What was appended since the head was read may be undone: read it again next time.
    m_database.m_audit.forgetHead(m_savepoint.empty());
    if (--m_database.m_writeDepth == 0) {
        m_database.m_audit.setHeadCaching(false);
        m_database.m_pendingSigningKey.clear();
    }
    if (m_savepoint.empty()) {
        if (m_database.connection().inTransaction())
            (void)m_database.connection().exec("ROLLBACK");
    } else {
        (void)m_database.connection().exec("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint);
    }
}

} // namespace orec
