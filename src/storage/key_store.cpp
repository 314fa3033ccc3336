#include "storage/key_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <sodium.h>

namespace orec {

namespace {

constexpr auto kFormat = "overseas-records-keyslots";
constexpr int kSlotIdSaltBytes = 32;
constexpr int kSlotIdBytes = 32;

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

Error damaged(const QString& detail)
{
    return Error(ErrorCode::Corrupt, Texts::tr("The key file is damaged: %1.").arg(detail));
}

QByteArray slotIdWith(const QByteArray& salt, const QString& user)
{
    const SecureBytes key(salt.constData(), static_cast<std::size_t>(salt.size()));
    return crypto::blake2bKeyed(key,
                                QByteArrayLiteral("orec slot id v2") + '\0' +
                                    user.normalized(QString::NormalizationForm_C).toUtf8(),
                                kSlotIdBytes);
}

} // namespace

QString KeyStore::slotFilePath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

QByteArray KeyStore::keyCheckOf(const SecureBytes& dataKey)
{
    return crypto::blake2bKeyed(dataKey, QByteArrayLiteral("orec key check v1"));
}

// Unchanged since format 1, so converting a file needs no passphrase: the name is bound to the
// wrapped key here, and is known at unlock because the user types it.
QByteArray KeyStore::associatedData(const QString& user) const
{
    return QByteArrayLiteral("orec-slot-v1") + '\0' + m_databaseId.toUtf8() + '\0' + user.toUtf8();
}

QByteArray KeyStore::nameAssociatedData(const QByteArray& slotId) const
{
    return QByteArrayLiteral("orec-slot-name-v2") + '\0' + m_databaseId.toUtf8() + '\0' + slotId;
}

QByteArray KeyStore::signingAssociatedData(const QByteArray& slotId) const
{
    return QByteArrayLiteral("orec-slot-signing-v3") + '\0' + m_databaseId.toUtf8() + '\0' + slotId;
}

QByteArray KeyStore::slotIdOf(const QString& user) const
{
    return slotIdWith(m_slotIdSalt, user);
}

KeyStore KeyStore::createNew(const QString& databaseId, const SecureBytes& dataKey)
{
    KeyStore store;
    store.m_databaseId = databaseId;
    store.m_slotIdSalt = crypto::randomBytes(kSlotIdSaltBytes);
    store.m_keyCheck = keyCheckOf(dataKey);
    return store;
}

const KeySlot* KeyStore::findSlot(const QString& user) const
{
    const QByteArray id = slotIdOf(user);
    auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const KeySlot& s) { return s.id == id; });
    return it == m_slots.end() ? nullptr : &*it;
}

bool KeyStore::hasSlot(const QString& user) const
{
    return findSlot(user) != nullptr;
}

Status KeyStore::setSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& dataKey,
                         const crypto::KdfParams& kdf, const SecureBytes& signingKey, bool issued,
                         crypto::BoxKeyPair* boxPairOut)
{
    if (!checksDataKey(dataKey))
        return Error(ErrorCode::Internal, Texts::tr("The data key does not belong to this key file."));
    if (!kdf.meetsFloor() && !crypto::cheapKdfAllowedForTests())
        return Error(ErrorCode::Invalid,
                     Texts::tr("The key derivation cost is below the minimum this program accepts."));
    if (signingKey.size() != crypto::kSignSecretBytes)
        return Error(ErrorCode::Internal, Texts::tr("A key slot needs the user's signing key."));
    KeySlot slot;
    slot.id = slotIdOf(user);
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::kSaltBytes);
    auto kek = crypto::deriveKeyArgon2id(passphrase, slot.salt, kdf);
    if (!kek)
        return kek.error();
    crypto::BoxKeyPair pair = crypto::generateBoxKeyPair();
    slot.publicKey = pair.publicKey;
    {
        // The AEAD takes a QByteArray: wipe that one buffer itself once it is sealed.
        QByteArray secret(pair.secretKey.chars(), static_cast<int>(pair.secretKey.size()));
        slot.wrappedSecretKey = crypto::aeadEncrypt(*kek, secret, associatedData(user));
        wipeBytes(secret);
    }
    slot.sealedDataKey = crypto::sealTo(slot.publicKey, dataKey);
    slot.sealedName = crypto::aeadEncrypt(*kek, user.toUtf8(), nameAssociatedData(slot.id));
    {
        QByteArray signing(signingKey.chars(), static_cast<int>(signingKey.size()));
        slot.wrappedSigningKey = crypto::aeadEncrypt(*kek, signing, signingAssociatedData(slot.id));
        wipeBytes(signing);
    }
    slot.signingKeyIssued = issued;
    if (boxPairOut)
        *boxPairOut = std::move(pair);
    removeSlot(user);
    m_slots.append(std::move(slot));
    return {};
}

Status KeyStore::issuePendingSigningKey(const QString& user, const SecureBytes& signingKey)
{
    const QByteArray id = slotIdOf(user);
    for (KeySlot& slot : m_slots) {
        if (slot.id != id)
            continue;
        if (!slot.wrappedSigningKey.isEmpty())
            return Error(ErrorCode::Invalid, Texts::tr("This user's slot already holds a signing key."),
                         user);
        slot.pendingSigningKey = crypto::sealTo(slot.publicKey, signingKey);
        slot.signingKeyIssued = true;
        return {};
    }
    return Error(ErrorCode::NotFound, Texts::tr("This user has no key slot."), user);
}

void KeyStore::adoptSigningKey(const QString& user, const QByteArray& wrappedSigningKey)
{
    const QByteArray id = slotIdOf(user);
    for (KeySlot& slot : m_slots) {
        if (slot.id == id) {
            slot.wrappedSigningKey = wrappedSigningKey;
            slot.pendingSigningKey.clear();
        }
    }
}

QByteArray KeyStore::boxPublicKeyOf(const QString& user) const
{
    const KeySlot* slot = findSlot(user);
    return slot ? slot->publicKey : QByteArray();
}

bool KeyStore::removeSlot(const QString& user)
{
    const QByteArray id = slotIdOf(user);
    return m_slots.removeIf([&](const KeySlot& s) { return s.id == id; }) > 0;
}

Result<KeyStore::Unwrapped> KeyStore::unwrap(const QString& user, const SecureBytes& passphrase) const
{
    const Error refused(ErrorCode::WrongKey, Texts::tr("Unknown user or wrong passphrase."), user);
    const KeySlot* slot = findSlot(user);
    if (!slot) {
        // Spend the same work as a real attempt so timing does not reveal which user names exist.
        (void)crypto::deriveKeyArgon2id(passphrase, QByteArray(crypto::kSaltBytes, '\0'),
                                        m_slots.isEmpty() ? crypto::KdfParams::floor() : m_slots.first().kdf);
        return refused;
    }
    auto kek = crypto::deriveKeyArgon2id(passphrase, slot->salt, slot->kdf);
    if (!kek)
        return kek.error();
    return open(*slot, user, *kek);
}

bool KeyStore::canUnwrapWithoutName() const
{
    return m_slots.size() == 1 && !m_slots.first().sealedName.isEmpty();
}

Result<KeyStore::Unwrapped> KeyStore::unwrapOnlySlot(const SecureBytes& passphrase) const
{
    const Error refused(ErrorCode::WrongKey, Texts::tr("Unknown user or wrong passphrase."));
    if (!canUnwrapWithoutName())
        return refused;
    const KeySlot& slot = m_slots.first();
    auto kek = crypto::deriveKeyArgon2id(passphrase, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    auto name = crypto::aeadDecrypt(*kek, slot.sealedName, nameAssociatedData(slot.id));
    if (!name)
        return refused;
    const QString user = QString::fromUtf8(name->chars(), static_cast<qsizetype>(name->size()));
    if (slotIdOf(user) != slot.id)
        return damaged(Texts::tr("a slot does not match the name it holds"));
    return open(slot, user, *kek);
}

void KeyStore::setSealedName(const QString& user, const QByteArray& sealedName)
{
    const QByteArray id = slotIdOf(user);
    for (KeySlot& slot : m_slots)
        if (slot.id == id)
            slot.sealedName = sealedName;
}

Result<KeyStore::Unwrapped> KeyStore::open(const KeySlot& slot, const QString& user,
                                           const SecureBytes& kek) const
{
    auto secret = crypto::aeadDecrypt(kek, slot.wrappedSecretKey, associatedData(user));
    if (!secret)
        return Error(ErrorCode::WrongKey, Texts::tr("Unknown user or wrong passphrase."), user);
    Unwrapped out;
    auto dataKey = crypto::openSealed(slot.sealedDataKey, slot.publicKey, *secret);
    if (!dataKey || !checksDataKey(*dataKey))
        return damaged(Texts::tr("the slot of %1 does not hold this database's key").arg(user));
    out.dataKey = std::move(*dataKey);
    if (!slot.sealedNextDataKey.isEmpty()) {
        auto next = crypto::openSealed(slot.sealedNextDataKey, slot.publicKey, *secret);
        if (next && checksNextDataKey(*next))
            out.nextDataKey = std::move(*next);
    }
    if (!slot.wrappedSigningKey.isEmpty()) {
        auto signing = crypto::aeadDecrypt(kek, slot.wrappedSigningKey, signingAssociatedData(slot.id));
        if (!signing || signing->size() != crypto::kSignSecretBytes)
            return damaged(Texts::tr("the signing key in the slot of %1 does not open").arg(user));
        out.signingKey = std::move(*signing);
        out.signingKeyIssued = slot.signingKeyIssued;
    } else if (!slot.pendingSigningKey.isEmpty()) {
        auto signing = crypto::openSealed(slot.pendingSigningKey, slot.publicKey, *secret);
        if (!signing || signing->size() != crypto::kSignSecretBytes)
            return damaged(Texts::tr("the signing key issued to %1 does not open").arg(user));
        QByteArray plain(signing->chars(), static_cast<int>(signing->size()));
        out.wrappedSigningKeyToAdopt = crypto::aeadEncrypt(kek, plain, signingAssociatedData(slot.id));
        wipeBytes(plain);
        out.signingKey = std::move(*signing);
        out.signingKeyIssued = true;
    } else {
        // A slot from before format 3: a key of the user's own, wrapped here while the passphrase
        // key is at hand; the database registers it only in an upgrade its administrator makes.
        crypto::SignKeyPair fresh = crypto::generateSignKeyPair();
        QByteArray plain(fresh.secretKey.chars(), static_cast<int>(fresh.secretKey.size()));
        out.wrappedSigningKeyToAdopt = crypto::aeadEncrypt(kek, plain, signingAssociatedData(slot.id));
        wipeBytes(plain);
        out.signingKey = std::move(fresh.secretKey);
    }
    out.boxSecretKey = std::move(*secret);
    out.boxPublicKey = slot.publicKey;
    out.user = user;
    if (slot.sealedName.isEmpty())
        out.sealedNameToAdd = crypto::aeadEncrypt(kek, user.toUtf8(), nameAssociatedData(slot.id));
    return out;
}

bool KeyStore::checksDataKey(const SecureBytes& dataKey) const
{
    return !m_keyCheck.isEmpty() && keyCheckOf(dataKey) == m_keyCheck;
}

bool KeyStore::checksNextDataKey(const SecureBytes& dataKey) const
{
    return !m_nextKeyCheck.isEmpty() && keyCheckOf(dataKey) == m_nextKeyCheck;
}

void KeyStore::beginRekey(const SecureBytes& nextDataKey)
{
    m_nextKeyCheck = keyCheckOf(nextDataKey);
    for (KeySlot& slot : m_slots)
        slot.sealedNextDataKey = crypto::sealTo(slot.publicKey, nextDataKey);
}

void KeyStore::finishRekey()
{
    if (m_nextKeyCheck.isEmpty())
        return;
    m_keyCheck = m_nextKeyCheck;
    m_nextKeyCheck.clear();
    for (KeySlot& slot : m_slots) {
        slot.sealedDataKey = slot.sealedNextDataKey;
        slot.sealedNextDataKey.clear();
    }
}

void KeyStore::abandonRekey()
{
    m_nextKeyCheck.clear();
    for (KeySlot& slot : m_slots)
        slot.sealedNextDataKey.clear();
}

QByteArray KeyStore::canonicalBytes() const
{
    // Slots in the order of their ids, not of their creation: the order tells nothing either.
    QList<const KeySlot*> ordered;
    for (const KeySlot& s : m_slots)
        ordered.append(&s);
    std::sort(ordered.begin(), ordered.end(),
              [](const KeySlot* a, const KeySlot* b) { return a->id < b->id; });
    QJsonArray slotArray;
    for (const KeySlot* s : ordered) {
        QJsonObject kdf{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                        {QStringLiteral("ops"), static_cast<qint64>(s->kdf.opsLimit)},
                        {QStringLiteral("mem"), static_cast<qint64>(s->kdf.memLimitBytes)},
                        {QStringLiteral("salt"), b64(s->salt)}};
        QJsonObject slot{{QStringLiteral("id"), b64(s->id)},
                         {QStringLiteral("kdf"), kdf},
                         {QStringLiteral("public_key"), b64(s->publicKey)},
                         {QStringLiteral("wrapped_secret_key"), b64(s->wrappedSecretKey)},
                         {QStringLiteral("sealed_data_key"), b64(s->sealedDataKey)}};
        if (!s->sealedNextDataKey.isEmpty())
            slot.insert(QStringLiteral("sealed_next_data_key"), b64(s->sealedNextDataKey));
        if (!s->sealedName.isEmpty())
            slot.insert(QStringLiteral("sealed_name"), b64(s->sealedName));
        if (!s->wrappedSigningKey.isEmpty())
            slot.insert(QStringLiteral("wrapped_signing_key"), b64(s->wrappedSigningKey));
        if (!s->pendingSigningKey.isEmpty())
            slot.insert(QStringLiteral("pending_signing_key"), b64(s->pendingSigningKey));
        if (!s->wrappedSigningKey.isEmpty() || !s->pendingSigningKey.isEmpty())
            slot.insert(QStringLiteral("signing_key_issued"), s->signingKeyIssued);
        slotArray.append(slot);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("database_id"), m_databaseId},
                     {QStringLiteral("generation"), m_generation},
                     {QStringLiteral("slot_id_salt"), b64(m_slotIdSalt)},
                     {QStringLiteral("key_check"), b64(m_keyCheck)},
                     {QStringLiteral("slots"), slotArray}};
    if (!m_nextKeyCheck.isEmpty())
        root.insert(QStringLiteral("next_key_check"), b64(m_nextKeyCheck));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray KeyStore::toBytes() const
{
    QJsonObject root = QJsonDocument::fromJson(canonicalBytes()).object();
    if (!m_mac.isEmpty())
        root.insert(QStringLiteral("mac"), b64(m_mac));
    else // not stamped yet (read from format 2 and copied as it is): format 3 needs the MAC
        root.insert(QStringLiteral("version"), 2);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {
QByteArray macWith(const SecureBytes& dataKey, const QByteArray& canonical)
{
    const SecureBytes macKey = crypto::deriveSubkey(dataKey, QByteArrayLiteral("orec key file mac v3"));
    return crypto::blake2bKeyed(macKey, canonical);
}
} // namespace

void KeyStore::stamp(const SecureBytes& dataKey)
{
    ++m_generation;
    m_mac = macWith(dataKey, canonicalBytes());
}

bool KeyStore::macHolds(const SecureBytes& dataKey) const
{
    if (m_mac.isEmpty())
        return false;
    const QByteArray expected = macWith(dataKey, canonicalBytes());
    return expected.size() == m_mac.size() && sodium_memcmp(expected.constData(), m_mac.constData(),
                                                            static_cast<std::size_t>(m_mac.size())) == 0;
}

Result<KeyStore> KeyStore::fromBytes(const QByteArray& bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return damaged(Texts::tr("not a key file (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return damaged(Texts::tr("not a key file of Overseas Records"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion)
        return Error(ErrorCode::NotADatabase,
                     Texts::tr("The key file was written by a newer version of the program (format %1).")
                         .arg(version));
    if (version < 1)
        return damaged(Texts::tr("not a key file of Overseas Records"));
    KeyStore store;
    store.m_loadedVersion = version;
    store.m_databaseId = root.value(QStringLiteral("database_id")).toString();
    store.m_keyCheck = unb64(root.value(QStringLiteral("key_check")));
    store.m_nextKeyCheck = unb64(root.value(QStringLiteral("next_key_check")));
    store.m_generation = root.value(QStringLiteral("generation")).toInteger();
    store.m_mac = unb64(root.value(QStringLiteral("mac")));
    if (version >= 3 && store.m_mac.size() != 32)
        return damaged(Texts::tr("its authentication code is missing"));
    if (store.m_databaseId.isEmpty() || store.m_keyCheck.size() != 32)
        return damaged(Texts::tr("the database identity is missing"));
    if (version == 1) {
        // Format 1 named each slot by its user in clear: a fresh salt turns the names into ids,
        // and the names (and slot times) are gone from the file at the next save.
        store.m_slotIdSalt = crypto::randomBytes(kSlotIdSaltBytes);
    } else {
        store.m_slotIdSalt = unb64(root.value(QStringLiteral("slot_id_salt")));
        if (store.m_slotIdSalt.size() != kSlotIdSaltBytes)
            return damaged(Texts::tr("the salt of the slot names is missing"));
    }
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        KeySlot slot;
        if (version == 1) {
            const QString user = o.value(QStringLiteral("user")).toString();
            if (!user.isEmpty())
                slot.id = store.slotIdOf(user);
        } else {
            slot.id = unb64(o.value(QStringLiteral("id")));
        }
        slot.kdf.opsLimit = static_cast<std::uint64_t>(kdf.value(QStringLiteral("ops")).toInteger());
        slot.kdf.memLimitBytes = static_cast<std::uint64_t>(kdf.value(QStringLiteral("mem")).toInteger());
        slot.salt = unb64(kdf.value(QStringLiteral("salt")));
        slot.publicKey = unb64(o.value(QStringLiteral("public_key")));
        slot.wrappedSecretKey = unb64(o.value(QStringLiteral("wrapped_secret_key")));
        slot.sealedDataKey = unb64(o.value(QStringLiteral("sealed_data_key")));
        slot.sealedNextDataKey = unb64(o.value(QStringLiteral("sealed_next_data_key")));
        slot.sealedName = unb64(o.value(QStringLiteral("sealed_name")));                // absent in format 1
        slot.wrappedSigningKey = unb64(o.value(QStringLiteral("wrapped_signing_key"))); // format 3
        slot.pendingSigningKey = unb64(o.value(QStringLiteral("pending_signing_key")));
        slot.signingKeyIssued = o.value(QStringLiteral("signing_key_issued")).toBool();
        if (slot.id.size() != kSlotIdBytes ||
            kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id13") ||
            !slot.kdf.isValid() || slot.salt.size() != crypto::kSaltBytes || slot.publicKey.size() != 32)
            return damaged(Texts::tr("slot %1 is incomplete").arg(store.m_slots.size() + 1));
        // One cheap slot would let a thief guess that user's passphrase fast and so open the data
        // key of the whole file: a slot below the floor is refused, not just warned about.
        if (!slot.kdf.meetsFloor() && !crypto::cheapKdfAllowedForTests())
            return Error(
                ErrorCode::Corrupt,
                Texts::tr("The key file is refused: slot %1 uses a key derivation cost (Argon2id, %2 "
                          "passes, %3 KiB) below the minimum of %4 passes and %5 KiB. A slot this cheap "
                          "was not written by this program.")
                    .arg(store.m_slots.size() + 1)
                    .arg(slot.kdf.opsLimit)
                    .arg(slot.kdf.memLimitBytes / 1024)
                    .arg(crypto::KdfParams::floor().opsLimit)
                    .arg(crypto::KdfParams::floor().memLimitBytes / 1024));
        store.m_slots.append(std::move(slot));
    }
    return store;
}

Result<KeyStore> KeyStore::load(const QString& slotFilePath)
{
    QFile file(slotFilePath);
    if (!file.exists())
        return Error(
            ErrorCode::NotFound,
            Texts::tr(
                "The key file is missing. Open the database with its recovery key to create a new one."),
            slotFilePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("The key file cannot be read: %1.").arg(file.errorString()),
                     slotFilePath);
    if (file.size() > 16 * 1024 * 1024)
        return damaged(Texts::tr("it is far too large"));
    auto store = fromBytes(file.readAll());
    if (!store)
        return Error(store.error().code, store.error().message, slotFilePath);
    return store;
}

Status KeyStore::save(const QString& slotFilePath)
{
    QSaveFile file(slotFilePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Texts::tr("The key file cannot be written: %1.").arg(file.errorString()),
                     slotFilePath);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, Texts::tr("The key file cannot be written: %1.").arg(file.errorString()),
                     slotFilePath);
    m_loadedVersion = m_mac.isEmpty() ? 2 : kFormatVersion;
    return {};
}

} // namespace orec
