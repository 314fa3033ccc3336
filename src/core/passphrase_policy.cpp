#include "core/passphrase_policy.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace orec {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

bool isTrivial(const QString& p)
{
    static const QStringList sequences = {
        QStringLiteral("0123456789"), QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
        QStringLiteral("qwertyuiop"), QStringLiteral("password"), QStringLiteral("matkhau")};
    const QString lower = p.toLower();
    if (QSet<QChar>(lower.begin(), lower.end()).size() <= 2)
        return true;
    for (const QString& s : sequences)
        if (s.contains(lower) || lower.startsWith(s))
            return true;
    return false;
}
} // namespace

PassphraseAssessment assessPassphrase(const QString& passphrase)
{
    PassphraseAssessment a;
    bool lower = false, upper = false, digit = false, other = false, nonAscii = false;
    for (QChar c : passphrase) {
        if (c.unicode() > 127)
            nonAscii = true;
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    int pool =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) + (nonAscii ? 60 : 0);
    pool = std::max(pool, 10);
    const QString lowerText = passphrase.toLower();
    const int distinct = static_cast<int>(QSet<QChar>(lowerText.begin(), lowerText.end()).size());
    // Repeated characters add little: count length as the mean of length and distinct characters.
    const double effectiveLength = (passphrase.size() + distinct) / 2.0;
    a.estimatedBits = effectiveLength * std::log2(static_cast<double>(pool));
    if (passphrase.size() < kMinimumPassphraseLength) {
        a.strength = PassphraseStrength::TooShort;
        a.hint = Texts::tr("At least %1 characters.").arg(kMinimumPassphraseLength);
    } else if (isTrivial(passphrase) || a.estimatedBits < 45) {
        a.strength = PassphraseStrength::Weak;
        a.hint = Texts::tr("Weak: add a few unrelated words.");
    } else if (a.estimatedBits < 60) {
        a.strength = PassphraseStrength::Fair;
        a.hint = Texts::tr("Fair: one or two more words make it strong.");
    } else if (a.estimatedBits < 80) {
        a.strength = PassphraseStrength::Strong;
        a.hint = Texts::tr("Strong.");
    } else {
        a.strength = PassphraseStrength::VeryStrong;
        a.hint = Texts::tr("Very strong.");
    }
    return a;
}

Status checkPassphraseAcceptable(const QString& passphrase)
{
    if (passphrase.size() < kMinimumPassphraseLength)
        return Error(
            ErrorCode::Invalid,
            Texts::tr("The passphrase must have at least %1 characters.").arg(kMinimumPassphraseLength));
    if (isTrivial(passphrase))
        return Error(ErrorCode::Invalid, Texts::tr("The passphrase is too easy to guess."));
    return {};
}

} // namespace orec
