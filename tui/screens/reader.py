"""The reader: the article with its facts highlighted on the left, the facts and the event
card on the right, and a key for every decision a person makes about them.

Every change goes to the store at once (store.review, in a worker) and the screen is
redrawn from what the store then holds. Accept and reject also update the screen at
once, so fast keying never waits for the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input

from store import articles as store_articles
from store import review
from store.events import display_value
from store.facts import COUNT_KINDS, review_counts

from ..memory import keep_what_is_loaded
from ..runner import StoreDone, StoreRunner
from ..widgets.article import ArticleView
from ..widgets.card import EventCard
from ..widgets.facts import FactsTable
from ..widgets.footer import KeyFooter
from ..widgets.inputs import TextInput
from ..widgets.kinds import KIND_LABELS
from ..widgets.legend import Legend
from ..widgets.titlebar import TitleBar


class QuickValue(TextInput):
    """The quick edit: digits typed over a fact; enter saves, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="quick.cancel")]

    class Cancelled(Message):
        pass

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())


# Facts whose value can be typed as digits: the counts, and a date (2024-01-20).
QUICK_KINDS = frozenset(COUNT_KINDS) | {"event_date"}


# An article, its facts and its sections (headline, caption, body...), as the reader shows them.
Loaded = tuple[dict, list[dict], list[dict]]


def article_row(store, article_id: int) -> dict:
    """The article as stored, with its review counts from the store (the same query as
    the library's columns)."""
    return dict(store_articles.get_article(store, article_id),
                **store_articles.fact_counts(store, article_id))


def read_article(store, article_id: int) -> Loaded:
    """The store reads behind opening an article (run in a worker)."""
    article = article_row(store, article_id)
    facts = store_articles.get_facts(store, article_id)
    return article, facts, store_articles.sections(article)


def _digit_bindings() -> list[Binding]:
    return [Binding(str(d), f"quick_value('{d}')", "Type a value", show=False,
                    id=f"reader.digit_{d}") for d in range(10)]


class ReaderScreen(Screen[int | None]):
    """Dismisses with the id of the article shown last (the library moves there)."""

    CSS_PATH = "reader.tcss"
    AUTO_FOCUS = "#article"
    # Classes for the layout (reader.tcss): -narrow below 100 columns, -short below 30 rows.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    BINDINGS = [
        # The footer holds the keys a person looks down for, "? Help" first so that it is
        # in sight at any width (80 columns cut the end of the row); the rest (j/k, v, n,
        # A, [, }, redo, note, flag) are in help and the palette.
        Binding("question_mark", "app.help", "Help", id="reader.help"),
        Binding("j,down", "next_fact", "Next", show=False, id="reader.next_fact"),
        Binding("k,up", "previous_fact", "Prev", show=False, id="reader.previous_fact"),
        Binding("a", "accept", "Accept", id="reader.accept"),
        Binding("x", "reject", "Reject", id="reader.reject"),
        Binding("e,enter", "edit", "Edit", id="reader.edit"),
        *_digit_bindings(),
        # backspace typed in the same burst as the digits, before the box has the focus
        Binding("backspace", "quick_backspace", "", show=False,
                id="reader.quick_backspace"),
        Binding("v", "select_text", "Select", show=False, id="reader.select"),
        Binding("n", "new_fact", "New", show=False, id="reader.new_fact"),
        Binding("d", "delete", "Delete", show=False, id="reader.delete"),
        Binding("u", "undo", "Undo", id="reader.undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="reader.redo"),
        Binding("A", "accept_all", "All", show=False, id="reader.accept_all"),
        Binding("m", "toggle_reviewed", "Reviewed", id="reader.mark_reviewed"),
        Binding("exclamation_mark", "toggle_flagged", "Flag", show=False, id="reader.flag"),
        Binding("right_square_bracket", "next_article", "Next", id="reader.next_article"),
        Binding("left_square_bracket", "previous_article", "Prev art.", show=False,
                id="reader.previous_article"),
        Binding("right_curly_bracket", "next_unreviewed", "Unreviewed", show=False,
                id="reader.next_unreviewed"),
        Binding("c", "note", "Note", show=False, id="reader.note"),
        Binding("tab", "switch_pane", "Pane", show=False, id="reader.switch_pane"),
        Binding("escape,q", "back", "Back", id="reader.back"),
    ]

    def __init__(self, store, article_id: int, *, status: str | None = None,
                 query: str | None = None, loaded: Loaded | None = None) -> None:
        super().__init__()
        self._loaded = loaded
        self.store = store
        self.article_id = article_id
        self.status_filter = status
        self.query_text = query
        self.runner = StoreRunner(self)
        self.article: dict | None = None
        self.facts: list[dict] = []
        self.selected: int | None = None
        self._pane = "#article"
        self._styled_at: int | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar(id="reader-title")
        with Horizontal(id="reader-split"):
            with Vertical(id="left-pane"):
                yield ArticleView(id="article")
                yield Legend(id="legend")
            with Vertical(id="right-pane"):
                yield FactsTable(id="facts")
                yield EventCard(id="card")
        yield QuickValue(id="quick", restrict=r"[0-9,\-]*", max_length=12, select_on_focus=False)
        # no "^p palette" corner: its room goes to the keys (help names ctrl+p)
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        if self._loaded is not None:
            self._show_article(*self._loaded)
            self._loaded = None
        else:
            self.load_article(self.article_id)
        # The screen is kept for every article after this one: its widgets live as long
        # as the app (see tui/memory.py).
        self.call_after_refresh(keep_what_is_loaded)

    def reopen(self, loaded: Loaded, *, status: str | None = None,
               query: str | None = None) -> None:
        """Show another article, read beforehand (read_article): the library keeps this
        screen and shows it again, so only the new article is drawn, never the old one."""
        self.status_filter, self.query_text = status, query
        self._pane = "#article"
        self._show_article(*loaded)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Shown again, Textual styles every widget of the screen anew (a fifth of the
        # time an article takes to open), in case the theme or the CSS changed while it
        # was away. The app counts those changes: when there was none, the styles the
        # widgets have are the ones they would get. (This runs before Screen's own
        # handler, which reads the flag.)
        generation = getattr(self.app, "_css_update_count", None)
        if generation is not None and generation == self._styled_at:
            event.refresh_styles = False
        self._styled_at = generation
        self.query_one(self._pane).focus()

    def on_store_done(self, message: StoreDone) -> None:
        message.callback()

    # ---- loading and drawing ------------------------------------------------------

    def load_article(self, article_id: int, *, announce: str | None = None) -> None:
        store = self.store

        def load() -> Loaded:
            return read_article(store, article_id)

        def show(result: Loaded) -> None:
            self._show_article(*result)
            if announce:
                self.notify(announce, timeout=2, markup=False)

        self.runner.run(load, show, self._failed)

    def _show_article(self, article: dict, facts: list[dict], sections: list[dict]) -> None:
        self.article = article
        self.article_id = article["id"]
        self.facts = facts
        # Start where the work is: the first pending fact of the main event.
        pending = [f for f in facts if f["status"] == "pending"]
        main = [f for f in pending if f.get("main_event")]
        first = (main or pending or facts or [None])[0]
        self.selected = first["id"] if first else None
        self.query_one(ArticleView).set_article(article["text"], sections, facts, self.selected)
        self.query_one(FactsTable).set_facts(facts, self.selected)
        self.query_one(EventCard).show(facts)
        self._show_title()

    def _show_title(self) -> None:
        self.query_one(TitleBar).show(self.article or {})

    def _counted_here(self) -> None:
        """A change shown before the store has it: count it the store's way until the
        store's own figures come back."""
        if self.article is not None:
            self.article.update(review_counts(self.facts))

    def _redraw_facts(self) -> None:
        """The facts changed (status, value, added, removed): restyle, do not re-layout."""
        ids = {f["id"] for f in self.facts}
        if self.selected not in ids:
            self.selected = self.facts[0]["id"] if self.facts else None
        self.query_one(ArticleView).set_facts(self.facts, self.selected)
        self.query_one(FactsTable).set_facts(self.facts, self.selected)
        self.query_one(EventCard).show(self.facts)
        self._show_title()

    def _failed(self, message: str, *, title: str = "store") -> None:
        self.notify(message, title=title, severity="error", timeout=6, markup=False)

    # ---- changes ------------------------------------------------------------------

    def _change(self, call: Callable[[], Any], *, said: Callable[[Any], str | None] | None = None,
                select: Callable[[Any], int | None] | None = None,
                failed: Callable[[str], None] | None = None) -> None:
        """Run a store action, then redraw from what the store holds afterwards."""
        store, article_id = self.store, self.article_id

        def job() -> tuple[Any, dict, list[dict]]:
            result = call()
            return (result, article_row(store, article_id),
                    store_articles.get_facts(store, article_id))

        def done(out: tuple[Any, dict, list[dict]]) -> None:
            result, article, facts = out
            if article_id != self.article_id:
                return  # the person has moved to another article meanwhile
            self.article = article
            self.facts = facts
            if select is not None and (target := select(result)) is not None:
                self.selected = target
            self._redraw_facts()
            message = said(result) if said else None
            if message:
                # Messages name facts, whose values come from the article: never markup.
                self.notify(message, timeout=2, markup=False)

        def fail(message: str) -> None:
            self._failed(message, title="not saved")
            if failed is not None:
                failed(message)
            self._resync()

        self.runner.run(job, done, fail)

    def _resync(self) -> None:
        """Redraw from the store (after a failed change undid an optimistic one)."""
        store, article_id = self.store, self.article_id

        def done(out: tuple[dict, list[dict]]) -> None:
            if article_id == self.article_id:
                self.article, self.facts = out
                self._redraw_facts()

        self.runner.run(lambda: (article_row(store, article_id),
                                 store_articles.get_facts(store, article_id)), done,
                        self._failed)

    # ---- selection ----------------------------------------------------------------

    def current(self) -> dict | None:
        for fact in self.facts:
            if fact["id"] == self.selected:
                return fact
        return None

    def select_fact(self, fact_id: int | None, *, from_table: bool = False) -> None:
        if fact_id == self.selected:
            return
        self.selected = fact_id
        self.query_one(ArticleView).select_fact(fact_id)
        if not from_table:
            self.query_one(FactsTable).show_fact(fact_id)

    def _index(self) -> int:
        for i, fact in enumerate(self.facts):
            if fact["id"] == self.selected:
                return i
        return -1

    def _next_pending(self, after: int) -> int | None:
        """The first pending fact after the one with id `after` (wrapping around)."""
        ids = [f["id"] for f in self.facts]
        start = ids.index(after) + 1 if after in ids else 0
        for fact in self.facts[start:] + self.facts[:start]:
            if fact["status"] == "pending" and fact["id"] != after:
                return fact["id"]
        return None

    @on(DataTable.RowHighlighted, "#facts")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is not None and event.row_key.value is not None:
            self.select_fact(int(event.row_key.value), from_table=True)

    @on(ArticleView.FactClicked)
    def _span_clicked(self, event: ArticleView.FactClicked) -> None:
        self.select_fact(event.fact_id)

    # ---- fact actions -------------------------------------------------------------

    def _need_fact(self) -> dict | None:
        fact = self.current()
        if fact is None:
            self.notify("no fact selected", severity="warning", timeout=2)
        return fact

    def action_next_fact(self) -> None:
        if self.facts:
            i = self._index()
            self.select_fact(self.facts[min(i + 1, len(self.facts) - 1)]["id"])

    def action_previous_fact(self) -> None:
        if self.facts:
            i = self._index()
            self.select_fact(self.facts[max(i - 1, 0)]["id"])

    def _decide(self, status: str, call: Callable[[Any, int], dict]) -> None:
        fact = self._need_fact()
        if fact is None:
            return
        fact_id = fact["id"]
        following = self._next_pending(fact_id)
        # Shown at once; the store's answer redraws it moments later. A curated fact
        # stays as it is on accept (the store keeps edited/added as they are).
        if not (status == "accepted" and fact["status"] in ("edited", "added")):
            fact["status"] = status
        if following is not None:
            self.selected = following
        self._counted_here()
        self._redraw_facts()
        self._change(lambda: call(self.store, fact_id))

    def action_accept(self) -> None:
        self._decide("accepted", review.accept)

    def action_reject(self) -> None:
        self._decide("rejected", review.reject)

    def action_edit(self) -> None:
        if self.query_one(QuickValue).display:
            # enter typed right after the digits, before the box took the focus: it
            # saves the quick value, as it would have in the box.
            self._save_quick()
            return
        fact = self._need_fact()
        if fact is None:
            return
        try:
            from .forms import EditFactScreen
        except ImportError:
            self.notify("the edit form is not available in this build", severity="warning")
            return
        self._open_edit(EditFactScreen, fact, fact)

    def _open_edit(self, form_class, fact: dict, shown: dict) -> None:
        fact_id = fact["id"]

        def saved(changes: dict | None) -> None:
            if not changes:
                return

            def refused(_message: str) -> None:
                # The store said no (the form's own check let it through): reopen the
                # form with what the person typed, so nothing they wrote is lost.
                current = next((f for f in self.facts if f["id"] == fact_id), fact)
                self._open_edit(form_class, current, dict(current, **changes))

            self._change(lambda: review.edit(self.store, fact_id, changes),
                         said=lambda f: f"{f['kind']} now {display_value(f)} ({f['status']})",
                         failed=refused)

        self.app.push_screen(form_class(dict(shown)), callback=saved)

    def action_quick_value(self, digit: str) -> None:
        fact = self._need_fact()
        if fact is None:
            return
        quick = self.query_one(QuickValue)
        if not quick.display and fact["kind"] not in QUICK_KINDS:
            label = KIND_LABELS.get(fact["kind"], fact["kind"])
            self.notify(f"{label} is a name, not a number: e edits it", severity="warning",
                        timeout=3)
            return
        if quick.display:
            # Typed before the box had the focus: the digit belongs to the value.
            quick.value += digit
            quick.cursor_position = len(quick.value)
            return
        self._open_quick(fact, digit)

    def action_quick_backspace(self) -> None:
        quick = self.query_one(QuickValue)
        if quick.display and quick.value:
            # The box has not taken the focus yet: the key belongs to it all the same.
            quick.value = quick.value[:-1]
            quick.cursor_position = len(quick.value)

    def _open_quick(self, fact: dict, value: str) -> None:
        quick = self.query_one(QuickValue)
        # Content, not str: a str title is read as markup.
        quick.border_title = Content(f"new value for {fact['kind']} “{display_value(fact)}”")
        quick.border_subtitle = "enter saves · escape cancels"
        quick.value = value
        quick.display = True
        quick.focus()
        quick.cursor_position = len(quick.value)

    def _close_quick(self) -> None:
        quick = self.query_one(QuickValue)
        quick.display = False
        quick.value = ""
        self.query_one(self._pane).focus()

    @on(Input.Submitted, "#quick")
    def _quick_saved(self) -> None:
        self._save_quick()

    def _save_quick(self) -> None:
        value = self.query_one(QuickValue).value.strip()
        fact = self.current()
        self._close_quick()
        if fact is None or not value:
            return
        fact_id = fact["id"]

        def refused(_message: str) -> None:
            # Back in the box as typed ("2024-02-30"), to correct rather than retype.
            if self.selected == fact_id and (current := self.current()) is not None:
                self._open_quick(current, value)

        self._change(lambda: review.set_value(self.store, fact_id, value),
                     said=lambda f: f"{f['kind']} now {display_value(f)} ({f['status']})",
                     failed=refused)

    @on(QuickValue.Cancelled)
    def _quick_cancelled(self) -> None:
        self._close_quick()

    def action_select_text(self) -> None:
        view = self.query_one(ArticleView)
        if view.selecting:
            view.action_end_selection()
            return
        fact = self.current()
        if fact is not None and fact.get("start") is not None:
            at = fact["start"]
        else:
            top = int(view.scroll_y)
            at = view._starts[top] if top < view.line_count else 0
        self._pane = "#article"
        view.focus()
        view.start_selection(at)
        self.notify("arrows move, shift+arrows and w/b extend, n makes a fact, escape ends",
                    timeout=3)

    def action_new_fact(self) -> None:
        view = self.query_one(ArticleView)
        span = view.selection_or_word()
        if span is None:
            self.notify("select the words first: v, then shift+arrows or w", severity="warning",
                        timeout=3)
            return
        try:
            from .forms import NewFactScreen
        except ImportError:
            self.notify("the new-fact form is not available in this build", severity="warning")
            return
        start, end = span
        article_id = self.article_id

        def added(result: dict | None) -> None:
            if not result or article_id != self.article_id:
                return
            fields = dict(result)
            kind = fields.pop("kind")
            view.action_end_selection() if view.selecting else None
            self._change(lambda: review.add(self.store, article_id, kind, start, end, **fields),
                         said=lambda f: f"added {f['kind']} {display_value(f)}",
                         select=lambda f: f["id"])

        self.app.push_screen(NewFactScreen(start, end, view.text[start:end]), callback=added)

    def action_delete(self) -> None:
        fact = self._need_fact()
        if fact is None:
            return
        fact_id = fact["id"]
        index = self._index()
        neighbour = self.facts[index + 1 if index + 1 < len(self.facts) else max(index - 1, 0)]

        # The store refuses a machine fact with a message saying what to do instead.
        self._change(lambda: review.delete(self.store, fact_id),
                     said=lambda _: "fact deleted (u brings it back)",
                     select=lambda _: neighbour["id"] if neighbour["id"] != fact_id else None)

    def _changed_fact(self, before: dict[int, dict]) -> int | None:
        """The first fact that differs from `before` (after an undo or a redo), so the
        person sees what came back."""
        for fact in self.facts:
            if before.get(fact["id"]) != fact:
                return fact["id"]
        return None

    def action_undo(self) -> None:
        article_id = self.article_id
        before = {f["id"]: dict(f) for f in self.facts}
        self._change(lambda: review.undo(self.store, article_id),
                     said=lambda action: f"undid {action}" if action else "nothing to undo",
                     select=lambda _: self._changed_fact(before))

    def action_redo(self) -> None:
        article_id = self.article_id
        before = {f["id"]: dict(f) for f in self.facts}
        self._change(lambda: review.redo(self.store, article_id),
                     said=lambda action: f"redid {action}" if action else "nothing to redo",
                     select=lambda _: self._changed_fact(before))

    def action_accept_all(self) -> None:
        article_id = self.article_id
        for fact in self.facts:
            if fact["status"] == "pending":
                fact["status"] = "accepted"
        self._counted_here()
        self._redraw_facts()
        self._change(lambda: review.accept_all(self.store, article_id),
                     said=lambda n: f"accepted {n} pending fact{'s' if n != 1 else ''}")

    # ---- article actions ----------------------------------------------------------

    def action_toggle_reviewed(self) -> None:
        # Marked at once, even with facts still pending: a warning says how many (and
        # u undoes it). A question to confirm would cost a key on every article of an
        # analyst who marks on purpose; the toast costs nothing and cannot be missed.
        article_id = self.article_id

        def said(article: dict) -> str | None:
            pending = review_counts(self.facts)["pending"]
            if article["status"] == "reviewed" and pending:
                self.notify(f"article reviewed with {pending} fact{'s' if pending != 1 else ''}"
                            " still pending: A accepts them, u undoes", title="still pending",
                            severity="warning", timeout=5, markup=False)
                return None
            return f"article {article['status'].replace('_', ' ')}"

        self._change(lambda: review.toggle_reviewed(self.store, article_id), said=said)

    def action_toggle_flagged(self) -> None:
        article_id = self.article_id
        self._change(lambda: review.toggle_flagged(self.store, article_id),
                     said=lambda a: "article flagged (! again unflags it)"
                     if a["status"] == "flagged" else f"article {a['status'].replace('_', ' ')}")

    def action_note(self) -> None:
        try:
            from .forms import NoteScreen
        except ImportError:
            self.notify("the note form is not available in this build", severity="warning")
            return
        article_id = self.article_id

        def saved(note: str | None) -> None:
            if note is None or article_id != self.article_id:
                return
            self._change(lambda: review.set_note(self.store, article_id, note),
                         said=lambda a: "note saved" if a.get("note") else "note cleared")

        self.app.push_screen(NoteScreen((self.article or {}).get("note")), callback=saved)

    def _go(self, step: int, *, unreviewed: bool = False) -> None:
        store, article_id = self.store, self.article_id
        status, query = self.status_filter, self.query_text

        def arrived(target: int | None) -> None:
            if target is None:
                where = "no unreviewed article" if unreviewed else "no article"
                self.notify(f"{where} {'after' if step > 0 else 'before'} this one", timeout=2)
                return
            self.article_id = target
            self.load_article(target)

        self.runner.run(lambda: store_articles.neighbour(store, article_id, step,
                                                         unreviewed=unreviewed, status=status,
                                                         query=query), arrived, self._failed)

    def action_next_article(self) -> None:
        self._go(1)

    def action_previous_article(self) -> None:
        self._go(-1)

    def action_next_unreviewed(self) -> None:
        self._go(1, unreviewed=True)

    def action_switch_pane(self) -> None:
        self._pane = "#facts" if self._pane == "#article" else "#article"
        self.query_one(self._pane).focus()

    def action_back(self) -> None:
        if self.query_one(QuickValue).display:
            self._close_quick()  # escape typed before the quick box took the focus
            return
        view = self.query_one(ArticleView)
        if view.selecting:
            view.action_end_selection()
            return
        self.dismiss(self.article_id)

    @on(ArticleView.SelectionChanged)
    def _selection_changed(self, event: ArticleView.SelectionChanged) -> None:
        self.refresh_bindings()
