// Passphrase policy: the minimum the program accepts and a strength estimate for the hint shown while typing.
#pragma once

#include "core/result.h"

#include <QString>

namespace orec {

enum class PassphraseStrength { TooShort, Weak, Fair, Strong, VeryStrong };

struct PassphraseAssessment
{
    PassphraseStrength strength = PassphraseStrength::TooShort;
    double estimatedBits = 0;
    QString hint; // translated advice, e.g. "Add a few more words."
};

constexpr int kMinimumPassphraseLength = 10;

PassphraseAssessment assessPassphrase(const QString& passphrase);
// Refuses passphrases shorter than the minimum or made of one repeated character or a common sequence.
Status checkPassphraseAcceptable(const QString& passphrase);

} // namespace orec
