// KeyStore: the key-slot file beside a database (<db>.keys). Each named user's slot lets their
// passphrase recover the database's data key; see docs/security.md for the design.
//
// The file holds no user name and no time: a slot is found by its id, a BLAKE2b hash of the user
// name keyed with a random salt of this file. The list of users lives in the encrypted database.
#pragma once

#include "core/crypto.h"
#include "core/result.h"
#include "core/secure_bytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace orec {

struct KeySlot
{
    QByteArray id; // KeyStore::slotIdOf(user name): 32 bytes, no name in it
    crypto::KdfParams kdf;
    QByteArray salt;
    QByteArray publicKey;        // X25519; the data key is sealed to it
    QByteArray wrappedSecretKey; // X25519 secret key, AEAD under the Argon2id key of the passphrase
    QByteArray sealedDataKey;
    QByteArray sealedNextDataKey; // only while a rekey is in progress
    // The user name, AEAD under the same Argon2id key, so the only user of a file can unlock
    // without typing it. Empty for a slot converted from format 1 until its user unlocks by name.
    QByteArray sealedName;
    // Format 3: the user's Ed25519 signing key (audit entries), AEAD under the same Argon2id key as
    // the slot's secret key: only the passphrase opens or replaces it (a key sealed to the public
    // key alone could be swapped by anyone holding the data key). `signingKeyIssued`: an
    // administrator made it (user add, reset) rather than the user at a change of their passphrase.
    QByteArray wrappedSigningKey;
    bool signingKeyIssued = false;
    // An upgrade across format 3 issues each existing user a key without their passphrase: sealed
    // to the slot's public key, taken (and wrapped) at their next unlock, never over a wrapped one.
    QByteArray pendingSigningKey;
};

class KeyStore
{
public:
    static QString slotFilePath(const QString& databasePath); // <db>.keys

    // Format 3 (current): format 2 plus each slot's sealed signing key, a generation counter and a
    // MAC under the data key. Format 2: slots named by keyed hashes. Format 1 named them by the
    // user name in clear. Both are still read and rewritten in format 3 at the next save.
    static constexpr int kFormatVersion = 3;

    static KeyStore createNew(const QString& databaseId, const SecureBytes& dataKey);
    static Result<KeyStore> load(const QString& slotFilePath);
    static Result<KeyStore> fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const; // always the current format
    // Atomic replace (write, fsync, rename), owner-only permissions. Always the current format,
    // with the generation and MAC as they stand (see stamp()).
    Status save(const QString& slotFilePath);
    // Before a save by the database's holder: the next generation, and the MAC recomputed under
    // the data key, so that a key file changed by anyone without the key is detected.
    void stamp(const SecureBytes& dataKey);
    // The MAC of the file as read holds under this key (false for a file without one: format < 3).
    bool macHolds(const SecureBytes& dataKey) const;
    bool hasMac() const { return !m_mac.isEmpty(); }
    // Increases by one at every stamped save; the database keeps the number it last saw, so a
    // database put back older than its key file (or the reverse) is noticed.
    qint64 generation() const { return m_generation; }

    // The format the bytes were read in (the current one once saved); an older one is rewritten
    // by Database at the first successful unlock, and by any save().
    int loadedFormatVersion() const { return m_loadedVersion; }
    bool needsRewrite() const { return m_loadedVersion != kFormatVersion; }

    const QString& databaseId() const { return m_databaseId; }
    const QList<KeySlot>& keySlots() const { return m_slots; }
    bool hasSlot(const QString& user) const;
    // BLAKE2b-256(key = this file's salt, "orec slot id v2" | NFC(user name)).
    QByteArray slotIdOf(const QString& user) const;

    // Adds or replaces the user's slot with a new X25519 pair. Runs Argon2id once. The signing key
    // is sealed in the slot; `issued` says an administrator made it for the user.
    Status setSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& dataKey,
                   const crypto::KdfParams& kdf, const SecureBytes& signingKey, bool issued,
                   crypto::BoxKeyPair* boxPairOut = nullptr);
    // An upgrade's key for a user whose slot has none yet (no passphrase needed): sealed to the
    // slot, taken at their next unlock. Refused when the slot already holds a wrapped key.
    Status issuePendingSigningKey(const QString& user, const SecureBytes& signingKey);
    // After unlock() took a pending key: the slot now holds it wrapped (Unwrapped::wrappedSigningKey).
    void adoptSigningKey(const QString& user, const QByteArray& wrappedSigningKey);
    // The slot's X25519 public key (empty without a slot).
    QByteArray boxPublicKeyOf(const QString& user) const;
    bool removeSlot(const QString& user);

    // Runs Argon2id once; WrongKey for an unknown user or a wrong passphrase (same message for both).
    // Returns the data key, or while a rekey was interrupted, the key that matches the database.
    struct Unwrapped
    {
        SecureBytes dataKey;
        SecureBytes nextDataKey;    // empty unless a rekey was interrupted
        QString user;               // whose slot opened
        QByteArray sealedNameToAdd; // the slot had no sealed name: this one, for setSealedName()
        SecureBytes boxSecretKey;   // the slot's X25519 secret key (opens what is sealed to the user)
        QByteArray boxPublicKey;
        SecureBytes signingKey; // empty for a slot written before format 3
        bool signingKeyIssued = false;
        // Set when the slot held no wrapped key (a pending one from an upgrade, or none at all: then a
        // new one): the wrapped form for adoptSigningKey(), if the database accepts the key.
        QByteArray wrappedSigningKeyToAdopt;
    };
    Result<Unwrapped> unwrap(const QString& user, const SecureBytes& passphrase) const;
    // With a single slot that holds its sealed name, the passphrase alone opens it (Argon2id once);
    // the name comes back in Unwrapped::user.
    bool canUnwrapWithoutName() const;
    Result<Unwrapped> unwrapOnlySlot(const SecureBytes& passphrase) const;
    void setSealedName(const QString& user, const QByteArray& sealedName);

    bool checksDataKey(const SecureBytes& dataKey) const;
    bool checksNextDataKey(const SecureBytes& dataKey) const;

    // Rekey in two steps so a crash between them never locks anyone out:
    // beginRekey seals the next key for every slot beside the current one; finishRekey drops the old.
    void beginRekey(const SecureBytes& nextDataKey);
    void finishRekey();
    void abandonRekey();

private:
    static QByteArray keyCheckOf(const SecureBytes& dataKey);
    QByteArray canonicalBytes() const; // everything but the MAC
    QByteArray associatedData(const QString& user) const;
    QByteArray nameAssociatedData(const QByteArray& slotId) const;
    QByteArray signingAssociatedData(const QByteArray& slotId) const;
    const KeySlot* findSlot(const QString& user) const;
    Result<Unwrapped> open(const KeySlot& slot, const QString& user, const SecureBytes& kek) const;

    QString m_databaseId;
    QByteArray m_slotIdSalt; // 32 random bytes, drawn when the file is created or converted
    QByteArray m_keyCheck;
    QByteArray m_nextKeyCheck;
    QList<KeySlot> m_slots;
    int m_loadedVersion = kFormatVersion;
    qint64 m_generation = 0;
    QByteArray m_mac;
};

} // namespace orec
