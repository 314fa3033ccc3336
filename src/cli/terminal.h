// Terminal input without echo; the only platform-specific file of the command line.
#pragma once

#include <QString>

namespace orec::cli {

// Reads one line from the controlling terminal with echo off. Returns a null string when there is
// no terminal to ask (e.g. in a pipeline without OREC_PASSPHRASE).
QString readHidden(const QString& prompt);
bool stdinIsTerminal();

} // namespace orec::cli
