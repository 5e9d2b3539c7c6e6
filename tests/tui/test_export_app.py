"""Export from the app: `x` on the library and the palette's entry open the export
form; the export runs off the UI thread and its summary (or its refusal) is notified."""

from __future__ import annotations

import json

from textual.command import CommandPalette
from textual.widgets import Input

from store import review
from store.articles import get_facts
from store.export import NO_CURATED
from tests.tui.helpers import fill, settle
from tui.app import FactdeskApp
from tui.screens.forms import ExportScreen
from tui.screens.library import LibraryScreen

SIZE = (150, 40)


async def _until(pilot, condition, tries: int = 100) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _export_via_form(pilot, app, path) -> None:
    assert isinstance(app.screen, ExportScreen)
    app.screen.query_one("#path", Input).value = str(path)
    # Focus is on the format list with jsonl chosen: enter on it exports.
    await pilot.press("enter")
    await _until(pilot, lambda: any("records" in m or "curated" in m for m in _messages(app)))


async def test_x_on_the_library_exports_the_curated_facts(store, tmp_path):
    ids = fill(store)
    review.accept_all(store, ids["alpha"])
    review.reject(store, get_facts(store, ids["alpha"])[0]["id"])
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("x")
        await pilot.pause()
        target = tmp_path / "events.jsonl"
        await _export_via_form(pilot, app, target)
        assert isinstance(app.screen, LibraryScreen)
        messages = _messages(app)
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    exported = {f["id"] for r in records for f in r["facts"]}
    kept = {f["id"] for f in get_facts(store, ids["alpha"]) if f["status"] == "accepted"}
    assert exported == kept and len(kept) == len(get_facts(store, ids["alpha"])) - 1
    assert any(f"{len(records)} records, {len(kept)} facts" in m and str(target) in m
               for m in messages)


async def test_palette_entry_opens_the_form_and_an_empty_export_says_why(store, tmp_path):
    fill(store)  # machine facts only: nothing curated yet
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"export")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ExportScreen))
        target = tmp_path / "empty.jsonl"
        await _export_via_form(pilot, app, target)
        messages = _messages(app)
    assert target.read_text(encoding="utf-8") == ""
    assert any(NO_CURATED in m for m in messages)


async def test_a_refused_export_is_an_error_notification(store, tmp_path, monkeypatch):
    from store import export

    fill(store)

    def refuse(*args, **kwargs):
        raise export.ExportError("disk says no")

    monkeypatch.setattr(export, "run_export", refuse)
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(tmp_path / "x.jsonl")
        await pilot.press("enter")
        await _until(pilot, lambda: "disk says no" in _messages(app))
        errors = [n for n in app._notifications if str(n.message) == "disk says no"]
        assert errors[0].severity == "error"


async def test_keys_typed_ahead_of_enter_on_the_format_list_are_not_jumped(tmp_path):
    # Keys arriving in one burst (a fast typist, a paste, tmux send-keys): the list must
    # take both downs before the form's enter decides, so enter picks acled here
    # rather than exporting jsonl.
    from textual import events

    from tests.tui.test_forms import Host

    app = Host(ExportScreen(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("down", "down", "enter"):
            app.post_message(events.Key(key, "\r" if key == "enter" else None))
        await pilot.pause(0.2)
        assert isinstance(app.screen, ExportScreen), "enter exported instead of picking"
        assert app.screen.query_one("#path", Input).value.endswith("factdesk-acled.csv")
        for key in ("enter",):
            app.post_message(events.Key(key, "\r"))
        await pilot.pause(0.2)
    assert app.result == {"format": "acled", "path": str(tmp_path / "factdesk-acled.csv"),
                          "all": False, "force": False}


async def test_a_path_typed_in_one_burst_with_its_enter_is_taken_whole(tmp_path):
    from textual import events

    from tests.tui.test_forms import Host

    app = Host(ExportScreen(tmp_path, fmt="csv"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        path = app.screen.query_one("#path", Input)
        path.value = ""
        path.focus()
        await pilot.pause()
        for char in "typed.csv":
            app.post_message(events.Key(char, char))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause(0.3)
    assert app.result == {"format": "csv", "path": str(tmp_path / "typed.csv"), "all": False,
                          "force": False}


async def test_replace_ticked_in_the_app_writes_over_an_old_export(store, tmp_path):
    from textual.widgets import Checkbox

    ids = fill(store)
    review.accept_all(store, ids["alpha"])
    target = tmp_path / "events.jsonl"
    target.write_text("last week's export\n", encoding="utf-8")
    app = FactdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#force", Checkbox).value = True
        await _export_via_form(pilot, app, target)
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["format"] == "factdesk.event/1" for r in records)
