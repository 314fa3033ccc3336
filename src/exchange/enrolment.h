// Enrolment: the one-time code that lets a new laptop open its first cell package and prove to
// home that the keys it answers with belong to the person home gave the code to.
#pragma once

#include "core/crypto.h"
#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/identity.h"

#include <QString>
#include <QUuid>

namespace orec::exchange {

inline constexpr int kEnrolmentCodeBytes = 20; // 160 bits: no key stretching needed

// A fresh code, formatted as eight groups of four Crockford characters.
QString generateEnrolmentCode();

// The key both sides derive from the code. Format 2 derives it from the code alone: the laptop must
// find the key before it can read anything, and the enrolment id is inside the encryption (each code is
// 160 random bits, used for one enrolment). Invalid when the code does not decode to 20 bytes.
Result<SecureBytes> enrolmentKeyFromCode(const QString& code);

// The X25519 key pair of an enrolment: a first cell package's content key is sealed to its public half,
// so only the code opens it; the same one-time key then proves home's keys (homeEnrolmentProof).
crypto::BoxKeyPair enrolmentBoxKeys(const SecureBytes& enrolmentKey);

// What home puts in the signed header of a first cell package: its keys, bound to the code the
// secretary was handed in person.
QByteArray homeEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& home,
                              const QUuid& cellId);
bool checkHomeEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& home, const QUuid& cellId,
                             const QByteArray& proof);

// What a new laptop puts in its return packages until home acknowledges its keys.
QByteArray enrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId);
bool checkEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId,
                         const QByteArray& proof);

} // namespace orec::exchange
