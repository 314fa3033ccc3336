// The `orec` command line: entry points shared by the executable and the in-process tests.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace orec::cli {

// Exit codes of the command-line contract (README and `orec --help`).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitInvalid = 2,
    ExitAuth = 3,
    ExitLocked = 4,
    ExitCorrupt = 5,
    ExitFailure = 6, // I/O or internal error
};

int main(int argc, char** argv);
// Runs one command line (without the program name) against the given streams.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace orec::cli
