"""The fact model shared by the extractor, the store and the exports.

A fact is one claim as the text states it, with its evidence span. Two sources giving
two figures are two facts: nothing here merges or averages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

COUNT_KINDS = ("launched", "intercepted", "impacted", "killed", "injured")
NAME_KINDS = ("location", "actor")
KINDS = COUNT_KINDS + ("event_date",) + NAME_KINDS

QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "range", "vague")
STATUSES = ("pending", "accepted", "edited", "rejected", "added")
LOCATION_ROLES = ("target", "origin", "mentioned")
ACTOR_ROLES = ("perpetrator", "claimed", "blamed", "target")


@dataclass
class Fact:
    """One extracted claim. `value` is an int for counts, an ISO date for event_date and a
    name for location and actor; `start`/`end` are offsets into the article text."""

    kind: str
    value: Any
    start: int
    end: int
    text: str
    min: int | None = None
    max: int | None = None
    qualifier: str | None = None
    object: str | None = None
    role: str | None = None
    attributed_to: str | None = None
    event_date: str | None = None
    event: int = 0
    main_event: bool = True
    rule: str = ""
    confidence: float = 0.5
    origin: str = "machine"
    status: str = "pending"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """Facts the extractor believes describe one incident. Event 0 is the report's main
    event; the others are background or incidents mentioned in passing."""

    id: int
    main: bool
    date: str | None = None
    place: str | None = None
    actor: str | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Section:
    """A labelled stretch of the article: headline, caption, dateline or body."""

    kind: str
    start: int
    end: int


@dataclass
class Extraction:
    facts: list[Fact]
    events: list[Event]
    sections: list[Section] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "facts": [f.to_dict() for f in self.facts],
            "events": [e.to_dict() for e in self.events],
            "sections": [asdict(s) for s in self.sections],
        }
