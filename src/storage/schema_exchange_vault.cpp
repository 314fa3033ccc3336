// Schema v10: the exchange secret keys sealed to the users who hold the right to sign as home
// (storage/exchange_key_vault.h, docs/security.md "Home's exchange keys"), and what announcing new home
// keys to the laptops needs. Written for SQLite 3.15: no UPSERT, no DROP COLUMN.
//
// An existing database's secrets are encrypted under a fresh wrapping key sealed to its current
// administrators' registered box keys (users.box_key) and to the recovery key's; the plaintext columns
// are overwritten with zeros and then dropped with their tables (secure_delete overwrites the freed
// pages). Sealing needs only public keys, so whoever opens the register first with this version runs it;
// the database then audits the new holder rows (Database::migrateVault).
#include "core/crypto.h"
#include "storage/exchange_key_vault.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QList>

namespace orec::schema {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::migrate)
};

struct Recipient
{
    QString name;
    QByteArray boxPublic;
};

Result<QList<Recipient>> administrators(sql::Connection& c)
{
    auto s =
        c.prepare("SELECT name, box_key FROM users WHERE role = 'admin' AND removed_at IS NULL AND box_key "
                  "IS NOT NULL AND length(box_key) = 32 ORDER BY name");
    if (!s)
        return s.error();
    QList<Recipient> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append({s->text(0), s->blob(1)});
    }
}

Result<bool> hasSecrets(sql::Connection& c)
{
    auto n =
        c.queryInt("SELECT (SELECT count(*) FROM exchange_identity) + (SELECT count(*) FROM "
                   "exchange_receive_keys) + (SELECT count(*) FROM exchange_peers WHERE enrolment_key IS "
                   "NOT NULL)");
    if (!n)
        return n.error();
    return *n > 0;
}

bool allZero(const QByteArray& bytes)
{
    for (char b : bytes) {
        if (b != 0)
            return false;
    }
    return true;
}

SecureBytes secureCopy(QByteArray& bytes)
{
    SecureBytes out(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipeBytes(bytes);
    return out;
}

} // namespace

Status v10ExchangeVault(sql::Connection& c)
{
    OREC_TRY(c.exec(R"sql(
-- Who holds the wrapping key of the exchange secrets: one copy per holder, sealed to the X25519 key the
-- register holds for them (users.box_key) or to the recovery key's ('*recovery*'). A row whose copy is
-- NULL was withdrawn by someone who could not replace the key; the next administrator who holds it does.
-- Audited as entity exchange_grant and bound to its entries.
CREATE TABLE exchange_key_holders (
    user_name  TEXT PRIMARY KEY,
    box_key    BLOB CHECK (box_key IS NULL OR length(box_key) = 32),
    sealed_key BLOB,
    key_id     BLOB,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    CHECK ((sealed_key IS NULL) = (box_key IS NULL))
);

-- This database as a party: its keys, the secrets encrypted under the wrapping key. The newest row is
-- the current identity; older rows (same party id) are kept while a laptop has not taken the new keys
-- (exchange_home_key_announcements), then deleted.
CREATE TABLE exchange_identity_v10 (
    id                 INTEGER PRIMARY KEY,
    party_id           TEXT NOT NULL,
    sign_public        BLOB NOT NULL CHECK (length(sign_public) = 32),
    box_public         BLOB NOT NULL CHECK (length(box_public) = 32),
    sign_secret_sealed BLOB NOT NULL,
    box_secret_sealed  BLOB, -- NULL once no peer can seal to the long-term key any more
    created_at         TEXT NOT NULL
);

CREATE TABLE exchange_receive_keys_v10 (
    id             INTEGER PRIMARY KEY,
    peer_id        INTEGER NOT NULL REFERENCES exchange_peers (id),
    box_public     BLOB NOT NULL CHECK (length(box_public) = 32),
    secret_sealed  BLOB NOT NULL,
    first_sequence INTEGER NOT NULL,
    created_at     TEXT NOT NULL
);

-- Home, after `orec keys rotate`: each laptop that knows older keys of home, and which (identity row).
-- Its packages are signed with those and announce the current ones, until the laptop says it has them.
CREATE TABLE exchange_home_key_announcements (
    peer_id     INTEGER PRIMARY KEY REFERENCES exchange_peers (id),
    identity_id INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);

-- A laptop: the keys home announced, accepted beside the ones on record until home signs with them.
ALTER TABLE exchange_peers ADD COLUMN next_sign_public BLOB;
ALTER TABLE exchange_peers ADD COLUMN next_box_public BLOB;
)sql"));

    auto secrets = hasSecrets(c);
    if (!secrets)
        return secrets.error();
    auto admins = administrators(c);
    if (!admins)
        return admins.error();
    auto recoverySigning = vault::registeredRecoveryKey(c);
    if (!recoverySigning)
        return recoverySigning.error();
    const QByteArray recoveryBox = crypto::boxPublicKeyOfSigningPublicKey(*recoverySigning);
    auto id = c.prepare("SELECT value FROM meta WHERE key = 'database_id'");
    if (!id)
        return id.error();
    auto idRow = id->step();
    if (!idRow)
        return idRow.error();
    const QString databaseId = *idRow ? id->text(0) : QString();
    id->reset();

    if (admins->isEmpty() && recoveryBox.isEmpty()) {
        if (*secrets)
            return Error(
                ErrorCode::Internal,
                Texts::tr("The exchange keys cannot be sealed: no administrator of this register has a "
                          "registered key. An administrator must open it once with the previous version."));
        // A register being created: the first administrator's copy is made with them (Database::create).
    }

    const SecureBytes key = SecureBytes::random(vault::kWrappingKeyBytes);
    const bool anyone = !admins->isEmpty() || !recoveryBox.isEmpty();
    if (anyone) {
        auto holder = c.prepare(
            "INSERT INTO exchange_key_holders (user_name, box_key, sealed_key, key_id, "
            "granted_by, granted_at) VALUES (?, ?, ?, ?, 'upgrade', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
        if (!holder)
            return holder.error();
        QList<Recipient> recipients = *admins;
        if (!recoveryBox.isEmpty())
            recipients.append({ExchangeKeyVault::recoveryHolder(), recoveryBox});
        for (const Recipient& r : std::as_const(recipients)) {
            holder->reset();
            holder->bind(1, r.name)
                .bindBlob(2, r.boxPublic)
                .bindBlob(3, vault::sealKeyTo(r.boxPublic, key))
                .bindBlob(4, vault::keyId(key));
            OREC_TRY(holder->run());
        }
    }

    // The identity: its secrets sealed, then the plaintext overwritten in place before its table goes.
    {
        auto read =
            c.prepare("SELECT id, party_id, sign_public, sign_secret, box_public, box_secret, created_at "
                      "FROM exchange_identity");
        if (!read)
            return read.error();
        auto write =
            c.prepare("INSERT INTO exchange_identity_v10 (id, party_id, sign_public, box_public, "
                      "sign_secret_sealed, box_secret_sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!write)
            return write.error();
        for (;;) {
            auto row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QByteArray signPublic = read->blob(2);
            const QByteArray boxPublic = read->blob(4);
            QByteArray signSecret = read->blob(3);
            QByteArray boxSecret = read->blob(5);
            const bool retired = allZero(boxSecret);
            const SecureBytes sign = secureCopy(signSecret);
            const SecureBytes box = secureCopy(boxSecret);
            write->reset();
            write->bind(1, read->int64(0))
                .bind(2, read->text(1))
                .bindBlob(3, signPublic)
                .bindBlob(4, boxPublic)
                .bindBlob(5, vault::sealSecret(key, databaseId, VaultSecret::SigningKey, signPublic, sign))
                .bindBlob(6, retired ? QByteArray()
                                     : vault::sealSecret(key, databaseId, VaultSecret::LongTermBoxKey,
                                                         boxPublic, box))
                .bind(7, read->text(6));
            OREC_TRY(write->run());
        }
    }
    {
        auto read = c.prepare("SELECT id, peer_id, box_public, box_secret, first_sequence, created_at FROM "
                              "exchange_receive_keys");
        if (!read)
            return read.error();
        auto write =
            c.prepare("INSERT INTO exchange_receive_keys_v10 (id, peer_id, box_public, secret_sealed, "
                      "first_sequence, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        if (!write)
            return write.error();
        for (;;) {
            auto row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QByteArray boxPublic = read->blob(2);
            QByteArray secret = read->blob(3);
            const SecureBytes box = secureCopy(secret);
            write->reset();
            write->bind(1, read->int64(0))
                .bind(2, read->int64(1))
                .bindBlob(3, boxPublic)
                .bindBlob(4, vault::sealSecret(key, databaseId, VaultSecret::ReceiveKey, boxPublic, box))
                .bind(5, read->int64(4))
                .bind(6, read->text(5));
            OREC_TRY(write->run());
        }
    }
    {
        auto read = c.prepare(
            "SELECT id, enrolment_id, enrolment_key FROM exchange_peers WHERE enrolment_key IS NOT NULL");
        if (!read)
            return read.error();
        struct Sealed
        {
            qint64 id;
            QByteArray blob;
        };
        QList<Sealed> sealed;
        for (;;) {
            auto row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            QByteArray plain = read->blob(2);
            const SecureBytes enrolment = secureCopy(plain);
            sealed.append({read->int64(0), vault::sealSecret(key, databaseId, VaultSecret::EnrolmentKey,
                                                             read->text(1).toUtf8(), enrolment)});
        }
        read->reset();
        auto write = c.prepare("UPDATE exchange_peers SET enrolment_key = ? WHERE id = ?");
        if (!write)
            return write.error();
        for (const Sealed& s : std::as_const(sealed)) {
            write->reset();
            write->bindBlob(1, s.blob).bind(2, s.id);
            OREC_TRY(write->run());
        }
    }
    return c.exec(R"sql(
UPDATE exchange_identity SET sign_secret = zeroblob(64), box_secret = zeroblob(32);
UPDATE exchange_receive_keys SET box_secret = zeroblob(32);
DROP TABLE exchange_identity;
DROP TABLE exchange_receive_keys;
ALTER TABLE exchange_identity_v10 RENAME TO exchange_identity;
ALTER TABLE exchange_receive_keys_v10 RENAME TO exchange_receive_keys;
CREATE INDEX exchange_receive_keys_peer ON exchange_receive_keys (peer_id, first_sequence);
)sql");
}

} // namespace orec::schema
