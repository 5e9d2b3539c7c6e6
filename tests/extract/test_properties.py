"""Whatever the text, extraction never raises and every span points at its own text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract

KEYWORDS = [
    "on Saturday", "Monday evening", "overnight into Tuesday", "last night", "yesterday",
    "on Feb 15", "January 3", "mid-October", "late last month", "since October 7",
    " rockets", " drones were shot down", " fell on the airbase", " killed", " wounded",
    "fired from Anbar province", "Ain al-Asad air base", "the town of ", " region",
    "claimed by ", "blamed on Israel", "the Houthis", "Russia launched", " said", " told AFP",
    "according to ", "He said ", "“", "”", "\"", "AFP PHOTO", "Read more: ", "\n\n", "\n",
    ", ", ". ", "’s ", "KYIV (Reuters) - ", "at least ", "a dozen", "15", "2,500", "13 of the",
    "two", "both", "none", "one of them", "al-", " Air Base", " International Airport",
    "  ", "\t", "\r\n", "\u00a0", "\u200b", "—", "Saturday's attack", "May 5", "31 February",
    # shapes later rules read: lists by place, parts of a toll, release headers, live pages
    " lives were lost", "claimed 12 lives", "None of its ", "Background: ", "TAMPA, Fla. -",
    "at 13:27", "(from 18:00 on 7 November)", "4:30 p.m. (Sanaa time)", "a barrage of", "a rocket salvo",
    " and the remainder over the", " and another 7 over", "Some were intercepted", "Of the 23 injured, ",
    " are civilians", " counted ", "14:20 | ", "The following is", "U.S. Central Command", "; and ",
    "rockets, missiles and drones", " in hospital", " approaching ", " that evaded interception",
]

texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
)
spliced = st.lists(
    st.one_of(st.sampled_from(KEYWORDS), st.text(max_size=12), st.integers(0, 99999).map(str)),
    max_size=40,
).map("".join)
published = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))


def _check(text: str, pub: date | None) -> None:
    ex = extract(text, pub)
    ids = {e.id for e in ex.events}
    assert 0 in ids
    mains = [f for f in ex.facts if f.kind == "event_date" and f.main_event]
    assert len(mains) <= 1
    for f in ex.facts:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.event in ids


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, published)
def test_any_text(text: str, pub: date | None) -> None:
    _check(text, pub)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spliced, published)
def test_text_built_from_keywords_and_digits(text: str, pub: date | None) -> None:
    _check(text, pub)


def test_published_as_string_and_bad_string() -> None:
    _check("Rockets hit the base on Saturday.", None)
    assert extract("Rockets hit the base on Saturday.", "not a date").facts is not None
    ex = extract("Rockets hit Dorra air base on Saturday.", "2024-01-20")
    assert any(f.kind == "event_date" and f.value == "2024-01-20" for f in ex.facts)
