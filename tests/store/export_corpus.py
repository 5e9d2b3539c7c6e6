"""A small store for the export tests: four articles written for these tests, with facts
a person accepted, edited, added, rejected or left pending, and readers for what the
exports write (brat .ann, csv, jsonl)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from extract import Fact
from store import review as rv
from store.articles import NewArticle, add_articles, get_facts

# Article A: a rocket attack with a conflicting launch figure, a death, injuries and a
# span a person adds across a line break.
TEXT_A = (
    "Rockets hit Kharkiv suburbs\n"
    "\n"
    "At least 20 rockets were fired at Kharkiv on Saturday, the regional governor said.\n"
    "Air defences shot down 18 of them and two fell on a warehouse\n"
    "yard, police said. A military spokesman put the barrage at 24 rockets.\n"
    "One guard was killed and three workers were lightly injured, medics said.\n"
    "Officials said the Kharkiv council building was not damaged."
)
# Article B: a drone attack stopped in full; its title is a spreadsheet formula.
TEXT_B = (
    "Two drones were launched at Odesa on Friday and both were intercepted, the air force "
    "said. None hit its target and no one was hurt."
)
TITLE_B = '=HYPERLINK("http://x.test","x")'
# Article C: only machine facts nobody looked at.
TEXT_C = "Shelling was reported near Sumy on Tuesday; 4 shells fell in a field, officials said."
# Article D: text with markup-like brackets and a character outside the BMP before its
# facts, so offsets are checked in code points; one fact edited by a person.
TEXT_D = (
    "[bold]Update[/bold] 🚀 Militants fired 7 missiles toward Erbil in mid-October, "
    "according to the Kurdistan counter-terrorism service. All 7 were shot down."
)


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def fact(text: str, kind: str, words: str, value, nth: int = 0, **fields) -> Fact:
    start, end = span(text, words, nth)
    if kind in ("launched", "intercepted", "impacted", "killed", "injured"):
        fields.setdefault("qualifier", "exact")
        if fields["qualifier"] == "exact":
            fields.setdefault("min", value)
            fields.setdefault("max", value)
    fields.setdefault("rule", "test")
    return Fact(kind=kind, value=value, start=start, end=end, text=text[start:end],
                confidence=0.9, **fields)


def facts_a() -> list[Fact]:
    t = TEXT_A
    return [
        fact(t, "launched", "At least 20 rockets", 20, qualifier="at_least", min=20,
             object="rocket", attributed_to="the regional governor"),
        fact(t, "event_date", "on Saturday", "2024-03-02", event_date="2024-03-02",
             rule="date.weekday"),
        fact(t, "location", "Kharkiv", "Kharkiv", nth=1, object="city", role="target"),
        fact(t, "intercepted", "shot down 18", 18, object="rocket", attributed_to="police"),
        fact(t, "impacted", "two fell", 2, object="rocket", attributed_to="police"),
        fact(t, "launched", "24 rockets", 24, object="rocket",
             attributed_to="A military spokesman"),
        fact(t, "killed", "One guard was killed", 1, object="guards", attributed_to="medics"),
        fact(t, "injured", "three workers", 3, object="workers", attributed_to="medics"),
        # a place the text only mentions: a person rejects it
        fact(t, "location", "Kharkiv", "Kharkiv", nth=2, object="city", role="mentioned"),
        # a vague figure nobody decided on: left pending
        fact(t, "launched", "the barrage", None, qualifier="vague", min=3, object="rocket"),
    ]


def facts_b() -> list[Fact]:
    t = TEXT_B
    return [
        fact(t, "launched", "Two drones", 2, object="drone", attributed_to="the air force"),
        fact(t, "location", "Odesa", "Odesa", object="city", role="target"),
        fact(t, "event_date", "on Friday", "2024-05-10", event_date="2024-05-10",
             rule="date.weekday"),
        fact(t, "intercepted", "both were intercepted", 2, object="drone",
             attributed_to="the air force"),
        fact(t, "impacted", "None hit", 0, object="drone"),
    ]


def facts_c() -> list[Fact]:
    t = TEXT_C
    return [
        fact(t, "impacted", "4 shells fell", 4, object="shell", attributed_to="officials"),
        fact(t, "location", "Sumy", "Sumy", object="city", role="target"),
    ]


def facts_d() -> list[Fact]:
    t = TEXT_D
    return [
        fact(t, "launched", "fired 7 missiles", 7, object="missile"),
        fact(t, "event_date", "in mid-October", "2023-10-15", event_date="2023-10-15",
             rule="date.month_part:mid"),
        fact(t, "actor", "Militants", "Militants", role="perpetrator"),
        fact(t, "intercepted", "All 7 were shot down", 7, object="missile"),
    ]


ARTICLES = [
    (NewArticle(text=TEXT_A, title="Rockets hit Kharkiv suburbs", source="AFP",
                url="https://news.test/a", published="2024-03-02"), facts_a),
    (NewArticle(text=TEXT_B, title=TITLE_B, source="-wire", url="https://news.test/b",
                published="2024-05-10T08:30:00+00:00"), facts_b),
    (NewArticle(text=TEXT_C, title="Shelling near Sumy", source="Local paper",
                published="2023-12-05"), facts_c),
    (NewArticle(text=TEXT_D, title="Missiles toward Erbil", source="Reuters",
                published="2023-10-20"), facts_d),
]


def build(store) -> dict[str, int]:
    """Store the four articles and make the decisions a curator would. Returns the
    article ids by letter."""
    makers = {id(a): make for a, make in ARTICLES}
    ids = [aid for aid, _ in add_articles(store, [a for a, _ in ARTICLES],
                                          facts_for=lambda a: makers[id(a)]())]
    a, b, c, d = ids

    def fid(kind: str, words: str, nth: int = 0, aid: int = a, text: str = TEXT_A) -> int:
        start, _ = span(text, words, nth)
        rows = [f for f in get_facts(store, aid) if f["kind"] == kind and f["start"] == start]
        return rows[0]["id"]

    # A: accept each fact but the vague one (left pending); reject the mentioned place
    vague = fid("launched", "the barrage")
    for f in get_facts(store, a):
        if f["id"] != vague:
            rv.accept(store, f["id"])
    rv.reject(store, fid("location", "Kharkiv", 2))
    # a person adds the impact figure whose words cross a line break
    start, _ = span(TEXT_A, "two fell on a warehouse\nyard")
    rv.add(store, a, "impacted", start, start + len("two fell on a warehouse\nyard"),
           value=2, qualifier="exact", object="rocket", attributed_to="police")
    rv.set_status(store, a, "reviewed")
    # B: accept all
    rv.accept_all(store, b)
    # C: untouched (pending only)
    # D: accept all, then a person corrects the launch figure's source
    rv.accept_all(store, d)
    rv.edit(store, fid("launched", "fired 7 missiles", aid=d, text=TEXT_D),
            {"attributed_to": "the Kurdistan counter-terrorism service"})
    rv.set_status(store, d, "flagged")
    return {"a": a, "b": b, "c": c, "d": d}


def curated(store, aid: int, statuses=("accepted", "edited", "added")) -> list[dict]:
    return [f for f in get_facts(store, aid) if f["status"] in statuses]


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_ann(path: Path) -> dict[str, dict]:
    """A small brat standoff reader: T lines with their fragments, A and # lines
    attached to their T."""
    out: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        ident, rest = line.split("\t", 1)
        if ident.startswith("T"):
            head, shown = rest.split("\t", 1)
            kind, where = head.split(" ", 1)
            pieces = [tuple(int(x) for x in frag.split(" ")) for frag in where.split(";")]
            out[ident] = {"kind": kind, "fragments": pieces, "text": shown, "attrs": {},
                          "note": None}
        elif ident.startswith("A"):
            parts = rest.split(" ")
            name, target = parts[0], parts[1]
            out[target]["attrs"][name] = parts[2] if len(parts) > 2 else True
        elif ident.startswith("#"):
            head, note = rest.split("\t", 1)
            _, target = head.split(" ")
            out[target]["note"] = note
        else:
            raise AssertionError(f"unexpected brat line {line!r}")
    return out


def note_fields(note: str | None) -> dict[str, str]:
    if not note:
        return {}
    return dict(re.match(r"(\w+)=(.*)", part.strip()).groups() for part in note.split(";"))
