"""The fast paths of dates.py and document.py give what the plain patterns they stand in
for give: each is checked here against that pattern, over the corpus and odd texts."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from extract import dates, document
from extract.document import parse

CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]
ODD = [
    "x2024-12-2024-03-14 and 2024-03-14-2024-03-15 fell on Monday.",
    "Fortnightly, tonight, overnight, Overnight and nightly; thistle, This, Lastly, blast.",
    "On MONDAY, on monday, oN Monday, ſince Monday, sınce Tuesday, until Wednesday's night.",
    "İstanbul: rockets hit on Tuesday. Mid-March, mid-October, the end of last month.",
    "Mr. Smith met Lt. Col. Ray Moss in the U.S. on Jan. 5. He left. No. 5 was est. A.B.C.",
    "AFP PHOTO / File photo: Getty Images; ımage: REUTERS/Someone. (Photo by X)",
]

# the patterns as they were before the fast paths, to compare with
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Cdr|Cpl|Pvt|Pfc|Spc|SSgt|Ssg|Supt|Insp|Rep|Sen|Gov|St|No|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[Aa]pprox|est|vs|Inc|Co|Corp|Ltd|Jr|Sr|Prof)|"
    r"\b[A-Z](?:\.[A-Z])*)\.$"
)


def test_calendar_dates_are_dateparsers() -> None:
    import dateparser

    rng = random.Random(3)
    pubs = [date(2024, 1, 1), date(2024, 2, 29), date(2025, 3, 1), date(2023, 12, 31)]
    pubs += [date(2000, 1, 1) + timedelta(days=rng.randrange(12000)) for _ in range(4)]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for pub in pubs:
        for _ in range(40):
            canon = f"{rng.choice(months)} {rng.randint(1, 31)}"
            if rng.random() < 0.3:
                canon += f" {rng.randint(1990, 2030)}"
            ours = dates._calendar_date(canon, pub)
            if ours is None:
                continue  # no such day: left to dateparser
            theirs = dateparser.parse(canon, languages=["en"], settings={
                "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
                "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]})
            assert theirs is not None and theirs.date() == ours, (canon, pub)


def test_no_calendar_date_for_a_day_the_month_lacks() -> None:
    assert dates._calendar_date("Feb 30", date(2024, 5, 1)) is None
    assert dates._calendar_date("Feb 29", date(2025, 5, 1)) is None
    assert dates._calendar_date("Apr 31 2024", date(2025, 5, 1)) is None


@pytest.mark.parametrize("text", TEXTS + ODD + [t.upper() for t in TEXTS[::5]])
def test_trigger_starts_are_the_trigger_patterns(text: str) -> None:
    assert dates._trigger_starts(text) == [m.start() for m in dates._TRIGGER.finditer(text)]


@pytest.mark.parametrize("text", TEXTS + ODD)
def test_phrases_tried_at_fewer_words_are_the_same(text: str) -> None:
    doc = parse(text)
    spans = [(m.start(), m.end(), m.lastgroup) for m in dates._phrases(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in dates._phrases(text, doc.lower)] == spans


@pytest.mark.parametrize("text", TEXTS + ODD)
def test_clause_end_checks_are_the_whole_clause_searches(text: str) -> None:
    doc = parse(text)
    for sent in doc.sentences:
        for cut in range(sent.start, sent.end, 7):
            before = text[sent.start : cut]
            low = doc.lower[sent.start : cut] if doc.lower is not None else None
            for pattern, lowered, reach in (
                (dates._CONTEXT, dates._CONTEXT_LOWER, dates._CONTEXT_REACH),
                (dates._FUTURE, dates._FUTURE_LOWER, dates._FUTURE_REACH),
            ):
                assert dates._ends_in(pattern, lowered, reach, before, low) == bool(pattern.search(before))
            start = dates._last_words_start(before, dates._STATEMENT_WORDS)
            assert bool(dates._STATEMENT_BEFORE.search(before, start)) == bool(
                dates._STATEMENT_BEFORE.search(before))


def test_statement_check_reaches_a_long_keyword() -> None:
    # eight words: "gave", three before "toll", "toll", three after it
    before = "A spokesman later gave a much revised toll to all reporters, "
    assert dates._STATEMENT_BEFORE.search(before)
    assert dates._STATEMENT_BEFORE.search(before, dates._last_words_start(before, dates._STATEMENT_WORDS))
    assert not dates._STATEMENT_BEFORE.search("He gave a much revised toll to all the reporters, ")


def test_twin_patterns_have_lower_case_keywords_only() -> None:
    for twin in (dates._CONTEXT_LOWER, dates._FUTURE_LOWER):
        assert not re.search(r"(?<!\\)[A-Z]", twin.pattern)


@pytest.mark.parametrize("text", TEXTS + ODD)
def test_abbreviation_check_is_the_pattern(text: str) -> None:
    for m in re.finditer(r"\.", text):
        for start in (0, max(0, m.start() - 3), max(0, m.start() - 12)):
            got = document._ends_in_abbreviation(text, start, m.end())
            assert got == bool(_ABBREV.search(text[start : m.end()])), text[start : m.end()]


@pytest.mark.parametrize("text", TEXTS + ODD + [t.upper() for t in TEXTS[::5]])
def test_caption_cues_are_the_pattern(text: str) -> None:
    doc = parse(text)
    want = [m.start() for m in document._CAPTION_CUES.finditer(text)]
    assert document._caption_cue_starts(text, doc.lower) == want


def test_lower_only_where_faithful() -> None:
    assert parse("Rockets on MONDAY").lower == "rockets on monday"
    for odd in ("İstanbul", "sınce", "ſince"):
        assert parse(f"Rockets {odd}").lower is None


def test_sentence_at_is_a_bisect() -> None:
    text = "One fell. Two fell.\n\nThree fell! Four?"
    doc = parse(text)
    for offset in range(-2, len(text) + 2):
        want = [s for s in doc.sentences if s.start <= offset < s.end]
        assert doc.sentence_at(offset) is (want[0] if want else None)
