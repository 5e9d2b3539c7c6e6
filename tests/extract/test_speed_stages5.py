"""The faster forms of the fifth speed round against what they replace: a block's
sentences by bisection, the background rules' lower-case twins, the qualifiers of a
number phrase as a prefix tree, and Amount built without frozen=True."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from extract import events, numbers
from extract.document import fold, parse

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    return texts + [t.upper() for t in texts[::7]] + ["\n\n".join(texts[:40])]


def test_sentences_of_a_block_are_those_it_holds() -> None:
    for text in _texts():
        doc = parse(text)
        for block in doc.blocks:
            assert doc.sentences_of(block) == [s for s in doc.sentences if s.block is block]


def test_background_twins_decide_as_the_case_blind_rules() -> None:
    for text in _texts():
        doc = parse(text)
        if doc.lower is None:
            continue
        for sent in doc.sentences:
            low = doc.lower[sent.start : sent.end]
            case_blind = events._is_background(sent.text(doc), low)
            assert events._is_background(sent.text(doc), low, faithful=True) == case_blind, sent.text(doc)
            assert case_blind == events._is_background(sent.text(doc), fold(sent.text(doc)))


# the qualifiers as one alternation, longest first: what the prefix tree replaced
_OLD_QUAL = "|".join(re.escape(q).replace(r"\ ", r"\s+")
                     for q in sorted(numbers.QUALIFIERS, key=len, reverse=True))


def _signature(m: re.Match[str] | None) -> tuple | None:
    return None if m is None else (m.span(), m.lastgroup, sorted(m.groupdict().items()))


def test_phrase_with_the_qualifier_tree_matches_as_the_alternation() -> None:
    old = re.compile(numbers._PHRASE.pattern.replace(numbers._QUAL, _OLD_QUAL), re.VERBOSE)
    assert old.pattern != numbers._PHRASE.pattern
    samples = []
    for q in numbers.QUALIFIERS:
        for gap in (" ", "  ", "\n"):
            for tail in (" 5 drones", "5", " five", " a dozen", " two hundred and five", "-10", " x"):
                samples.append("say " + q.replace(" ", gap) + tail)
    for text in samples + [t.lower() for t in _texts()[:30]]:
        for i in range(len(text)):
            assert _signature(numbers._PHRASE.match(text, i)) == _signature(old.match(text, i)), text[i : i + 30]


def test_amount_is_a_hashable_value() -> None:
    a = numbers.find("at least 12 drones")[0]
    b = dataclasses.replace(a)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert dataclasses.replace(a, ref="rest").ref == "rest"


def test_ascii_start_scan_finds_what_the_unicode_scan_finds() -> None:
    scans = [numbers._STARTS, numbers._STARTS_ARTICLES, numbers.StartScan(["at least", "two"], digits=False),
             numbers.StartScan(["drone", "rocket"], digits=False, whole=False)]
    odd = ["1,000, two drones_at least 3 at least,4 x2 a2 _two (two) 'two' 12,345,six rocketry",
           "at\tleast\n5 -two- 3,,4 ,two 2two"]
    for text in odd + [t.lower() for t in _texts()[:60]]:
        for line in [text] + text.split("\n"):
            if not line.isascii():
                continue
            for scan in scans:
                got = [m.span() + (m.start("w"),) for m in scan.scan_ascii.finditer(line)]
                assert got == [m.span() + (m.start("w"),) for m in scan.scan.finditer(line)], line
