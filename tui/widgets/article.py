"""The article text with every fact's span highlighted.

A Line API widget: the text is wrapped once per width into (start, end) offsets, and each
visible line is styled when it is painted. Moving the selection repaints only the lines
of the old and new spans, so a 50,000-character article costs no more than a short one.

The text is never read as markup: each line is a Rich `Text` made from the characters as
they are, and control characters are shown as visible symbols, one symbol per character,
so a screen column still maps to one offset in the stored text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from rich.cells import get_character_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .kinds import FACT_CLASSES, component_style, kind_class


def _control_table() -> dict[int, str]:
    # C0 controls become the Unicode "control pictures" (ESC -> ␛); a tab becomes one
    # space (a real tab would move later cells); C1 controls and the invisible
    # direction and format marks that could reorder or hide text become U+FFFD.
    table = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x0A}
    table[0x09] = " "
    table[0x7F] = "\u2421"
    for c in range(0x80, 0xA0):
        table[c] = "\ufffd"
    for c in (0x061C, 0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
              0x2028, 0x2029, 0xFEFF):
        table[c] = "\ufffd"
    return table


_CONTROL = _control_table()
_NOT_REVERSED = Style(reverse=False)
_WORD = re.compile(r"\w+(?:[-'’.,:]\w+)*")
_TOKEN = re.compile(r"\S+\s*|\s+")

# Labels shown on their own line above the blocks a reader must not take for the report.
BLOCK_LABELS = {
    "caption": "PHOTO CAPTION",
    "headline": "HEADLINE",
    "related": "RELATED STORY",
    "byline": "BYLINE",
}


def display_text(text: str) -> str:
    """The text as shown: same length, control characters made visible."""
    return text.translate(_CONTROL)


@dataclass(slots=True)
class Span:
    fact_id: int
    start: int
    end: int
    kind: str
    secondary: bool
    rejected: bool


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article text; facts highlighted by kind; optional keyboard selection."""

    COMPONENT_CLASSES = FACT_CLASSES | {
        "fact--selected",
        "fact--secondary",
        "fact--rejected",
        "article--headline",
        "article--caption",
        "article--related",
        "article--byline",
        "article--dateline",
        "article--label",
        "article--control",
        "article--selection",
        "article--cursor",
    }

    # Active only while selecting (see check_action); otherwise the keys fall through
    # to the reader, where up/down move between facts.
    BINDINGS = [
        Binding("left", "char(-1)", "Left", show=False, id="select.left"),
        Binding("right", "char(1)", "Right", show=False, id="select.right"),
        Binding("up", "line(-1)", "Up", show=False, id="select.up"),
        Binding("down", "line(1)", "Down", show=False, id="select.down"),
        Binding("shift+left", "char(-1, True)", "Extend left", show=False, id="select.extend_left"),
        Binding("shift+right", "char(1, True)", "Extend right", show=False, id="select.extend_right"),
        Binding("shift+up", "line(-1, True)", "Extend up", show=False, id="select.extend_up"),
        Binding("shift+down", "line(1, True)", "Extend down", show=False, id="select.extend_down"),
        Binding("w", "word(1, True)", "Word →", id="select.word_next"),
        Binding("b", "word(-1, True)", "Word ←", id="select.word_previous"),
        Binding("W", "word(1)", "Move word →", show=False, id="select.move_word_next"),
        Binding("B", "word(-1)", "Move word ←", show=False, id="select.move_word_previous"),
        Binding("home", "edge(-1)", "Line start", show=False, id="select.home"),
        Binding("end", "edge(1)", "Line end", show=False, id="select.end"),
        Binding("escape", "end_selection", "End selection", id="select.cancel"),
    ]
    _SELECT_ACTIONS = frozenset({"char", "line", "word", "end_selection"})

    class FactClicked(Message):
        """A highlighted span was clicked."""

        def __init__(self, fact_id: int) -> None:
            super().__init__()
            self.fact_id = fact_id

    class SelectionChanged(Message):
        """The keyboard selection started, moved or ended."""

        def __init__(self, selecting: bool, span: tuple[int, int] | None) -> None:
            super().__init__()
            self.selecting = selecting
            self.span = span

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._text = ""
        self._shown = ""
        self._cum: list[int] | None = None  # cell widths before each offset (non-ASCII)
        self._controls: list[int] = []
        self._blocks: list[tuple[int, int, str]] = []
        self._datelines: list[tuple[int, int]] = []
        self._spans: list[Span] = []
        self._span_starts: list[int] = []
        self._span_by_id: dict[int, Span] = {}
        self._longest = 0
        self._selected: int | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._labels: list[str | None] = []
        self._line_block: list[str] = []
        self._wrap_width = 0
        self._cache: dict[int, Strip] = {}
        self.selecting = False
        self._anchor = 0
        self._cursor = 0

    # ---- content ------------------------------------------------------------------

    def set_article(self, text: str, sections: list[dict], facts: list[dict],
                    selected: int | None = None) -> None:
        """Show a new article (wraps it); the view starts at the top."""
        self._text = text
        self._shown = display_text(text)
        self._controls = [i for i, (a, b) in enumerate(zip(text, self._shown, strict=True))
                          if a != b and a != "\t"] if self._shown != text else []
        if self._shown.isascii():
            self._cum = None
        else:
            self._cum = [0, *accumulate(_cell(c) for c in self._shown)]
        self._blocks = sorted((s["start"], s["end"], s["kind"]) for s in sections
                              if s["kind"] != "dateline")
        self._datelines = [(s["start"], s["end"]) for s in sections if s["kind"] == "dateline"]
        self.selecting = False
        self._anchor = self._cursor = 0
        self._set_spans(facts)
        self._selected = selected if selected in self._span_by_id else None
        self._wrap_width = 0
        self._rewrap()
        self.scroll_to(0, 0, animate=False)

    def set_facts(self, facts: list[dict], selected: int | None = None) -> None:
        """Restyle after the facts changed; the layout stays."""
        self._set_spans(facts)
        self._selected = selected if selected in self._span_by_id else None
        self._cache.clear()
        self.refresh()
        if self._selected is not None:
            self._scroll_into_view(self._span_by_id[self._selected].start)

    def _set_spans(self, facts: list[dict]) -> None:
        spans = []
        for f in facts:
            start, end = f.get("start"), f.get("end")
            if start is None or end is None or not (0 <= start < end <= len(self._text)):
                continue
            spans.append(Span(f["id"], start, end, f.get("kind") or "", not f.get("main_event"),
                              f.get("status") == "rejected"))
        spans.sort(key=lambda s: (s.start, s.end))
        self._spans = spans
        self._span_starts = [s.start for s in spans]
        self._span_by_id = {s.fact_id: s for s in spans}
        self._longest = max((s.end - s.start for s in spans), default=0)

    def select_fact(self, fact_id: int | None, *, scroll: bool = True) -> None:
        """Show `fact_id`'s span in the strong style; repaint only what changed."""
        old = self._span_by_id.get(self._selected) if self._selected is not None else None
        new = self._span_by_id.get(fact_id) if fact_id is not None else None
        self._selected = fact_id if new is not None else None
        for span in (old, new):
            if span is not None:
                self._invalidate(span.start, span.end)
        if new is not None and scroll:
            self._scroll_into_view(new.start, new.end)

    @property
    def text(self) -> str:
        return self._text

    @property
    def line_count(self) -> int:
        return len(self._starts)

    # ---- layout -------------------------------------------------------------------

    def _width(self, a: int, b: int) -> int:
        return b - a if self._cum is None else self._cum[b] - self._cum[a]

    def _rewrap(self) -> None:
        width = max(self.scrollable_content_region.width - 1, 10)
        if width == self._wrap_width and self._starts:
            return
        top = self._starts[int(self.scroll_y)] if self._starts and int(self.scroll_y) < len(
            self._starts) else None
        self._wrap_width = width
        starts: list[int] = []
        ends: list[int] = []
        labels: list[str | None] = []
        line_block: list[str] = []
        text = self._shown
        blocks = self._blocks
        block_starts = [b[0] for b in blocks]
        pos = 0
        for para in text.split("\n"):
            ps, pe = pos, pos + len(para)
            pos = pe + 1
            i = bisect_right(block_starts, pe) - 1
            kind = "body"
            if i >= 0 and blocks[i][1] >= ps:
                kind = blocks[i][2]
                if ps <= blocks[i][0] <= pe and kind in BLOCK_LABELS:
                    starts.append(blocks[i][0])
                    ends.append(blocks[i][0])
                    labels.append(BLOCK_LABELS[kind])
                    line_block.append("label")
            for s, e in self._wrap_paragraph(ps, pe, width):
                starts.append(s)
                ends.append(e)
                labels.append(None)
                line_block.append(kind)
        self._starts, self._ends, self._labels, self._line_block = starts, ends, labels, line_block
        self._cache.clear()
        self.virtual_size = Size(width, len(starts))
        if top is not None:
            self.scroll_to(y=self.line_of(top), animate=False)
        self.refresh()

    def _wrap_paragraph(self, ps: int, pe: int, width: int) -> list[tuple[int, int]]:
        if self._width(ps, pe) <= width:
            return [(ps, pe)]
        lines = []
        line_start, col = ps, 0
        text = self._shown
        for m in _TOKEN.finditer(text, ps, pe):
            ts, te = m.span()
            word_end = ts + len(m.group().rstrip())
            w = self._width(ts, word_end)
            if col and col + w > width:
                lines.append((line_start, ts))
                line_start, col = ts, 0
            while w > width:  # a word longer than the line is cut
                cut = ts
                used = 0
                while cut < word_end and used + self._width(cut, cut + 1) <= width - col:
                    used += self._width(cut, cut + 1)
                    cut += 1
                cut = max(cut, ts + 1)
                lines.append((line_start, cut))
                line_start, col, ts = cut, 0, cut
                w = self._width(ts, word_end)
            col += self._width(ts, te)
        lines.append((line_start, pe))
        return lines

    def on_resize(self, event: events.Resize) -> None:
        if self._text:
            self._rewrap()

    def line_of(self, offset: int) -> int:
        """The display line holding text offset `offset`."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def _invalidate(self, start: int, end: int) -> None:
        if not self._starts:
            return
        first, last = self.line_of(start), self.line_of(max(end - 1, start))
        for y in range(first, last + 1):
            self._cache.pop(y, None)
        self.refresh_lines(first, last - first + 1)

    def _scroll_into_view(self, start: int, end: int | None = None) -> None:
        if not self._starts:
            return
        first = self.line_of(start)
        last = self.line_of(max((end or start) - 1, start))
        height = max(self.scrollable_content_region.height, 1)
        top = int(self.scroll_y)
        if first < top or last >= top + height:
            target = max(first - height // 3, 0)
            self.scroll_to(y=target, animate=False)

    # ---- painting -----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self._starts):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            if len(self._cache) > 4000:
                self._cache.clear()
            strip = self._cache[index] = self._render(index)
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def notify_style_update(self) -> None:
        # The theme or CSS changed: painted lines carry old colours.
        super().notify_style_update()
        self._cache.clear()

    def _style(self, name: str) -> Style:
        return component_style(self, name)

    def _render(self, index: int) -> Strip:
        console = self.app.console
        base = self.rich_style
        label = self._labels[index]
        if label is not None:
            text = Text(label, style=base + self._style("article--label"), no_wrap=True, end="")
            return Strip(text.render(console), text.cell_len)
        s, e = self._starts[index], self._ends[index]
        text = Text(self._shown[s:e], style=base, no_wrap=True, end="")
        block = self._line_block[index]
        if block != "body":
            text.stylize(self._style(f"article--{block}"))
        for ds, de in self._datelines:
            if ds < e and de > s:
                text.stylize(self._style("article--dateline"), max(ds, s) - s, min(de, e) - s)
        if self._controls:
            control = self._style("article--control")
            for i in self._controls[bisect_left(self._controls, s):bisect_left(self._controls, e)]:
                text.stylize(control, i - s, i - s + 1)
        if self._spans and e > s:
            lo = bisect_left(self._span_starts, s - self._longest)
            hi = bisect_left(self._span_starts, e)
            hits = [sp for sp in self._spans[lo:hi] if sp.end > s]
            # Wider spans first, so a span nested in another stays visible.
            hits.sort(key=lambda sp: (sp.fact_id == self._selected, -(sp.end - sp.start)))
            for sp in hits:
                style = self._style(kind_class(sp.kind))
                if sp.secondary:
                    style += self._style("fact--secondary")
                if sp.rejected:
                    style += self._style("fact--rejected")
                if sp.fact_id == self._selected:
                    style += self._style("fact--selected")
                text.stylize(style, max(sp.start, s) - s, min(sp.end, e) - s)
        if self.selecting:
            a, b = sorted((self._anchor, self._cursor))
            if a < e and b > s:
                # not reversed by a selected fact beneath it: the selection looks the same
                # wherever it is
                text.stylize(self._style("article--selection") + _NOT_REVERSED,
                             max(a, s) - s, min(b, e) - s)
            if s <= self._cursor < e or (self._cursor == e and self.line_of(e) == index):
                if self._cursor == e:
                    text.append(" ")
                text.stylize(self._style("article--cursor"), self._cursor - s,
                             self._cursor - s + 1)
        return Strip(text.render(console), text.cell_len)

    # ---- mouse --------------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under content cell (x, y), or None off the text."""
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self._starts) or self._labels[index] is not None:
            return None
        s, e = self._starts[index], self._ends[index]
        col = int(self.scroll_x) + x
        for i in range(s, e):
            if self._width(s, i + 1) > col:
                return i
        return e if e < len(self._text) or e == s else e - 1

    def fact_at(self, offset: int) -> int | None:
        """The innermost fact whose span holds `offset`."""
        lo = bisect_left(self._span_starts, offset - self._longest)
        hi = bisect_right(self._span_starts, offset)
        hits = [sp for sp in self._spans[lo:hi] if sp.start <= offset < sp.end]
        if not hits:
            return None
        return min(hits, key=lambda sp: sp.end - sp.start).fact_id

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        if where is None:
            return
        offset = self.offset_at(where.x, where.y)
        if offset is None:
            return
        if self.selecting:
            self._move_to(offset, extend=event.shift)
            return
        fact_id = self.fact_at(offset)
        if fact_id is not None:
            self.post_message(self.FactClicked(fact_id))

    # ---- keyboard selection -------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self._SELECT_ACTIONS:
            return self.selecting
        return True

    def start_selection(self, at: int) -> None:
        self.selecting = True
        self._anchor = self._cursor = max(0, min(at, len(self._text)))
        self._invalidate(self._cursor, self._cursor + 1)
        self._scroll_into_view(self._cursor)
        self.refresh_bindings()
        self.post_message(self.SelectionChanged(True, self.selection))

    def action_end_selection(self) -> None:
        a, b = sorted((self._anchor, self._cursor))
        self.selecting = False
        self._invalidate(a, b + 1)
        self.refresh_bindings()
        self.post_message(self.SelectionChanged(False, None))

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected (start, end), or None when nothing is selected."""
        if not self.selecting or self._anchor == self._cursor:
            return None
        a, b = sorted((self._anchor, self._cursor))
        return a, b

    def selection_or_word(self) -> tuple[int, int] | None:
        """The selection, or the word under the cursor when the selection is empty."""
        if not self.selecting:
            return None
        if self.selection:
            return self.selection
        for m in _WORD.finditer(self._text, max(0, self._cursor - 100), self._cursor + 100):
            if m.start() <= self._cursor < m.end():
                return m.span()
        return None

    def _move_to(self, offset: int, *, extend: bool) -> None:
        old = sorted((self._anchor, self._cursor))
        self._cursor = max(0, min(offset, len(self._text)))
        if not extend:
            self._anchor = self._cursor
        new = sorted((self._anchor, self._cursor))
        self._invalidate(min(old[0], new[0]), max(old[1], new[1]) + 1)
        self._scroll_into_view(self._cursor)
        self.post_message(self.SelectionChanged(True, self.selection))

    def action_char(self, delta: int, extend: bool = False) -> None:
        self._move_to(self._cursor + delta, extend=extend)

    def action_line(self, delta: int, extend: bool = False) -> None:
        index = self.line_of(self._cursor)
        col = self._width(self._starts[index], self._cursor)
        target = index + delta
        while 0 <= target < len(self._starts) and self._labels[target] is not None:
            target += delta
        if not 0 <= target < len(self._starts):
            return
        s, e = self._starts[target], self._ends[target]
        offset = s
        while offset < e and self._width(s, offset + 1) <= col:
            offset += 1
        self._move_to(offset, extend=extend)

    def action_word(self, delta: int, extend: bool = False) -> None:
        text = self._text
        if delta > 0:
            m = _WORD.search(text, self._cursor)
            while m is not None and m.end() <= self._cursor:
                m = _WORD.search(text, m.end())
            target = m.end() if m else len(text)
        else:
            start = max(0, self._cursor - 300)
            found = [m.start() for m in _WORD.finditer(text, start, self._cursor)
                     if m.start() < self._cursor]
            target = found[-1] if found else start
        self._move_to(target, extend=extend)

    def action_edge(self, side: int) -> None:
        if not self.selecting:
            if side < 0:
                self.scroll_home(animate=False)
            else:
                self.scroll_end(animate=False)
            return
        index = self.line_of(self._cursor)
        self._move_to(self._starts[index] if side < 0 else self._ends[index], extend=False)


def _cell(char: str) -> int:
    return get_character_cell_size(char) if char != "\n" else 0
