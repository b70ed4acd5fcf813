#!/usr/bin/env python3
"""Draws a reproducible random sample of findings per rule from `charte check --format json`,
for a person to classify by reading both files (precision per rule on a real site).

Usage (from the site's root, where its charte.toml is):

    charte check --format json > findings.json
    python3 /path/to/bench/sample-findings.py findings.json [--per-rule 50] [--seed 7] [--tsv]

For each sampled finding it prints the rule, the translation's path and line, the message, the
translation's line and the master's line (`source_file`, `source_line`) when the finding names
them. `--tsv` prints one line per finding (rule, file, line, message) with empty columns for
the verdict and the reason, to fill in a spreadsheet. Every rule's total count comes first.
"""

import argparse
import collections
import json
import random
import sys


def line_of(path, number):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for i, text in enumerate(f, 1):
                if i == number:
                    return text.rstrip("\n")
    except OSError:
        return "<unreadable>"
    return ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("findings")
    parser.add_argument("--per-rule", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tsv", action="store_true")
    args = parser.parse_args()
    with open(args.findings, encoding="utf-8") as f:
        report = json.load(f)
    by_rule = collections.defaultdict(list)
    for d in report.get("diagnostics", []):
        by_rule[d["rule"]].append(d)
    rng = random.Random(args.seed)
    print(f"# summary: {report.get('summary')}", file=sys.stderr)
    for rule in sorted(by_rule, key=lambda r: -len(by_rule[r])):
        print(f"# {rule}: {len(by_rule[rule])} findings", file=sys.stderr)
    for rule in sorted(by_rule):
        found = by_rule[rule]
        sample = found if len(found) <= args.per_rule else rng.sample(found, args.per_rule)
        for d in sorted(sample, key=lambda d: (d["file"], d["line"])):
            if args.tsv:
                print("\t".join([rule, d["file"], str(d["line"]), d["message"].replace("\t", " "), "", ""]))
                continue
            print(f"== {rule} {d['file']}:{d['line']}: {d['message']}")
            print(f"   translation: {line_of(d['file'], d['line'])}")
            if d.get("source_file") and d.get("source_line"):
                print(f"   master {d['source_file']}:{d['source_line']}: {line_of(d['source_file'], d['source_line'])}")


if __name__ == "__main__":
    main()
