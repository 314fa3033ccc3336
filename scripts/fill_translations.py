#!/usr/bin/env python3
"""Carries translations over to texts lupdate marked unfinished, and lists what is left to translate.

How translations are updated (see also the comment on translations in src/CMakeLists.txt):
  1. cmake --build build --target update_translations   # lupdate -no-obsolete on both .ts files
  2. python3 scripts/fill_translations.py                  # this script
  3. translate the texts it lists as new (Qt Linguist, or --apply FILE.json), run it again until
     it reports 0 unfinished, then rebuild (lrelease embeds the .qm files).

A text whose source is unchanged but which lupdate now files under another context (a class gained
Q_DECLARE_TR_FUNCTIONS, a function moved to another file) comes back unfinished with no translation.
This script fills it from the translations the .ts files had at a git revision (default HEAD) and
from the other messages of the same file: the same context and source first, else the source alone
when it has one translation. English messages without any earlier translation get their source text
(English is the source language), except plurals, which need their forms written.

--apply FILE.json fills the Vietnamese file from {"source": "translation"} or
{"context\\u001fsource": "translation"}; --apply-en FILE.json the English one (plurals mostly). A plural's
value may be a list of forms (Vietnamese has one, English two).
"""

import argparse
import html
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "resources/translations/overseas-records_vi.ts", ROOT / "resources/translations/overseas-records_en.ts"]

MESSAGE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>[^<]*)</name>(?P<body>.*?)</context>", re.S)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<inner>.*?)</translation>)", re.S)


def element(body, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), body, re.S)
    return html.unescape(m.group(1)) if m else ""


def messages(text):
    """Yields (context, source, comment, numerus, translation element match, message match, context offset)."""
    for ctx in CONTEXT.finditer(text):
        name = html.unescape(ctx.group("name"))
        for msg in MESSAGE.finditer(ctx.group("body")):
            body = msg.group("body")
            tr = TRANSLATION.search(body)
            yield name, element(body, "source"), element(body, "comment"), 'numerus="yes"' in msg.group("attrs"), tr, msg, ctx


def finished(tr):
    attrs = tr.group("attrs")
    inner = tr.group("inner") or ""
    return "unfinished" not in attrs and "obsolete" not in attrs and "vanished" not in attrs and inner.strip() != ""


def known_translations(texts):
    """(context, source, comment) -> inner XML and (source, comment) -> Counter of inner XML."""
    exact, by_source = {}, defaultdict(Counter)
    for text in texts:
        for name, source, comment, numerus, tr, _msg, _ctx in messages(text):
            if tr and finished(tr):
                inner = tr.group("inner")
                exact.setdefault((name, source, comment, numerus), inner)
                by_source[(source, comment, numerus)][inner] += 1
    return exact, by_source


def esc(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def applied_inner(value, numerus):
    if isinstance(value, list) or numerus:
        forms = value if isinstance(value, list) else [value]
        return "".join("\n            <numerusform>%s</numerusform>" % esc(f) for f in forms) + "\n        "
    return esc(value)


def fill(path, rev, applied):
    text = path.read_text(encoding="utf-8")
    olds = [text]
    rel = path.relative_to(ROOT).as_posix()
    old = subprocess.run(["git", "-C", str(ROOT), "show", "%s:%s" % (rev, rel)], capture_output=True, text=True)
    if old.returncode == 0:
        olds.append(old.stdout)
    exact, by_source = known_translations(olds)
    english = 'language="en' in text[:300]
    report = {"carried": 0, "guessed": [], "new": []}

    def fill_message(name, source, comment, numerus, tr, msg):
        body = msg.group("body")
        if not tr or finished(tr):
            return msg.group(0)
        inner = None
        for key in ("%s\x1f%s" % (name, source), source):
            if key in applied:
                inner = applied_inner(applied[key], numerus)
                break
        if inner is None:
            inner = exact.get((name, source, comment, numerus))
        if inner is None and by_source.get((source, comment, numerus)):
            choices = by_source[(source, comment, numerus)].most_common()
            inner = choices[0][0]
            if len(choices) > 1:
                report["guessed"].append((name, source, html.unescape(inner)))
        if inner is None and english and not numerus:
            inner = esc(source)
        if inner is None:
            report["new"].append((name, source, comment, numerus))
            return msg.group(0)
        report["carried"] += 1
        new_body = body[: tr.start()] + "<translation>%s</translation>" % inner + body[tr.end() :]
        return msg.group(1) + new_body + msg.group(4)

    out, last = [], 0
    for ctx in CONTEXT.finditer(text):
        name = html.unescape(ctx.group("name"))
        cbody = ctx.group("body")
        pieces, clast = [], 0
        for msg in MESSAGE.finditer(cbody):
            body = msg.group("body")
            pieces.append(cbody[clast : msg.start()])
            pieces.append(
                fill_message(name, element(body, "source"), element(body, "comment"),
                             'numerus="yes"' in msg.group("attrs"), TRANSLATION.search(body), msg))
            clast = msg.end()
        pieces.append(cbody[clast:])
        out.append(text[last : ctx.start("body")])
        out.append("".join(pieces))
        last = ctx.end("body")
    out.append(text[last:])
    path.write_text("".join(out), encoding="utf-8")
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", default="HEAD", help="git revision whose .ts files hold the earlier translations")
    parser.add_argument("--apply", help="JSON file of new Vietnamese translations")
    parser.add_argument("--apply-en", help="JSON file of new English translations")
    parser.add_argument("ts", nargs="*", type=Path, default=TS_FILES)
    args = parser.parse_args()
    def load(name):
        return json.loads(Path(name).read_text(encoding="utf-8")) if name else {}

    applied_vi, applied_en = load(args.apply), load(args.apply_en)
    left = 0
    for path in args.ts:
        path = path.resolve()
        report = fill(path, args.rev, applied_en if path.name.endswith("_en.ts") else applied_vi)
        print("%s: %d filled, %d left unfinished" % (path.name, report["carried"], len(report["new"])))
        for name, source, chosen in report["guessed"]:
            print("  check (source had several translations): [%s] %r -> %r" % (name, source, chosen))
        for name, source, comment, numerus in report["new"]:
            print("  new: [%s] %r%s%s" % (name, source, " (%s)" % comment if comment else "", " (plural)" if numerus else ""))
        left += len(report["new"])
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
