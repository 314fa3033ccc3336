// orec: the command-line tool. All behaviour lives in orec_cli so tests can drive it in-process.
#include "cli/cli.h"

int main(int argc, char** argv)
{
    return orec::cli::main(argc, argv);
}
