"""The help screen: every key of the screen that opened it, then the reader's and the
library's keys as DESIGN.md lists them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

READER_KEYS: tuple[tuple[str, str], ...] = (
    ("j / ↓, k / ↑", "next / previous fact"),
    ("a", "accept the fact, go to the next pending one"),
    ("x", "reject the fact, go to the next pending one"),
    ("e / enter", "edit the fact in a form; enter saves, escape cancels"),
    ("0-9", "type a new count (or date) for the selected fact; enter saves it"),
    ("v", "select text in the article (arrows, shift+arrows, w/b by word)"),
    ("n", "new fact from the selected text: pick its kind, fill the form"),
    ("d", "delete a fact a person added"),
    ("u, ctrl+r", "undo, redo (any number of steps, across restarts)"),
    ("A", "accept every pending fact in the article"),
    ("m", "mark the article reviewed (or back to in review); warns of pending facts"),
    ("!", "flag the article for a second look (again: back to in review)"),
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
    ("x", "export curated records (jsonl, csv, ACLED, brat, spans)"),
    ("q", "quit"),
)
FORM_KEYS: tuple[tuple[str, str], ...] = (
    ("enter, ctrl+s", "save the form (in a dropdown, enter picks first)"),
    ("ctrl+s", "save the note (enter there starts a new line)"),
    ("escape", "cancel"),
    ("tab / shift+tab", "next / previous field"),
    ("l i h k w d p a", "new fact: kind launched, intercepted, impacted (hit), killed, "
                        "injured (wounded), date, place, actor"),
)


# What an action does, in the words of DESIGN.md; footers keep their short labels.
ACTION_HELP = {
    "next_fact": "next fact",
    "previous_fact": "previous fact",
    "accept": "accept the fact, go to the next pending one",
    "reject": "reject the fact, go to the next pending one",
    "edit": "edit the fact in a form",
    "quick_value": "type a new count (or date) for the selected fact; enter saves it",
    "select_text": "select text in the article with the keyboard",
    "new_fact": "new fact from the selected text",
    "delete": "delete a fact a person added",
    "undo": "undo the last change (any number of steps)",
    "redo": "redo the change undone last",
    "accept_all": "accept every pending fact in the article",
    "toggle_reviewed": "mark the article reviewed (or back to in review)",
    "toggle_flagged": "flag the article for a second look (or back to in review)",
    "next_article": "next article",
    "previous_article": "previous article",
    "next_unreviewed": "next article not yet reviewed",
    "note": "note on the article",
    "switch_pane": "switch pane (article, facts)",
    "back": "back to the library",
    "help": "this help",
    "command_palette": "command palette",
    "quit": "quit",
    "search": "full-text search",
    "cycle_filter": "filter by status (all, new, in review, reviewed, flagged)",
    "clear_search": "clear the search",
    "export": "export curated records",
}


def _action_name(action: str) -> str:
    """'app.quit' -> 'quit', "quick_value('3')" -> 'quick_value'."""
    return action.split("(", 1)[0].rsplit(".", 1)[-1]


def _join_keys(keys: list[str]) -> str:
    # Ten digit keys doing one thing read better as a range.
    if len(keys) > 2 and all(len(k) == 1 and k.isdigit() for k in keys):
        return f"{min(keys)}-{max(keys)}"
    return " / ".join(keys)


def bindings_of(screen: Screen) -> list[tuple[str, str]]:
    """The keys active on `screen`, as (key display, description) pairs: factdesk's own
    actions first (the screen's, its focused widget's, the app's), then Textual's
    generic keys; keys that do the same thing share a row."""
    app = screen.app

    def rank(item: tuple[str, ActiveBinding]) -> tuple[int, int]:
        node = item[1].node
        known = _action_name(item[1].binding.action) in ACTION_HELP
        return (0 if known else 1, 0 if node is screen else 2 if node is app else 1)

    rows: dict[str, list[str]] = {}
    for key, active in sorted(screen.active_bindings.items(), key=rank):
        binding = active.binding
        if not binding.description or binding.system:
            continue
        description = ACTION_HELP.get(_action_name(binding.action), binding.description)
        shown = binding.key_display or app.get_key_display(binding.with_key(key))
        keys = rows.setdefault(description, [])
        if shown not in keys:
            keys.append(shown)
    return [(_join_keys(keys), description) for description, keys in rows.items()]


KEY_WIDTH = 18
HELP_WIDTH = 96  # help.tcss: #help { width: 96 }


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
                 title: str | None = None) -> None:
        super().__init__()
        self.bindings = list(bindings) if bindings is not None else None
        self.title_text = title

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Content.assemble(("Keys", "bold"),
                                          ("   escape, q or ? closes", "dim")),
                         id="help-title")
            yield Static(Content.styled(self.title_text or self._below_title(), "bold"),
                         classes="help-section", id="help-current-title")
            yield self._table("help-current")
            for name in ("Reader", "Library", "Forms"):
                # the screen below is listed above with its live keys: not a second time
                if self.bindings is None and self._below_name() == name:
                    continue
                yield Static(Content.styled(name, "bold"), classes="help-section")
                yield self._table(f"help-{name.lower()}")

    def _below(self) -> Screen | None:
        stack = self.app.screen_stack
        below = [s for s in stack if s is not self]
        return below[-1] if below else None

    def _below_name(self) -> str:
        below = self._below()
        return type(below).__name__.removesuffix("Screen") if below is not None else ""

    def _below_title(self) -> str:
        name = self._below_name()
        return f"{name}: keys active now" if name else "Keys active now"

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
            below = self._below()
            current = bindings_of(below) if below is not None else []
        # The description column takes the width the page leaves and long descriptions
        # wrap onto a second line (the row of kind keys was cut at 80 columns).
        page = min(self.app.size.width, HELP_WIDTH) - 4  # the border and padding
        does = max(page - KEY_WIDTH - 2 * 2 - 2, 20)  # two cell paddings, the scrollbar
        for table_id, rows in (("help-current", current), ("help-reader", READER_KEYS),
                               ("help-library", LIBRARY_KEYS), ("help-forms", FORM_KEYS)):
            if not self.query(f"#{table_id}"):
                continue
            table = self.query_one(f"#{table_id}", DataTable)
            table.add_column("Key", key="key", width=KEY_WIDTH)
            table.add_column("Does", key="does", width=does)
            for key, description in rows:
                # rich Text, not str: a DataTable reads a str cell as markup.
                table.add_row(Text(key, style="bold"), Text(description),
                              height=None if len(description) > does else 1)
        self.query_one("#help", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
