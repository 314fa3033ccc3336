// KeyStore: the key-slot file beside a database (<db>.keys). Each named user's slot lets their
// passphrase recover the database's data key; see docs/security.md for the design.
#pragma once

#include "core/crypto.h"
#include "core/result.h"
#include "core/secure_bytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace orec {

struct KeySlot
{
    QString user;
    crypto::KdfParams kdf;
    QByteArray salt;
    QByteArray publicKey;        // X25519; the data key is sealed to it
    QByteArray wrappedSecretKey; // X25519 secret key, AEAD under the Argon2id key of the passphrase
    QByteArray sealedDataKey;
    QByteArray sealedNextDataKey; // only while a rekey is in progress
    QDateTime createdAt;
};

class KeyStore
{
public:
    static QString slotFilePath(const QString& databasePath); // <db>.keys

    static KeyStore createNew(const QString& databaseId, const SecureBytes& dataKey);
    static Result<KeyStore> load(const QString& slotFilePath);
    static Result<KeyStore> fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const;
    // Atomic replace (write, fsync, rename), owner-only permissions.
    Status save(const QString& slotFilePath) const;

    const QString& databaseId() const { return m_databaseId; }
    const QList<KeySlot>& keySlots() const { return m_slots; }
    bool hasSlot(const QString& user) const;

    // Adds or replaces the user's slot. Runs Argon2id once.
    Status setSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& dataKey,
                   const crypto::KdfParams& kdf);
    bool removeSlot(const QString& user);

    // Runs Argon2id once; WrongKey for an unknown user or a wrong passphrase (same message for both).
    // Returns the data key, or while a rekey was interrupted, the key that matches the database.
    struct Unwrapped
    {
        SecureBytes dataKey;
        SecureBytes nextDataKey; // empty unless a rekey was interrupted
    };
    Result<Unwrapped> unwrap(const QString& user, const SecureBytes& passphrase) const;

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

    QString m_databaseId;
    QByteArray m_keyCheck;
    QByteArray m_nextKeyCheck;
    QList<KeySlot> m_slots;
};

} // namespace orec
