"""The speed helpers of events and sources against the patterns they stand for: each
helper skips or narrows a regex scan, and must find exactly what the scan found."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract import events, sources
from extract.document import fold, has_any, parse

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))

# the patterns as they were before the helpers, kept here as the reference
OLD_BACKGROUND_ANY = re.compile(
    r"\b(?:similar\s+attacks?|previous\s+attacks?|earlier\s+attacks?|there\s+have\s+been|"
    r"dozens\s+of\s+attacks|hundreds\s+of\s+attacks|more\s+than\s+\d[\d,]*\s+attacks|"
    r"majority\s+of\s+(?:the\s+)?attacks|on\s+several\s+occasions|has\s+repeatedly|"
    r"have\s+repeatedly|since\s+the\s+(?:start|beginning|outbreak)|so\s+far\s+(?:this|in)|"
    r"(?:war|conflict|fighting|offensive|campaign)\s+(?:has|have|had)\s+(?:so\s+far\s+)?"
    r"(?:killed|left|displaced)|death\s+toll\s+(?:in|from)\s+the\s+(?:war|conflict)|"
    r"troops\s+(?:in|stationed)|there\s+are\s+(?:roughly|about|some|around)?|"
    # a toll counted since a war began, or kept by a news agency, is war-wide
    r"(?:killed|dead|deaths|toll)\b[^.]{0,80}\bsince|since\b[^.]{0,80}\b(?:killed|dead|deaths|toll)|"
    # another month named bare, or "the same month": "They sank the Rubymar in March, and
    # three crew members of the True Confidence were killed ... the same month"
    r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d)|\b(?:the\s+same|that)\s+(?:month|year)\b|"
    # a month's or a year's total: "more than 4,000 Russian drones in April alone"
    r"\b(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:this|last)\s+(?:month|year|week))\s+alone\b|"
    # a year's toll ("More than 1,500 people were killed in militant attacks last year")
    r"(?:killed|dead|deaths|toll)\b[^.]{0,80}\b(?:last|the\s+past|the\s+previous)\s+year\b|"
    # a campaign's toll with its start in between: "The insurgency, which began in
    # 2009, has killed", "Israel's strikes on Iran, which began on Friday, have killed"
    # "the 15-year conflict, which has killed more than 40,000 people"
    r"(?:war|conflict|fighting|insurgency|rebellion|uprising|violence|offensive|campaign)\s*"
    r"(?:,[^.,]{0,60},\s*|,?\s+(?:which|that)\s+)(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|displaced)|"
    r"(?:which|that)\s+(?:began|started|erupted)\b[^.]{0,60}\b(?:has|have|had)\s+"
    r"(?:so\s+far\s+)?(?:killed|left|displaced)|"
    r"according\s+to\s+an?\s+\w+\s+tally|"
    # "It has killed tens of thousands": a war's toll, not the day's (an attack killed)
    r"it\s+(?:has|had)\s+(?:so\s+far\s+)?(?:killed|left|displaced)|"
    r"(?:killed|dead)\s+(?:tens|hundreds)\s+of\s+thousands)\b",
    re.IGNORECASE,
)
OLD_INVERTED = sources._INVERTED  # unchanged; only where it is tried changed
OLD_VERB = re.compile(rf"\b{sources._VERBS}\b")
OLD_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")
OLD_FEMALE = re.compile(
    r"\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|policewoman|woman|women|Ms|Mrs|"
    r"Miss|Madam|mother|daughter|wife|sister|widow|grandmother|girl|she|her|herself)\b",
    re.IGNORECASE,
)
OLD_MALE = re.compile(
    r"\b(?:spokesman|chairman|congressman|businessman|policeman|man|men|Mr|father|son|"
    r"husband|brother|widower|grandfather|boy|he|him|his|himself)\b",
    re.IGNORECASE,
)
OLD_PRONOUN_WORDS = re.compile(r"\b(?:she|he|her|his|him|herself|himself)\b", re.IGNORECASE)
OLD_SPEAKER_CLAUSE_SUB = events._SPEAKER_CLAUSE


def old_without_speaker_clauses(text: str) -> str:
    return OLD_SPEAKER_CLAUSE_SUB.sub(
        lambda m: m.group() if events._TOLL_WORD.search(m.group()) else ",", text)


def _sentences() -> list[str]:
    out = []
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        doc = parse(text)
        out += [s.text(doc) for s in doc.sentences]
    return out


CRAFTED = [
    "There have been similar attacks on the base.", "There are some 2,500 US troops in Iraq.",
    "The group has repeatedly targeted the port.", "Dozens of attacks hit the area since the start of the war.",
    "More than 1,500 people were killed in militant attacks last year.",
    "The insurgency, which began in 2009, has killed thousands.", "It has so far killed 40,000 people.",
    "The war has displaced millions, according to a UN tally.", "They sank the Rubymar in March.",
    "More than 4,000 drones in April alone.", "Three were killed the same month.",
    "The death toll from the war has passed 500.", "On several occasions the base was hit.",
    "So far this year 20 attacks were recorded.", "The majority of the attacks were foiled.",
    "Fighting, which erupted on Friday, has left 12 dead.", "They have killed tens of thousands.",
    "The conflict, the longest in decades, has killed 300.", "Earlier attacks on the city failed.",
    "An official, who has worked there since 2015, said 14 were killed.",
    "Since the outbreak, the toll has risen.", "Previous attacks were claimed by the group.",
    "In May 12 strikes, none.", "The toll was 5, Reuters said.", "“It hurt,” said the ministry.",
    "As said the ministry, 4 died.", "It was said to be 5.", "Officials , said the army, 4 died.",
    "Lt. Col. Dan Smith said 3 were hurt, he said.", "The spokeswoman said she saw 5.",
    "Mr. Ali and his son said 3.", "Ms Mſ Madam said 2.", "éssaid X; said\u00e9 Y; café said Z.",
    "a police officer based in the", "Witnesses from ", "SPOKESPERSON IN ",
    "\u0130stanbul ſince the ſtart of the war; dozens of attacKs; ıt has killed many.",
]


def _variants(texts: list[str]) -> list[str]:
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts] + [
        t.replace("s", "ſ").replace("i", "ı") for t in texts[::7]] + [
        "\u0130" + t.replace("k", "\u212a") for t in texts[::11]]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _variants(_sentences() + CRAFTED)


def test_folded_keeps_offsets_and_meets_ignorecase() -> None:
    chars = "".join(map(chr, range(128, sys.maxunicode + 1)))
    assert len(fold(chars)) == len(chars)
    word = re.compile(r"\w")
    assert [c for c in chars if bool(word.match(c)) != bool(word.match(fold(c)))] == []
    # every non-ASCII character a case-blind ASCII letter matches, found in one scan
    for m in re.finditer("[a-z]", chars, re.IGNORECASE):
        letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, m.group(), re.IGNORECASE))
        assert fold(m.group()) == letter, m.group()


def test_background_rules_find_what_the_one_pattern_found(texts: list[str]) -> None:
    for text in texts:
        want = OLD_BACKGROUND_ANY.search(old_without_speaker_clauses(text)) is not None
        assert events._is_background(text, fold(text)) == want, text


def test_speaker_clause_gate(texts: list[str]) -> None:
    for text in texts:
        assert events._without_speaker_clauses(text, fold(text)) == (
            old_without_speaker_clauses(text)), text


def test_word_gates_are_necessary(texts: list[str]) -> None:
    for text in texts:
        low = fold(text)
        if events._ANCHOR.search(text):
            assert has_any(low, events._ANCHOR_NOUNS), text
        if events._RUNNING_TOTAL.search(text):
            assert "since" in low, text
        if events._LAUNCH_SITE.search(text):
            assert "from" in low, text
        if events._SPEAKERS_PLACE.search(text):
            assert has_any(low, events._SPEAKER_WORDS), text
        if events._LEAD_SITE.search(text):
            assert has_any(low, events._SITE_CUES), text


def test_speech_verbs_inverted_and_passive(texts: list[str]) -> None:
    for sent in texts:
        verbs = sources._speech_verbs(sent)
        assert [m.span() for m in verbs] == [m.span() for m in OLD_VERB.finditer(sent)], sent
        assert [m.span() for m in sources._inverted(sent, verbs)] == [
            m.span() for m in OLD_INVERTED.finditer(sent)], sent
        for end in range(len(sent) + 1):
            assert sources._after_passive(sent, end) == (
                OLD_PASSIVE.search(sent, 0, end) is not None), (sent, end)


def test_sex_words(texts: list[str]) -> None:
    for text in texts:
        words = OLD_PRONOUN_WORDS.sub(" ", text)
        female, male = OLD_FEMALE.search(words), OLD_MALE.search(words)
        want = "f" if female and not male else "m" if male and not female else None
        assert sources._sex(text, "", 0) == want, text  # (no text after: no own pronoun)


def test_sentences_at() -> None:
    text = CORPUS[0].read_text(encoding="utf-8")
    doc = parse(text)
    facts = [type("F", (), {"start": i})() for i in range(-1, len(text) + 2)]
    assert doc.sentences_at([f.start for f in facts]) == [doc.sentence_at(f.start) for f in facts]
