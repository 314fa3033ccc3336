#!/usr/bin/env python3
"""Writes orec's manual page and bash completion from the program's own English --help.

Run at build time (cmake/Packaging.cmake) with the orec just built, so both say what the program does:
a command, an option or a choice added to a --help text appears in them without anyone editing them.

    gen_cli_docs.py ORECBIN VERSION OUTDIR   ->  OUTDIR/orec.1.gz, OUTDIR/orec.1, OUTDIR/orec.bash-completion
"""
import gzip
import os
import re
import subprocess
import sys

WORD = re.compile(r"[a-z][a-z0-9-]*\Z")
CHOICES = re.compile(r"[a-z0-9_][a-z0-9_-]*(?:\|[a-z0-9_][a-z0-9_-]*)+\Z")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
# An option and what follows it in a synopsis or help line: a value (FILE, N, a|b) or nothing.
OPTION_VALUE = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*)(?:[ =]([^\s\]\[,;)]+))?")


def run_help(orec, *words):
    env = dict(os.environ, OREC_LANG="en")
    env.pop("OREC_PASSPHRASE", None)
    out = subprocess.run([orec, "--lang", "en", *words, "--help"], env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True, text=True)
    return out.stdout


def section(text, title):
    """The lines of a 'Title:' block of the main help, up to the next blank line."""
    lines = text.splitlines()
    start = lines.index(title) + 1
    block = []
    for line in lines[start:]:
        if not line.strip():
            break
        block.append(line)
    return block


def command_words(line):
    """'  user add NAME --role ...' -> ['user', 'add']; 'import members|cells|postings FILE' -> ['import']."""
    words = []
    for token in line.split():
        if WORD.match(token) and len(words) < 2:
            words.append(token)
        else:
            break
    return words


class Cli:
    def __init__(self, orec):
        self.orec = orec
        self.main = run_help(orec)
        self.globals = section(self.main, "Global options:")
        self.groups = {}      # group -> [subcommand]
        self.commands = []    # ['user', 'add'] or ['init'], in the order of the help
        self.helps = {}       # 'user add' -> its --help
        for line in section(self.main, "Commands:"):
            words = command_words(line)
            first = words[0]
            if first not in self.groups and first not in [c[0] for c in self.commands]:
                first_help = run_help(orec, first)
                if first_help.splitlines()[0].endswith(f" {first} COMMAND [ARGS]"):
                    self.groups[first] = []
            if first in self.groups:
                if len(words) < 2:
                    raise SystemExit(f"gen_cli_docs: a line of group {first} without a command: {line}")
                words = words[:2]
                self.groups[first].append(words[1])
            else:
                words = words[:1]
            key = " ".join(words)
            if key not in self.helps:
                self.commands.append(words)
                self.helps[key] = run_help(orec, *words)

    def options_of(self, key):
        return sorted(set(OPTION.findall(self.helps[key])))

    def positional_choices(self, key):
        """The words a command takes first: 'import members|cells|postings', print's KIND list."""
        synopsis = self.helps[key].splitlines()[0]
        tail = synopsis.split(f" {key} ", 1)[1] if f" {key} " in synopsis else ""
        first = tail.split()[0] if tail.split() else ""
        if CHOICES.match(first):
            return first.split("|")
        if first == "KIND":
            lines = self.helps[key].splitlines()
            if "KIND:" in lines:
                kinds = []
                for line in lines[lines.index("KIND:") + 1:]:
                    if not line.startswith("  "):
                        break
                    kinds.append(line.split()[0])
                return kinds
        return []


def value_kinds(cli):
    """Every option that takes a value -> its choices ('a b'), 'FILE' for a file, or '' for free text."""
    kinds = {}
    texts = [cli.main] + list(cli.helps.values())
    for text in texts:
        for option, value in OPTION_VALUE.findall(text):
            if not value or value.startswith("-"):
                continue
            if CHOICES.match(value):
                kinds[option] = " ".join(value.split("|"))
            elif re.match(r"(FILE|OUT|IN|PACKAGE)\b", value) and option not in kinds:
                kinds[option] = "FILE"
            elif re.match(r"[A-Z][A-Z0-9_]*\b", value) and option not in kinds:
                kinds[option] = ""
    return kinds


# ---- the manual page ----------------------------------------------------------------------------------

def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def roff_block(lines):
    """Help lines as man text: 'term  description' lines as tagged paragraphs, the rest as prose (a line
    that does not end a sentence continues its paragraph)."""
    out = []
    prose_open = False
    for line in lines:
        if not line.strip():
            prose_open = False
            continue
        item = re.match(r"\s*(\S.*?)\s{2,}(\S.*)", line)
        if item:
            out += [".TP", f"\\fB{roff(item.group(1))}\\fR", roff(item.group(2))]
            prose_open = False
        elif line.startswith("--") and len(line.split()) <= 6:
            out += [".TP", f"\\fB{roff(line.strip())}\\fR"]
            prose_open = False
        else:
            if not prose_open:
                out.append(".PP")
            out.append(roff(line.strip()))
            prose_open = not line.rstrip().endswith((".", ":"))
    return out


def manual(cli, version):
    out = [
        '.\\" Generated from `orec --help` by packaging/gen_cli_docs.py at build time; do not edit.',
        f'.TH OREC 1 "" "Overseas Records {version}" "User Commands"',
        ".nh",
        ".ad l",
        ".SH NAME",
        "orec \\- Overseas Records on the command line",
        ".SH SYNOPSIS",
        ".B orec",
        "\\fB\\-\\-db\\fR \\fIFILE\\fR [\\fB\\-\\-user\\fR \\fINAME\\fR] [\\fB\\-\\-json\\fR] "
        "[\\fB\\-\\-lang\\fR \\fBvi\\fR|\\fBen\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]",
        ".br",
        ".B orec",
        "\\fICOMMAND\\fR \\fB\\-\\-help\\fR",
        ".SH DESCRIPTION",
        ".B orec",
        "keeps the records of party members who go abroad in one encrypted file (SQLCipher), the same "
        "file the desktop application",
        ".BR overseas\\-records (1)",
        "opens. Named users open it with their own passphrases; every change is written to a signed, "
        "hash\\-chained audit log. Cell secretaries abroad keep their cell on a laptop and exchange signed, "
        "encrypted packages (\\fI.orecpkg\\fR) with home.",
        ".PP",
        "Messages are in Vietnamese unless \\fB\\-\\-lang en\\fR or \\fBOREC_LANG=en\\fR is given. "
        "\\fBorec \\fIGROUP\\fB \\-\\-help\\fR lists a group's commands, "
        "\\fBorec \\fICOMMAND\\fB \\-\\-help\\fR describes one command; this page holds all of those texts.",
        ".SH OPTIONS",
    ]
    for line in cli.globals:
        m = re.match(r"\s*(\S.*?)\s{2,}(\S.*)", line)
        if m:
            out += [".TP", f"\\fB{roff(m.group(1))}\\fR", roff(m.group(2))]
    out.append(".SH COMMANDS")
    for words in cli.commands:
        key = " ".join(words)
        lines = cli.helps[key].splitlines()
        synopsis = lines[0].removeprefix("Usage: ")
        out += [f'.SS "{key}"', ".PP", f"\\fB{roff(synopsis)}\\fR"]
        body = [l for l in lines[1:] if not l.startswith("'orec ")]
        out += roff_block(body)
    env_line = next((l for l in cli.main.splitlines() if l.startswith("Passphrases never come")), "")
    out += [
        ".SH ENVIRONMENT",
        ".PP",
        roff(env_line),
        ".TP",
        "\\fBOREC_PASSPHRASE\\fR",
        "the user's passphrase",
        ".TP",
        "\\fBOREC_NEW_PASSPHRASE\\fR",
        "a new passphrase (init, user add, passwd, user reset)",
        ".TP",
        "\\fBOREC_RECOVERY_KEY\\fR",
        "the database's recovery key (unlock\\-with\\-recovery)",
        ".TP",
        "\\fBOREC_USER\\fR",
        "the database user when \\fB\\-\\-user\\fR is not given",
        ".TP",
        "\\fBOREC_LANG\\fR",
        "\\fBvi\\fR (default) or \\fBen\\fR",
        ".SH FILES",
        ".TP",
        "\\fIFILE\\fR.orec",
        "the encrypted register (\\fB\\-\\-db\\fR)",
        ".TP",
        "\\fIFILE\\fR.orec.keys",
        "its key slots, beside it: one per user and the recovery key's; keep it with the database",
        ".TP",
        "\\fI*.orecpkg\\fR",
        "a field exchange package between home and a cell secretary's laptop",
    ]
    exits = next((l for l in cli.main.splitlines() if l.startswith("Exit codes:")), "")
    out.append(".SH EXIT STATUS")
    for item in exits.removeprefix("Exit codes:").strip().rstrip(".").split(";"):
        m = re.match(r"\s*(\d+)\s+(.*)", item)
        if m:
            out += [".TP", f"\\fB{m.group(1)}\\fR", roff(m.group(2))]
    out += [".SH SEE ALSO", ".BR overseas\\-records (1)", ""]
    return "\n".join(out)


# ---- bash completion ----------------------------------------------------------------------------------

def completion(cli):
    kinds = value_kinds(cli)
    global_options = sorted(set(OPTION.findall("\n".join(cli.globals))))
    top = []
    for words in cli.commands:
        if words[0] not in top:
            top.append(words[0])

    def case(name, arms):
        lines = [f"{name}()", "{", '    case "$1" in']
        for pattern, words in arms:
            lines.append(f'    "{pattern}") echo "{words}" ;;')
        lines += ["    esac", "}"]
        return lines

    out = [
        "# bash completion for orec (Overseas Records). Generated from `orec --help` by",
        "# packaging/gen_cli_docs.py at build time; do not edit.",
        "",
        f'_orec_commands="{" ".join(top)}"',
        f'_orec_global_options="{" ".join(global_options)}"',
        f'_orec_groups="{" ".join(cli.groups)}"',
        "",
    ]
    out += case("_orec_subcommands", [(g, " ".join(s)) for g, s in cli.groups.items()])
    out += case("_orec_options", [(" ".join(w), " ".join(cli.options_of(" ".join(w)))) for w in cli.commands])
    out += case("_orec_first_argument",
                [(" ".join(w), " ".join(cli.positional_choices(" ".join(w)))) for w in cli.commands
                 if cli.positional_choices(" ".join(w))])
    # 'FILE': complete file names; '': a free value (nothing to offer); else the choices.
    out += case("_orec_option_value", sorted(kinds.items()))
    out += [
        "",
        "_orec_takes_value()",
        "{",
        '    case "$1" in',
        f'    {"|".join(sorted(kinds))}) return 0 ;;',
        "    esac",
        "    return 1",
        "}",
        "",
        "_orec()",
        "{",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        "    local -a positional=()",
        "    local i word",
        "    COMPREPLY=()",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        '        if [[ "$word" == -* ]]; then',
        '            _orec_takes_value "$word" && ((i++))',
        "        else",
        '            positional+=("$word")',
        "        fi",
        "    done",
        '    if [[ "$prev" == -* ]] && _orec_takes_value "$prev"; then',
        "        local values",
        '        values="$(_orec_option_value "$prev")"',
        '        if [[ "$values" == FILE ]]; then',
        "            compopt -o filenames 2>/dev/null",
        '            if [[ "$prev" == --db ]]; then',
        '                COMPREPLY=($(compgen -f -X "!*.orec" -- "$cur") $(compgen -d -- "$cur"))',
        "            else",
        '                COMPREPLY=($(compgen -f -- "$cur"))',
        "            fi",
        '        elif [[ -n "$values" ]]; then',
        '            COMPREPLY=($(compgen -W "$values" -- "$cur"))',
        "        fi",
        "        return 0",
        "    fi",
        '    local key="${positional[0]:-}"',
        "    local -i taken=1",
        '    if [[ -n "$key" && " $_orec_groups " == *" $key "* ]]; then',
        "        if ((${#positional[@]} < 2)); then",
        '            [[ "$cur" == -* ]] || { COMPREPLY=($(compgen -W "$(_orec_subcommands "$key")" -- "$cur")); return 0; }',
        "        else",
        '            key="$key ${positional[1]}"',
        "            taken=2",
        "        fi",
        "    fi",
        '    if [[ "$cur" == -* ]]; then',
        '        COMPREPLY=($(compgen -W "$_orec_global_options $(_orec_options "$key")" -- "$cur"))',
        '    elif [[ -z "$key" ]]; then',
        '        COMPREPLY=($(compgen -W "$_orec_commands" -- "$cur"))',
        '    elif ((${#positional[@]} == taken)) && [[ -n "$(_orec_first_argument "$key")" ]]; then',
        '        COMPREPLY=($(compgen -W "$(_orec_first_argument "$key")" -- "$cur"))',
        "    else",
        "        compopt -o filenames 2>/dev/null",
        '        COMPREPLY=($(compgen -f -- "$cur"))',
        "    fi",
        "    return 0",
        "}",
        "complete -F _orec orec",
        "",
    ]
    return "\n".join(out)


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    orec, version, outdir = sys.argv[1:]
    cli = Cli(orec)
    os.makedirs(outdir, exist_ok=True)
    page = manual(cli, version)
    with open(os.path.join(outdir, "orec.1"), "w", encoding="utf-8") as f:
        f.write(page)
    # mtime 0 and no file name: the same page gives the same bytes (reproducible package).
    with open(os.path.join(outdir, "orec.1.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(page.encode("utf-8"))
    with open(os.path.join(outdir, "orec.bash-completion"), "w", encoding="utf-8") as f:
        f.write(completion(cli))


if __name__ == "__main__":
    main()
