"""The event card: what an article's current facts say about its main event.

Computed from the facts as they are in the store (a person's edits included), so the
reader, the exports and the checks all agree. Pure: facts in, a dict out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .facts import COUNT_KINDS

# A person's decision outranks the machine's guess when both are there.
CURATED = ("accepted", "edited", "added")
# Qualifiers whose value is an upper bound as well as a figure.
_BOUNDED = (None, "exact", "about", "up_to", "range")


def display_value(fact: dict) -> str:
    """A fact's value as a reader writes it: "15", "≥12", ">60", "~30", "≤5", "3–5"."""
    value, low, high = fact.get("value"), fact.get("min"), fact.get("max")
    qualifier = fact.get("qualifier")
    if fact.get("kind") not in COUNT_KINDS:
        return "" if value is None else str(value)
    if qualifier == "at_least":
        return f"≥{low if low is not None else value}"
    if qualifier == "more_than":
        # "more than 60" is stored as min 61; the reader wants the figure said.
        return f">{low - 1}" if low is not None else f">{value}"
    if qualifier == "about":
        return f"~{value if value is not None else low}"
    if qualifier == "up_to":
        return f"≤{high if high is not None else value}"
    if qualifier == "range" and low is not None and high is not None:
        return f"{low}–{high}"
    if value is None:
        return f"≥{low} (vague)" if low is not None else "(vague)"
    return str(value)


def bounds(fact: dict) -> tuple[int | None, int | None]:
    """(lowest, highest) count the fact allows; highest is None when open-ended."""
    value, low, high = fact.get("value"), fact.get("min"), fact.get("max")
    lo = low if low is not None else value
    if high is not None:
        hi = high
    elif fact.get("qualifier") in _BOUNDED and value is not None:
        hi = value
    else:
        hi = None
    return lo, hi


def _figure_key(fact: dict) -> tuple:
    return (fact.get("value"), fact.get("min"), fact.get("max"), fact.get("qualifier") or "exact")


def _pool(facts: list[dict]) -> list[dict]:
    curated = [f for f in facts if f.get("status") in CURATED]
    return curated or facts


def _pick(facts: list[dict], prefer: Iterable[str | None] = ()) -> dict | None:
    """The fact the card shows: curated first, then the preferred roles, then an exact
    figure, then the earliest in the text."""
    pool = _pool(facts)
    if not pool:
        return None
    order = list(prefer)

    def rank(f: dict) -> tuple:
        role_rank = order.index(f.get("role")) if f.get("role") in order else len(order)
        inexact = (f.get("qualifier") or "exact") != "exact"
        return (role_rank, inexact, f.get("start") or 0, f.get("id") or 0)

    return min(pool, key=rank)


def _entry(fact: dict) -> dict:
    return {
        "value": fact.get("value"),
        "min": fact.get("min"),
        "max": fact.get("max"),
        "qualifier": fact.get("qualifier"),
        "display": display_value(fact),
        "object": fact.get("object"),
        "source": fact.get("attributed_to"),
        "status": fact.get("status"),
        "fact_id": fact.get("id"),
    }


def event_facts(facts: Iterable[dict], event: int | None = None) -> list[dict]:
    """The live (not rejected) facts of one event; by default the main event's, or all
    facts if none is marked main."""
    live = [f for f in facts if f.get("status") != "rejected"]
    if event is not None:
        return [f for f in live if (f.get("event") or 0) == event]
    main = [f for f in live if f.get("main_event")]
    return main or live


def event_summary(facts: Iterable[dict], event: int | None = None) -> dict[str, Any]:
    """Date, place, actor, a figure per count kind, the launched check and the conflicts
    of one event (the main one by default), from the article's current facts."""
    chosen = event_facts(facts, event)
    by_kind: dict[str, list[dict]] = {}
    for fact in sorted(chosen, key=lambda f: (f.get("start") or 0, f.get("id") or 0)):
        by_kind.setdefault(fact.get("kind"), []).append(fact)

    date = _pick(by_kind.get("event_date", []))
    place = _pick(by_kind.get("location", []), prefer=("target", None, "mentioned", "origin"))
    actor = _pick(by_kind.get("actor", []), prefer=("perpetrator", "claimed", "blamed"))
    if date is None:
        dated = [f for f in chosen if f.get("event_date")]
        date_value = dated[0]["event_date"] if dated else None
    else:
        date_value = date.get("value")

    counts: dict[str, dict] = {}
    conflicts: list[dict] = []
    for kind in (*COUNT_KINDS, "event_date"):
        group = by_kind.get(kind, [])
        if not group:
            continue
        if kind in COUNT_KINDS:
            counts[kind] = _entry(_pick(group))
        for same_group in _comparable(kind, group):
            distinct: dict[tuple, list[dict]] = {}
            for fact in _pool(same_group):
                if fact.get("value") is None and fact.get("min") is None:
                    continue  # "minor injuries" gives no figure to disagree with
                distinct.setdefault(_figure_key(fact), []).append(fact)
            if len(distinct) > 1:
                conflicts.append({
                    "kind": kind,
                    "figures": [_entry(f) for same in distinct.values() for f in same],
                })

    return {
        "date": date_value,
        "place": place.get("value") if place else None,
        "actor": actor.get("value") if actor else None,
        "actor_role": actor.get("role") if actor else None,
        "counts": counts,
        "check": launch_check(counts),
        "conflicts": conflicts,
        "facts": len(chosen),
        "pending": sum(1 for f in chosen if f.get("status") == "pending"),
    }


def _comparable(kind: str, group: list[dict]) -> list[list[dict]]:
    """Facts whose figures must agree. Casualties of different groups ("US personnel",
    "Iraqi security forces") are different counts; launch figures disagree whatever the
    munition is called ("a dozen missiles" vs "15 rockets" is one barrage)."""
    if kind not in ("killed", "injured"):
        return [group]
    groups: dict[str, list[dict]] = {}
    for fact in group:
        groups.setdefault(str(fact.get("object") or "").strip().casefold(), []).append(fact)
    return list(groups.values())


def launch_check(counts: dict[str, dict]) -> dict[str, Any]:
    """launched >= intercepted + impacted. `ok` is None when there is nothing to check,
    False only when the figures cannot all be true."""
    launched = counts.get("launched")
    parts = [counts[k] for k in ("intercepted", "impacted") if k in counts]
    if launched is None or not parts:
        return {"ok": None, "text": "launched ≥ intercepted + impacted: not enough figures"}
    _, launched_high = bounds(launched)
    accounted = sum(bounds(p)[0] or 0 for p in parts)
    ok = launched_high is None or accounted <= launched_high
    shown = " + ".join(p["display"] for p in parts)
    sign = "≥" if ok else "<"
    return {"ok": ok, "launched": launched_high, "accounted": accounted,
            "text": f"launched {launched['display']} {sign} {shown}"}
