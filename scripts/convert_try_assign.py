#!/usr/bin/env python3
"""Rewrites `auto x = expr; if (!x) return x.error();` into OREC_TRY / OREC_TRY_ASSIGN where safe.

Usage: scripts/convert_try_assign.py FILE.cpp...  then add #include "core/result_try.h" where it
reports a change, run clang-format -i on the files, build and test. Review the diff: it is mechanical.

Safe means: after the check, up to the end of the enclosing top-level function (a line "}" at column 0),
the name appears only as `*x`, `x->` or `x.value()` (then OREC_TRY_ASSIGN, with those rewritten) or not
at all (then OREC_TRY). Anything else (x passed whole, x.ok(), redeclared, captured by name) is left.
"""
import re, sys

decl_re = re.compile(r'^(\s*)(const )?auto (\w+) = (.*)$')

def convert(text):
    lines = text.split('\n')
    out_count = 0
    i = 0
    while i < len(lines):
        m = re.match(r'^\s*if \(!(\w+)(\.ok\(\))?\)$', lines[i])
        if not (m and i + 1 < len(lines) and re.match(r'^\s*return %s\.error\(\);$' % m.group(1), lines[i + 1])):
            i += 1
            continue
        name = m.group(1)
        # find the declaration: lines j..i-1, last ends with ';', none before it ends with ';' '{' '}'
        j = i - 1
        if j < 0 or not lines[j].rstrip().endswith(';'):
            i += 1; continue
        found = None
        k = j
        while k >= 0 and i - k < 8:
            d = decl_re.match(lines[k])
            if d and d.group(3) == name and (k == j or not lines[k].rstrip().endswith(';')):
                found = k
                break
            if k != j and re.search(r'[;{}]\s*$', lines[k]):
                break
            k -= 1
        if found is None:
            i += 1; continue
        d = decl_re.match(lines[found])
        indent, const = d.group(1), d.group(2) or ''
        expr_lines = [d.group(4)] + [l.strip() for l in lines[found + 1:i]]
        expr = ' '.join(expr_lines).strip()
        assert expr.endswith(';')
        expr = expr[:-1]
        if '[' in expr and ']' in expr and '{' in expr:  # a lambda in the expression: leave it
            i += 1; continue
        # scan the rest of the function
        end = i + 2
        while end < len(lines) and not lines[end].startswith('}'):
            end += 1
        rest = '\n'.join(lines[i + 2:end])
        uses = list(re.finditer(r'(?<![\w.>:])(\*?)\b%s\b(->|\.value\(\))?' % re.escape(name), rest))
        ok = True
        derefs = 0
        for u in uses:
            if u.group(1) == '*' or u.group(2):
                derefs += 1
            else:
                ok = False
                break
        if not ok:
            i += 1; continue
        if derefs == 0:
            new = [indent + 'OREC_TRY(' + expr + ');']
        else:
            new = [indent + 'OREC_TRY_ASSIGN(' + const + 'auto ' + name + ', ' + expr + ');']
            def rw2(u):
                star, tail = u.group(1), u.group(2)
                if star and tail == '->':  # *x->y means *(x->y)
                    return '*' + name + '.'
                if star and tail == '.value()':
                    return '*' + name
                if star:
                    return name
                if tail == '->':
                    return name + '.'
                return name  # x.value()
            rest2 = re.sub(r'(?<![\w.>:])(\*?)\b%s\b(->|\.value\(\))?' % re.escape(name), rw2, rest)
            lines[i + 2:end] = rest2.split('\n')
        lines[found:i + 2] = new
        out_count += 1
        i = found + 1
    return '\n'.join(lines), out_count

total = 0
for path in sys.argv[1:]:
    text = open(path).read()
    new, n = convert(text)
    new = re.sub(r'(?<![\w)\]>])\((\w+)\)->', r'\1->', new)  # (*x)-> became (x)->
    if n:
        open(path, 'w').write(new)
        print(path, n)
        total += n
print('total', total)
