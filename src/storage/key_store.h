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
};

class KeyStore
{
public:
    static QString slotFilePath(const QString& databasePath); // <db>.keys

    // Format 2 (current): slots named by keyed hashes. Format 1 named them by the
    // user name in clear; it is still read and is rewritten as format 2 at the next save.
    static constexpr int kFormatVersion = 2;

    static KeyStore createNew(const QString& databaseId, const SecureBytes& dataKey);
    static Result<KeyStore> load(const QString& slotFilePath);
    static Result<KeyStore> fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const; // always the current format
    // Atomic replace (write, fsync, rename), owner-only permissions. Always the current format.
    Status save(const QString& slotFilePath);

    // The format the bytes were read in (the current one once saved); an older one is rewritten
    // by Database at the first successful unlock, and by any save().
    int loadedFormatVersion() const { return m_loadedVersion; }
    bool needsRewrite() const { return m_loadedVersion != kFormatVersion; }

    const QString& databaseId() const { return m_databaseId; }
    const QList<KeySlot>& keySlots() const { return m_slots; }
    bool hasSlot(const QString& user) const;
    // BLAKE2b-256(key = this file's salt, "orec slot id v2" | NFC(user name)).
    QByteArray slotIdOf(const QString& user) const;

    // Adds or replaces the user's slot. Runs Argon2id once.
    Status setSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& dataKey,
                   const crypto::KdfParams& kdf);
    bool removeSlot(const QString& user);

    // Runs Argon2id once; WrongKey for an unknown user or a wrong passphrase (same message for both).
    // Returns the data key, or while a rekey was interrupted, the key that matches the database.
    struct Unwrapped
    {
        SecureBytes dataKey;
        SecureBytes nextDataKey;    // empty unless a rekey was interrupted
        QString user;               // whose slot opened
        QByteArray sealedNameToAdd; // the slot had no sealed name: this one, for setSealedName()
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
    QByteArray associatedData(const QString& user) const;
    QByteArray nameAssociatedData(const QByteArray& slotId) const;
    const KeySlot* findSlot(const QString& user) const;
    Result<Unwrapped> open(const KeySlot& slot, const QString& user, const SecureBytes& kek) const;

    QString m_databaseId;
    QByteArray m_slotIdSalt; // 32 random bytes, drawn when the file is created or converted
    QByteArray m_keyCheck;
    QByteArray m_nextKeyCheck;
    QList<KeySlot> m_slots;
    int m_loadedVersion = kFormatVersion;
};

} // namespace orec
