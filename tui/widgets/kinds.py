"""Names shared by the widgets that colour facts by kind.

The colours themselves live in widgets.tcss as component classes (`.fact--launched`, ...),
so they follow the theme and can be changed in one place.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget

KINDS = ("launched", "intercepted", "impacted", "killed", "injured", "event_date", "location",
         "actor")
STATUSES = ("pending", "accepted", "edited", "rejected", "added")

KIND_LABELS = {
    "launched": "launched",
    "intercepted": "intercepted",
    "impacted": "impacted",
    "killed": "killed",
    "injured": "injured",
    "event_date": "date",
    "location": "place",
    "actor": "actor",
}


def kind_class(kind: str | None) -> str:
    return f"fact--{kind}" if kind in KINDS else "fact--other"


def status_class(status: str | None) -> str:
    return f"status--{status}" if status in STATUSES else "status--pending"


FACT_CLASSES = frozenset(kind_class(k) for k in KINDS) | {"fact--other"}
STATUS_CLASSES = frozenset(status_class(s) for s in STATUSES)


def component_style(widget: Widget, name: str) -> Style:
    """The component class `name` of `widget` as a Rich style, its translucent background
    (the tcss `45%`) laid over the widget's own. Rich colours carry no alpha, so without
    this the highlight would be the full colour, glaring under the text on any theme."""
    style = widget.get_component_rich_style(name, partial=True)
    styles = widget.get_component_styles(name)
    if styles.has_rule("background") and 0 < styles.background.a < 1:
        over = widget.background_colors[1] + styles.background
        style += Style(bgcolor=over.rich_color)
    return style
