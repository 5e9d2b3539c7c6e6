"""Snapshot tests (pytest-textual-snapshot) of the library, the reader on a seed-like
report, the edit form and the help screen, on a fixed store (tests/tui/snapshot_store.py).

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the new pictures before committing them (the report of a failed run shows
the old and new side by side). They are kept in tests/__snapshots__/test_snapshots/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_textual_snapshot
from textual.pilot import Pilot

from tui.app import FactdeskApp

from .snapshot_store import make_store

SIZE = (120, 40)
SNAPSHOTS = Path(__file__).resolve().parent.parent / "__snapshots__"


class _TopLevelSVG(pytest_textual_snapshot.SVGImageExtension):
    """The plugin's SVG extension, storing under tests/__snapshots__/ rather than beside
    this file, so every screen picture of the project is in one folder."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(SNAPSHOTS / test_location.basename)


@pytest.fixture(autouse=True)
def _snapshots_in_tests_folder(monkeypatch):
    # snap_compare looks the extension up when the fixture is made; autouse fixtures
    # are made first.
    monkeypatch.setattr(pytest_textual_snapshot, "SVGImageExtension", _TopLevelSVG)


@pytest.fixture
def app(tmp_path):
    store, _ = make_store(tmp_path / "snap.db")
    yield FactdeskApp(store)
    store.close()


async def until(pilot: Pilot, ready: Callable[[], bool], what: str, seconds: float = 10) -> None:
    """Wait for the store workers to finish: the screens fill in after a worker answers."""
    for _ in range(int(seconds / 0.05)):
        if ready():
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _library_loaded(app) -> bool:
    from tui.screens.library import LibraryScreen

    screen = app.screen
    return isinstance(screen, LibraryScreen) and len(screen.article_ids) == 4


def _reader_loaded(app) -> bool:
    from tui.screens.reader import ReaderScreen

    screen = app.screen
    return isinstance(screen, ReaderScreen) and screen.article is not None


async def _open_reader(pilot: Pilot) -> None:
    await until(pilot, lambda: _library_loaded(pilot.app), "the library")
    await pilot.press("enter")
    await until(pilot, lambda: _reader_loaded(pilot.app), "the reader")


def test_library(snap_compare, app):
    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: _library_loaded(app), "the library")

    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_reader(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=_open_reader)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
def test_reader_on_a_small_terminal(snap_compare, app, size):
    # 80x24: the article keeps about 40 columns, the facts pane 38 (no source column),
    # no legend; the footer's keys, "? Help" first, fit whole at 80 and 100.
    assert snap_compare(app, terminal_size=size, run_before=_open_reader)


def test_edit_form(snap_compare, app):
    async def edit_launch_fact(pilot: Pilot) -> None:
        await _open_reader(pilot)
        # The reader opens on the first pending fact; the launch figure is the one before.
        await pilot.press("k", "e")
        await until(pilot, lambda: type(app.screen).__name__ == "EditFactScreen", "the form")

    assert snap_compare(app, terminal_size=SIZE, run_before=edit_launch_fact)


def test_edit_form_error(snap_compare, app):
    async def bad_value(pilot: Pilot) -> None:
        await _open_reader(pilot)
        await pilot.press("k", "e")
        await until(pilot, lambda: type(app.screen).__name__ == "EditFactScreen", "the form")
        await pilot.press("backspace", "backspace", "minus", "2", "enter")

    assert snap_compare(app, terminal_size=SIZE, run_before=bad_value)


def test_new_fact_form(snap_compare, app):
    async def new_fact(pilot: Pilot) -> None:
        await _open_reader(pilot)
        screen = app.screen
        await pilot.pause()
        # Select "Two Iraqi guards" as a person would with v and w, then n.
        from tui.widgets.article import ArticleView

        view = screen.query_one(ArticleView)
        start = view.text.index("Two Iraqi guards")
        view.focus()
        view.start_selection(start)
        await pilot.press("w", "w", "w", "n")
        await until(pilot, lambda: type(app.screen).__name__ == "NewFactScreen", "the form")
        await pilot.press("w")

    assert snap_compare(app, terminal_size=SIZE, run_before=new_fact)


def test_help(snap_compare, app):
    async def help_on_reader(pilot: Pilot) -> None:
        await _open_reader(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: type(app.screen).__name__ == "HelpScreen", "help")

    assert snap_compare(app, terminal_size=SIZE, run_before=help_on_reader)
