"""Runaway inputs: one sentence that repeats a clause thousands of times (a pasted table
or a list with no full stops). Prints the CPU time at two lengths and their ratio: about
2 when the extractor stays linear, 4 when some rule scans the sentence for every fact.

    python bench/runaway.py [--repeats 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract import extract  # noqa: E402

CLAUSES = [
    "killing a soldier and a woman, ",
    "2 drones were shot down and 1 hit a house, ",
    "at least 12 people were killed in Kharkiv on Monday, Ukraine said, ",
    "Killed: 4; Injured: 5; ",
    "the toll rose to 5 from 3, ",
    "a family of six was killed, ",
    "Hezbollah fired 5 rockets at Kiryat Shmona, ",
    "according to the army, 3 rockets were fired; ",
    "\"We fired 3 drones,\" he said, ",
    "in Kyiv, Kharkiv and Odesa, ",
    "1 launch from Yemen | 0 impacts | ",
    "two in critical condition, ",
]


def seconds(clause: str, repeats: int) -> float:
    text = "Runaway\n\nThe strike hit the town, " + clause * repeats + "officials said.\n"
    t0 = time.process_time()
    extract(text, "2026-01-01")
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=2000)
    n = ap.parse_args().repeats
    print(f"{'x' + str(n):>8} {'x' + str(2 * n):>8}  ratio  clause")
    worst = 0.0
    for clause in CLAUSES:
        a, b = seconds(clause, n), seconds(clause, 2 * n)
        worst = max(worst, b / a)
        print(f"{a:7.2f}s {b:7.2f}s  {b / a:5.1f}  {clause!r}")
    print(f"worst ratio {worst:.1f} (2 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
