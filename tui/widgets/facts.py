"""The facts table: one row per fact, in text order, background facts dimmed."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual.actions import SkipAction
from textual.geometry import Size
from textual.widgets import DataTable

from store.events import display_value

from .article import display_text
from .kinds import (
    FACT_CLASSES,
    KIND_LABELS,
    STATUS_CLASSES,
    component_style,
    kind_class,
    status_class,
)

COLUMNS = (("kind", "kind"), ("value", "value"), ("object", "object"), ("source", "source"),
           ("status", "status"))
# The table always fits its pane (no sideways scrolling, the status always in sight):
# kind and status keep their width, value, object and source share what is left.
# Cells carry their own one-space gap (the table's cell padding is 0, which would
# otherwise take two columns between every pair).
FIXED = {"kind": len("intercepted") + 1, "status": len("accepted") + 1}
SHARES = {"value": 4, "object": 3, "source": 4}
MIN_SHARED = 8
_PLAIN = Style()


def column_widths(total: int) -> dict[str, int]:
    """Column widths (gap included) for a table `total` cells wide. A table too narrow
    for every column at its least (a facts pane on an 80-column terminal) leaves out the
    source, then the object: the card below still names them."""
    shares = dict(SHARES)
    for dropped in ("source", "object"):
        if total - sum(FIXED.values()) >= MIN_SHARED * len(shares):
            break
        shares.pop(dropped)
    free = max(total - sum(FIXED.values()), MIN_SHARED * len(shares))
    weight = sum(shares.values())
    widths = {key: max(free * share // weight, MIN_SHARED) for key, share in shares.items()}
    last = list(shares)[-1]
    widths[last] += max(free - sum(widths.values()), 0)  # rounding leftovers
    return {**FIXED, **widths}


def _cell(content: str, style: Style | str = "", base: Style | str = "") -> Text:
    # One constructor call, no append: a long article makes 1,500 of these at once.
    # `content` is shown as it is (callers pass display_text: no control characters).
    spans = [Span(1, 1 + len(content), style)] if style and content else None
    return Text(" " + content, style=base, end="", no_wrap=True, overflow="ellipsis",
                spans=spans)


class FactsTable(DataTable):
    """Row keys are fact ids (as strings). Cells are Rich Text, never markup strings."""

    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES | FACT_CLASSES | STATUS_CLASSES | {
        "fact--secondary",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, cell_padding=0, **kwargs)
        self._rows: dict[int, tuple] = {}
        self._order: list[int] = []
        self._widths: dict[str, int] = {}
        self._facts: list[dict] = []
        self._styles: dict[str, Style] = {}
        self._added = 0  # rows of self._order in the table (the first ones)
        self._shown: list[int] = list(range(len(COLUMNS)))  # the columns in the table
        self._generation = 0

    def on_mount(self) -> None:
        self._add_columns(column_widths(self.scrollable_content_region.width))

    def on_resize(self) -> None:
        widths = column_widths(self.scrollable_content_region.width)
        if widths == self._widths:
            return
        # Column widths are fixed once added: lay the table out again at the new ones.
        row = self.cursor_row
        self.clear(columns=True)
        self._add_columns(widths)
        self._added = 0
        self._add_rows(len(self._order))
        if self._order:
            self.move_cursor(row=min(row, len(self._order) - 1), animate=False)

    def _add_columns(self, widths: dict[str, int]) -> None:
        self._widths = widths
        self._shown = [i for i, (key, _) in enumerate(COLUMNS) if key in widths]
        for key, label in COLUMNS:
            if key in widths:
                self.add_column(_cell(label), key=key, width=widths[key])

    def _shown_cells(self, cells: tuple) -> list:
        return [cells[i] for i in self._shown]

    def _update_dimensions(self, new_rows) -> None:
        # DataTable measures every cell of every new row, to widen auto-width columns and
        # size auto-height rows; here every column has a set width and every row is one
        # line, so that measuring (1,500 cells for a long article, about a third of its
        # open time) finds nothing. Only the scrollable size is left to set.
        try:
            header = self.header_height if self.show_header else 0
            width = sum(column.get_render_width(self) for column in self.columns.values())
            self.virtual_size = Size(width + self._row_label_column_width,
                                     self._total_row_height + header)
        except AttributeError:
            # DataTable's internals are not a public API: if a Textual release renames
            # them, measure the slow way rather than break the reader
            super()._update_dimensions(new_rows)

    def _render_cell(self, row_index: int, column_index: int, base_style: Style, width: int,
                     cursor: bool = False, hover: bool = False):
        """A body cell drawn straight from its Text: one line, cut to the column's width.

        DataTable draws every cell through Rich's general layout (padding, wrapping,
        measuring, a full render) to allow cells of any height and any renderable; a
        fact cell is one line of styled text, so that layout was most of the time a long
        article took to paint. Same cache, same styles (the row's, the cursor's, the
        row/column meta a click reads) as DataTable's own; header cells go through it."""
        if row_index < 0 or column_index < 0:
            return super()._render_cell(row_index, column_index, base_style, width, cursor,
                                        hover)
        try:
            return self._render_fact_cell(row_index, column_index, base_style, width, cursor,
                                          hover)
        except AttributeError:
            # the fast path reads DataTable internals (its cache, row locations, style
            # lookup); a Textual release that renames them gets DataTable's own drawing
            return super()._render_cell(row_index, column_index, base_style, width, cursor,
                                        hover)

    def _render_fact_cell(self, row_index: int, column_index: int, base_style: Style,
                          width: int, cursor: bool, hover: bool):
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        key = (row_key, column_key, base_style, cursor, hover, self._show_hover_cursor,
               self._update_count, self._pseudo_class_state)
        lines = self._cell_render_cache.get(key)
        if lines is not None:
            return lines
        cell = self._get_row_renderables(row_index)[1][column_index]
        if not isinstance(cell, Text) or self.rows[row_key].height != 1:
            return super()._render_cell(row_index, column_index, base_style, width, cursor,
                                        hover)
        component, post = self._get_styles_to_render_cell(
            False, False, False, hover, cursor, self.show_cursor, self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css")
        style = base_style + Style.from_meta({"row": row_index, "column": column_index})
        text = cell.copy()
        text.truncate(width, overflow="ellipsis", pad=True)
        if text.spans:
            segments = list(text.render(self.app.console))
        else:  # Rich leaves the text's own style out when it has no spans
            own = text.style if isinstance(text.style, Style) else Style.parse(text.style or "")
            segments = [Segment(text.plain, own)]
        line = list(Segment.apply_style(segments, style + component, post))
        lines = [Segment.adjust_line_length(line, width, style=style + component)]
        self._cell_render_cache[key] = lines
        return lines

    def action_select_cursor(self) -> None:
        # enter belongs to the reader (edit the fact); let it through.
        raise SkipAction()

    def _cell_styles(self) -> dict[str, Style]:
        """The styles the cells are made with, by component class name: looked up once
        for all the rows (a long article has hundreds)."""
        styles = {name: component_style(self, name) for name in FACT_CLASSES}
        styles.update((name, self.get_component_rich_style(name, partial=True))
                      for name in (*STATUS_CLASSES, "fact--secondary"))
        return styles

    def _cells(self, fact: dict, styles: dict[str, Style]) -> tuple[Text, ...]:
        secondary = styles["fact--secondary"] if not fact.get("main_event") else _PLAIN
        kind = KIND_LABELS.get(fact.get("kind"), str(fact.get("kind")))
        object_ = fact.get("object") or fact.get("role") or ""
        if fact.get("object") and fact.get("role"):
            object_ = f"{fact['object']} ({fact['role']})"
        status = fact.get("status") or "pending"
        return (
            _cell(kind, styles[kind_class(fact.get("kind"))], secondary),
            _cell(display_text(display_value(fact)), base=secondary),
            _cell(display_text(str(object_)), base=secondary),
            _cell(display_text(str(fact.get("attributed_to") or "")), base=secondary),
            _cell(status, styles[status_class(status)], secondary),
        )

    def notify_style_update(self) -> None:
        # A new theme: the kind colours are blended against its background when a cell
        # is made, so cells made under the old theme would show its colours. (Styles are
        # also updated each time the reader is shown again; the same styles as the
        # cells were made with need no new cells.)
        super().notify_style_update()
        if self.is_mounted and self._facts:
            self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        if self._cell_styles() != self._styles:
            self.set_facts(self._facts, self.fact_at_cursor())

    def set_facts(self, facts: list[dict], selected: int | None) -> None:
        """Show `facts`; rows that did not change are left alone."""
        self._facts = list(facts)
        order = [f["id"] for f in facts]
        self._styles = styles = self._cell_styles()
        cells = {f["id"]: self._cells(f, styles) for f in facts}
        if order == self._order:
            for fact_id in order[:self._added]:  # rows still to come take the new cells
                if _key(self._rows.get(fact_id)) != _key(cells[fact_id]):
                    for (key, _), cell in zip(COLUMNS, cells[fact_id], strict=True):
                        if key in self._widths:
                            self.update_cell(str(fact_id), key, cell)
            self._rows = cells
        else:
            self.clear()
            self._order, self._rows, self._added = order, cells, 0
            self._generation += 1
            # The rows in sight (and down to the selected one) now, the rest once the
            # table has been painted: a long article has hundreds of facts, and adding
            # them all before the first paint was a good part of its open time.
            first = self.scrollable_content_region.height * 2 + 10
            if selected in cells:
                first = max(first, order.index(selected) + first // 2)
            self._add_rows(first)
            if self._added < len(order):
                self.call_after_refresh(self._add_rest, self._generation)
        self.show_fact(selected)

    def _add_rows(self, upto: int) -> None:
        """Add the rows of `self._order` not in the table yet, up to `upto` of them."""
        for fact_id in self._order[self._added:upto]:
            self.add_row(*self._shown_cells(self._rows[fact_id]), key=str(fact_id))
        self._added = max(self._added, min(upto, len(self._order)))

    def _add_rest(self, generation: int) -> None:
        if generation == self._generation:
            self._add_rows(len(self._order))

    def show_fact(self, fact_id: int | None) -> None:
        if fact_id is None or fact_id not in self._rows:
            return
        row = self._order.index(fact_id)
        if row >= self._added:
            self._add_rows(row + 1)  # a key moved there before the rest came in
        if self.cursor_row != row:
            self.move_cursor(row=row, animate=False)

    def fact_at_cursor(self) -> int | None:
        if not self._order or not 0 <= self.cursor_row < len(self._order):
            return None
        return self._order[self.cursor_row]


def _key(cells: tuple[Text, ...] | None) -> tuple | None:
    # Text equality ignores the styles; a row restyled (e.g. made secondary, or a new
    # status) must count as changed.
    return None if cells is None else tuple(
        (c.plain, str(c.style), tuple((sp.start, sp.end, str(sp.style)) for sp in c.spans))
        for c in cells)
