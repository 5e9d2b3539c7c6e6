"""Who says so (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import sources
from extract.document import parse
from extract.model import Fact

PUB = date(2024, 5, 4)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Four shells hit the market, a local official said.", "a local official"),
        ("Police told Reuters that two rockets landed.", "Police"),
        ("Nine died, according to the regional health office.", "the regional health office"),
        ("The army confirmed that six drones were downed.", "The army"),
        ("The ministry said in a statement that the depot burned.", "The ministry"),
        ("Two fell short, the governor wrote on Telegram.", "the governor"),
        ("“We downed all of them,” said Col. Rami Haddad, a spokesman.", "Col. Rami Haddad"),
        ("A spokesman for the regional police said a guard was hurt.",
         "A spokesman for the regional police"),
        ("An Iraqi police official from the region told AFP, speaking on condition of anonymity.",
         "An Iraqi police official"),
        ("A defence official, who asked not to be named, confirmed the strike.",
         "A defence official"),
    ],
)
def test_source_phrases(sentence: str, source: str) -> None:
    assert sources.sources_in(sentence)[0] == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine rockets hit the base.",
        "The base, which was said to be empty, burned.",
        "Initial reports indicated one was hurt.",
        "Reuters could not verify the figures.",
    ],
)
def test_no_source(sentence: str) -> None:
    assert sources.sources_in(sentence) == []


def _fact(text: str, phrase: str, kind: str = "launched") -> Fact:
    i = text.index(phrase)
    return Fact(kind=kind, value=1, start=i, end=i + len(phrase), text=phrase)


def test_pronoun_resolves_to_last_named_source() -> None:
    text = (
        "A ten-rocket barrage hit the camp, a provincial police officer told AFP.\n\n"
        "He said eight of the rockets were shot down."
    )
    f = _fact(text, "eight of the rockets were shot down", "intercepted")
    sources.attribute(parse(text, PUB), [f])
    assert f.attributed_to == "a provincial police officer"


def test_each_fact_gets_its_own_sentences_source() -> None:
    text = (
        "At least a dozen drones flew at the port, a navy source said. "
        "“The port was targeted by 14 drones,” a harbour official told AFP."
    )
    a, b = _fact(text, "At least a dozen drones"), _fact(text, "14 drones")
    sources.attribute(parse(text, PUB), [a, b])
    assert a.attributed_to == "a navy source"
    assert b.attributed_to == "a harbour official"


def test_paragraph_source_covers_next_sentence_but_not_next_paragraph() -> None:
    text = (
        "Two mortars hit the base, the garrison commander said. One hit a depot.\n\n"
        "One guard was hurt."
    )
    depot, guard = _fact(text, "One hit a depot", "impacted"), _fact(text, "One guard was hurt", "injured")
    sources.attribute(parse(text, PUB), [depot, guard])
    assert depot.attributed_to == "the garrison commander"
    assert guard.attributed_to is None


def test_existing_attribution_is_kept() -> None:
    text = "Two mortars hit the base, the commander said."
    f = _fact(text, "Two mortars")
    f.attributed_to = "a curator"
    sources.attribute(parse(text, PUB), [f])
    assert f.attributed_to == "a curator"
