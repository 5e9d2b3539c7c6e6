"""The indexes that keep a runaway sentence (thousands of facts, sources or places in one
sentence: a pasted table, a list with no full stops) linear, against the plain scans they
replace. Their timings are printed by bench/runaway.py, not asserted here."""

from __future__ import annotations

import random
import re

from extract import counts, sources
from extract.document import parse
from extract.model import Fact


def _spans(rnd: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = rnd.randrange(0, 60)
        out.append((a, a + rnd.randrange(0, 12)))  # (some empty, some nested, some overlapping)
    return out


def test_taken_answers_as_a_scan_of_every_span() -> None:
    rnd = random.Random(3)
    for n in (0, 1, 2, 5, 30):
        for _ in range(60):
            spans = _spans(rnd, n)
            taken = counts._Taken(spans)
            assert bool(taken) == bool(spans)
            for start in range(-1, 75):
                assert taken.covers(start) == any(s <= start < e for s, e in spans)
                for end in range(start, start + 6):
                    assert taken.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_breaks_give_the_segments_a_split_gives() -> None:
    for sent in ("A US official, who asked not to be named, said", "Ukraine's air force said",
                 'He -- the mayor -- said; “They (the army) told”: X — said', ",,said", "said"):
        breaks = sources._Breaks(sent)
        for m in re.finditer(r"\b[a-z]", sent):
            v = m.start()
            want = sources._SEGMENT_BREAK.split(sent[:v])[::-1]
            got = [sent[a:b] for a, b in breaks.segments_before(v)]
            assert got == want, (sent, v)


def _old_pick(found: list[sources._Source], offset: int) -> str | None:
    """The plain walk over a sentence's sources that _Told.pick replaces."""
    if not found:
        return None
    before = None
    for s in found:
        if s.start >= offset and not s.forward:
            return s.phrase
        if s.start < offset or (s.forward and s.start == offset):
            before = s
    return (before or found[0]).phrase


def test_told_picks_as_the_walk_over_sources_does() -> None:
    rnd = random.Random(5)
    for n in range(0, 7):
        for _ in range(200):
            found = sorted((sources._Source(rnd.randrange(0, 20), f"s{i}", forward=rnd.random() < 0.4)
                            for i in range(n)), key=lambda s: s.start)
            told = sources._Told(found)
            for offset in range(-1, 23):
                assert told.pick(offset) == _old_pick(found, offset), (found, offset)


def test_a_runaway_sentence_keeps_every_fact_and_source() -> None:
    # one sentence, no full stop: each pair is counted apart, each figure has its speaker
    n = 300
    text = "Strike on Kharkiv\n\nThe strike hit the town, " + "killing a soldier and a woman, " * n + \
        "officials said, while " + "Ukraine said 4 drones were shot down, " * n + "and that was all.\n"
    doc = parse(text)
    assert len(doc.sentences) == 2
    facts = counts.find(doc)
    killed = [f for f in facts if f.kind == "killed"]
    assert len(killed) == 2 * n and {f.object for f in killed} == {"soldier", "woman"}
    downed = [f for f in facts if f.kind == "intercepted"]
    assert len(downed) == n and all(f.value == 4 for f in downed)
    sources.attribute(doc, facts)
    assert {f.attributed_to for f in downed} == {"Ukraine"}


def test_taken_is_built_from_facts() -> None:
    fact = Fact(kind="killed", value=1, start=4, end=9, text="x" * 5)
    assert counts._taken([fact]).covers(8) and not counts._taken([fact]).covers(9)
