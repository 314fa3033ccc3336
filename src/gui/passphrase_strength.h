// The strength meter of a new passphrase (unlock window's "create", field set-up): the bar coloured
// by strength and the hint under it, which also says when the repeat differs.
#pragma once

class QLabel;
class QProgressBar;
class QString;

namespace orec::gui {

// Shows how strong `passphrase` is; true when it is strong enough to be accepted.
bool showPassphraseStrength(QProgressBar* bar, QLabel* hint, const QString& passphrase,
                            const QString& repeat);

} // namespace orec::gui
