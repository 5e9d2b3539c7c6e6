"""The facts table: one row per fact, in text order, background facts dimmed."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.actions import SkipAction
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


def column_widths(total: int) -> dict[str, int]:
    """Column widths (gap included) for a table `total` cells wide."""
    free = max(total - sum(FIXED.values()), MIN_SHARED * len(SHARES))
    weight = sum(SHARES.values())
    widths = {key: max(free * share // weight, MIN_SHARED) for key, share in SHARES.items()}
    widths["source"] += max(free - sum(widths.values()), 0)  # rounding leftovers
    return {**FIXED, **widths}


def _cell(content: str, style: Style | str = "", base: Style | str = "") -> Text:
    cell = Text(" ", style=base, end="", no_wrap=True, overflow="ellipsis")
    cell.append(content, style=style)
    return cell


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
        for fact_id in self._order:
            self.add_row(*self._rows[fact_id], key=str(fact_id))
        if self._order:
            self.move_cursor(row=min(row, len(self._order) - 1), animate=False)

    def _add_columns(self, widths: dict[str, int]) -> None:
        self._widths = widths
        for key, label in COLUMNS:
            self.add_column(_cell(label), key=key, width=widths[key])

    def action_select_cursor(self) -> None:
        # enter belongs to the reader (edit the fact); let it through.
        raise SkipAction()

    def _cells(self, fact: dict) -> tuple[Text, ...]:
        secondary = self.get_component_rich_style("fact--secondary", partial=True) if not fact.get(
            "main_event") else Style()
        kind = KIND_LABELS.get(fact.get("kind"), str(fact.get("kind")))
        object_ = fact.get("object") or fact.get("role") or ""
        if fact.get("object") and fact.get("role"):
            object_ = f"{fact['object']} ({fact['role']})"
        status = fact.get("status") or "pending"
        return (
            _cell(kind, component_style(self, kind_class(fact.get("kind"))), secondary),
            _cell(display_text(display_value(fact)), base=secondary),
            _cell(display_text(str(object_)), base=secondary),
            _cell(display_text(str(fact.get("attributed_to") or "")), base=secondary),
            _cell(status, self.get_component_rich_style(status_class(status), partial=True),
                  secondary),
        )

    def notify_style_update(self) -> None:
        # A new theme: the kind colours are blended against its background when a cell
        # is made, so cells made under the old theme would show its colours.
        super().notify_style_update()
        if self.is_mounted and self._facts:
            self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        self.set_facts(self._facts, self.fact_at_cursor())

    def set_facts(self, facts: list[dict], selected: int | None) -> None:
        """Show `facts`; rows that did not change are left alone."""
        self._facts = list(facts)
        order = [f["id"] for f in facts]
        cells = {f["id"]: self._cells(f) for f in facts}
        if order == self._order:
            for fact_id in order:
                if _key(self._rows.get(fact_id)) != _key(cells[fact_id]):
                    for (key, _), cell in zip(COLUMNS, cells[fact_id], strict=True):
                        self.update_cell(str(fact_id), key, cell)
        else:
            self.clear()
            for fact_id in order:
                self.add_row(*cells[fact_id], key=str(fact_id))
            self._order = order
        self._rows = cells
        self.show_fact(selected)

    def show_fact(self, fact_id: int | None) -> None:
        if fact_id is None or fact_id not in self._rows:
            return
        row = self._order.index(fact_id)
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
