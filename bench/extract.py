"""Throughput of the fact engine, side by side with quantulum3 on the same texts.

    python bench/extract.py [--seconds 3] [FILES...]

Texts: tests/corpus/*.txt by default (a leading `date YYYY-MM-DD` line gives the
publication date and is not part of the text). Each engine runs over the whole set
again and again until `--seconds` have passed, so the figure is stable; the first
pass is timed on its own too, because it pays for dateparser's start-up and cache
misses. quantulum3 only finds quantities (no events, dates or sources); it is the
nearest installable peer for "numbers with units out of news text".
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract  # noqa: E402

_HEADER = re.compile(r"\s*date (\d{4}-\d\d-\d\d)[^\n]*\n")


def load(paths: list[Path]) -> list[tuple[str, str | None]]:
    out = []
    for p in paths:
        raw = p.read_text(encoding="utf-8")
        m = _HEADER.match(raw)
        out.append((raw[m.end():], m.group(1)) if m else (raw, None))
    return out


def rate(run: Callable[[str, str | None], object], texts: list[tuple[str, str | None]],
         seconds: float) -> tuple[float, float, int]:
    """(reports/s over repeated passes, seconds of the first pass, reports run)."""
    t0 = time.perf_counter()
    for text, pub in texts:
        run(text, pub)
    first = time.perf_counter() - t0
    done, t0 = 0, time.perf_counter()
    while True:
        for text, pub in texts:
            run(text, pub)
        done += len(texts)
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return done / elapsed, first, done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--seconds", type=float, default=3.0)
    a = ap.parse_args()
    paths = a.files or sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    if not paths:
        paths = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if not paths:
        print("no texts: pass files or add tests/corpus/*.txt")
        return 1
    texts = load(paths)
    words = sum(len(t.split()) for t, _ in texts) / len(texts)
    print(f"{len(texts)} reports, {words:.0f} words on average")

    ours, first, n = rate(extract, texts, a.seconds)
    print(f"factdesk extract   {ours:9.1f} reports/s  ({1000 / ours:.2f} ms/report, "
          f"{n} runs; first pass {1000 * first / len(texts):.2f} ms/report)")
    try:
        from quantulum3 import parser as q
    except ImportError:
        print("quantulum3          not installed: pip install 'factdesk[bench]' to compare")
        return 0
    theirs, qfirst, qn = rate(lambda t, _p: q.parse(t), texts, a.seconds)
    print(f"quantulum3 parse   {theirs:9.1f} reports/s  ({1000 / theirs:.2f} ms/report, "
          f"{qn} runs; first pass {1000 * qfirst / len(texts):.2f} ms/report)")
    print(f"ratio              {ours / theirs:9.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
