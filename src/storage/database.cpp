#include "storage/database.h"

#include "storage/backup.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace orec {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("orec", text);
}

QString nowText(const Clock& clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

// Unlock and recovery open an existing file: a missing one is NotFound, a folder an I/O error.
Status checkIsAFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error(ErrorCode::Io, tr("This is a folder, not a database file."), path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, tr("The database file does not exist."), path);
    return {};
}

QJsonObject userJson(const QString& name, Role role)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("role"), roleCode(role)}};
}

} // namespace

Database::~Database()
{
    m_connection.close();
    m_dataKey.clear();
    m_lock.release();
}

Status Database::require(Permission permission) const
{
    if (can(permission))
        return {};
    return Error(ErrorCode::PermissionDenied,
                 tr("%1 is %2 and may not do this.").arg(m_actor.user, roleDisplayName(m_actor.role)));
}

Result<Database::Created> Database::create(const QString& path, const QString& adminName,
                                           const SecureBytes& passphrase, const DatabaseOptions& options)
{
    OREC_TRY(validateUserName(adminName));
    if (passphrase.empty())
        return Error(ErrorCode::Invalid, tr("The passphrase is empty."));
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Io, tr("This is a folder, not a database file."), path);
    if (QFileInfo::exists(path))
        return Error(ErrorCode::Invalid, tr("A file with this name already exists; choose another name."),
                     path);
    if (const QFileInfo folder(QFileInfo(path).absolutePath()); !folder.isDir())
        return Error(ErrorCode::Io, tr("The folder for the database does not exist."), path);
    const QString keyPath = KeyStore::slotFilePath(path);
    if (QFileInfo::exists(keyPath))
        return Error(ErrorCode::Invalid, tr("A key file with this name already exists beside it."), keyPath);

    auto lock = FileLock::acquire(path);
    if (!lock)
        return lock.error();

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
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(keyPath);
        return error;
    };

    {
        // Create the file owner-only before SQLite touches it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(ErrorCode::Io, tr("The file cannot be created: %1.").arg(file.errorString()), path);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    sql::OpenOptions openOptions;
    openOptions.mode = sql::OpenMode::ReadWrite;
    auto connection = sql::Connection::open(path, db->m_dataKey, openOptions);
    if (!connection)
        return cleanUp(connection.error());
    db->m_connection = std::move(*connection);

    if (Status s = migrate(db->m_connection, options.schemaVersion); !s)
        return cleanUp(s.error());

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
        auto user = db->m_connection.prepare(
            "INSERT INTO users (uuid, name, role, created_at) VALUES (?, ?, 'admin', ?)");
        if (!user)
            return cleanUp(user.error());
        user->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, adminName)
            .bind(3, nowText(*options.clock));
        if (Status s = user->run(); !s)
            return cleanUp(s.error());
        if (Status s = scope.audit(QStringLiteral("database"), db->m_databaseId, QStringLiteral("create"));
            !s)
            return cleanUp(s.error());
        if (Status s = scope.audit(QStringLiteral("user"), adminName, QStringLiteral("create"), {},
                                   userJson(adminName, Role::Admin));
            !s)
            return cleanUp(s.error());
        if (Status s = scope.commit(); !s)
            return cleanUp(s.error());
    }

    db->m_keys = KeyStore::createNew(db->m_databaseId, db->m_dataKey);
    if (Status s = db->m_keys.setSlot(adminName, passphrase, db->m_dataKey, options.kdf); !s)
        return cleanUp(s.error());
    if (Status s = db->saveKeyStore(); !s)
        return cleanUp(s.error());
    created.database = std::move(db);
    return created;
}

Result<std::unique_ptr<Database>> Database::unlock(const QString& path, const QString& user,
                                                   const SecureBytes& passphrase,
                                                   const DatabaseOptions& options)
{
    OREC_TRY(checkIsAFile(path));
    auto lock = options.readOnlyWithoutLockFile ? Result<FileLock>(FileLock()) : FileLock::acquire(path);
    if (!lock)
        return lock.error();
    auto keys = KeyStore::load(KeyStore::slotFilePath(path));
    if (!keys)
        return keys.error();
    // No name given: the only user of the file, whose slot holds their name sealed; else "admin".
    QString name = user;
    if (name.isEmpty() && !keys->canUnwrapWithoutName())
        name = QStringLiteral("admin");
    auto unwrapped = name.isEmpty() ? keys->unwrapOnlySlot(passphrase) : keys->unwrap(name, passphrase);
    if (!unwrapped)
        return unwrapped.error();
    name = unwrapped->user;
    const QByteArray sealedNameToAdd = unwrapped->sealedNameToAdd;
    auto db = openWithKey(path, std::move(*lock), std::move(unwrapped->dataKey),
                          std::move(unwrapped->nextDataKey), true, options);
    if (!db)
        return db.error();
    Database& d = **db;
    if (keys->databaseId() != d.m_databaseId)
        return Error(ErrorCode::Corrupt, tr("The key file beside the database belongs to another database."),
                     path);
    d.m_keys = std::move(*keys);
    if (d.m_keys.checksNextDataKey(d.m_dataKey)) {
        // The last rekey re-encrypted the file but stopped before the key file was finished.
        d.m_keys.finishRekey();
        OREC_TRY(d.saveKeyStore());
    } else if (!d.m_keys.keySlots().isEmpty() && !d.m_keys.keySlots().first().sealedNextDataKey.isEmpty()) {
        d.m_keys.abandonRekey(); // the rekey never reached the file
        OREC_TRY(d.saveKeyStore());
    }
    OREC_TRY(d.loadActor(name));
    // A key file of format 1 named its users in clear: the first successful unlock rewrites it,
    // and gives the slot that opened its sealed name.
    if (!sealedNameToAdd.isEmpty())
        d.m_keys.setSealedName(name, sealedNameToAdd);
    if ((d.m_keys.needsRewrite() || !sealedNameToAdd.isEmpty()) && !options.readOnlyWithoutLockFile)
        OREC_TRY(d.saveKeyStore());
    OREC_TRY(d.migrateExisting());
    return db;
}

Result<std::unique_ptr<Database>> Database::openWithRecoveryKey(const QString& path,
                                                                const RecoveryKey& recoveryKey,
                                                                const QString& adminName,
                                                                const DatabaseOptions& options)
{
    OREC_TRY(checkIsAFile(path));
    auto lock = FileLock::acquire(path);
    if (!lock)
        return lock.error();
    auto db = openWithKey(path, std::move(*lock), recoveryKey.deriveDataKey(), {}, false, options);
    if (!db) {
        if (db.code() == ErrorCode::WrongKey)
            return Error(ErrorCode::WrongKey, tr("This recovery key does not belong to this database."),
                         path);
        return db.error();
    }
    Database& d = **db;
    auto keys = KeyStore::load(d.keyFilePath());
    if (keys && keys->databaseId() == d.m_databaseId && keys->checksDataKey(d.m_dataKey))
        d.m_keys = std::move(*keys);
    else // lost, damaged or stale: start a fresh key file; the caller adds the administrator's slot
        d.m_keys = KeyStore::createNew(d.m_databaseId, d.m_dataKey);
    OREC_TRY(d.loadActor(adminName));
    if (d.m_actor.role != Role::Admin)
        return Error(ErrorCode::PermissionDenied,
                     tr("Only an administrator can use the recovery key; %1 is %2.")
                         .arg(adminName, roleDisplayName(d.m_actor.role)));
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
                tr("The passphrase is right but the database file does not open with its key: the file "
                   "is damaged or was replaced. Restore it from a backup."),
                path);
        return connection.error();
    }
    db->m_connection = std::move(*connection);
    db->m_dataKey = std::move(dataKey);
    auto id = db->metaValue(QStringLiteral("database_id"));
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Error(ErrorCode::NotADatabase, tr("This is not an Overseas Records database."), path);
    db->m_databaseId = *id;
    return db;
}

Status Database::migrateExisting()
{
    auto current = schemaVersion(m_connection);
    if (!current)
        return current.error();
    const int target = m_options.schemaVersion < 0 ? latestSchemaVersion() : m_options.schemaVersion;
    if (*current >= target) {
        if (*current > latestSchemaVersion())
            return migrate(m_connection, target); // reports "newer program needed"
        return {};
    }
    if (m_options.backupBeforeMigrate) {
        const QString stamp = m_options.clock->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString out = m_path + QStringLiteral(".pre-v%1-%2.orecbak").arg(*current).arg(stamp);
        OREC_TRY(backup::writeFromFiles(m_path, m_keys.toBytes(), m_databaseId, *current,
                                        m_options.clock->nowUtc(), out));
    }
    return migrate(m_connection, target);
}

Status Database::loadActor(const QString& user)
{
    auto stmt = m_connection.prepare("SELECT role FROM users WHERE name = ? AND removed_at IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, user);
    auto row = stmt->step();
    if (!row)
        return row.error();
    const auto role = *row ? roleFromCode(stmt->text(0)) : std::nullopt;
    if (!role)
        return Error(ErrorCode::WrongKey, tr("Unknown user or wrong passphrase."), user);
    m_actor = {user, *role};
    return {};
}

Result<QString> Database::metaValue(const QString& key)
{
    auto stmt = m_connection.prepare("SELECT value FROM meta WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        if (row.code() == ErrorCode::Internal) // no meta table: not one of ours
            return QString();
        return row.error();
    }
    return *row ? stmt->text(0) : QString();
}

Status Database::rotateDataKey(const RecoveryKey& next)
{
    if (m_writeDepth > 0)
        return Error(ErrorCode::Internal, tr("The key cannot be changed in the middle of a change."));
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
    OREC_TRY(scope.audit(QStringLiteral("database"), m_databaseId, QStringLiteral("rekey")));
    return scope.commit();
}

Result<Database::CheckReport> Database::check()
{
    CheckReport report;
    auto integrity = m_connection.prepare("PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    for (;;) {
        auto row = integrity->step();
        if (!row) {
            report.integrityProblems << row.error().message;
            break;
        }
        if (!*row)
            break;
        const QString line = integrity->text(0);
        if (line != QLatin1String("ok"))
            report.integrityProblems << line;
    }
    auto fk = m_connection.prepare("PRAGMA foreign_key_check");
    if (!fk)
        return fk.error();
    for (;;) {
        auto row = fk->step();
        if (!row || !*row)
            break;
        report.foreignKeyProblems << tr("Row %1 of %2 points to a missing row of %3.")
                                         .arg(fk->int64(1))
                                         .arg(fk->text(0), fk->text(2));
    }
    auto audit = m_audit.verify();
    if (!audit)
        return audit.error();
    report.audit = *audit;
    auto version = schemaVersion(m_connection);
    report.schemaVersion = version ? *version : 0;
    return report;
}

// ---- WriteScope ---------------------------------------------------------------------------

WriteScope::WriteScope(Database& database, Permission permission) : m_database(database)
{
    m_status = m_database.require(permission);
    if (!m_status)
        return;
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
        return m_status ? Error(ErrorCode::Internal, tr("The change has already ended.")) : m_status;
    return m_database.auditLog().append(m_database.clock().nowUtc(), m_database.actor().user, entity,
                                        entityId, action, before, after);
}

Status WriteScope::auditCompact(const QString& entity, const QString& entityId, const QString& action,
                                const QByteArray& beforeJson, const QByteArray& afterJson)
{
    if (!m_active)
        return m_status ? Error(ErrorCode::Internal, tr("The change has already ended.")) : m_status;
    return m_database.auditLog().appendCompact(m_database.clock().nowUtc(), m_database.actor().user, entity,
                                               entityId, action, beforeJson, afterJson);
}

Status WriteScope::commit()
{
    if (!m_active)
        return m_status ? Error(ErrorCode::Internal, tr("The change has already ended.")) : m_status;
    Status s = m_savepoint.empty() ? m_database.connection().exec("COMMIT")
                                   : m_database.connection().exec("RELEASE " + m_savepoint);
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    if (--m_database.m_writeDepth == 0)
        m_database.m_audit.setHeadCaching(false);
    return {};
}

void WriteScope::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // What was appended since the head was read may be undone: read it again next time.
    m_database.m_audit.forgetHead();
    if (--m_database.m_writeDepth == 0)
        m_database.m_audit.setHeadCaching(false);
    if (m_savepoint.empty()) {
        if (m_database.connection().inTransaction())
            (void)m_database.connection().exec("ROLLBACK");
    } else {
        (void)m_database.connection().exec("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint);
    }
}

} // namespace orec
