"""Names shared by the widgets that colour facts by kind.

The colours themselves live in widgets.tcss as component classes (`.fact--launched`, ...),
so they follow the theme and can be changed in one place.
"""

from __future__ import annotations

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
