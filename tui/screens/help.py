"""The help screen: every key of the screen that opened it, then the reader's and the
library's keys as DESIGN.md lists them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

READER_KEYS: tuple[tuple[str, str], ...] = (
    ("j / ↓, k / ↑", "next / previous fact"),
    ("a", "accept the fact, go to the next pending one"),
    ("x", "reject the fact, go to the next pending one"),
    ("e / enter", "edit the fact in a form; enter saves, escape cancels"),
    ("0-9", "type a new value for the selected fact; enter saves it"),
    ("v", "select text in the article (arrows, shift+arrows, w/b by word)"),
    ("n", "new fact from the selected text: pick its kind, fill the form"),
    ("d", "delete a fact a person added"),
    ("u, ctrl+r", "undo, redo (any number of steps, across restarts)"),
    ("A", "accept every pending fact in the article"),
    ("m", "mark the article reviewed (or back to in review)"),
    ("] / [", "next / previous article"),
    ("}", "next article not yet reviewed"),
    ("c", "note on the article"),
    ("tab", "switch pane"),
    ("? , ctrl+p", "help, command palette"),
    ("escape / q", "back to the library"),
)
LIBRARY_KEYS: tuple[tuple[str, str], ...] = (
    ("enter", "open the article"),
    ("/", "full-text search"),
    ("f", "filter by status"),
    ("q", "quit"),
)
FORM_KEYS: tuple[tuple[str, str], ...] = (
    ("enter", "save the form"),
    ("escape", "cancel"),
    ("tab / shift+tab", "next / previous field"),
    ("l i h k w d p a", "new fact: kind launched, intercepted, impacted (hit), killed, "
                        "injured (wounded), date, place, actor"),
)


def bindings_of(screen: Screen) -> list[tuple[str, str]]:
    """The keys active on `screen` (its focused widget's, its own and the app's), as
    (key display, description) pairs, one row per action with all its keys."""
    app = screen.app
    rows: dict[tuple[str, str], list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.system:
            continue
        shown = binding.key_display or app.get_key_display(binding.with_key(key))
        keys = rows.setdefault((binding.action, binding.description), [])
        if shown not in keys:
            keys.append(shown)
    return [(" / ".join(keys), description) for (_, description), keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    """Keys of the current screen, then the keys DESIGN.md gives each screen.

    `bindings` are (key display, description) pairs; when None, the keys of the screen
    below this one are read when it opens (see `bindings_of`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="help.close"),
        Binding("q", "close", "Close", show=False, id="help.close_q"),
        Binding("question_mark", "close", "Close", show=False, id="help.close_help"),
    ]
    CSS_PATH = "help.tcss"

    def __init__(self, bindings: Iterable[tuple[str, str]] | None = None,
                 title: str = "This screen") -> None:
        super().__init__()
        self.bindings = list(bindings) if bindings is not None else None
        self.title_text = title

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Content.assemble(("Keys", "bold"),
                                          ("   escape, q or ? closes", "dim")),
                         id="help-title")
            yield Static(Content.styled(self.title_text, "bold"), classes="help-section")
            yield self._table("help-current")
            yield Static(Content.styled("Reader", "bold"), classes="help-section")
            yield self._table("help-reader")
            yield Static(Content.styled("Library", "bold"), classes="help-section")
            yield self._table("help-library")
            yield Static(Content.styled("Forms", "bold"), classes="help-section")
            yield self._table("help-forms")

    @staticmethod
    def _table(table_id: str) -> DataTable:
        table: DataTable = DataTable(show_cursor=False, zebra_stripes=True, id=table_id,
                                     classes="help-table")
        # The page scrolls as a whole; the tables are for reading, not for a cursor.
        table.can_focus = False
        return table

    def on_mount(self) -> None:
        current = self.bindings
        if current is None:
            stack = self.app.screen_stack
            below = stack[-2] if len(stack) > 1 else None
            current = bindings_of(below) if below is not None else []
        for table_id, rows in (("help-current", current), ("help-reader", READER_KEYS),
                               ("help-library", LIBRARY_KEYS), ("help-forms", FORM_KEYS)):
            table = self.query_one(f"#{table_id}", DataTable)
            table.add_column("Key", key="key", width=18)
            table.add_column("Does", key="does")
            for key, description in rows:
                # rich Text, not str: a DataTable reads a str cell as markup.
                table.add_row(Text(key, style="bold"), Text(description))
        self.query_one("#help", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
