"""brat standoff: a folder with <id>.txt (the article text, byte for byte) and <id>.ann
per article, plus the annotation.conf brat and INCEpTION need to show the types.

Each fact is a T line with its kind as the type. brat cannot attach free text to an
attribute, so the closed sets (qualifier, role, status, background) are A lines and the
open ones (value, bounds, object, source) an AnnotatorNotes line. A span that crosses a
line break is written as brat's discontinuous fragments, one per line of text, because
brat refuses a single fragment holding a newline.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..facts import COUNT_KINDS
from ..review import KINDS, QUALIFIERS
from .reader import ArticleFacts
from .spans import valid

ROLES = ("target", "origin", "mentioned", "perpetrator", "claimed", "blamed")
STATUSES = ("accepted", "edited", "added", "pending")
# What str.splitlines() breaks on: brat reads its text line by line.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK = re.compile(f"[{_BREAKS}]")

CONF = """\
# factdesk export: one entity type per fact kind. Values, bounds, objects and sources are
# in each annotation's notes (AnnotatorNotes); closed sets are attributes.
[entities]
{entities}

[relations]
# Facts may share or overlap words ("13 of the projectiles"): allow any overlap.
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Qualifier\tArg:<ENTITY>, Value:{qualifiers}
Role\tArg:<ENTITY>, Value:{roles}
Status\tArg:<ENTITY>, Value:{statuses}
Background\tArg:<ENTITY>
"""


def annotation_conf() -> str:
    return CONF.format(entities="\n".join(KINDS), qualifiers="|".join(QUALIFIERS),
                       roles="|".join(ROLES), statuses="|".join(STATUSES))


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span as brat fragments: itself when on one line, else cut at the line breaks
    and each piece trimmed of white space (brat's own fragments never hold a newline)."""
    if not _BREAK.search(text, start, end):
        return [(start, end)] if start < end else []
    pieces = []
    for m in re.finditer(rf"[^{_BREAKS}]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    return pieces


def _note(value: object) -> str:
    # One line, no tabs: brat splits .ann lines on both.
    return re.sub(r"\s+", " ", str(value)).strip()


def ann_lines(text: str, facts: list[dict]) -> tuple[list[str], int, int]:
    """(.ann lines, facts written, facts left out for a span that does not slice the
    text)."""
    lines: list[str] = []
    written = bad = 0
    a = n = 0
    for fact in facts:
        pieces = fragments(text, fact.get("start") or 0, fact.get("end") or 0) if valid(fact, text) else []
        if not pieces:
            bad += 1
            continue
        written += 1
        tid = f"T{written}"
        where = ";".join(f"{s} {e}" for s, e in pieces)
        shown = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"{tid}\t{fact['kind']} {where}\t{shown}")
        attrs = [("Qualifier", fact.get("qualifier"), QUALIFIERS),
                 ("Role", fact.get("role"), ROLES),
                 ("Status", fact.get("status"), STATUSES)]
        for name, value, allowed in attrs:
            if value in allowed:
                a += 1
                lines.append(f"A{a}\t{name} {tid} {value}")
        if not fact.get("main_event"):
            a += 1
            lines.append(f"A{a}\tBackground {tid}")
        notes = []
        if fact.get("value") is not None:
            notes.append(f"value={_note(fact['value'])}")
        if fact.get("kind") in COUNT_KINDS:
            for bound in ("min", "max"):
                if fact.get(bound) is not None:
                    notes.append(f"{bound}={fact[bound]}")
        for label, name in (("object", "object"), ("source", "attributed_to"),
                            ("date", "event_date"), ("fact", "id")):
            if fact.get(name) not in (None, ""):
                notes.append(f"{label}={_note(fact[name])}")
        if notes:
            n += 1
            lines.append(f"#{n}\tAnnotatorNotes {tid}\t{'; '.join(notes)}")
    return lines, written, bad


class BratWriter:
    records_rejections = False

    def __init__(self, folder: Path):
        self.folder = folder
        self.bad_spans = 0
        (folder / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")

    def write(self, item: ArticleFacts) -> tuple[int, int]:
        text = item.article["text"]
        lines, written, bad = ann_lines(text, item.facts)
        self.bad_spans += bad
        stem = str(item.article["id"])
        # newline="" keeps the text's own line ends: offsets count every character.
        with open(self.folder / f"{stem}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        with open(self.folder / f"{stem}.ann", "w", encoding="utf-8", newline="\n") as fh:
            fh.write("".join(line + "\n" for line in lines))
        return 1, written

    def close(self) -> None:
        pass
