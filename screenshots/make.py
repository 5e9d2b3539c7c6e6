"""Screenshots of the real app for the README, made headless from the demo corpus.

    python screenshots/make.py [--out screenshots/]

Runs FactdeskApp on a new store in a temporary folder loaded with the built-in demo
reports (store.demo.load_demo, with the real extractor), drives it with Pilot as a person
would with the keyboard, and saves SVGs of the library, the reader on the seed-like
report (demo 001) with its launch figure selected, the edit form open on that fact, and
the help screen.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import open_store  # noqa: E402
from store.articles import list_articles  # noqa: E402
from store.demo import load_demo  # noqa: E402
from tui.app import FactdeskApp  # noqa: E402

SIZE = (140, 45)
SEED_ORIGIN = "demo:001_"


async def until(pilot, ready: Callable[[], bool], what: str, seconds: float = 15) -> None:
    for _ in range(int(seconds / 0.05)):
        if ready():
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise SystemExit(f"screenshots: timed out waiting for {what}")


def screen_name(app) -> str:
    return type(app.screen).__name__


async def make(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        try:
            load_demo(store)
            rows = list_articles(store, limit=1000)
            seed = next((r for r in rows if (r["origin"] or "").startswith(SEED_ORIGIN)), None)
            if seed is None:
                raise SystemExit("screenshots: the demo corpus has no report 001")
            seed_row = rows.index(seed)
            app = FactdeskApp(store)
            async with app.run_test(size=SIZE) as pilot:

                def shot(name: str) -> None:
                    path = out / f"{name}.svg"
                    app.save_screenshot(filename=path.name, path=str(out))
                    saved.append(path)

                await until(pilot, lambda: screen_name(app) == "LibraryScreen"
                            and len(app.screen.article_ids) == len(rows), "the library")
                shot("library")

                # Down to the seed-like report and open it, as a person would.
                await pilot.press(*["down"] * seed_row, "enter")
                await until(pilot, lambda: screen_name(app) == "ReaderScreen"
                            and app.screen.article is not None, "the reader")
                reader = app.screen
                launches = [f for f in reader.facts if f["kind"] == "launched"
                            and f["main_event"]]
                # The stated figure ("12 rockets") rather than a bound ("at least ten").
                launch = next((f for f in launches if f["value"] is not None),
                              launches[0] if launches else None)
                if launch is not None:
                    # j / k to the main launch figure, so the reader shows it selected.
                    while reader.selected != launch["id"]:
                        ids = [f["id"] for f in reader.facts]
                        here = ids.index(reader.selected)
                        await pilot.press("j" if ids.index(launch["id"]) > here else "k")
                await pilot.pause(0.2)
                shot("reader")

                await pilot.press("e")
                await until(pilot, lambda: screen_name(app) == "EditFactScreen", "the form")
                shot("edit-form")
                await pilot.press("escape")
                await until(pilot, lambda: screen_name(app) == "ReaderScreen", "the reader")

                await pilot.press("question_mark")
                await until(pilot, lambda: screen_name(app) == "HelpScreen", "help")
                shot("help")
                await pilot.press("escape")
        finally:
            store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots",
                        help="folder for the SVG files (default: screenshots/)")
    args = parser.parse_args(argv)
    for path in asyncio.run(make(args.out)):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
