"""Latency of the reader, driven headless by Pilot (figures, no assertions).

    python bench/tui.py [--articles 100000] [--runs 5] [--keys 60] [--db PATH]

Builds (or reuses, with --db) a store of N short articles with a few facts each, plus one
50,000-character report with about 300 facts, then measures:

- cold start: a fresh `python -c` that imports the app, opens the store and runs it
  headless until the library shows its first rows (wall time of the whole process, and
  inside it the import and the mount separately);
- open: enter on a library row until the reader has painted the article (short article
  and the long one);
- key: `j` (next fact) until the screen has repainted, on the long article.

"Painted" is the first frame the app renders once the new state is there (the moment a
terminal would be sent it); headless, the frame is rendered and not written. Targets (issue 4): start < 1 s, open < 100 ms,
key < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import open_store  # noqa: E402
from store.articles import NewArticle, add_articles  # noqa: E402

PLACES = ["Harir", "Erbil", "Kosti", "Mykolaiv", "Sderot", "Haifa", "Gajiram", "Makhmur",
          "Qaryat Bir", "Tell Azraq", "Marsa Nour", "Novy Brod"]
MUNITIONS = ["rockets", "drones", "missiles", "mortar rounds", "shells"]
SOURCES = ["Meridian Wire", "Harbour Post", "Sahel Daily", "Riverside News", "Delta Times"]
FILLER = ("Officials gave no further details about the damage, and residents said the "
          "roads around the site stayed closed for most of the day while crews worked. ")


def short_articles(n: int, seed: int = 7) -> Iterator[tuple[NewArticle, list[dict]]]:
    rng = random.Random(seed)
    for i in range(n):
        place, munition = rng.choice(PLACES), rng.choice(MUNITIONS)
        fired, down = rng.randint(2, 40), 0
        down = rng.randint(0, fired)
        lead = (f"{fired} {munition} were fired at {place} on Tuesday, the army said, and "
                f"air defences intercepted {down} of them. ")
        text = f"Attack on {place} (report {i})\n\n{lead}{FILLER * rng.randint(2, 5)}"
        at = text.index(lead)
        facts = [
            {"kind": "launched", "value": fired, "min": fired, "max": fired,
             "qualifier": "exact", "object": munition.rstrip("s"), "attributed_to": "the army",
             "start": at, "end": at + len(f"{fired} {munition}"),
             "text": f"{fired} {munition}"},
            {"kind": "location", "value": place, "role": "target",
             "start": text.index(place), "end": text.index(place) + len(place),
             "text": place},
        ]
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2015 + (i // 336) % 10
        yield (NewArticle(text, title=f"Attack on {place} (report {i})",
                          source=rng.choice(SOURCES), published=f"{year}-{month:02d}-{day:02d}",
                          origin="bench"), facts)


def long_article(chars: int = 50_000, facts: int = 300) -> tuple[NewArticle, list[dict]]:
    """One report of `chars` characters with `facts` count facts spread through it."""
    rng = random.Random(11)
    parts: list[str] = ["Live: a long night of strikes\n\n"]
    spans: list[dict] = []
    length = len(parts[0])
    per_fact = chars // facts
    while len(spans) < facts:
        n, munition, place = rng.randint(1, 60), rng.choice(MUNITIONS), rng.choice(PLACES)
        phrase = f"{n} {munition}"
        sentence = f"Update {len(spans) + 1}: {phrase} were launched towards {place}. "
        start = length + sentence.index(phrase)
        spans.append({"kind": "launched", "value": n, "min": n, "max": n,
                      "qualifier": "exact", "object": munition.rstrip("s"),
                      "start": start, "end": start + len(phrase), "text": phrase,
                      "event": len(spans) // 10, "main_event": len(spans) < 10})
        filler = FILLER * max(0, (per_fact - len(sentence)) // len(FILLER) + 1)
        block = sentence + filler[: max(0, per_fact - len(sentence))] + "\n\n"
        parts.append(block)
        length += len(block)
    text = "".join(parts)[:chars]
    return (NewArticle(text, title="Live: a long night of strikes", source="Meridian Wire",
                       published="2030-01-01", origin="bench"),
            [s for s in spans if s["end"] <= len(text)])


def build(path: Path, n: int) -> None:
    store = open_store(path)
    try:
        if store.query("SELECT count(*) AS n FROM articles")[0]["n"] >= n + 1:
            return
        started = time.perf_counter()
        facts_of: dict[str, list[dict]] = {}

        def articles() -> Iterator[NewArticle]:
            for article, facts in short_articles(n):
                facts_of[article.text] = facts
                yield article
            article, facts = long_article()
            facts_of[article.text] = facts
            yield article

        add_articles(store, articles(), facts_for=lambda a: facts_of.pop(a.text, []))
        print(f"built {n:,} articles + 1 long one in {time.perf_counter() - started:.1f} s")
    finally:
        store.close()


# ---- cold start -----------------------------------------------------------------------

COLD = r"""
import asyncio, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from store import open_store
from tui.app import FactdeskApp
t_import = time.perf_counter()

async def main():
    store = open_store({db!r})
    app = FactdeskApp(store)
    async with app.run_test(size=(140, 45)) as pilot:
        while not (type(app.screen).__name__ == "LibraryScreen" and app.screen.article_ids):
            await asyncio.sleep(0.002)
        await pilot.pause()
        t_ready = time.perf_counter()
    store.close()
    print(f"{{t_import - t0:.4f}} {{t_ready - t_import:.4f}}")

asyncio.run(main())
"""


def cold_start(db: Path, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"process": [], "import": [], "mount": []}
    code = COLD.format(root=str(ROOT), db=str(db))
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=False)
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"cold start failed:\n{done.stderr}")
        imported, mounted = (float(x) for x in done.stdout.split()[-2:])
        out["process"].append(wall)
        out["import"].append(imported)
        out["mount"].append(mounted)
    return out


# ---- in-process latencies -------------------------------------------------------------

class PaintClock:
    """Notes the first frame the app paints once a condition holds.

    Wraps the app's `_display`, which every screen refresh goes through (headless, it
    renders the frame and writes nothing), so the time is taken when the frame is made.
    """

    def __init__(self, app) -> None:
        self.ready: Callable[[], bool] | None = None
        self.hit: float | None = None
        original = app._display

        def display(screen, renderable) -> None:
            original(screen, renderable)
            if self.hit is None and self.ready is not None and self.ready():
                self.hit = time.perf_counter()

        app._display = display

    def arm(self, ready: Callable[[], bool]) -> None:
        self.ready, self.hit = ready, None

    async def wait(self, t0: float, timeout: float = 10) -> float:
        """Seconds from t0 to the first frame painted with the condition true."""
        deadline = time.perf_counter() + timeout
        while self.hit is None:
            if time.perf_counter() > deadline:
                raise SystemExit("timed out waiting for a paint")
            await asyncio.sleep(0.0005)
        self.ready = None
        return self.hit - t0


async def latencies(db: Path, runs: int, keys: int) -> dict[str, list[float]]:
    from tui.app import FactdeskApp

    store = open_store(db)
    out: dict[str, list[float]] = {"open short": [], "open long": [], "key j": []}
    long_id = store.query("SELECT id FROM articles WHERE published = '2030-01-01'")[0]["id"]
    app = FactdeskApp(store)
    try:
        async with app.run_test(size=(140, 45)) as pilot:
            clock = PaintClock(app)
            while not (type(app.screen).__name__ == "LibraryScreen" and app.screen.article_ids):
                await asyncio.sleep(0.002)
            await pilot.pause()
            library = app.screen
            for run in range(runs):
                for label, row in (("open long", 0), ("open short", 1 + run)):
                    table = library.query_one("#articles")
                    table.move_cursor(row=row, animate=False)
                    await pilot.pause()
                    def loaded() -> bool:
                        screen = app.screen
                        return (type(screen).__name__ == "ReaderScreen"
                                and screen.article is not None)

                    clock.arm(loaded)
                    t0 = time.perf_counter()
                    await pilot.press("enter")
                    out[label].append(await clock.wait(t0))
                    await pilot.pause()
                    reader = app.screen
                    if label == "open long":
                        assert reader.article["id"] == long_id, "row 0 is the long article"
                        for _ in range(keys // runs):
                            before = reader.selected
                            clock.arm(lambda r=reader, b=before: r.selected != b)
                            t0 = time.perf_counter()
                            await pilot.press("j")
                            out["key j"].append(await clock.wait(t0))
                    await pilot.press("escape")
                    while app.screen is not library:
                        await asyncio.sleep(0.002)
                    await pilot.pause(0.05)
    finally:
        store.close()
    return out


def show(name: str, values: list[float], target: float | None = None) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    line = (f"{name:<22} median {statistics.median(values) * 1000:8.1f} ms   "
            f"p95 {p95 * 1000:8.1f} ms   max {values[-1] * 1000:8.1f} ms   (n={len(values)})")
    if target is not None:
        line += f"   target < {target * 1000:.0f} ms"
    print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--db", type=Path, help="keep the bench store here (reused if full)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        build(db, args.articles)
        facts = open_store(db)
        try:
            n = facts.query("SELECT count(*) AS n FROM articles")[0]["n"]
            f = facts.query("SELECT count(*) AS n FROM facts")[0]["n"]
            long = facts.query(
                "SELECT length(text) AS chars, (SELECT count(*) FROM facts WHERE article_id ="
                " a.id) AS facts FROM articles a WHERE published = '2030-01-01'")[0]
        finally:
            facts.close()
        print(f"store: {n:,} articles, {f:,} facts; long article {long['chars']:,} chars, "
              f"{long['facts']} facts; Python {sys.version.split()[0]}")
        cold = cold_start(db, args.runs)
        show("cold start (process)", cold["process"], 1.0)
        show("  import", cold["import"])
        show("  open store + mount", cold["mount"])
        warm = asyncio.run(latencies(db, args.runs, args.keys))
        show("open short article", warm["open short"], 0.1)
        show("open 50k-char article", warm["open long"], 0.1)
        show("key j (next fact)", warm["key j"], 0.05)
    return 0


if __name__ == "__main__":
    sys.exit(main())
