"""The library: every article in the store, newest first, a page at a time."""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from store import articles as store_articles
from store.articles import ARTICLE_STATUSES

from ..runner import StoreDone, StoreRunner
from ..widgets.article import display_text
from ..widgets.footer import KeyFooter
from ..widgets.inputs import TextInput

# The name the reader screen is installed under (one instance, reused).
READER = "reader"

FILTERS = (None, *ARTICLE_STATUSES)
COLUMNS = (("published", "published"), ("source", "source"), ("title", "title"),
           ("decided", "decided"), ("pending", "pending"), ("status", "status"))
# decided and pending: store.articles.COUNTS_SQL, the reader's title shows the same.
FIXED_WIDTHS = {"published": 10, "source": 16, "decided": 7, "pending": 7, "status": 9}


class LibraryScreen(Screen):
    """Articles in a table; rows are loaded a page at a time as the cursor nears the end,
    so a store of 100,000 articles opens at once. Article text is never loaded here."""

    CSS_PATH = "library.tcss"
    AUTO_FOCUS = "#articles"
    COMPONENT_CLASSES = {"library--name", "library--query", "library--pending",
                         *(f"library--{status}" for status in ARTICLE_STATUSES)}
    PAGE = 200

    BINDINGS = [
        Binding("slash", "search", "Search", id="library.search"),
        Binding("f", "filter", "Filter", id="library.filter"),
        Binding("x", "app.export", "Export", id="library.export"),
        Binding("escape", "clear_search", "Clear search", show=False, id="library.clear_search"),
        # ctrl+q (the app's) already shows Quit in the footer; q is listed by help.
        Binding("q", "app.quit", "Quit", show=False, id="library.quit"),
    ]

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self.runner = StoreRunner(self)
        self.status_filter: str | None = None
        self.query_text: str = ""
        self.total = 0
        self._ids: list[int] = []
        self._generation = 0
        self._loading = False
        self._want_id: int | None = None
        self._shown_title_width: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="library-status")
        yield TextInput(placeholder="search titles and text; enter to search, escape to clear",
                    id="search")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static(id="empty")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._add_columns()
        self.reload()
        self._warm_up()
        # Row cells carry colours made for the theme of their day: a new theme redraws.
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        if self._ids:
            self._reload_in_place()

    def _reload_in_place(self) -> None:
        """Load the rows shown again, the cursor kept on its article."""
        row = self.query_one("#articles", DataTable).cursor_row
        self.reload(keep_id=self._ids[row] if 0 <= row < len(self._ids) else None,
                    rows=len(self._ids))

    def _title_width(self) -> int:
        # what the fixed columns, their padding (2 a column) and the scrollbar leave
        fixed = sum(FIXED_WIDTHS.values()) + 2 * len(COLUMNS) + 2
        return max(16, self.app.size.width - fixed)

    def _add_columns(self) -> None:
        table = self.query_one("#articles", DataTable)
        self._shown_title_width = self._title_width()
        widths = dict(FIXED_WIDTHS, title=self._shown_title_width)
        for key, label in COLUMNS:
            table.add_column(label, key=key, width=widths[key])

    def on_resize(self) -> None:
        # The title takes what the terminal gives, so the status column stays in sight
        # at 80 columns and long titles use the room of a wide one.
        if self._title_width() == self._shown_title_width:
            return
        self.query_one("#articles", DataTable).clear(columns=True)
        self._add_columns()
        self._reload_in_place()

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_up(self) -> None:
        """Import the text parser the reader needs while the person looks at the list, so
        the first article opens as fast as the rest (the import takes a tenth of a second)."""
        import extract.document  # noqa: F401

        from ..memory import keep_what_is_loaded

        keep_what_is_loaded()

    def on_store_done(self, message: StoreDone) -> None:
        message.callback()

    # ---- loading ------------------------------------------------------------------

    def reload(self, keep_id: int | None = None, rows: int | None = None) -> None:
        """Load the first page (or the first `rows` rows) for the current filter."""
        self._generation += 1
        generation = self._generation
        status, query = self.status_filter, self.query_text
        limit = max(self.PAGE, rows or 0)
        self._want_id = keep_id
        self._loading = True
        store = self.store

        def load() -> tuple:
            page = store_articles.list_articles(store, status=status, query=query or None,
                                                limit=limit, offset=0)
            total = store_articles.count_articles(store, status=status, query=query or None)
            return page, total

        self.runner.run(load, lambda result: self._fill(generation, *result, replace=True),
                        self._failed)
        self.runner.run(lambda: store_articles.stats(store), self._show_stats, self._failed)

    def _load_more(self) -> None:
        if self._loading or len(self._ids) >= self.total:
            return
        self._loading = True
        generation = self._generation
        status, query, offset = self.status_filter, self.query_text, len(self._ids)
        store = self.store
        self.runner.run(
            lambda: store_articles.list_articles(store, status=status, query=query or None,
                                                 limit=self.PAGE, offset=offset),
            lambda page: self._fill(generation, page, self.total, replace=False),
            self._failed,
        )

    def _failed(self, message: str) -> None:
        self._loading = False
        self.notify(message, title="store", severity="error", markup=False)

    def _fill(self, generation: int, page: list[dict], total: int, *, replace: bool) -> None:
        if generation != self._generation:
            return  # a newer search or filter replaced this one
        table = self.query_one("#articles", DataTable)
        self.total = total
        if replace:
            table.clear()
            self._ids = []
        seen = set(self._ids)
        for row in page:
            if row["id"] in seen:
                continue
            table.add_row(*_cells(row, self._style), key=str(row["id"]))
            self._ids.append(row["id"])
        self._loading = False
        if replace and self._want_id in self._ids:
            table.move_cursor(row=self._ids.index(self._want_id), animate=False)
        self._show_counts()

    def _show_counts(self, stats: dict | None = None) -> None:
        if stats is not None:
            self._stats = stats
        stats = getattr(self, "_stats", None)
        line = Text(end="")
        line.append("factdesk", style=self._style("library--name"))
        line.append(f"  {self.total:,} article{'s' if self.total != 1 else ''}")
        line.append(f" ({len(self._ids):,} loaded)" if len(self._ids) < self.total else "")
        line.append(f"  filter: {self.status_filter or 'all'}")
        if self.query_text:
            line.append("  search: ")
            line.append(display_text(self.query_text), style=self._style("library--query"))
        if stats:
            reviewed = stats["articles"].get("reviewed", 0)
            pending = stats["facts"].get("pending", 0)
            # the figures are the store's: next to a search's count they must say so
            scope = "  ·  store: " if self.query_text or self.status_filter else "  ·  "
            line.append(f"{scope}{reviewed:,} reviewed  ·  {pending:,} facts pending")
        self.query_one("#library-status", Static).update(line)
        self._show_empty()

    def _show_empty(self) -> None:
        """An empty table says why, and what to do about it."""
        empty = self.query_one("#empty", Static)
        empty.display = self.total == 0 and not self._loading
        self.query_one("#articles", DataTable).set_class(empty.display, "-empty")
        if not empty.display:
            return
        if self.query_text:
            empty.update(Content.assemble("no articles match “", display_text(self.query_text),
                                          "”", f" (filter: {self.status_filter or 'all'});"
                                          " escape clears the search"))
        elif self.status_filter:
            empty.update(f"no {self.status_filter} articles; f shows the next filter")
        else:
            empty.update("no articles yet: load some with  factdesk ingest PATH")

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _show_stats(self, stats: dict) -> None:
        self._show_counts(stats)

    # ---- events -------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#articles")
    def _near_end(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= len(self._ids) - 40:
            self._load_more()

    @on(DataTable.RowSelected, "#articles")
    def _open(self, event: DataTable.RowSelected) -> None:
        self.open_article(int(event.row_key.value))

    def open_article(self, article_id: int) -> None:
        from .reader import read_article

        store = self.store
        self.runner.run(lambda: read_article(store, article_id), self._show_reader,
                        self._failed)

    def _show_reader(self, loaded: tuple[dict, list[dict], list[dict]]) -> None:
        from .reader import ReaderScreen

        if self.app.screen is not self:
            return  # the person went elsewhere while the article was read
        # One reader, kept installed and shown again for each article, its data read
        # before it is shown: building the screen anew (compose, styles, first layout)
        # and drawing it before its article arrives cost more than the open target.
        status, query = self.status_filter, self.query_text or None
        if self.app.is_screen_installed(READER):
            reader = self.app.get_screen(READER)
            assert isinstance(reader, ReaderScreen)
            reader.reopen(loaded, status=status, query=query)
        else:
            self.app.install_screen(
                ReaderScreen(self.store, loaded[0]["id"], status=status, query=query,
                             loaded=loaded), READER)
        self.app.push_screen(READER, callback=self._back_from_reader)

    def _back_from_reader(self, last_id: int | None) -> None:
        # The reader may have changed statuses and counts, and moved to other articles.
        self.reload(keep_id=last_id, rows=len(self._ids))

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        self.query_text = event.value.strip()
        self.query_one("#articles", DataTable).focus()
        self.query_one("#search").display = bool(self.query_text)
        self.reload()

    # ---- actions ------------------------------------------------------------------

    def action_open(self) -> None:
        """Open the highlighted article (the palette's entry; enter does it in the table)."""
        table = self.query_one("#articles", DataTable)
        if self._ids and 0 <= table.cursor_row < len(self._ids):
            self.open_article(self._ids[table.cursor_row])

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        had_query = bool(self.query_text)
        search.value = ""
        search.display = False
        self.query_text = ""
        self.query_one("#articles", DataTable).focus()
        if had_query:
            self.reload()

    def action_filter(self) -> None:
        index = FILTERS.index(self.status_filter)
        self.status_filter = FILTERS[(index + 1) % len(FILTERS)]
        self.notify(f"showing {self.status_filter or 'all'} articles", timeout=1.5)
        self.reload()

    @property
    def article_ids(self) -> list[int]:
        """The ids of the rows loaded so far, in table order."""
        return list(self._ids)


def _cells(row: dict, style: Callable[[str], Style]) -> tuple[Text, ...]:
    # Rich Text, never str: a DataTable reads a str cell as markup.
    title = display_text((row.get("title") or "(untitled)").replace("\n", " "))
    status = row.get("status") or ""
    return (
        Text((row.get("published") or "")[:10], end=""),
        Text(display_text(row.get("source") or ""), end="", overflow="ellipsis", no_wrap=True),
        Text(title, end="", overflow="ellipsis", no_wrap=True),
        Text(str(row.get("decided") or 0), end="", justify="right"),
        Text(str(row.get("pending") or 0), end="", justify="right",
             style=style("library--pending") if row.get("pending") else ""),
        Text(status, end="", style=style(f"library--{status}") if status in ARTICLE_STATUSES
             else ""),
    )
