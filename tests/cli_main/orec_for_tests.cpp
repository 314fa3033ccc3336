// orec as the tests run it: the release `orec` plus the test-only --insecure-fast-kdf-for-tests
// (cheap Argon2id slots). The option and the cheap slots exist only in this program: the release
// binary refuses both (tests/cli/release_cli_test.cpp).
#include "cli/cli.h"
#include "core/crypto.h"

int main(int argc, char** argv)
{
    orec::crypto::allowCheapKdfForTests();
    return orec::cli::main(argc, argv);
}
