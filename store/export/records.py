"""Event records: an article's exported facts grouped by event, with the event card
(date, place, actor, counts, checks, conflicts) computed from those facts alone.

Shared by the jsonl and acled writers so both describe an event the same way, and by
the reader's event card (store.events.event_summary) so the export says what the
curator saw.
"""

from __future__ import annotations

import re
from typing import Any

from ..events import event_summary
from .reader import ArticleFacts

# The fact fields an export carries, in the order a person reads them.
FACT_FIELDS = (
    "id", "kind", "value", "min", "max", "qualifier", "object", "role", "attributed_to",
    "event_date", "event", "main_event", "start", "end", "text", "status", "origin", "rule",
    "confidence",
)  # fmt: skip
ARTICLE_FIELDS = ("id", "title", "source", "url", "published")
CHECK_NAME = "launched >= intercepted + impacted"
RECORD_FORMAT = "factdesk.event/1"

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_PART = re.compile(rf"\b(?:mid|early|late|beginning|start|end)\b[\s-]*(?:of\s+)?(?:{_MONTHS})\b",
                         re.IGNORECASE)
_WEEK = re.compile(r"\b(?:this|last|past|previous)\s+week\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"^\W*(?:in\s+|during\s+|this\s+|last\s+)?(?:{_MONTHS}|month)\b\D*$",
                         re.IGNORECASE)


def fact_record(fact: dict) -> dict:
    return {name: fact.get(name) for name in FACT_FIELDS}


def article_record(article: dict) -> dict:
    return {name: article.get(name) for name in ARTICLE_FIELDS}


def date_precision(fact: dict | None) -> str | None:
    """day, week or month: how exactly the text dates the event. The extractor's rule
    id says it for machine facts ("date.month_part:mid" is a stand-in day for "mid-
    October"); a person's fact is read from its words."""
    if fact is None:
        return None
    rule = fact.get("rule") or ""
    if rule.startswith("date.month_part") or rule == "date.relative:week":
        return "week"
    if rule == "date.relative:month":
        return "month"
    words = fact.get("text") or ""
    if _MONTH_PART.search(words) or _WEEK.search(words):
        return "week"
    if _MONTH_ONLY.match(words):
        return "month"
    return "day"


def group_events(facts: list[dict]) -> list[tuple[int, bool, list[dict]]]:
    """(event id, main, facts) per event, main event first. A fact a person marked as
    not the main event leaves the main event even if it kept its event number."""
    groups: dict[tuple[int, bool], list[dict]] = {}
    for fact in facts:
        key = (int(fact.get("event") or 0), bool(fact.get("main_event")))
        groups.setdefault(key, []).append(fact)
    order = sorted(groups, key=lambda k: (not k[1], k[0]))
    return [(event, main, groups[(event, main)]) for event, main in order]


def event_card(event: int, main: bool, facts: list[dict]) -> dict[str, Any]:
    """The event part of a record, checks and conflicts included."""
    # Decisions only ever come from the facts handed in (the export's selection), so
    # a rejected fact cannot leak into a card through the summary's fallbacks.
    live = [f for f in facts if f.get("status") != "rejected"]
    summary = event_summary(live)
    date_fact = next(
        (f for f in live if f.get("kind") == "event_date" and f.get("value") == summary["date"]),
        None,
    )
    check = dict(summary["check"], name=CHECK_NAME)
    return {
        "id": event,
        "main": main,
        "date": summary["date"],
        "date_precision": date_precision(date_fact) if summary["date"] else None,
        "place": summary["place"],
        "actor": summary["actor"],
        "actor_role": summary.get("actor_role"),
        "counts": summary["counts"],
        "checks": [check],
        "conflicts": summary["conflicts"],
    }


def event_records(item: ArticleFacts) -> list[dict]:
    """One record per event of the article, in the jsonl export's shape."""
    out = []
    article = article_record(item.article)
    for event, main, facts in group_events(item.facts):
        card = event_card(event, main, facts)
        checks = card.pop("checks")
        conflicts = card.pop("conflicts")
        out.append({
            "format": RECORD_FORMAT,
            "article": article,
            "event": card,
            "facts": [fact_record(f) for f in facts],
            "checks": checks,
            "conflicts": conflicts,
        })
    return out
