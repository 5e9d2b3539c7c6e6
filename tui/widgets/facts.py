"""The facts table: one row per fact, in text order, background facts dimmed."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.actions import SkipAction
from textual.widgets import DataTable

from store.events import display_value

from .article import display_text
from .kinds import FACT_CLASSES, KIND_LABELS, STATUS_CLASSES, kind_class, status_class

COLUMNS = (("kind", "kind"), ("value", "value"), ("object", "object"), ("source", "source"),
           ("status", "status"))
# Fixed widths: the table must fit its pane without scrolling sideways.
WIDTHS = {"kind": 11, "value": 12, "object": 13, "source": 13, "status": 8}


class FactsTable(DataTable):
    """Row keys are fact ids (as strings). Cells are Rich Text, never markup strings."""

    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES | FACT_CLASSES | STATUS_CLASSES | {
        "fact--secondary",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._rows: dict[int, tuple] = {}
        self._order: list[int] = []

    def on_mount(self) -> None:
        for key, label in COLUMNS:
            self.add_column(label, key=key, width=WIDTHS[key])

    def action_select_cursor(self) -> None:
        # enter belongs to the reader (edit the fact); let it through.
        raise SkipAction()

    def _cells(self, fact: dict) -> tuple[Text, ...]:
        secondary = self.get_component_rich_style("fact--secondary", partial=True) if not fact.get(
            "main_event") else Style()
        kind = Text(KIND_LABELS.get(fact.get("kind"), str(fact.get("kind"))),
                    style=self.get_component_rich_style(kind_class(fact.get("kind")), partial=True)
                    + secondary, end="")
        object_ = fact.get("object") or fact.get("role") or ""
        ellipsis = {"no_wrap": True, "overflow": "ellipsis"}
        if fact.get("object") and fact.get("role"):
            object_ = f"{fact['object']} ({fact['role']})"
        status = fact.get("status") or "pending"
        cells = (
            kind,
            Text(display_text(display_value(fact)), style=secondary, end="", **ellipsis),
            Text(display_text(str(object_)), style=secondary, end="", **ellipsis),
            Text(display_text(str(fact.get("attributed_to") or "")), style=secondary, end="",
                 **ellipsis),
            Text(status, style=self.get_component_rich_style(status_class(status), partial=True)
                 + secondary, end=""),
        )
        return cells

    def set_facts(self, facts: list[dict], selected: int | None) -> None:
        """Show `facts`; rows that did not change are left alone."""
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
    # Text equality ignores the base style; a row restyled (e.g. made secondary) must
    # count as changed.
    return None if cells is None else tuple((c.plain, str(c.style)) for c in cells)
