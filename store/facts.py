"""Converting facts between the extractor's objects and the store's rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from typing import Any

COUNT_KINDS = ("launched", "intercepted", "impacted", "killed", "injured")
FACT_FIELDS = (
    "kind", "value", "min", "max", "qualifier", "object", "role", "attributed_to",
    "event_date", "event", "main_event", "start", "end", "text", "origin", "rule",
    "confidence", "status",
)  # fmt: skip
# A person's decision that re-extraction must never overwrite.
HUMAN_STATUSES = ("accepted", "edited", "rejected", "added")


def fact_rows(article_id: int, facts: Iterable[Any], stamp: str) -> list[dict]:
    rows = []
    for fact in facts:
        data = asdict(fact) if is_dataclass(fact) else dict(fact)
        row = {name: data.get(name) for name in FACT_FIELDS}
        row["article_id"] = article_id
        row["main_event"] = 1 if data.get("main_event", True) else 0
        row["origin"] = row["origin"] or "machine"
        row["status"] = row["status"] or "pending"
        row["created_at"] = row["updated_at"] = stamp
        rows.append(row)
    return rows


def review_counts(facts: Iterable[dict]) -> dict[str, int]:
    """The review counts of some facts, as store.articles.COUNTS_SQL counts them: pending
    = not decided yet, decided = every other status (rejected included)."""
    statuses = [f.get("status") for f in facts]
    pending = statuses.count("pending")
    return {"decided": len(statuses) - pending, "pending": pending}


def load_fact(row: dict) -> dict:
    """A stored row as callers want it: counts as ints, main_event as a bool."""
    fact = dict(row)
    if fact.get("kind") in COUNT_KINDS and fact.get("value") is not None:
        try:
            fact["value"] = int(fact["value"])
        except (TypeError, ValueError):
            pass
    fact["main_event"] = bool(fact.get("main_event"))
    return fact
