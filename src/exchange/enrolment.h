// Enrolment: the one-time code that lets a new laptop open its first cell package and prove to
// home that the keys it answers with belong to the person home gave the code to.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/identity.h"

#include <QString>
#include <QUuid>

namespace orec::exchange {

inline constexpr int kEnrolmentCodeBytes = 20; // 160 bits: no key stretching needed

// A fresh code, formatted as eight groups of four Crockford characters.
QString generateEnrolmentCode();

// The key both sides derive from the code; bound to the enrolment id so one code opens one
// enrolment only. Invalid when the code does not decode to 20 bytes.
Result<SecureBytes> enrolmentKeyFromCode(const QString& code, const QUuid& enrolmentId);

// What a new laptop puts in its return packages until home acknowledges its keys.
QByteArray enrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId);
bool checkEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId,
                         const QByteArray& proof);

} // namespace orec::exchange
