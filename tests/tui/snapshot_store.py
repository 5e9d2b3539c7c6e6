"""A small fixed store for snapshot tests: invented reports with facts written out by hand,
so the pictures change only when the screens change, not when the extractor improves."""

from __future__ import annotations

from pathlib import Path

from store import open_store
from store.articles import add_articles
from store.db import Store
from store.ingest.text import parse_plain

# Seed-like: a file-photo caption about something else first, a headline, then the report,
# with a launch / intercept / impact triple, casualties, a date, places, sources, a number
# that is not a fact (troop totals) and a background incident.
DESERT_BASE = """\
 date 2025-05-17 World
Engineers of a logistics battalion load crates onto a transport plane at an airfield near Kirkuk on 3 June 2011. At the time some 45,000 foreign troops remained in the country, officials said at a briefing. FILE PHOTO/Ana TORRES
Rockets hit desert base in western Iraq, two guards hurt

Fifteen rockets were fired at the Wadi Sahel air base in western Iraq on Saturday, a security official said, in the second attack on the base this month.

Air defences shot down 13 of the rockets, while two fell inside the base, striking a fuel depot, according to the official, who asked not to be named.

Two Iraqi guards were lightly wounded, local police said. Nobody was killed.

The rockets were launched from farmland near the village of Tell Azraq, 20 kms to the east, police added. No group has claimed responsibility.

Earlier in the week, a drone attack on a checkpoint in Nineveh province killed three soldiers, the army said.
"""

# (evidence phrase, fields) in reading order; offsets are found in the stored text.
DESERT_FACTS = [
    ("Fifteen rockets were fired", dict(kind="launched", value=15, qualifier="exact",
                                        object="rocket", attributed_to="a security official")),
    ("Wadi Sahel air base", dict(kind="location", value="Wadi Sahel air base", object="base",
                                 role="target")),
    ("on Saturday", dict(kind="event_date", value="2025-05-17")),
    ("shot down 13 of the rockets", dict(kind="intercepted", value=13, qualifier="exact",
                                         object="rocket", attributed_to="the official")),
    ("two fell inside the base", dict(kind="impacted", value=2, qualifier="exact",
                                      object="rocket", attributed_to="the official")),
    ("Two Iraqi guards were lightly wounded", dict(kind="injured", value=2, qualifier="exact",
                                                   object="Iraqi guards",
                                                   attributed_to="local police")),
    ("Nobody was killed", dict(kind="killed", value=0, qualifier="exact")),
    ("Tell Azraq", dict(kind="location", value="Tell Azraq", object="village", role="origin")),
    ("killed three soldiers", dict(kind="killed", value=3, qualifier="exact", object="soldiers",
                                   attributed_to="the army", event=1, main_event=False)),
]

OTHERS = [
    (" date 2025-05-12 Middle East\nDrones downed over port city\n\nCoastal defences "
     "intercepted four drones over the port city of Marsa Nour overnight, the navy said. "
     "There were no casualties.\n",
     [("intercepted four drones", dict(kind="intercepted", value=4, qualifier="exact",
                                       object="drone", attributed_to="the navy"))],
     "reviewed", "Harbour Post"),
    (" date 2025-05-09 Africa\nMortar rounds strike market town\n\nAt least six mortar "
     "rounds struck the market town of Qaryat Bir on Friday, killing two traders, residents "
     "said.\n",
     [("At least six mortar rounds", dict(kind="impacted", value=6, min=6,
                                          qualifier="at_least", object="mortar")),
      ("killing two traders", dict(kind="killed", value=2, qualifier="exact",
                                   object="traders", attributed_to="residents"))],
     "in_review", "Sahel Daily"),
    (" date 2025-04-30 Europe\nOvernight missile barrage on river city\n\nThe air force "
     "said it destroyed 21 of 25 missiles launched overnight at the river city of Novy "
     "Brod.\n",
     [], "new", "Riverside News"),
]


def _facts(text: str, spec: list[tuple[str, dict]], status: dict[int, str]) -> list[dict]:
    out = []
    for i, (phrase, fields) in enumerate(spec):
        start = text.index(phrase)
        row = {"start": start, "end": start + len(phrase), "text": phrase, "event": 0,
               "main_event": True, "origin": "machine", "rule": "snapshot",
               "confidence": 0.9, "status": status.get(i, "pending"), **fields}
        if row["kind"] in ("launched", "intercepted", "impacted", "killed", "injured"):
            if row.get("qualifier") == "exact":
                row.setdefault("min", row["value"])
                row.setdefault("max", row["value"])
        out.append(row)
    return out


def fill(store: Store) -> int:
    """Fill `store`; returns the id of the seed-like report (the newest)."""
    for raw, spec, status, source in OTHERS:
        art = parse_plain(raw, "snapshot")
        (article_id, _), = add_articles(
            store, [art], facts_for=lambda a, spec=spec: _facts(a.text, spec, {}))
        with store.transaction() as db:
            db.execute("UPDATE articles SET status = ?, source = ? WHERE id = ?",
                       [status, source, article_id])
    art = parse_plain(DESERT_BASE, "snapshot")
    (desert_id, _), = add_articles(
        store, [art],
        facts_for=lambda a: _facts(a.text, DESERT_FACTS, {0: "accepted", 7: "rejected"}))
    with store.transaction() as db:
        # A fixed ingest time: nothing on screen may depend on the clock.
        db.execute("UPDATE articles SET ingested_at = '2025-05-18T08:00:00+00:00'")
        db.execute("UPDATE articles SET status = 'in_review', source = 'Meridian Wire'"
                   " WHERE id = ?", [desert_id])
        db.execute("UPDATE facts SET created_at = '2025-05-18T08:00:00+00:00',"
                   " updated_at = '2025-05-18T08:00:00+00:00'")
    return desert_id


def make_store(path: Path) -> tuple[Store, int]:
    store = open_store(path)
    return store, fill(store)
