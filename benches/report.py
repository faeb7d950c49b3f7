#!/usr/bin/env python3
"""Prints the medians of the last criterion run as the Markdown tables of BENCHMARKS.md.

Usage: python3 benches/report.py [target/criterion]

Reads every <group>/<benchmark>/new/{benchmark,estimates}.json that
`cargo bench --bench lookup` and `cargo bench -p errcat-scaling` leave behind,
divides each median by the elements per iteration, takes the median over the
rounds of each contender (benchmark ids `<catalog>/<contender>/r<round>`), and
prints one table per group: one row per catalog, the median time per lookup of
every contender, and the ratio of each errcat path to the dense table and to
the phf map.
"""

import json
import re
import statistics
import sys
from collections import OrderedDict
from pathlib import Path

# The targets of issue #4, as (group prefix, errcat contender, baseline, bound).
TARGETS = [
    ("from_code/", "errcat_from_code", "dense_table", 1.5),
    ("from_code/", "errcat_try_from", "dense_table", 1.5),
    ("from_name/", "errcat_from_name", "phf_map", 0.5),
    ("from_name/", "errcat_from_str", "phf_map", 0.5),
]

GROUP_ORDER = [
    "from_code/hit",
    "from_code/miss_random",
    "from_code/miss_in_range",
    "from_name/hit",
    "from_name/miss",
    "display",
    "message",
]


def load(root):
    groups = OrderedDict()
    for bench in sorted(root.glob("*/*/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        estimates = json.loads((bench.parent / "estimates.json").read_text())
        elements = (meta.get("throughput") or {}).get("Elements", 1)
        median_ns = estimates["median"]["point_estimate"] / elements
        # <catalog>/<contender>/r<round>: the rounds of one contender are pooled.
        catalog, contender, *_ = meta["function_id"].split("/") + [""]
        group = groups.setdefault(meta["group_id"], OrderedDict())
        group.setdefault(catalog, OrderedDict()).setdefault(contender, []).append(median_ns)
    for group in groups.values():
        for row in group.values():
            for contender, rounds in row.items():
                row[contender] = statistics.median(rounds)
    return groups


def natural(text):
    """Sorts `synthetic_1000` before `synthetic_10000`."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def fmt_ns(ns):
    return f"{ns:.2f}" if ns < 10 else f"{ns:.1f}"


def table(name, rows):
    contenders = []
    for row in rows.values():
        for contender in row:
            if contender not in contenders:
                contenders.append(contender)
    ours = [c for c in contenders if c.startswith("errcat")]
    baselines = [b for b in ("dense_table", "phf_map") if b in contenders]
    ratio_cols = [(o, b) for o in ours for b in baselines]
    targets = [t for t in TARGETS if name.startswith(t[0]) and t[1] in ours]
    head = ["catalog"] + [f"{c} (ns)" for c in contenders]
    head += [f"{o} / {b}" for o, b in ratio_cols]
    if targets:
        head.append("target")
    print(f"### `{name}`\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for catalog, row in sorted(rows.items(), key=lambda item: natural(item[0])):
        cells = [catalog] + [fmt_ns(row[c]) if c in row else "" for c in contenders]
        for o, b in ratio_cols:
            cells.append(f"{row[o] / row[b]:.2f}x" if o in row and b in row else "")
        if targets:
            verdicts = []
            for _, ours_name, base, bound in targets:
                if ours_name in row and base in row:
                    ratio = row[ours_name] / row[base]
                    ok = "pass" if ratio <= bound else "FAIL"
                    verdicts.append(f"{ours_name.removeprefix('errcat_')} <= {bound}x {base}: {ok}")
            cells.append("; ".join(verdicts))
        print("| " + " | ".join(cells) + " |")
    print()


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
    groups = load(root)
    if not groups:
        sys.exit(f"no criterion results under {root}")
    order = [g for g in GROUP_ORDER if g in groups] + sorted(
        g for g in groups if g not in GROUP_ORDER
    )
    for name in order:
        table(name, groups[name])


if __name__ == "__main__":
    main()
