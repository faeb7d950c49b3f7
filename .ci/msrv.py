#!/usr/bin/env python3
"""Checks the declared minimum supported Rust version against what this
machine can check with its one toolchain.

Usage: cargo metadata --format-version 1 --all-features | python3 .ci/msrv.py RUSTC_VERSION

For every workspace package it requires a `rust-version`, no newer than the
installed rustc (so that no build here needs `--ignore-rust-version`), and
no older than what the package's normal and build dependencies, as Cargo.lock
resolves them, declare. Dev-dependencies (criterion for the benchmarks) are
reported, not failed: they serve the tests, not a user's build. Whether the
declared version itself compiles the code is not checked here (there is no
second toolchain); clippy's `incompatible_msrv` lint, denied in the clippy
step, refuses standard-library items newer than it.
"""

import json
import sys


def version(text):
    """'1.85' or '1.95.0-nightly' as a comparable (1, 85, 0)."""
    numbers = text.split("-")[0].split(".")
    return tuple(int(n) for n in numbers) + (0,) * (3 - len(numbers))


def main():
    rustc = version(sys.argv[1])
    metadata = json.load(sys.stdin)
    packages = {p["id"]: p for p in metadata["packages"]}
    nodes = {n["id"]: n for n in metadata["resolve"]["nodes"]}
    failures = []

    def reach(start, first_kinds):
        """The packages `start` depends on through a first edge of
        `first_kinds`, then normal and build edges: a dependency's own
        dev-dependencies are never built."""
        seen, stack = set(), [(start, first_kinds)]
        while stack:
            node, kinds = stack.pop()
            for dep in nodes[node]["deps"]:
                if any(k["kind"] in kinds for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                    seen.add(dep["pkg"])
                    stack.append((dep["pkg"], {None, "build"}))
        return seen

    for member in metadata["workspace_members"]:
        package = packages[member]
        declared = package.get("rust_version")
        name = package["name"]
        failed = len(failures)
        if not declared:
            failures.append(f"{name}: no rust-version")
            continue
        if version(declared) > rustc:
            failures.append(f"{name}: rust-version {declared} is newer than this rustc {sys.argv[1]}")
        needed = [
            (packages[d]["name"], packages[d]["version"], packages[d]["rust_version"])
            for d in reach(member, {None, "build"})
            if packages[d].get("rust_version") and version(packages[d]["rust_version"]) > version(declared)
        ]
        for dep, dep_version, dep_rust in sorted(needed):
            failures.append(f"{name} (rust-version {declared}) depends on {dep} {dep_version}, which needs {dep_rust}")
        dev_only = sorted(
            {
                (packages[d]["name"], packages[d]["version"], packages[d]["rust_version"])
                for d in reach(member, {None, "build", "dev"})
                if packages[d].get("rust_version") and version(packages[d]["rust_version"]) > version(declared)
            }
            - set(needed)
        )
        notes = "; tests and benchmarks need more: " + ", ".join(
            f"{d} {v} (rust {r})" for d, v, r in dev_only
        ) if dev_only else ""
        if len(failures) == failed:
            print(f"{name}: rust-version {declared}, met by rustc {sys.argv[1]} and by its dependencies{notes}")

    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    sys.exit(1 if failures else 0)


main()
