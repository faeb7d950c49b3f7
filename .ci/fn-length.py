#!/usr/bin/env python3
"""Fails if a hand-written function in codegen/src, core/src, src or cli/src
is longer than 80 lines (issue 23: a maintainer reads each at a glance).
Comments, strings, raw strings and character literals are blanked before
braces are counted, so a brace in text does not count."""
import os
import re
import sys

LIMIT = 80
ROOTS = ["codegen/src", "core/src", "src", "cli/src"]
FN = re.compile(r"\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def blank(src):
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i) + 2
        elif (m := re.match(r'b?r(#*)"', src[i:i + 20])) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            end = '"' + m.group(1)
            j = src.find(end, i + len(m.group(0))) + len(end)
        elif src[i] == '"':
            j = i + 1
            while src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            j += 1
        elif m := (re.match(r"'(\\.|[^'\\])'", src[i:i + 12]) or re.match(r"'\\u\{[0-9a-fA-F]+\}'", src[i:i + 14])):
            j = i + len(m.group(0))
        else:
            out.append(src[i])
            i += 1
            continue
        out.append(re.sub(r"[^\n]", " ", src[i:j]))
        i = j
    return "".join(out)


def long_functions(path):
    lines = blank(open(path, encoding="utf-8").read()).split("\n")
    for start, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, opened, end = 0, False, start
        while end < len(lines):
            for c in lines[end]:
                if c == "{":
                    depth, opened = depth + 1, True
                elif c == "}":
                    depth -= 1
            if (opened and depth <= 0) or (not opened and lines[end].rstrip().endswith(";")):
                break
            end += 1
        if end - start + 1 > LIMIT:
            yield f"{path}:{start + 1}: fn {m.group(6)} is {end - start + 1} lines (at most {LIMIT})"


found = [problem for root in ROOTS for dirpath, _, files in os.walk(root)
         for name in sorted(files) if name.endswith(".rs")
         for problem in long_functions(os.path.join(dirpath, name))]
print("\n".join(found) or f"no function in {', '.join(ROOTS)} is longer than {LIMIT} lines")
sys.exit(1 if found else 0)
