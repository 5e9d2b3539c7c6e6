"""Export throughput and memory: a store of N generated articles with a few accepted
facts each, exported as jsonl, csv, spans and acled (brat and a searched jsonl for a slice).

    python bench/export.py                 # 100,000 articles
    python bench/export.py -n 10000        # another size (compare peaks: they stay flat)
    python bench/export.py --db big.db     # reuse a store built by an earlier run

The store is built fast: articles through `add_articles` without extraction, then five
accepted facts per article inserted directly in batches (their spans slice the text).
Each format is exported to a file in a temporary folder twice: once timed (records/s,
articles/s) and once under tracemalloc (peak Python allocation during the export);
ru_maxrss is the process's peak resident size after that format, so it only grows.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import open_store  # noqa: E402
from store.articles import NewArticle, add_articles  # noqa: E402
from store.export import run_export  # noqa: E402

PLACES = ["Harran air base", "the port of Selvik", "Camp Orlen", "Tel Marun", "Ardan airport",
          "Kharkiv", "Erbil", "Odesa"]
WEAPONS = [("rockets", "rocket"), ("drones", "drone"), ("ballistic missiles", "ballistic missile"),
           ("mortar rounds", "mortar"), ("shells", "shell")]
SOURCES = ["a military spokesman", "the regional governor", "local police", "a monitoring group"]


def make(i: int, rng: random.Random) -> tuple[NewArticle, list[dict]]:
    place = rng.choice(PLACES)
    words, munition = rng.choice(WEAPONS)
    fired = rng.randint(2, 60)
    down = rng.randint(0, fired)
    killed = rng.randint(0, 9)
    source = rng.choice(SOURCES)
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    head = f"Attack number {i} on {place}\n\n"
    launch = f"{fired} {words} were fired"
    text = (
        f"{head}{launch} at {place} on Monday, {source} said.\n\n"
        f"Air defences intercepted {down} of them. {killed} people were killed.\n\n"
        "The attack followed weeks of rising tension in the area, and officials warned of "
        "further strikes. Residents described loud explosions and smoke over the site. "
        "An investigation into the damage was under way, a statement said.\n"
    )
    facts = []

    def add(kind, phrase, value, **more):
        start = text.index(phrase)
        facts.append(dict(kind=kind, value=value, start=start, end=start + len(phrase),
                          text=phrase, **more))

    add("launched", launch, fired, min=fired, max=fired, qualifier="exact", object=munition,
        attributed_to=source)
    add("intercepted", f"intercepted {down}", down, min=down, max=down, qualifier="exact",
        object=munition)
    add("killed", f"{killed} people were killed", killed, min=killed, max=killed,
        qualifier="exact", object="people")
    add("location", place, place, object="city", role="target")
    add("event_date", "on Monday", f"{year}-{month:02d}-{day:02d}",
        event_date=f"{year}-{month:02d}-{day:02d}", rule_="date.weekday")
    published = f"{year}-{month:02d}-{day:02d}"
    return NewArticle(text=text, title=head.strip(), source="AFP", published=published,
                      url=f"https://news.test/{i}"), facts


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    with open_store(path) as store:
        batch = 5000
        for lo in range(0, n, batch):
            made = [make(i, rng) for i in range(lo, min(n, lo + batch))]
            ids = add_articles(store, [a for a, _ in made])
            rows = []
            for (aid, _), (_, facts) in zip(ids, made, strict=True):
                for f in facts:
                    rule = f.pop("rule_", "bench")
                    rows.append(dict(f, article_id=aid, main_event=1, event=0, origin="machine",
                                     rule=rule, confidence=0.9, status="accepted",
                                     created_at="2025-01-01T00:00:00", updated_at="2025-01-01T00:00:00"))
            with store.transaction() as db:
                db["facts"].insert_all(rows, batch_size=1000)
            print(f"\r  built {min(n, lo + batch):,} / {n:,}", end="", file=sys.stderr, flush=True)
    print(f"\r  built {n:,} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(store, fmt: str, out: Path, **options) -> dict:
    started = time.perf_counter()
    summary = run_export(store, fmt, out, force=True, **options)
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in out.iterdir()) if out.is_dir() else out.stat().st_size
    tracemalloc.start()
    run_export(store, fmt, out, force=True, **options)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"fmt": fmt, "records": summary.records, "facts": summary.facts,
            "articles": summary.matched - summary.skipped, "seconds": seconds,
            "mb": size / 1e6, "peak": peak / 1e6, "rss": rss_mb()}


HEADER = (f"{'format':7} {'records':>9} {'facts':>9} {'seconds':>8} {'records/s':>10} "
          f"{'articles/s':>10} {'out MB':>7} {'tracemalloc peak MB':>20} {'ru_maxrss MB':>13}")


def show(r: dict) -> None:
    print(f"{r['fmt']:7} {r['records']:>9,} {r['facts']:>9,} {r['seconds']:>8.1f} "
          f"{r['records'] / r['seconds']:>10,.0f} {r['articles'] / r['seconds']:>10,.0f} "
          f"{r['mb']:>7.0f} {r['peak']:>20.1f} {r['rss']:>13.0f}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=100_000, help="articles (default 100,000)")
    parser.add_argument("--db", type=Path, help="store to use (built when missing)")
    parser.add_argument("--brat-query", default="Orlen",
                        help="full-text search that picks the slice exported as brat")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        db = args.db or tmp_path / "bench.db"
        if not db.exists():
            build(db, args.n)
        with open_store(db) as store:
            total = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
            nfacts = store.query("SELECT count(*) AS n FROM facts")[0]["n"]
            print(f"store: {total:,} articles, {nfacts:,} facts, "
                  f"{db.stat().st_size / 1e6:.0f} MB; rss before exports {rss_mb():.0f} MB")
            print(HEADER, flush=True)
            for fmt in ("jsonl", "csv", "spans", "acled"):
                show(run(store, fmt, tmp_path / f"out.{fmt}"))
            # brat writes two files per article: a search keeps it to a slice (an eighth
            # of the store), which also times the full-text filter
            show(run(store, "brat", tmp_path / "brat", query=args.brat_query))
            show(dict(run(store, "jsonl", tmp_path / "q.jsonl", query=args.brat_query),
                      fmt="jsonl+q"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
