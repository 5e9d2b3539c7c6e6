"""The issue's walkthrough, on the invented seed-like report ingested through the real
loader and extractor: open it, accept, reject, undo, type a new figure, mark it
reviewed, quit, and find everything as left in a new session."""

from __future__ import annotations

from store import open_store
from store.articles import get_article, get_facts
from store.ingest import ingest
from tests.extract.test_seedlike import PUBLISHED, REPORT
from tests.tui.helpers import settle
from tui.app import FactdeskApp
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen


async def _open_first_article(pilot) -> ReaderScreen:
    for _ in range(100):
        if isinstance(pilot.app.screen, LibraryScreen) and pilot.app.screen.article_ids:
            break
        await pilot.pause(0.05)
    await pilot.press("enter")
    for _ in range(100):
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and screen.article is not None:
            await settle(pilot)
            return screen
        await pilot.pause(0.05)
    raise AssertionError("the reader did not open")


async def test_walkthrough_on_a_seed_like_report(tmp_path):
    report = tmp_path / "seedlike.txt"
    report.write_text(f" date {PUBLISHED} World\n{REPORT}", encoding="utf-8")
    db = tmp_path / "walk.db"
    store = open_store(db)
    try:
        assert ingest(store, [report]).new == 1
        (article_id,) = [r["id"] for r in store.query("SELECT id FROM articles")]
        app = FactdeskApp(store)
        async with app.run_test(size=(140, 40)) as pilot:
            reader = await _open_first_article(pilot)
            # it opens on the first launch figure of the main event
            first = next(f for f in get_facts(store, article_id) if f["id"] == reader.selected)
            assert (first["kind"], first["min"], first["qualifier"]) == ("launched", 10, "at_least")
            await pilot.press("a")  # accept "At least ten rockets"
            await settle(pilot)
            rejected = reader.selected
            await pilot.press("x")  # reject the next one: the 14 rockets
            await settle(pilot)
            await pilot.press("u")  # the rejection undone; the fact is selected again
            await settle(pilot)
            assert reader.selected == rejected
            await pilot.press("1", "3", "enter")
            await settle(pilot)
            await pilot.press("m")
            await settle(pilot)
            await pilot.press("ctrl+q")
        after = {f["id"]: f for f in get_facts(store, article_id)}
        assert after[first["id"]]["status"] == "accepted"
        edited = after[rejected]
        assert (edited["kind"], edited["value"], edited["status"]) == ("launched", 13, "edited")
        assert get_article(store, article_id)["status"] == "reviewed"
    finally:
        store.close()

    again = open_store(db)  # a new session finds everything as it was left
    try:
        facts = {f["id"]: f for f in get_facts(again, article_id)}
        assert facts[rejected]["value"] == 13 and facts[first["id"]]["status"] == "accepted"
        actions = [r["action"] for r in again.query("SELECT action FROM edits ORDER BY id")]
        assert actions == ["accept", "reject", "undo", "edit", "status"]
    finally:
        again.close()
