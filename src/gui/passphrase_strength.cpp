#include "gui/passphrase_strength.h"

#include "core/passphrase_policy.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>

namespace orec::gui {

namespace {

// The texts belong to the unlock window, where the passphrase is first chosen.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::UnlockWindow)
};

} // namespace

bool showPassphraseStrength(QProgressBar* bar, QLabel* hint, const QString& passphrase, const QString& repeat)
{
    const PassphraseAssessment a = assessPassphrase(passphrase);
    const int level = static_cast<int>(a.strength);
    bar->setValue(level);
    static const char* colours[] = {"#b71c1c", "#e65100", "#f9a825", "#558b2f", "#2e7d32"};
    bar->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colours[level])));
    QString text = passphrase.isEmpty()
                       ? Texts::tr("Use several unrelated words; Vietnamese letters are fine.")
                       : a.hint;
    if (!repeat.isEmpty() && repeat != passphrase)
        text += QLatin1Char(' ') + Texts::tr("The two passphrases differ.");
    hint->setText(text);
    return a.strength >= PassphraseStrength::Weak;
}

} // namespace orec::gui
