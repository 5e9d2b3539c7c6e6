"""Command palette entries (ctrl+p) for the reader's and the library's main actions.

An entry is offered only where the current screen (or the app) has the action, so the
palette never lists something that would do nothing. Choosing an entry runs the action
by name, exactly as its key does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

# (action, title, help). Titles start with the verb a person would type.
ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("accept", "Accept fact", "Accept the selected fact and go to the next pending one (a)"),
    ("reject", "Reject fact", "Reject the selected fact and go to the next pending one (x)"),
    ("edit", "Edit fact", "Edit the selected fact in a form (e)"),
    ("select_text", "Select text", "Select words in the article with the keyboard (v)"),
    ("new_fact", "New fact from selection", "Add a fact from the selected text (n)"),
    ("delete", "Delete added fact", "Delete a fact a person added (d)"),
    ("accept_all", "Accept all pending facts", "Accept every pending fact in the article (A)"),
    ("toggle_reviewed", "Mark article reviewed", "Mark reviewed, or back to in review (m)"),
    ("toggle_flagged", "Flag article", "Flag for a second look, or back to in review (!)"),
    ("undo", "Undo", "Undo the last change to this article (u)"),
    ("redo", "Redo", "Redo the change undone last (ctrl+r)"),
    ("next_article", "Next article", "Open the next article (])"),
    ("previous_article", "Previous article", "Open the previous article ([)"),
    ("next_unreviewed", "Next unreviewed article", "Open the next article not yet reviewed (})"),
    ("note", "Note on article", "Write a note on the article (c)"),
    ("open", "Open article", "Open the highlighted article (enter)"),
    ("search", "Search articles", "Full-text search over the store (/)"),
    ("cycle_filter", "Filter by status", "Show only articles with the next status (f)"),
    ("clear_search", "Clear search", "Show every article again (escape)"),
    ("export", "Export curated records", "Write jsonl, csv, ACLED, brat or spans"),
    ("switch_pane", "Switch pane", "Move between the article and the facts (tab)"),
    ("back", "Back to the library", "Leave the article (escape)"),
    ("help", "Help: keys", "Every key of this screen (?)"),
)

# Actions the app, rather than a screen, may provide.
APP_ACTIONS = frozenset({"export", "help"})


class FactdeskCommands(Provider):
    """The reader's and the library's actions, for the screen the palette opened on."""

    def _available(self) -> list[tuple[str, str, Callable[[], object]]]:
        found = []
        for action, title, help_text in ACTIONS:
            target = self._target(action)
            if target is not None:
                found.append((title, help_text, partial(target.run_action, action)))
        return found

    def _target(self, action: str) -> DOMNode | None:
        # Textual's App has actions of its own with some of these names (back), so the
        # app is asked only for the actions factdesk may put there.
        nodes = (self.screen, self.app) if action in APP_ACTIONS else (self.screen,)
        for node in nodes:
            if callable(getattr(node, f"action_{action}", None)):
                return node
        return None

    async def discover(self) -> Hits:
        for title, help_text, command in self._available():
            yield DiscoveryHit(title, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._available():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, text=title, help=help_text)
