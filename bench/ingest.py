"""Ingest throughput: generated reports into a fresh store, with and without full-text
search and with and without fact extraction.

    python bench/ingest.py                    # 1,000 and 100,000 reports
    python bench/ingest.py -n 5000            # one size
    python bench/ingest.py --extract-max 2000 # extraction runs for sizes up to 2,000
    python bench/ingest.py --no-extract       # the store side only

The reports are made here from templates (varied counts, places, weapons, sources and
dates), written as one JSON Lines file and, for sizes up to --txt-max, also as one .txt file
each in the seed's format. Each scenario runs in its own process so that its peak
memory (ru_maxrss) is its own; the time is that of `store.ingest.ingest` (reading,
parsing, deduplicating, extracting when asked, writing), not of Python's start-up.
"Without FTS" drops the store's full-text triggers before the run, to show what the
index costs. Wall time and CPU time are both shown: on a busy machine the CPU figure
is the steadier one. Extraction is slow next to storing, so by default it runs only for sizes up
to 1,000; its figure is the end-to-end rate a user sees from `factdesk ingest`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = [("Harran air base", "Nadir province"), ("the port of Selvik", "the coastal district"),
          ("Camp Orlen", "the northern border area"), ("Tel Marun", "Qasra governorate"),
          ("the Brevik fuel depot", "Ostmark region"), ("Kassel Heights", "the eastern front"),
          ("Ardan airport", "Ardan province"), ("the Mirza oil field", "the southern desert")]
WEAPONS = ["rockets", "drones", "ballistic missiles", "mortar rounds", "cruise missiles", "shells"]
SOURCES = ["a military spokesman", "the regional governor", "a security official",
           "the defence ministry", "local police", "a monitoring group"]
ACTORS = ["the Northern Front", "an unnamed militia", "the Ridge Brigades", "rebel forces"]
DAYS = ["on Monday", "on Tuesday", "overnight", "early on Friday", "late on Saturday", "on Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def make_report(i: int, rng: random.Random) -> dict:
    place, region = rng.choice(PLACES)
    weapon = rng.choice(WEAPONS)
    fired = rng.randint(2, 60)
    down = rng.randint(0, fired)
    hit = fired - down
    killed, hurt = rng.randint(0, 9), rng.randint(0, 25)
    source, other = rng.sample(SOURCES, 2)
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    title = f"{weapon.capitalize()} target {place} in {region}"
    text = (
        f"{title}\n\n"
        f"{fired} {weapon} were fired at {place} {rng.choice(DAYS)}, {source} said, "
        f"in the {['first', 'second', 'third', 'latest'][i % 4]} such attack this month.\n\n"
        f"Air defences intercepted {down} of them and {hit} struck the area around the "
        f"site, according to {other}. {killed} people were killed and {hurt} were wounded.\n\n"
        f"No group immediately claimed the attack, but officials blamed {rng.choice(ACTORS)}. "
        f"The area has seen {i % 97 + 3} incidents since {MONTHS[month - 1]}, and the "
        f"authorities said case {i} was under review by investigators from {region}.\n"
    )
    return {"title": title, "text": text, "published": f"{year}-{month:02d}-{day:02d}",
            "source": "Bench Wire", "url": f"https://bench.example/{i}"}


def write_inputs(folder: Path, n: int, txt_max: int) -> tuple[Path, Path, int]:
    rng = random.Random(n)
    jsonl = folder / f"reports-{n}.jsonl"
    txt_dir = folder / f"txt-{n}"
    txt_dir.mkdir()
    n_txt = n if n <= txt_max else 0
    with open(jsonl, "w", encoding="utf-8") as f:
        for i in range(n):
            rec = make_report(i, rng)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if i < n_txt:
                (txt_dir / f"{i:06d}.txt").write_text(
                    f"date {rec['published']} World\n{rec['text']}", encoding="utf-8")
    return jsonl, txt_dir, n_txt


def child(args: argparse.Namespace) -> None:
    """One scenario, run in its own process; prints a JSON line with the figures."""
    import resource

    from store import open_store
    from store.ingest import LOADERS, ingest

    # Imported before the clock starts: a run's one-off start-up (about 0.3 s, most of it
    # the fact engine's modules) is not throughput.
    for module in set(LOADERS.values()) - {"sniff"}:
        __import__(f"store.ingest.{module}")
    __import__("store.ingest.writer")
    __import__("store.extraction")

    db = Path(args.db)
    store = open_store(db)
    if not args.fts:
        with store.transaction() as conn:
            for name in ("articles_ai", "articles_ad", "articles_au"):
                conn.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    start, cpu_start = time.perf_counter(), time.process_time()
    report = ingest(store, [args.input], extract_facts=args.extract, jobs=args.jobs)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    store.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"new": report.new, "duplicate": report.duplicate, "failed": len(report.failed),
                      "facts": report.facts, "seconds": seconds, "cpu": cpu, "store_bytes": size,
                      "peak_mb": peak_kb / 1024}))


def run_scenario(tmp: Path, name: str, source: Path, fts: bool, extract: bool, jobs: int) -> dict:
    db = tmp / f"{name}.db"
    cmd = [sys.executable, __file__, "--child", "--db", str(db), "--input", str(source),
           "--jobs", str(jobs)]
    cmd += [] if fts else ["--no-fts"]
    cmd += ["--extract"] if extract else []
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"scenario {name} failed:\n{out.stderr}")
    for path in tmp.glob(db.name + "*"):
        path.unlink()
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, action="append", help="number of reports (repeatable; default 1000 and 100000)")
    parser.add_argument("--txt-max", type=int, default=1000, help="also write each report as a .txt file for sizes up to this (default 1000)")
    parser.add_argument("--extract-max", type=int, default=1000,
                        help="run the extraction scenarios only for sizes up to this (default 1000)")
    parser.add_argument("--no-extract", action="store_true", help="skip the extraction scenarios")
    parser.add_argument("--workers", type=int, default=0,
                        help="worker processes for the parallel extraction row (default: one per CPU, at most 8)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--no-fts", dest="fts", action="store_false", help=argparse.SUPPRESS)
    parser.add_argument("--extract", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    sizes = args.n or [1000, 100_000]
    from store.ingest.parallel import default_jobs

    jobs = args.workers or default_jobs()
    header = (f"{'reports':>8}  {'input':<10} {'FTS':<4} {'extract':<8} {'stored':>8} {'wall s':>7} "
              f"{'reports/s':>10} {'CPU s':>6} {'per CPU s':>10} {'store MB':>9} {'peak MB':>8}  facts")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for n in sizes:
            jsonl, txt_dir, n_txt = write_inputs(tmp, n, args.txt_max)
            txt = [(".txt files", txt_dir)] if n_txt == n else []
            # (input label, path, FTS, extract, worker processes)
            scenarios = [("jsonl", jsonl, True, False, 1), ("jsonl", jsonl, False, False, 1)]
            scenarios += [(label, path, True, False, 1) for label, path in txt]
            if not args.no_extract and n <= args.extract_max:
                scenarios.append(("jsonl", jsonl, True, True, 1))
                if jobs > 1:
                    scenarios.append(("jsonl", jsonl, True, True, jobs))
                scenarios += [(label, path, True, True, 1) for label, path in txt]
            for label, source, fts, extract, workers in scenarios:
                r = run_scenario(tmp, f"s{n}", source, fts, extract, workers)
                if r["new"] != n or r["failed"]:
                    sys.exit(f"expected {n} new reports, got {r}")
                how = "no" if not extract else "yes" if workers == 1 else f"yes x{workers}"
                print(f"{n:>8,}  {label:<10} {'yes' if fts else 'no':<4} {how:<8} "
                      f"{r['new']:>8,} {r['seconds']:>7.2f} {r['new'] / r['seconds']:>10,.0f} "
                      f"{r['cpu']:>6.2f} {r['new'] / r['cpu']:>10,.0f} "
                      f"{r['store_bytes'] / 1e6:>9.1f} {r['peak_mb']:>8.0f}  {r['facts']:,}", flush=True)
            jsonl.unlink()
    print("\nCPU s is this process's CPU time; with worker processes (x N) their time is not "
          "in it, so read the wall-clock rate for those rows.")


if __name__ == "__main__":
    main()
